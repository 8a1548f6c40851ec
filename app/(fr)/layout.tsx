import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { messages } from '../../components/content';
import '../globals.css';
import { siteIcons } from '../../components/site-config';
import { checkDirectory } from '../../rules/check-directory';
import { PageGuard } from '../../components/ui/page-guard';

// Bad directory data fails the build (the browser never loads the schemas).
checkDirectory();

export const metadata: Metadata = {
  title: messages.fr.meta.siteName,
  description: messages.fr.meta.description,
  referrer: 'no-referrer',
  icons: siteIcons,
  robots: { index: true, follow: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The French root layout: `<html lang="fr">` is right from the first byte. */
export default function FrenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <PageGuard />
      </head>
      <body>{children}</body>
    </html>
  );
}
