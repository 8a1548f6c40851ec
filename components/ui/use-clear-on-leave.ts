'use client';

import { useEffect } from 'react';

/**
 * Forget the answers whenever the page is left (`pagehide`), and when Back brings it out of the back/forward cache
 * (after a quick exit, say) show it empty. GOV.UK calls that the "ghost page"; the page guard unblanks it.
 * Used by the wizard and the trainer page. `clear` must be stable (from `useCallback`).
 */
export function useClearOnLeave(clear: () => void): void {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) clear();
    };
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('pagehide', clear);
    return () => {
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('pagehide', clear);
    };
  }, [clear]);
}
