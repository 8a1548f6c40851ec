import type { RegionId } from '../answers.schema';
import type { Locale } from '../locale';
import { placeFoundIn, searchAreas } from '../places/search';
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

/**
 * The areas whose name (in either language) or one of whose places (every row of
 * shared/reference/ontario-places.csv: municipalities, counties and regions, unorganized areas, communities,
 * reserves) matches what the person typed, best match first (see `searchPlaces` for how). An empty query matches
 * every area, in the order of `regions`. Only areas in `regions` are returned.
 */
export function searchRegions(regions: readonly Region[], query: string): RegionId[] {
  if (normalizeForSearch(query) === '') return regions.map((r) => r.id);
  const listed = new Set<RegionId>(regions.map((r) => r.id));
  return searchAreas(query).filter((id) => listed.has(id));
}

/** The place that made an area match, to show beside it ("Peel — Mississauga"); undefined if the name did. */
export function matchedMunicipality(region: Region, query: string, locale: Locale): string | undefined {
  return placeFoundIn(region.id, query, locale);
}
