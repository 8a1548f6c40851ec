import type { Age, Indigenous, RegionAnswer } from '../answers.schema';
import type { Locale, Localized } from '../locale';
import type { NamedContactCard, NamedServiceCard } from './named.schema';
import type { Audience, DirectoryNeed, NamedKind } from './named-ids';
import { namedServicesData } from './named';
import { namedTexts } from './named/common';

/**
 * The named entries of the directory (rules/services/named/): local organizations, children's aid societies,
 * victim services, and province-wide or national lines, each with the areas it serves, who it is for, the needs
 * it meets and its contacts with their confidence. Their sources and days checked stay out of the browser
 * (named/provenance.ts; `sourcesOf` in named/full.ts gives a card's). The tests and every build check them with
 * their provenance against the schema (rules/check-directory.ts); the browser never loads it.
 */
export const namedServices: readonly NamedServiceCard[] = namedServicesData;

const byId = new Map<string, NamedServiceCard>(namedServices.map((entry) => [entry.id, entry]));

/** The named entry with this id; throws on an unknown id. */
export function getNamedService(id: string): NamedServiceCard {
  const entry = byId.get(id);
  if (!entry) throw new Error(`No named directory entry "${id}".`);
  return entry;
}

/** A name (or any text stored once when it is the same in both languages) in the page's language. */
export function inLocale(text: string | Localized, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/** True when a contact answers at any time (the sources say 24/7, 24 hours a day, day or night). */
export function answersAllDay(contact: NamedContactCard): boolean {
  return 'hours' in contact && contact.hours?.en === namedTexts.allDay.en;
}

/**
 * Whether an entry serves an answer to the area question: `confirmed` for a province-wide service anywhere in
 * Ontario, a national one anywhere, or a local one whose area a source confirms; `unconfirmed` where the research
 * maps the area by general knowledge only; `undefined` otherwise. A local entry never serves "prefer not to say"
 * (the list would be every organization in Ontario: the province-wide lines and the hotline stand in) nor
 * "outside Ontario", where only national services apply.
 */
export function servesArea(entry: NamedServiceCard, region: RegionAnswer): 'confirmed' | 'unconfirmed' | undefined {
  if (entry.areas === 'canada') return 'confirmed';
  if (entry.areas === 'ontario') return region === 'outside-ontario' ? undefined : 'confirmed';
  if (region === 'unknown' || region === 'outside-ontario') return undefined;
  if (entry.areas.includes(region)) return 'confirmed';
  return entry.areasUnconfirmed?.includes(region) ? 'unconfirmed' : undefined;
}

/** The ages of each answer to the age question, inclusive. */
const ageRanges: Record<Exclude<Age, 'unknown'>, readonly [number, number]> = {
  'under-16': [0, 15],
  '16-17': [16, 17],
  '18-24': [18, 24],
  '25-plus': [25, Infinity],
};

/** Audiences that take in adults: an entry for "women and youth" serves women of any age. */
const adultAudiences: readonly Audience[] = [
  'women',
  'men',
  'trans',
  '2slgbtq',
  'newcomers',
  'migrant-workers',
  'students',
];

/**
 * The ages an entry serves: its own `minAge`/`maxAge` where the research gives them; otherwise, for an entry only
 * for the young (children or youth, with no adult audience beside them), under 18 for children and under 25 for
 * youth (the age the rules already treat as young: Speak Out).
 */
function agesOf(entry: NamedServiceCard): readonly [number, number] {
  if (entry.minAge !== undefined || entry.maxAge !== undefined) return [entry.minAge ?? 0, entry.maxAge ?? Infinity];
  const audience = entry.audience ?? [];
  if (audience.some((a) => adultAudiences.includes(a))) return [0, Infinity];
  if (audience.includes('youth')) return [0, 24];
  if (audience.includes('children')) return [0, 17];
  return [0, Infinity];
}

/** True when the entry serves someone of that age answer; an age not given keeps every entry. */
export function servesAge(entry: NamedServiceCard, age: Age): boolean {
  if (age === 'unknown') return true;
  const [min, max] = agesOf(entry);
  const [from, to] = ageRanges[age];
  return min <= to && max >= from;
}

/**
 * True when the entry serves someone of that identity answer. Entries for First Nations, Inuit or Indigenous
 * people show for those answers and for "prefer not to say"; they also show for "none of these" when the person
 * asks for Indigenous cultural supports (the need says they want them). Other audiences (women, men, francophone,
 * newcomers, faith) are labels only: the wizard does not ask about them.
 */
export function servesIdentity(
  entry: NamedServiceCard,
  indigenous: Indigenous,
  needs: readonly DirectoryNeed[] = [],
): boolean {
  const audience = entry.audience ?? [];
  const only = audience.includes('inuit')
    ? ['inuit']
    : audience.includes('first-nations')
      ? ['first-nations']
      : audience.includes('indigenous')
        ? ['first-nations', 'metis', 'inuit']
        : undefined;
  if (!only || indigenous === 'unknown') return true;
  if (indigenous === 'no') return needs.includes('cultural-supports');
  return only.includes(indigenous);
}

/** Who is asking: the answers that select named entries. Age and identity not given keep every entry. */
export type DirectoryQuery = {
  region: RegionAnswer;
  needs: readonly DirectoryNeed[];
  age?: Age;
  indigenous?: Indigenous;
  /** Lists francophone services first: the lead sets it on the French pages. They are listed either way. */
  french?: boolean;
};

const scopeRank = (entry: NamedServiceCard) => (entry.areas === 'canada' ? 2 : entry.areas === 'ontario' ? 1 : 0);

/**
 * How closely an entry is made for who the person said they are: 2 for their Indigenous identity, 1 for their
 * youth, 1 for reading in French. Identity outranks age, so Inuit services come before youth services for an
 * Inuk youth.
 */
function fitScore(entry: NamedServiceCard, query: DirectoryQuery): number {
  const audience = entry.audience ?? [];
  const indigenous = query.indigenous ?? 'unknown';
  const forIdentity =
    ['first-nations', 'metis', 'inuit'].includes(indigenous) &&
    audience.some((a) => a === 'indigenous' || a === indigenous);
  const young = query.age === 'under-16' || query.age === '16-17' || query.age === '18-24';
  const forAge = young && audience.some((a) => a === 'children' || a === 'youth');
  const forFrench = query.french === true && audience.includes('francophone');
  return (forIdentity ? 2 : 0) + (forAge ? 1 : 0) + (forFrench ? 1 : 0);
}

/**
 * Whether an entry is made for a group the wizard never asks about (women, men, 2SLGBTQ+ people, newcomers,
 * students, faith communities…) and that the person's answers did not select: such an entry is still listed, after
 * the entries for everyone, since the person may not belong to that group.
 */
function forAnotherGroup(entry: NamedServiceCard, query: DirectoryQuery): boolean {
  const asked: Audience[] = [
    'children',
    'youth',
    'indigenous',
    'first-nations',
    'inuit',
    ...(query.french ? (['francophone'] as const) : []),
  ];
  return (entry.audience ?? []).some((a) => !asked.includes(a));
}

/**
 * The order of a list: the person's area's own entries first; then entries made for who the person said they are
 * (`fitScore`: their Indigenous identity, their youth, French); then entries for everyone before those for a group
 * the wizard does not ask about; then Ontario before Canada; then the directory's order. So a 15-year-old's first
 * counselling line is Kids Help Phone, not a line for 2SLGBTQ+ youth or for refugees.
 */
export function ordered(entries: NamedServiceCard[], query: DirectoryQuery): string[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        Number(scopeRank(a.entry) > 0) - Number(scopeRank(b.entry) > 0) ||
        fitScore(b.entry, query) - fitScore(a.entry, query) ||
        Number(forAnotherGroup(a.entry, query)) - Number(forAnotherGroup(b.entry, query)) ||
        scopeRank(a.entry) - scopeRank(b.entry) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry.id);
}

