import type { RegionId } from '../answers.schema';
import type { Locale, Localized } from '../locale';
import { regionsData } from '../regions/regions.data';
import { decodeIndex, keysOf, type Entry, type Key } from './entries';
import { municipalTypes, qualifierLabel, tierLabel, upperTierLabel, type PlaceKind, type Tier } from './labels';
import { nameWords, nearlyStartsAWord, parseQuery, startsAWord, type Query, type QueryWord } from './normalize';
import { placesIndex } from './places.index';

/** How a match was found, best first; the UI may choose for the person only on an exact match. */
export type MatchQuality = 'exact' | 'prefix' | 'word' | 'close';

export type PlaceMatch = {
  readonly area: RegionId;
  /** What to show: "Perth (town, Lanark County)", "Perth County", "Scarborough (Toronto)", "Durham Region". */
  readonly label: string;
  /** The place's own name, as the CSV writes it (or the area's name, for an area). */
  readonly name: string;
  /** `area` when one of the 47 areas matched by its own name. */
  readonly kind: PlaceKind | 'area';
  /** A First Nation reserve or settlement: housing on reserve is through the First Nation, not the area's manager. */
  readonly reserve: boolean;
  readonly quality: MatchQuality;
};

/** An entry, the ways its name is written, and the words that describe it without naming it ("town", "Lanark"). */
type Indexed = { readonly entry: Entry; readonly keys: readonly Key[]; readonly hints: readonly string[] };

/**
 * Built on the first search, not when the page loads: decoding the index and working out every name's words takes
 * a few milliseconds the person should not wait for before the area question.
 */
let indexed: readonly Indexed[] | undefined;

const upperTierLabels = (tier: Tier, name: string) => [
  upperTierLabel(tier, name, 'en'),
  upperTierLabel(tier, name, 'fr'),
];

function hintsOf(entry: Entry): string[] {
  const q = entry.qualifier;
  if (!q) return [];
  if ('partOf' in q) return nameWords(q.partOf);
  const hints: string[] = [];
  if (q.type) hints.push(...nameWords(`${municipalTypes[q.type].en} ${municipalTypes[q.type].fr}`));
  if (q.tier && q.tierName)
    hints.push(...nameWords(`${tierLabel(q.tier, q.tierName, 'en')} ${tierLabel(q.tier, q.tierName, 'fr')}`));
  return hints;
}

function getIndexed(): readonly Indexed[] {
  indexed ??= build();
  return indexed;
}

/**
 * Builds what the search needs and runs one search, so the UI can pay for both before the first keystroke (when the
 * area question shows, in idle time): on a slow phone, the first search of a page is several times slower than the
 * next, while the engine has not yet optimised its code. Searching without it builds on the first query. `again`
 * rebuilds, for measuring.
 */
export function preparePlaceSearch(again = false): void {
  if (indexed && !again) return;
  indexed = build();
  rank('sa');
}

function build(): readonly Indexed[] {
  const areas: Entry[] = regionsData.map((region) => ({
    name: region.name.en,
    areas: [region.id],
    kind: 'area',
    areaName: region.name,
  }));
  return [...decodeIndex(placesIndex), ...areas].map((entry) => ({
    entry,
    keys: keysOf(entry, upperTierLabels),
    hints: hintsOf(entry),
  }));
}

/** Tiers, best first: exact name, exact other form of the name, start of the name, start of its words, one typo. */
const qualities: readonly MatchQuality[] = ['exact', 'exact', 'prefix', 'word', 'close'];

/** Among matches as good, places before the larger units they lie in, and reserves last. */
const kindOrder: Record<PlaceKind | 'area', number> = {
  municipality: 0,
  'upper-tier': 1,
  community: 2,
  area: 3,
  unorganized: 4,
  'first-nation-reserve-or-settlement': 5,
};

type Scored = { readonly item: Indexed; readonly tier: number; readonly described: number };

type WordTest = (word: QueryWord, words: readonly string[]) => boolean;

const nearly: WordTest = (word, names) =>
  startsAWord(word, names) || names.some((name) => nearlyStartsAWord(word.typed, name));

/**
 * True when every word the person had to type starts a word of the name, or of what describes it ("Perth Lanark"),
 * as long as one of them is in the name itself: "toronto" alone does not find every community of Toronto.
 */
function wordsMatch(query: Query, key: Key, hints: readonly string[], test: WordTest): boolean {
  let inName = false;
  for (const word of query.words) {
    if (word.optional) continue;
    if (test(word, key.words)) inName = true;
    else if (!test(word, hints)) return false;
  }
  return inName;
}

function score(item: Indexed, query: Query, fuzzy: boolean): Scored | undefined {
  let tier = Infinity;
  for (const key of item.keys) {
    if (fuzzy) {
      if (wordsMatch(query, key, item.hints, nearly)) tier = 4;
      continue;
    }
    if (key.compact.some((form) => query.compact.includes(form))) tier = Math.min(tier, key.primary ? 0 : 1);
    else if (key.compact.some((form) => query.compact.some((typed) => form.startsWith(typed))))
      tier = Math.min(tier, 2);
    else if (wordsMatch(query, key, item.hints, startsAWord)) tier = Math.min(tier, 3);
  }
  if (tier === Infinity) return undefined;
  // Words such as "district" or "town" need not be typed, but a name they describe ranks higher.
  let described = 0;
  for (const word of query.words) {
    if (word.kind && (item.keys.some((key) => startsAWord(word, key.words)) || startsAWord(word, item.hints))) {
      described++;
    }
  }
  return { item, tier, described };
}

