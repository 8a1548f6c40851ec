import type { Locale } from '../locale';

/**
 * The five kinds of row in shared/reference/ontario-places.csv (its `row_kind` column), and the one letter each
 * takes in the browser's index.
 */
export const placeKinds = [
  'municipality',
  'upper-tier',
  'unorganized',
  'community',
  'first-nation-reserve-or-settlement',
] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const kindCodes = {
  municipality: 'm',
  'upper-tier': 'u',
  unorganized: 'x',
  community: 'c',
  'first-nation-reserve-or-settlement': 'r',
} as const satisfies Record<PlaceKind, string>;

/** A municipality's status, from the CSV's `type` column ("Town (lower-tier)" → town). */
export const municipalTypes = {
  w: { en: 'township', fr: 'canton' },
  t: { en: 'town', fr: 'ville' },
  c: { en: 'city', fr: 'ville' },
  m: { en: 'municipality', fr: 'municipalité' },
  v: { en: 'village', fr: 'village' },
} as const;
export type MunicipalType = keyof typeof municipalTypes;

/**
 * What a place lies in, from the CSV's `upper_tier_or_district` column: a county (c), a regional municipality (r),
 * united counties (u), the District Municipality of Muskoka (m), a territorial district (d), or a census division
 * that has no upper tier (n: "Brant", "Haldimand-Norfolk").
 */
export const tiers = ['c', 'r', 'u', 'm', 'd', 'n'] as const;
export type Tier = (typeof tiers)[number];

/** The words that tell apart places of one name: "town, Lanark County", or the municipality of a community. */
export type Qualifier =
  { readonly type?: MunicipalType; readonly tier?: Tier; readonly tierName?: string } | { readonly partOf: string };

/** "d’" before a vowel, as in "comté d’Oxford", "district d’Algoma". */
function de(name: string): string {
  return /^[aeiouy]/i.test(name.normalize('NFD')) ? `d’${name}` : `de ${name}`;
}

/** French joins the names of united counties with "et": "Prescott et Russell". */
function frenchAnd(name: string): string {
  return name.replace(/ and /g, ' et ');
}

/** An upper tier or district as it reads inside a label: "Lanark County", "comté de Lanark". */
export function tierLabel(tier: Tier, name: string, locale: Locale): string {
  if (locale === 'fr') {
    switch (tier) {
      case 'c':
        return `comté ${de(name)}`;
      case 'r':
        return `région ${de(name)}`;
      case 'd':
        return `district ${de(name)}`;
      case 'u':
        return frenchAnd(name);
      default:
        return name;
    }
  }
  switch (tier) {
    case 'c':
      return `${name} County`;
    case 'r':
      return `${name} Region`;
    case 'd':
      return `${name} District`;
    default:
      return name;
  }
}

/** An upper-tier municipality's own label: "Perth County", "Comté de Perth", "United Counties of Leeds and Grenville". */
export function upperTierLabel(tier: Tier, name: string, locale: Locale): string {
  if (tier === 'u') return locale === 'fr' ? `Comtés unis de ${frenchAnd(name)}` : `United Counties of ${name}`;
  if (tier === 'm') return locale === 'fr' ? `Municipalité de district de ${name}` : `District Municipality of ${name}`;
  const label = tierLabel(tier, name, locale);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The words in brackets after a place's name, or undefined when there are none. */
export function qualifierLabel(qualifier: Qualifier, locale: Locale): string | undefined {
  if ('partOf' in qualifier) return qualifier.partOf;
  const parts: string[] = [];
  if (qualifier.type) parts.push(municipalTypes[qualifier.type][locale]);
  if (qualifier.tier && qualifier.tierName) parts.push(tierLabel(qualifier.tier, qualifier.tierName, locale));
  return parts.length > 0 ? parts.join(', ') : undefined;
}
