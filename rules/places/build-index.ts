import type { RegionId } from '../answers.schema';
import { regionsData } from '../regions/regions.data';
import { encodeIndex, keysOf, type Entry } from './entries';
import { upperTierLabel, type MunicipalType, type Qualifier, type Tier } from './labels';
import { nameWords } from './normalize';
import type { PlaceRow } from './place.schema';

/**
 * Builds the browser's index of places (places.index.ts) from the full rows (places.data.ts): names, areas, kinds,
 * and only the few words that tell apart places of one name. Run by scripts/generate-places.ts, and by every build
 * and the tests to prove the committed index is the one these rows give.
 */

/** "Township (lower-tier)" → w; "City (single-tier (separated))" → c. */
function municipalType(type: string): MunicipalType {
  const word = /^(Township|Town|City|Municipality|Village) \(/.exec(type)?.[1];
  const codes: Record<string, MunicipalType> = { Township: 'w', Town: 't', City: 'c', Municipality: 'm', Village: 'v' };
  const code = word ? codes[word] : undefined;
  if (!code) throw new Error(`No municipal type in "${type}".`);
  return code;
}

/** What the CSV's `upper_tier_or_district` (or an upper tier's own name) says a place lies in. */
export function tierOf(within: string): { tier: Tier; tierName: string } | undefined {
  const text = within.replace(/^separated from /, '');
  const patterns: [RegExp, Tier][] = [
    [/^United Counties of (.+)$/, 'u'],
    [/^County of (.+)$/, 'c'],
    [/^Regional Municipality of (.+)$/, 'r'],
    [/^District Municipality of (.+)$/, 'm'],
    [/^District of (.+) \(territorial district\)$/, 'd'],
    [/^(.+) \(census division only; no upper tier\)$/, 'n'],
  ];
  for (const [pattern, tier] of patterns) {
    const match = pattern.exec(text);
    if (match) return { tier, tierName: match[1] };
  }
  return undefined;
}

/** Every qualifier a row could carry; `buildPlacesIndex` keeps it only where it is needed. */
function fullQualifier(row: PlaceRow): Qualifier | undefined {
  switch (row.kind) {
    case 'community': {
      const partOf = /^part of (.+)$/.exec(row.within)?.[1];
      return partOf ? { partOf } : undefined;
    }
    case 'upper-tier': {
      const tier = tierOf(row.name);
      if (!tier) throw new Error(`Upper tier "${row.name}" is not a county, region or united counties.`);
      return tier;
    }
    case 'municipality': {
      const tier = tierOf(row.within);
      // A single-tier place with no upper tier ("Hamilton (census division only…)") is told apart by its type.
      return tier && tier.tier !== 'n' ? { type: municipalType(row.type), ...tier } : { type: municipalType(row.type) };
    }
    case 'first-nation-reserve-or-settlement':
      return tierOf(row.within);
    default:
      return undefined;
  }
}

const sameAreas = (a: readonly RegionId[], b: readonly RegionId[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** True when `part`'s words appear together, in order, among `whole`'s: "perth" in "perth east". */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, i) => whole[start + i] === word)) return true;
  }
  return false;
}

const upperTierLabels = (tier: Tier, name: string) => [
  upperTierLabel(tier, name, 'en'),
  upperTierLabel(tier, name, 'fr'),
];

/**
 * The names that need words to tell them apart: a row whose name is another row's in a different area (Hamilton
 * the city and the township, Six Nations 40 in Brant and in Haldimand-Norfolk), and a municipality whose name a
 * person would type and find, among the matches, a place or area elsewhere that holds it (Perth and the County of
 * Perth, Nipissing and the Nipissing District, Prescott and Prescott and Russell). Communities are always labelled
 * with their municipality, and upper tiers by their own kind ("Perth County"). Returns the rows' indexes.
 */
export function sharedNames(rows: readonly PlaceRow[]): Set<number> {
  const entries: Entry[] = [
    ...rows.map((row) => ({ name: row.name, areas: row.areas, kind: row.kind, qualifier: fullQualifier(row) })),
    ...regionsData.map((region) => ({
      name: region.name.en,
      areas: [region.id],
      kind: 'area' as const,
      areaName: region.name,
    })),
  ];
  const names = entries.map((entry) => nameWords(entry.name).join(' '));
  const keyWords = entries.map((entry) => keysOf(entry, upperTierLabels).map((key) => key.words));
  // Which entries hold each word, so a row is compared only with the entries that hold its first word.
  const holding = new Map<string, Set<number>>();
  keyWords.forEach((keys, j) => {
    for (const word of keys.flat()) holding.set(word, (holding.get(word) ?? new Set()).add(j));
  });
  const shared = new Set<number>();
  rows.forEach((row, i) => {
    const own = nameWords(row.name);
    for (const j of holding.get(own[0]) ?? []) {
      if (i === j || sameAreas(row.areas, entries[j].areas)) continue;
      const sameName = names[j] === names[i];
      if (sameName || (row.kind === 'municipality' && keyWords[j].some((words) => containsWords(words, own)))) {
        shared.add(i);
      }
    }
  });
  return shared;
}

export function buildPlacesIndex(rows: readonly PlaceRow[]): string {
  const shared = sharedNames(rows);
  for (const row of rows) {
    // The index is one template literal of lines; these would end it, be read as code, or start a field or a group.
    if (/[`\\|\n]|\$\{|^[=#]/.test(row.name) || /[`\\|\n]|\$\{/.test(row.within)) {
      throw new Error(`A place cannot go in the index as written: ${row.name}`);
    }
  }
  return encodeIndex(
    rows.map((row, i) => {
      const keep = row.kind === 'community' || row.kind === 'upper-tier' || shared.has(i);
      return { name: row.name, areas: row.areas, kind: row.kind, qualifier: keep ? fullQualifier(row) : undefined };
    }),
  );
}