function compare(a: Scored, b: Scored): number {
  return (
    a.tier - b.tier ||
    b.described - a.described ||
    kindOrder[a.item.entry.kind] - kindOrder[b.item.entry.kind] ||
    a.item.entry.name.length - b.item.entry.name.length ||
    (a.item.entry.name < b.item.entry.name ? -1 : a.item.entry.name > b.item.entry.name ? 1 : 0)
  );
}

/** The entries that match, best first; a typo is forgiven only when nothing matches without one. */
function rank(text: string): Scored[] {
  const query = parseQuery(text);
  if (query.words.length === 0) return [];
  const items = getIndexed();
  for (const fuzzy of [false, true]) {
    const scored: Scored[] = [];
    for (const item of items) {
      const result = score(item, query, fuzzy);
      if (result) scored.push(result);
    }
    if (scored.length > 0) return scored.sort(compare);
  }
  return [];
}

/**
 * The CSV gives the unorganized part of Algoma to the Algoma board except the townships of the Sault North Planning
 * Board, which go to Sault Ste. Marie's, and does not say which townships those are. Both are offered, each saying
 * which part it is; the person knows better than the data.
 */
const saultNorth: Record<'inside' | 'outside', Localized> = {
  inside: { en: 'Sault North Planning Board townships', fr: 'cantons du Sault North Planning Board' },
  outside: {
    en: 'outside the Sault North Planning Board townships',
    fr: 'hors des cantons du Sault North Planning Board',
  },
};

function labelOf(entry: Entry, area: RegionId, locale: Locale): string {
  if (entry.kind === 'area') return entry.areaName?.[locale] ?? entry.name;
  const q = entry.qualifier;
  if (entry.kind === 'upper-tier' && q && !('partOf' in q) && q.tier && q.tierName) {
    return upperTierLabel(q.tier, q.tierName, locale);
  }
  if (entry.areas.length > 1) {
    const part = area === 'sault-ste-marie' ? saultNorth.inside : saultNorth.outside;
    return `${entry.name} (${part[locale]})`;
  }
  const words = q ? qualifierLabel(q, locale) : undefined;
  return words ? `${entry.name} (${words})` : entry.name;
}

function toMatches(scored: readonly Scored[], locale: Locale): PlaceMatch[] {
  return scored.flatMap(({ item: { entry }, tier }) =>
    entry.areas.map((area) => ({
      area,
      label: labelOf(entry, area, locale),
      name: entry.kind === 'area' ? (entry.areaName?.[locale] ?? entry.name) : entry.name,
      kind: entry.kind,
      reserve: entry.kind === 'first-nation-reserve-or-settlement',
      quality: qualities[tier],
    })),
  );
}

/**
 * The places and areas that match what the person typed, best first: exact names, then names that start with it,
 * then names with words that start with each word typed, then (only when none of those) names one typo away.
 * Forgiving of case, accents, punctuation, "St"/"Saint"/"Ste"/"Sainte", missing spaces and French area names.
 * A name shared by places in different areas gives each, labelled with what tells them apart. An area's own name
 * is left out when a place in that area already matched, since the place says more. Empty for an empty query.
 */
export function searchPlaces(query: string, locale: Locale): PlaceMatch[] {
  const seen = new Set<string>();
  const areasSeen = new Set<RegionId>();
  const result: PlaceMatch[] = [];
  for (const match of toMatches(rank(query), locale)) {
    const id = `${match.area}|${match.label}`;
    if (seen.has(id) || (match.kind === 'area' && areasSeen.has(match.area))) continue;
    seen.add(id);
    areasSeen.add(match.area);
    result.push(match);
  }
  return result;
}

/**
 * The area to choose for the person, so they only press Continue: the one area every best match leads to
 * ("Scarborough", "thunderbay", "King"). Undefined when the best matches lead to different areas (a shared name:
 * "Perth", "Sudbury", "York"; or a prefix: "missis"), or there is no match: the person then picks from the list.
 */
export function unambiguousArea(matches: readonly PlaceMatch[]): RegionId | undefined {
  const best = matches.filter((match) => match.quality === matches[0]?.quality);
  const areas = new Set(best.map((match) => match.area));
  return areas.size === 1 ? best[0].area : undefined;
}

/** The areas that match, best first, each once: the answer `searchRegions` gives. */
export function searchAreas(query: string): RegionId[] {
  return [...new Set(rank(query).flatMap(({ item }) => item.entry.areas))];
}

/**
 * The place that made `area` match, to show beside it ("Peel — Mississauga"), or undefined when the area matched
 * by its own name or did not match.
 */
export function placeFoundIn(area: RegionId, query: string, locale: Locale): string | undefined {
  const matches = toMatches(rank(query), locale).filter((match) => match.area === area);
  if (matches.some((match) => match.kind === 'area')) return undefined;
  return matches[0]?.label;
}
