import {
  contactsFor,
  explainReason,
  getRegion,
  getService,
  isConditional,
  isRegionId,
  summarySections,
  workerNotesByPlace,
  type Answers,
  type Contact,
  type Locale,
  type QuestionId,
  type Referral,
  type SectionId,
  type ServiceId,
  type WorkerNoteId,
} from '../../rules';
import { reasonSentence } from './answer-text';
import type { Messages } from './en';
import { formatDate, formatPhone, housingPhones, telHref, voiceOf } from './index';

/**
 * One view of a referral plan, in the page's language: the sections, each card's contact and housing lines, its
 * details, reasons and sources, and the worker notes in their places. The summary screen, the printout (the same
 * screen on paper), "Copy as text" and the case note are all made from it and only format it, so a contact line
 * or a housing line is written in one place. Pure.
 */

/** A line of contact: "Call: 1-833-900-1010", "Web: https://…", "TTY: 1-800-… (label)". */
export type ContactLine = {
  /** The words before the value, with their colon ("Call: "). */
  label: string;
  /** The number or address, and where it leads. */
  value?: { text: string; href: string; kind: 'phone' | 'email' | 'url' };
  /** Words after the value (a TTY line's explanation). */
  after?: string;
};

export type HousingView =
  | { known: false; text: string }
  | { known: true; regionId: string; manager: string; unverified?: string; lines: ContactLine[]; noContact?: string };

export type CardView = {
  serviceId: ServiceId;
  priority: Referral['priority'];
  name: string;
  /** "If it applies": every reason for the card rests on an answer not given. */
  ifApplies?: string;
  offers: string;
  housing?: HousingView;
  contacts: ContactLine[];
  /** Said under the police card when no number is listed for the person's area. */
  localPoliceElsewhere?: string;
  /** Hours, languages, who it serves, what to expect: each a term and its value, in that order. */
  details: { key: 'hours' | 'languages' | 'serves' | 'expect'; term: string; value: string }[];
  reasons: { ruleId: string; sentence: string; questions: QuestionId[] }[];
  sources: { toggle: string; urls: readonly string[] };
};

export type SectionView = { id: SectionId; heading: string; cards: CardView[] };
export type NotesView = { heading: string; notes: { id: WorkerNoteId; text: string }[] };

export type PlanView = {
  sections: SectionView[];
  /** The duty to report, for a worker: shown right after what to do now, before any other referral. */
  firstNotes: NotesView;
  /** The other worker notes, after the list. */
  otherNotes: NotesView;
  /** The index of the section the first notes come before (after "Do this now" when there is one). */
  firstNotesBefore: number;
};

/** One contact of a directory entry as a line. */
export function contactLine(contact: Contact, t: Messages, locale: Locale): ContactLine {
  const area = 'region' in contact && contact.region ? t.summary.regionalContactFor(getRegion(contact.region).name[locale]) : '';
  const prefix = [contact.label?.[locale], area].filter(Boolean).join(' · ');
  switch (contact.kind) {
    case 'phone':
      return { label: t.common.labelled(prefix || t.summary.call), value: phone(contact.number, locale) };
    case 'tty':
      return { label: t.common.labelled(t.summary.tty), ...(contact.number ? { value: phone(contact.number, locale) } : {}), after: contact.label[locale] };
    case 'email':
      return { label: t.common.labelled(prefix || t.summary.email), value: { text: contact.address, href: `mailto:${contact.address}`, kind: 'email' } };
    default:
      return {
        label: t.common.labelled(prefix || (contact.kind === 'chat' ? t.summary.chat : t.summary.web)),
        value: { text: contact.url, href: contact.url, kind: 'url' },
      };
  }
}

const phone = (number: string, locale: Locale): ContactLine['value'] => ({ text: formatPhone(number, locale), href: telHref(number), kind: 'phone' });

/** A contact line as plain text: "Call: 1-833-900-1010". */
export function contactLineText(line: ContactLine): string {
  return [`${line.label}${line.value?.text ?? ''}`, line.after].filter(Boolean).join(line.value ? ' ' : '');
}

function housingView(answers: Answers, t: Messages, locale: Locale): HousingView {
  if (!isRegionId(answers.region)) return { known: false, text: t.summary.housingManagerUnknownArea };
  const region = getRegion(answers.region);
  const lines: ContactLine[] = housingPhones(region.housing, t, locale).map(({ label, number }) => ({ label: t.common.labelled(label), value: phone(number, locale) }));
  if (region.housing?.url) lines.push({ label: t.common.labelled(t.summary.web), value: { text: region.housing.url, href: region.housing.url, kind: 'url' } });
  return {
    known: true,
    regionId: region.id,
    manager: t.summary.housingManager(region.serviceManager[locale]),
    ...(region.serviceManagerVerified ? {} : { unverified: t.summary.housingManagerUnverified }),
    lines,
    ...(region.housing ? {} : { noContact: t.summary.noLocalContact }),
  };
}

function cardView(referral: Referral, answers: Answers, t: Messages, locale: Locale): CardView {
  const service = getService(referral.serviceId);
  const voice = voiceOf(answers.role);
  const reasons = referral.reasons.map((id) => explainReason(id, answers));
  const contacts = contactsFor(service, answers.region);
  const details: CardView['details'] = [];
  if (service.hours) details.push({ key: 'hours', term: t.summary.hours, value: service.hours[locale] });
  if (service.languages) details.push({ key: 'languages', term: t.summary.languages, value: service.languages[locale] });
  details.push({ key: 'serves', term: t.summary.serves, value: service.serves[locale] });
  if (service.expect) details.push({ key: 'expect', term: t.summary.expect, value: service.expect[locale] });
  const policeHere = contacts.some((c) => 'region' in c && c.region === answers.region);
  return {
    serviceId: service.id,
    priority: referral.priority,
    name: service.name[locale],
    ...(reasons.every(isConditional) ? { ifApplies: t.summary.ifApplies } : {}),
    offers: service.offers[locale],
    ...(service.id === 'housing-service-manager' ? { housing: housingView(answers, t, locale) } : {}),
    contacts: contacts.map((contact) => contactLine(contact, t, locale)),
    ...(service.id === 'local-police' && !policeHere ? { localPoliceElsewhere: t.summary.localPoliceElsewhere } : {}),
    details,
    reasons: reasons.map((reason) => ({
      ruleId: reason.ruleId,
      sentence: reasonSentence(reason, voice, t, locale),
      questions: reason.facts.map((fact) => fact.question),
    })),
    sources: { toggle: t.summary.sourcesToggle(formatDate(service.checked, locale)), urls: service.sources },
  };
}

/** The plan as the summary lays it out (rules/summary-sections.ts), every card and note in the page's words. */
export function planView(plan: readonly Referral[], answers: Answers, t: Messages, locale: Locale): PlanView {
  const sections = summarySections(plan).map((section) => ({
    id: section.id,
    heading: t.summary.sections[section.id],
    cards: section.referrals.map((referral) => cardView(referral, answers, t, locale)),
  }));
  const notes = workerNotesByPlace(answers, plan);
  const notesView = (heading: string, ids: readonly WorkerNoteId[]): NotesView => ({ heading, notes: ids.map((id) => ({ id, text: t.workerNotes.notes[id] })) });
  return {
    sections,
    firstNotes: notesView(t.workerNotes.firstHeading, notes.first),
    otherNotes: notesView(t.workerNotes.heading, notes.rest),
    firstNotesBefore: sections[0]?.id === 'now' ? 1 : 0,
  };
}
