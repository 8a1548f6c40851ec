'use client';

import { pageOfPath } from '../components/content/paths';
import { PageFailSafeScreen } from '../components/layout/app-shell';

/**
 * The last line of defence: when the page cannot render at all (an error in Next's router or the root layout, which
 * no boundary of ours encloses), show the page-wide fail-safe instead of Next's default error page, which has no
 * exit, no 911 and no hotline, and whose inline styles the Content-Security-Policy blocks. The page guard's
 * listeners (components/ui/page-guard.tsx) are on `window`, so the exit and Shift × 3 keep working here.
 *
 * It imports no stylesheet: the layout's inlined <style> stays in the document when this replaces the layout (React
 * keeps a hoisted stylesheet once it is in), and an import here made Next write the whole stylesheet a third time
 * into every page's payload (vercel/next.js#98110). e2e/faults.spec.ts checks that the exit is still a red button.
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
