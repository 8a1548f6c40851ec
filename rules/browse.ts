import type { RegionId } from './answers.schema';
import { factsOf, type Condition } from './condition';
import { referralRules } from './referral-rules';
import { namedServices, ordered, servesArea } from './services/local';
import { namedKinds, type DirectoryNeed, type NamedKind } from './services/named-ids';
import type { NamedServiceCard } from './services/named.schema';
import { serviceIds, type ServiceId } from './services/service-ids';

/**
 * The whole directory without the questions (issue 21, part 2): what the services page lists for an area and a
 * need, in sections. Pure; the page only renders it. Which category service (the 23 of Ontario's page) applies to
 * an area or a need is read from the referral table itself, so the page and the wizard never disagree about it.
 */

/** The page's sections, in order: Ontario's own services and supports, then the named entries by kind. */
export const browseSectionIds = ['ontario', ...namedKinds] as const;
export type BrowseSectionId = (typeof browseSectionIds)[number];

/**
 * What the person narrowed the list to; a filter left out keeps everything. `french` (the French page) lists
 * francophone services first within an area, as the wizard does; it never removes one.
 */
export type BrowseFilter = { area?: RegionId; need?: DirectoryNeed; french?: boolean };

/** One entry of the list: a category service by its id, or a named entry with whether a source confirms the area. */
export type BrowseItem =
  | { kind: 'category'; id: ServiceId }
  | {
      kind: 'named';
      id: string;
      /** False where the research maps the chosen area to the entry by general knowledge only. */
      areaConfirmed: boolean;
    };

export type BrowseSection = { id: BrowseSectionId; items: BrowseItem[] };

/**
 * Whether a condition can hold for someone in `area`, whatever their other answers: a three-valued reading in which
 * only the area is known. `false` means no answers from that area meet it; `true` or `maybe` means some can.
 */
function underArea(condition: Condition, area: RegionId): boolean | 'maybe' {
  if ('always' in condition) return true;
  if ('all' in condition) {
    const parts = condition.all.map((c) => underArea(c, area));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : 'maybe';
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => underArea(c, area));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : 'maybe';
  }
  if ('not' in condition) {
    const inner = underArea(condition.not, area);
    return inner === 'maybe' ? 'maybe' : !inner;
  }
  if (condition.fact === 'region') return (condition.in as readonly string[]).includes(area);
  return 'maybe';
}

const rulesFor = (id: ServiceId) => referralRules.filter((rule) => rule.serviceId === id);

/**
 * True when the wizard can refer someone in `area` to the category service: some rule for it can fire there. So the
 * CARE Units show for Toronto and Durham only, and the category "your local children's aid society" everywhere else
 * (in Toronto and Durham the CARE Unit takes its place, as in the wizard).
 */
export function categoryServesArea(id: ServiceId, area: RegionId): boolean {
  return rulesFor(id).some((rule) => underArea(rule.when, area) !== false);
}

/**
 * The needs that lead the wizard to a category service: those a rule for it looks for in the needs answer. A service
 * the wizard gives for another reason only (911 for danger, a CARE Unit for age and area) has none, and shows when
 * no need is chosen.
 */
export function categoryNeeds(id: ServiceId): DirectoryNeed[] {
  const needs = rulesFor(id).flatMap((rule) => factsOf(rule.when).flatMap((use) => use.needs ?? []));
  return [...new Set(needs)];
}

/**
 * The directory for a filter, in sections (every section, in `browseSectionIds` order, even when empty):
 * - `ontario`: the category services, in the directory's order, that the wizard can give in the area
 *   (`categoryServesArea`) and for the need (`categoryNeeds`);
 * - one section per kind of named entry: those that serve the area (`servesArea`, confirmed or not) and meet the
 *   need. With an area, in the wizard's own order (`ordered`: the area's own entries first, then those for
 *   everyone before those for a group, then Ontario before Canada); with no area, in the directory's order. With no
 *   need, whatever needs an entry meets (many children's aid societies list none).
 */
export function browseDirectory(filter: BrowseFilter = {}): BrowseSection[] {
  const { area, need, french } = filter;
  const categories: BrowseItem[] = serviceIds
    .filter(
      (id) =>
        (area === undefined || categoryServesArea(id, area)) &&
        (need === undefined || categoryNeeds(id).includes(need)),
    )
    .map((id) => ({ kind: 'category', id }));
  const kept = namedServices.filter(
    (entry) =>
      (area === undefined || servesArea(entry, area) !== undefined) &&
      (need === undefined || entry.needs.includes(need)),
  );
  const byId = new Map<string, NamedServiceCard>(kept.map((entry) => [entry.id, entry]));
  const order =
    area === undefined
      ? kept.map((entry) => entry.id)
      : ordered(kept, { region: area, needs: need ? [need] : [], ...(french ? { french } : {}) });
  const named = order.map((id) => byId.get(id)!);
  return browseSectionIds.map((id) => ({
    id,
    items:
      id === 'ontario'
        ? categories
        : named
            .filter((entry) => entry.kind === (id as NamedKind))
            .map((entry) => ({
              kind: 'named',
              id: entry.id,
              areaConfirmed: area === undefined || servesArea(entry, area) === 'confirmed',
            })),
  }));
}

/** How many entries the sections hold. */
export const browseCount = (sections: readonly BrowseSection[]): number =>
  sections.reduce((n, s) => n + s.items.length, 0);
