import type { Metadata } from 'next';
import { messages } from '../components/content';
import { NotFoundContent } from '../components/pages/not-found';
import './globals.css';
import { siteIcons } from '../components/site-config';
import { PageGuard } from '../components/ui/page-guard';

export const metadata: Metadata = { title: messages.en.meta.siteName, referrer: 'no-referrer', icons: siteIcons };

/**
 * The page for an address that does not exist. It replaces Next's default 404, whose inline `style` attributes a
 * strict Content-Security-Policy would block. It still gives 911, the hotline and the way back, in both languages.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <head>
        <PageGuard />
      </head>
      <body>
        <NotFoundContent />
      </body>
    </html>
  );
}
