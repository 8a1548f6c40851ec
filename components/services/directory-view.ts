import {
  contactsFor,
  getRegion,
  getService,
  inLocale,
  type Locale,
  type NamedContact,
  type NamedKind,
  type RegionId,
  type ServiceId,
} from '../../rules';
import { eligibilityOf, type BrowseItem, type BrowseSection, type BrowseSectionId } from '../../rules/browse';
import { namedServicesFull, sourcesOf } from '../../rules/services/named/full';
import type { NamedServiceInput } from '../../rules/services/named.schema';
import type { Contact } from '../../rules/services/service.schema';
import { formatDate, formatPhone, housingPhones, telHref, type Messages } from '../content';
import { contactLine, type ContactLine } from '../content/plan-view';
import type { ServicesMessages } from './content';

/**
 * The services page's list in the page's words: each section's heading and cards, each card's contact lines (the
 * wizard's own `contactLine`, with what a named entry adds: text lines, walk-in addresses, extensions, hours), who it
 * is for, where it serves and its sources with the day they were checked. Pure; the page only renders it. Named
 * entries are read with their provenance (`namedServicesFull`), which this page can afford and the wizard does not
 * ship (README, "Open data": the page's weight).
 */

/** A contact line; a number to text by WhatsApp, or a street address, has a value but nothing to follow. */
export type LineView = Omit<ContactLine, 'value'> & {
  value?: { text: string; href?: string; kind: 'phone' | 'email' | 'url' | 'address' };
};

export type DirectoryCard = {
  /** The directory id: a category service's id, or a named entry's. */
  id: string;
  kind: 'category' | NamedKind;
  name: string;
  description: string;
  /** Said when the chosen area is mapped to the entry without a source that confirms it. */
  note?: string;
  /** The chosen area's service manager, on the housing card. */
  housing?: { manager: string; unverified?: string; lines: LineView[]; noContact?: string };
  contacts: LineView[];
  /** Where it serves, who it is for, hours, languages, what to expect: each a term and its value, in that order. */
  details: { key: 'where' | 'serves' | 'hours' | 'languages' | 'expect'; term: string; value: string }[];
  sources: { toggle: string; urls: readonly string[] };
};

export type DirectorySection = { id: BrowseSectionId; heading: string; count: string; cards: DirectoryCard[] };

const namedById = new Map<string, NamedServiceInput>(namedServicesFull.map((entry) => [entry.id, entry]));

/** Words after a contact's value: its extension, toll-free, hours, and that a medium-confidence one may have changed. */
function extras(contact: NamedContact | Contact, s: ServicesMessages, locale: Locale): string[] {
  const words: string[] = [];
  if (contact.kind === 'phone' && 'ext' in contact && contact.ext) words.push(s.card.ext(contact.ext));
  if (contact.kind === 'phone' && contact.tollFree) words.push(s.card.tollFree);
  if (contact.kind === 'text' && contact.keyword) words.push(s.card.textKeyword(contact.keyword[locale]));
  if (contact.kind === 'text' && contact.app === 'whatsapp') words.push(s.card.whatsapp);
  if ('hours' in contact && contact.hours) words.push(contact.hours[locale]);
  if (contact.confidence === 'medium') words.push(s.card.mayHaveChanged);
  return words;
}

/** A number as the page writes it: hyphenated numbers in the language's way, short codes (686868) as they are. */
const dialText = (number: string, locale: Locale) => (number.includes('-') ? formatPhone(number, locale) : number);

function withExtras(line: LineView, words: string[]): LineView {
  if (words.length === 0) return line;
  const after = [line.after, `(${words.join(', ')})`].filter(Boolean).join(' ');
  return { ...line, after };
}

/** One contact of a directory entry as a line: the wizard's line for the kinds it knows, and text lines and addresses. */
export function contactView(contact: NamedContact | Contact, t: Messages, s: ServicesMessages, locale: Locale): LineView {
  let line: LineView;
  if (contact.kind === 'text') {
    const text = dialText(contact.number, locale);
    line = {
      label: t.common.labelled(contact.label?.[locale] ?? s.card.text),
      value:
        contact.app === 'whatsapp'
          ? { text, kind: 'phone' }
          : { text, href: `sms:${contact.number.replace(/-/g, '')}`, kind: 'phone' },
    };
  } else if (contact.kind === 'address') {
    line = { label: t.common.labelled(contact.label?.[locale] ?? s.card.address), value: { text: contact.address, kind: 'address' } };
  } else {
    line = contactLine(contact, t, locale);
    // A TTY line labelled just "TTY" would say it twice.
    if (contact.kind === 'tty' && line.after === t.summary.tty) line = { label: line.label, ...(line.value ? { value: line.value } : {}) };
  }
  return withExtras(line, extras(contact, s, locale));
}

