import type { Locale } from '../../rules';

/** The paths of each page in each language, for the language switch and the links between pages. */
export const paths = {
  wizard: { en: '/', fr: '/fr/' },
  safety: { en: '/safety/', fr: '/fr/securite/' },
  trainer: { en: '/trainer/', fr: '/fr/formation/' },
  services: { en: '/services/', fr: '/fr/services/' },
  data: { en: '/data/', fr: '/fr/donnees/' },
} as const;
export type PageId = keyof typeof paths;

/** Which page of the tool, in which language, an address is: the wizard in English for any other. */
export function pageOfPath(pathname: string): { locale: Locale; page: PageId } {
  const path = `${pathname.replace(/\/{2,}/g, '/').replace(/\/?$/, '')}/`;
  for (const page of Object.keys(paths) as PageId[]) {
    for (const locale of ['en', 'fr'] as const) if (paths[page][locale] === path) return { locale, page };
  }
  return { locale: path.startsWith('/fr/') ? 'fr' : 'en', page: 'wizard' };
}

/**
 * A link to another page of the tool. While the plain title is on, the link says so (`?title=plain`), so the next
 * page shows the plain title too: the choice goes along in the address, never into storage, and it names nothing.
 */
export function pageHref(path: string, plainTitle: boolean): string {
  return plainTitle ? `${path}?title=plain` : path;
}
