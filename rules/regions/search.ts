import type { RegionId } from '../answers.schema';
import type { Locale } from '../locale';
import type { Region } from './region.schema';

/** Lower case, accents removed, punctuation as spaces: "Sault Ste. Marie" → "sault ste marie". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A test for names built from a query, or undefined for an empty query. */
function matcher(query: string): ((name: string) => boolean) | undefined {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  return (name) => {
    const nameWords = normalizeForSearch(name).split(' ');
    return words.every((w) => nameWords.some((nw) => nw.startsWith(w)));
  };
}

/**
 * The areas whose name (in either language) or one of whose major municipalities matches what the person typed:
 * every word typed must start a word of the same name ("thunder", "mississ", "st cath"). An empty query matches
 * every area. Pure; keeps the order of `regions`.
 */
export function searchRegions(regions: readonly Region[], query: string): RegionId[] {
  const matches = matcher(query);
  if (!matches) return regions.map((r) => r.id);
  return regions
    .filter((r) => [r.name.en, r.name.fr, ...r.municipalities].some(matches))
    .map((r) => r.id);
}

/** The municipality that made an area match, to show beside it ("Peel — Mississauga"); undefined if the name did. */
export function matchedMunicipality(region: Region, query: string, locale: Locale): string | undefined {
  const matches = matcher(query);
  if (!matches) return undefined;
  if (matches(region.name[locale])) return undefined;
  return region.municipalities.find(matches);
}