function fits(entry: NamedServiceCard, query: DirectoryQuery): boolean {
  return (
    servesArea(entry, query.region) !== undefined &&
    servesAge(entry, query.age ?? 'unknown') &&
    servesIdentity(entry, query.indigenous ?? 'unknown', query.needs)
  );
}

/**
 * The ids of the named entries that serve the person's area and meet at least one of their needs, province-wide
 * and national ones included where they apply to that person. Which answers select what:
 * - `region`: an area's own entries (confirmed or not, see `servesArea`), plus every Ontario-wide and national
 *   entry; "outside Ontario" keeps national ones only; "prefer not to say" keeps Ontario-wide and national ones.
 * - `needs`: an entry shows when its `needs` list holds one of them; no need, no entry.
 * - `age`: drops entries whose ages exclude it (`servesAge`); "prefer not to say" keeps all.
 * - `indigenous`: drops entries for Indigenous people (or for First Nations, or Inuit) that the answer excludes
 *   (`servesIdentity`); "prefer not to say" keeps all.
 * - `french`: moves francophone services up; it never removes one.
 * Order: the area's own entries, then Ontario-wide, then national; within each, entries made for the person
 * first (for their Indigenous identity, then for youth or French: `fitScore`), then the directory's order.
 */
export function localServicesFor(query: DirectoryQuery): string[] {
  return ordered(
    namedServices.filter((entry) => entry.needs.some((need) => query.needs.includes(need)) && fits(entry, query)),
    query,
  );
}

