'use client';

import { pageOfPath } from '../components/content/paths';
import { PageFailSafeScreen } from '../components/layout/app-shell';
import './globals.css';

/**
 * The last line of defence: when the page cannot render at all (an error in Next's router or the root layout, which
 * no boundary of ours encloses), show the page-wide fail-safe instead of Next's default error page, which has no
 * exit, no 911 and no hotline, and whose inline styles the Content-Security-Policy blocks. The page guard's
 * listeners (components/ui/page-guard.tsx) are on `window`, so the exit and Shift × 3 keep working here.
 */
export default function GlobalError() {
  const { locale, page } = pageOfPath(typeof window === 'undefined' ? '/' : window.location.pathname);
  return (
    <html lang={locale}>
      <body>
        <PageFailSafeScreen locale={locale} page={page} />
      </body>
    </html>
  );
}
