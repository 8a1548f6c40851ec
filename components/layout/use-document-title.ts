'use client';

import { useEffect } from 'react';

/**
 * Keep the browser tab's title at `title` while the calling component is shown (`undefined`: leave it alone).
 * Next puts the page's build-time title back into <head> when it hydrates the metadata, which can come after the
 * component's first effect, so a watch on <head> restores the wanted title. Only one component at a time may ask.
 */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title === undefined) return;
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