/** The contacts of a named entry that apply to the area: those tied to another area are left out once one is chosen. */
const forArea = <C extends object>(contacts: readonly C[], area: RegionId | undefined) =>
  contacts.filter((c) => area === undefined || !('region' in c) || c.region === undefined || c.region === area);

const sourcesView = (checked: string, urls: readonly string[], t: Messages, locale: Locale) => ({
  toggle: t.summary.sourcesToggle(formatDate(checked, locale)),
  urls,
});

function housingView(area: RegionId, t: Messages, s: ServicesMessages, locale: Locale): DirectoryCard['housing'] {
  const region = getRegion(area);
  const medium = region.housing?.confidence === 'medium' ? [s.card.mayHaveChanged] : [];
  const lines: LineView[] = housingPhones(region.housing, t, locale).map(({ label, number }) =>
    withExtras({ label: t.common.labelled(label), value: { text: formatPhone(number, locale), href: telHref(number), kind: 'phone' } }, medium),
  );
  if (region.housing?.url) lines.push({ label: t.common.labelled(t.summary.web), value: { text: region.housing.url, href: region.housing.url, kind: 'url' } });
  return {
    manager: t.summary.housingManager(region.serviceManager[locale]),
    ...(region.serviceManagerVerified ? {} : { unverified: t.summary.housingManagerUnverified }),
    lines,
    ...(region.housing ? {} : { noContact: t.summary.noLocalContact }),
  };
}

function categoryCard(id: ServiceId, area: RegionId | undefined, t: Messages, s: ServicesMessages, locale: Locale): DirectoryCard {
  const service = getService(id);
  const details: DirectoryCard['details'] = [];
  if (service.hours) details.push({ key: 'hours', term: t.summary.hours, value: service.hours[locale] });
  if (service.languages) details.push({ key: 'languages', term: t.summary.languages, value: service.languages[locale] });
  details.push({ key: 'serves', term: t.summary.serves, value: service.serves[locale] });
  if (service.expect) details.push({ key: 'expect', term: t.summary.expect, value: service.expect[locale] });
  return {
    id,
    kind: 'category',
    name: service.name[locale],
    description: service.offers[locale],
    ...(id === 'housing-service-manager' && area ? { housing: housingView(area, t, s, locale) } : {}),
    contacts: contactsFor(service, area ?? 'unknown').map((contact) => contactView(contact, t, s, locale)),
    details,
    sources: sourcesView(service.checked, service.sources, t, locale),
  };
}

function whereText(entry: NamedServiceInput, s: ServicesMessages, locale: Locale): string {
  if (entry.areas === 'ontario') return s.card.allOntario;
  if (entry.areas === 'canada') return s.card.canada;
  const names = (ids: readonly RegionId[]) => ids.map((id) => getRegion(id).name[locale]).join(', ');
  const unconfirmed = entry.areasUnconfirmed?.length ? s.card.alsoUnconfirmed(names(entry.areasUnconfirmed)) : '';
  return [names(entry.areas), unconfirmed].filter(Boolean).join('. ');
}

function namedCard(item: BrowseItem & { kind: 'named' }, area: RegionId | undefined, t: Messages, s: ServicesMessages, locale: Locale): DirectoryCard {
  const entry = namedById.get(item.id);
  if (!entry) throw new Error(`No named directory entry "${item.id}".`);
  const details: DirectoryCard['details'] = [{ key: 'where', term: s.card.where, value: whereText(entry, s, locale) }];
  const serves = eligibilityOf(entry, { audience: s.audience, ages: s.card.ages });
  if (serves) details.push({ key: 'serves', term: t.summary.serves, value: serves });
  return {
    id: entry.id,
    kind: entry.kind,
    name: inLocale(entry.name, locale),
    description: entry.desc[locale],
    ...(item.areaConfirmed ? {} : { note: s.card.areaNotConfirmed }),
    contacts: forArea(entry.contacts, area).map((contact) => contactView(contact as NamedContact, t, s, locale)),
    details,
    sources: sourcesView(entry.checked, sourcesOf(entry.id), t, locale),
  };
}

/** The sections of `browseDirectory` with their headings and cards, in the page's language. Empty sections are left out. */
export function directoryView(sections: readonly BrowseSection[], area: RegionId | undefined, t: Messages, s: ServicesMessages, locale: Locale): DirectorySection[] {
  return sections
    .filter((section) => section.items.length > 0)
    .map((section) => ({
      id: section.id,
      heading: s.services.sections[section.id],
      count: s.services.sectionCount(section.items.length),
      cards: section.items.map((item) => (item.kind === 'category' ? categoryCard(item.id, area, t, s, locale) : namedCard(item, area, t, s, locale))),
    }));
}
