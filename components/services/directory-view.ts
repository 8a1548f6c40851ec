import {
  contactsFor,
  getNamedService,
  getRegion,
  getService,
  type Locale,
  type NamedKind,
  type RegionId,
  type ServiceId,
} from '../../rules';
import type { BrowseItem, BrowseSection, BrowseSectionId } from '../../rules/browse';
import { namedServicesFull, sourcesOf } from '../../rules/services/named/full';
import type { NamedServiceCard } from '../../rules/services/named.schema';
import { formatDate, type Messages } from '../content';
import {
  areaHousingView,
  contactLine,
  namedCardView,
  serviceDetails,
  type ContactLine,
  type HousingView,
} from '../content/plan-view';
import type { ServicesMessages } from './content';

/**
 * The services page's list in the page's words: each section's heading and cards. A card is laid out by the
 * summary's own functions (components/content/plan-view.ts: `contactLine` for a category service's contacts,
 * `areaHousingView` for its housing lines, `namedCardView` for a named entry), so a contact reads the same here as in
 * the summary; this page adds only where an entry serves, and its sources with the day they were checked. Pure; the
 * page only renders it. The named entries' provenance (`namedServicesFull`) ships with this page, not the wizard's.
 */

export type DirectoryCard = {
  /** The directory id: a category service's id, or a named entry's. */
  id: string;
  kind: 'category' | NamedKind;
  name: string;
  description: string;
  /** Said when the chosen area is mapped to the entry without a source that confirms it. */
  note?: string;
  /** The chosen area's service manager, on the housing card. */
  housing?: HousingView & { known: true };
  contacts: ContactLine[];
  /** Where it serves, who it is for, hours, languages, what to expect: each a term and its value, in that order. */
  details: { key: 'where' | 'serves' | 'hours' | 'languages' | 'expect'; term: string; value: string }[];
  sources: { toggle: string; urls: readonly string[] };
};

export type DirectorySection = { id: BrowseSectionId; heading: string; count: string; cards: DirectoryCard[] };

const checkedOn = new Map(namedServicesFull.map((entry) => [entry.id, entry.checked]));

const sourcesView = (checked: string, urls: readonly string[], t: Messages, locale: Locale) => ({
  toggle: t.summary.sourcesToggle(formatDate(checked, locale)),
  urls,
});

function categoryCard(id: ServiceId, area: RegionId | undefined, t: Messages, locale: Locale): DirectoryCard {
  const service = getService(id);
  return {
    id,
    kind: 'category',
    name: service.name[locale],
    description: service.offers[locale],
    ...(id === 'housing-service-manager' && area ? { housing: areaHousingView(area, t, locale) } : {}),
    contacts: contactsFor(service, area ?? 'unknown').map((contact) => contactLine(contact, t, locale)),
    details: serviceDetails(service, t, locale),
    sources: sourcesView(service.checked, service.sources, t, locale),
  };
}

/** Where a named entry serves, in words: all of Ontario, Canada, or its areas (and those not confirmed). */
function whereText(entry: NamedServiceCard, s: ServicesMessages, locale: Locale): string {
  if (entry.areas === 'ontario') return s.card.allOntario;
  if (entry.areas === 'canada') return s.card.canada;
  const names = (ids: readonly RegionId[]) => ids.map((id) => getRegion(id).name[locale]).join(', ');
  const unconfirmed = entry.areasUnconfirmed?.length ? s.card.alsoUnconfirmed(names(entry.areasUnconfirmed)) : '';
  return [names(entry.areas), unconfirmed].filter(Boolean).join('. ');
}

/** The contacts of a named entry for the chosen area: those tied to another area (one office of two) are left out. */
const forArea = (entry: NamedServiceCard, area: RegionId | undefined): NamedServiceCard =>
  area === undefined
    ? entry
    : {
        ...entry,
        contacts: entry.contacts.filter((c) => !('region' in c) || c.region === undefined || c.region === area),
      };

function namedCard(
  item: BrowseItem & { kind: 'named' },
  area: RegionId | undefined,
  t: Messages,
  s: ServicesMessages,
  locale: Locale,
): DirectoryCard {
  const entry = getNamedService(item.id);
  const card = namedCardView(forArea(entry, area), t, locale, area);
  const details: DirectoryCard['details'] = [{ key: 'where', term: s.card.where, value: whereText(entry, s, locale) }];
  if (card.forWhom) details.push({ key: 'serves', term: t.summary.serves, value: card.forWhom });
  return {
    id: entry.id,
    kind: entry.kind,
    name: card.name,
    description: card.desc,
    ...(card.areaNote ? { note: card.areaNote } : {}),
    contacts: [...card.contacts, ...card.moreContacts],
    details,
    sources: sourcesView(checkedOn.get(entry.id)!, sourcesOf(entry.id), t, locale),
  };
}

/** The sections of `browseDirectory` with their headings and cards, in the page's language. Empty sections are left out. */
export function directoryView(
  sections: readonly BrowseSection[],
  area: RegionId | undefined,
  t: Messages,
  s: ServicesMessages,
  locale: Locale,
): DirectorySection[] {
  return sections
    .filter((section) => section.items.length > 0)
    .map((section) => ({
      id: section.id,
      heading: s.services.sections[section.id],
      count: s.services.sectionCount(section.items.length),
      cards: section.items.map((item) =>
        item.kind === 'category' ? categoryCard(item.id, area, t, locale) : namedCard(item, area, t, s, locale),
      ),
    }));
}