/** `localServicesFor` one need at a time, in the order of `query.needs`: the summary's groups for the needs picked. */
export function localServicesByNeed(query: DirectoryQuery): { need: DirectoryNeed; ids: string[] }[] {
  return query.needs.map((need) => ({ need, ids: localServicesFor({ ...query, needs: [need] }) }));
}

/**
 * The ids of the named entries of the person's own area (not the province-wide or national ones), whatever the
 * needs, for the "in your area" list; `kinds` narrows them. Empty for an area with no named entry, "prefer not
 * to say" and "outside Ontario": the summary then says so and offers the hotline.
 */
export function areaServicesFor(query: Omit<DirectoryQuery, 'needs'> & { kinds?: readonly NamedKind[] }): string[] {
  return ordered(
    namedServices.filter(
      (entry) =>
        Array.isArray(entry.areas) &&
        (query.kinds === undefined || query.kinds.includes(entry.kind)) &&
        fits(entry, { ...query, needs: [] }),
    ),
    { ...query, needs: [] },
  );
}

/** A children's aid society of an area, with the number to call and whether the research confirms the area. */
export type ChildrensAidLine = {
  service: NamedServiceCard;
  /** Its line for the area that answers at any time, or its first phone number for the area where none is said to. */
  line: NamedContactCard & { kind: 'phone' };
  allDay: boolean;
  areaConfirmed: boolean;
};

/** The society's phones for the area (an office's own first, then those for every area), and the one to show. */
function childrensAidLine(service: NamedServiceCard, region: RegionAnswer): ChildrensAidLine | undefined {
  const phones = service.contacts
    .filter((contact): contact is NamedContactCard & { kind: 'phone' } => contact.kind === 'phone')
    .filter((phone) => phone.region === undefined || phone.region === region)
    .sort((a, b) => Number(b.region === region) - Number(a.region === region));
  const line = phones.find(answersAllDay) ?? phones[0];
  return (
    line && { service, line, allDay: answersAllDay(line), areaConfirmed: servesArea(service, region) === 'confirmed' }
  );
}

/**
 * The children's aid society for everyone in an area (not a faith-based or Indigenous society), with its 24/7
 * line, for the duty-to-report note and the children's aid referral; a society the research confirms for the
 * area first, else one it maps there by general knowledge. `undefined` where none has a confirmed number (Oxford,
 * Lambton, Prescott-Russell, Nipissing, Parry Sound, Algoma, Sault Ste. Marie, Rainy River, Kenora), and for
 * "prefer not to say" and "outside Ontario".
 */
export function childrensAidSocietyFor(region: RegionAnswer): ChildrensAidLine | undefined {
  const mainstream = namedServices.filter(
    (entry) => entry.kind === 'childrens-aid' && (entry.audience ?? []).length === 0,
  );
  for (const wanted of ['confirmed', 'unconfirmed'] as const) {
    const service = mainstream.find((entry) => servesArea(entry, region) === wanted);
    if (service) return childrensAidLine(service, region);
  }
  return undefined;
}

/**
 * Every children's aid society of an area that can serve the child: the society for everyone first, then those for
 * Catholic and Jewish families, then Indigenous societies (for First Nations, Métis or Inuit children, or when
 * identity is not given); societies mapped to the area by general knowledge after the confirmed ones.
 */
export function childrensAidSocietiesFor(region: RegionAnswer, indigenous: Indigenous = 'unknown'): ChildrensAidLine[] {
  const rank = (entry: NamedServiceCard) => {
    const audience = entry.audience ?? [];
    if (audience.length === 0) return 0;
    return audience.includes('catholic') || audience.includes('jewish') ? 1 : 2;
  };
  return namedServices
    .filter(
      (entry) =>
        entry.kind === 'childrens-aid' && servesArea(entry, region) !== undefined && servesIdentity(entry, indigenous),
    )
    .map((entry) => childrensAidLine(entry, region))
    .filter((line): line is ChildrensAidLine => line !== undefined)
    .sort((a, b) => Number(b.areaConfirmed) - Number(a.areaConfirmed) || rank(a.service) - rank(b.service));
}
