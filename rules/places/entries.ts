import type { RegionId } from '../answers.schema';
import type { Localized } from '../locale';
import {
  kindCodes,
  municipalTypes,
  tiers,
  type MunicipalType,
  type PlaceKind,
  type Qualifier,
  type Tier,
} from './labels';
import { compactForms, nameWords } from './normalize';

/**
 * The browser's index of places (`places.index.ts`) is one text, a line for each row of the CSV, grouped by area so
 * that each area id is written once:
 *
 *     =cornwall            the area (ids joined by "+" for a row the CSV gives two) of the lines below
 *     South Glengarry      a municipality: its name, then "|" and its qualifier if it has one
 *     #r                   the kind of the lines below, until the next area (see kindCodes in labels.ts)
 *     Akwesasne 59
 *
 * The qualifier is ">Toronto" for a community (the municipality it is part of) or two letters and a name for the
 * rest: the municipal type (w township, t town, c city, m municipality, v village) or "-", the tier (see `tiers` in
 * labels.ts) or "-", then ":" and the tier's name: "tc:Lanark" is "town, Lanark County"; "-d:Kenora" is "Kenora
 * District". Municipalities carry one only when their name is shared (see build-index.ts); upper tiers always do,
 * since their label is built from it.
 */

/** One row of the index, or one of the 47 areas, as the search holds it. */
export type Entry = {
  readonly name: string;
  /** One area for every row but the unorganized part of Algoma, which the CSV splits between two boards. */
  readonly areas: readonly RegionId[];
  readonly kind: PlaceKind | 'area';
  readonly qualifier?: Qualifier;
  /** For an area: its name in each language (`name` is the English one). */
  readonly areaName?: Localized;
};

const kindsByCode = new Map<string, PlaceKind>(
  Object.entries(kindCodes).map(([kind, code]) => [code, kind as PlaceKind]),
);

export function encodeQualifier(qualifier: Qualifier | undefined): string {
  if (!qualifier) return '';
  if ('partOf' in qualifier) return `>${qualifier.partOf}`;
  return `${qualifier.type ?? '-'}${qualifier.tier ?? '-'}:${qualifier.tierName ?? ''}`;
}

export function decodeQualifier(text: string): Qualifier | undefined {
  if (text === '') return undefined;
  if (text.startsWith('>')) return { partOf: text.slice(1) };
  const type = text[0] in municipalTypes ? (text[0] as MunicipalType) : undefined;
  const tier = (tiers as readonly string[]).includes(text[1]) ? (text[1] as Tier) : undefined;
  const tierName = text.slice(3) || undefined;
  return { type, tier, tierName };
}

type IndexRow = {
  readonly name: string;
  readonly areas: readonly RegionId[];
  readonly kind: PlaceKind;
  readonly qualifier?: Qualifier;
};

const kindOrder = Object.keys(kindCodes) as PlaceKind[];

export function encodeIndex(rows: readonly IndexRow[]): string {
  // Stable: within an area and kind, rows keep the CSV's order.
  const sorted = [...rows].sort(
    (a, b) =>
      (a.areas.join('+') < b.areas.join('+') ? -1 : a.areas.join('+') > b.areas.join('+') ? 1 : 0) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  );
  const lines: string[] = [];
  let area = '';
  let kind: PlaceKind = 'municipality';
  for (const row of sorted) {
    if (row.areas.join('+') !== area) {
      area = row.areas.join('+');
      kind = 'municipality';
      lines.push(`=${area}`);
    }
    if (row.kind !== kind) {
      kind = row.kind;
      lines.push(`#${kindCodes[kind]}`);
    }
    const qualifier = encodeQualifier(row.qualifier);
    lines.push(qualifier === '' ? row.name : `${row.name}|${qualifier}`);
  }
  return `${lines.join('\n')}\n`;
}

export function decodeIndex(text: string): Entry[] {
  const entries: Entry[] = [];
  let areas: RegionId[] = [];
  let kind: PlaceKind = 'municipality';
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line[0] === '=') {
      areas = line.slice(1).split('+') as RegionId[];
      kind = 'municipality';
    } else if (line[0] === '#') {
      const next = kindsByCode.get(line.slice(1));
      if (!next) throw new Error(`Unknown kind "${line}" in the places index.`);
      kind = next;
    } else {
      const [name, qualifier = ''] = line.split('|');
      entries.push({ name, areas, kind, qualifier: decodeQualifier(qualifier) });
    }
  }
  return entries;
}

/** One way of writing an entry's name, in the forms the search compares. */
export type Key = {
  readonly words: readonly string[];
  readonly compact: readonly string[];
  /** The name as the CSV writes it (an exact match on it ranks first), not another way of writing it. */
  readonly primary: boolean;
};

function key(text: string, primary: boolean): Key {
  const words = nameWords(text);
  return { words, compact: compactForms(words), primary };
}

/**
 * Every way of writing an entry's name that the search compares: the name itself, and the parts a person may type
 * alone: "Golden Lake 39" of "Pikwakanagan (Golden Lake 39)", "Nation" of "The Nation", "Orignal" of "L'Orignal",
 * "Sudbury" of "Sudbury, Unorganized, North Part", "Perth", "Perth County" and "Comté de Perth" of "County of Perth". Labels of other kinds are not keys: "toronto"
 * should not find every community of Toronto.
 */
export function keysOf(entry: Entry, upperTierLabels: (tier: Tier, name: string) => string[]): Key[] {
  if (entry.kind === 'area' && entry.areaName) {
    const { en, fr } = entry.areaName;
    const keys = en === fr ? [key(en, true)] : [key(en, true), key(fr, true)];
    // "Nipissing" names the Nipissing District as exactly as the township of that name: both come first.
    const short = /^([^,()]+?) (?:District|Region|County|area)\b/.exec(en)?.[1];
    return short && !short.includes(' and ') ? [...keys, key(short, false)] : keys;
  }
  const others = new Set<string>();
  const bracketed = /^(.+?) \((.+)\)$/.exec(entry.name);
  if (bracketed) {
    others.add(bracketed[1]);
    others.add(bracketed[2]);
  }
  if (/^the /i.test(entry.name)) others.add(entry.name.slice(4));
  // "Sudbury, Unorganized, North Part" is the District of Sudbury's unorganized land: "Sudbury" names it as much as
  // it names the community in Greater Sudbury, so the two come as equals and neither is chosen for the person.
  const district = /^(.+?), Unorganized\b/.exec(entry.name);
  if (entry.kind === 'unorganized' && district) others.add(district[1]);
  if (/^[ld]['’]/i.test(entry.name)) others.add(entry.name.slice(2));
  const qualifier = entry.qualifier;
  if (entry.kind === 'upper-tier' && qualifier && !('partOf' in qualifier) && qualifier.tier && qualifier.tierName) {
    others.add(qualifier.tierName);
    for (const label of upperTierLabels(qualifier.tier, qualifier.tierName)) others.add(label);
  }
  others.delete(entry.name);
  return [key(entry.name, true), ...[...others].map((text) => key(text, false))];
}
