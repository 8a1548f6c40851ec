import {
  cardLists,
  contactsFor,
  explainReason,
  getNamedService,
  getRegion,
  getService,
  inLocale,
  isConditional,
  isRegionId,
  localHelpFor,
  resultsFor,
  workerNotesByPlace,
  type ChildrensAidLine,
  type LocalHelp,
  type NamedContactCard,
  type NamedServiceCard,
  type Answers,
  type Contact,
  type Locale,
  type Need,
  type QuestionId,
  type RegionId,
  type Referral,
  type SectionId,
  type Service,
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
  value?: { text: string; href: string; kind: 'phone' | 'email' | 'url'; short?: string };
  /** Words after the value (a TTY line's explanation). */
  after?: string;
  /** The area a contact is tied to (`data-contact-region`), said in the label unless it is the person's own. */
  region?: string;
  /** A chat: a way to talk to someone, kept on the short card like a phone number (a web page goes behind "More"). */
  chat?: true;
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
  /** What it does, in full (the plain text and the full printout); `summaryLine` is its first sentence. */
  offers: string;
  /** One line on what it does, for the short card. */
  summaryLine: string;
  /** The rest of `offers`, behind "More about this service" on screen. */
  offersMore?: string;
  housing?: HousingView;
  /** How to reach it, phone first: on the short card. */
  contacts: ContactLine[];
  /** Email: behind "More about this service". */
  moreContacts: ContactLine[];
  /** Said under the police card when no number is listed for the person's area. */
  localPoliceElsewhere?: string;
  /** The named help of the person's area the card lists (its organizations, its children's aid societies). */
  local?: LocalListView;
  /** Hours, languages, who it serves, what to expect: each a term and its value, in that order. */
  details: { key: 'hours' | 'languages' | 'serves' | 'expect'; term: string; value: string }[];
  /** Why it is listed, every reason (the plain text and the case note; on screen, split by `reasonsOnCard`). */
  reasons: ReasonView[];
  sources: { toggle: string; urls: readonly string[] };
};

export type ReasonView = { ruleId: string; sentence: string; questions: QuestionId[] };

/**
 * A card's reasons as the screen places them: on the short card those that rest on an answer; behind "More" those
 * that rest on none ("Anyone can use this service").
 */
export function reasonsOnCard(reasons: readonly ReasonView[]): { short: ReasonView[]; more: ReasonView[] } {
  return {
    short: reasons.filter((reason) => reason.questions.length > 0),
    more: reasons.filter((reason) => reason.questions.length === 0),
  };
}

/** A named entry of the directory (rules/services/local.ts): an organization or line, by name. */
export type NamedCardView = {
  id: string;
  name: string;
  desc: string;
  /** How to reach it, phone first: on the short card. */
  contacts: ContactLine[];
  /** Email: behind "More about this service". */
  moreContacts: ContactLine[];
  /** Who it is for, where the research says so ("For youth, ages 16 to 24."). */
  forWhom?: string;
  /** Said when the research maps the area to it by general knowledge only. */
  areaNote?: string;
  /** The need it was listed for ("You asked for: a safe place to stay tonight."). */
  askedFor?: string;
};

/** Named help inside a category card: the area's own organizations, or its children's aid societies. */
export type LocalListView = { heading: string; cards: NamedCardView[]; none?: string };

/** One line of the next steps: what it is for, who, one line on what they do, the best way to reach them. */
export type NextStepView = {
  /** `data-next-step`: the service or organization id. */
  id: string;
  lead: string;
  name: string;
  /** One line on what it does (not for the hotline's line for everyone: its card follows with that line). */
  what?: string;
  line?: ContactLine;
  /** The card below that says more. */
  anchor: string;
};

/** A section: its cards, its named cards, and the other named entries, behind "More places" (`moreNamed`). */
export type SectionView = {
  id: SectionId;
  heading: string;
  cards: CardView[];
  named: NamedCardView[];
  moreNamed: NamedCardView[];
};
export type NotesView = {
  heading: string;
  notes: { id: WorkerNoteId; text: string; contact?: { lead: string; line?: ContactLine; none?: string } }[];
};

export type PlanView = {
  nextSteps: NextStepView[];
  sections: SectionView[];
  /** The duty to report, for a worker: shown right after what to do now, before any other referral. */
  firstNotes: NotesView;
  /** The other worker notes, after the list. */
  otherNotes: NotesView;
  /** The index of the section the first notes come before (after "Do this now" when there is one). */
  firstNotesBefore: number;
};

/** A contact of a category or a named entry, without its provenance (which the browser may not have). */
type ContactLike = Extract<NamedContactCard, { kind: Contact['kind'] }>;

/**
 * One contact of a directory entry as a line. A contact tied to an area says which ("For Durham Region"), except on
 * the results of a person who lives there (`here`), where it would only repeat their answer.
 */
export function contactLine(contact: ContactLike, t: Messages, locale: Locale, here?: string): ContactLine {
  const region = 'region' in contact ? contact.region : undefined;
  const area = region && region !== here ? t.summary.regionalContactFor(getRegion(region).name[locale]) : '';
  const prefix = [contact.label?.[locale], area].filter(Boolean).join(' · ');
  return { ...(region ? { region } : {}), ...contactLineOf(contact, prefix, t, locale) };
}

function contactLineOf(contact: ContactLike, prefix: string, t: Messages, locale: Locale): ContactLine {
  switch (contact.kind) {
    case 'phone':
      return { label: t.common.labelled(prefix || t.summary.call), value: phone(contact.number, locale) };
    case 'tty':
      return {
        label: t.common.labelled(t.summary.tty),
        ...(contact.number ? { value: phone(contact.number, locale) } : {}),
        after: contact.label[locale],
      };
    case 'email':
      return {
        label: t.common.labelled(prefix || t.summary.email),
        value: { text: contact.address, href: `mailto:${contact.address}`, kind: 'email' },
      };
    default:
      return {
        label: t.common.labelled(prefix || (contact.kind === 'chat' ? t.summary.chat : t.summary.web)),
        value: { text: contact.url, href: contact.url, kind: 'url', short: shortUrl(contact.url) },
        ...(contact.kind === 'chat' ? { chat: true } : {}),
      };
  }
}

/** One contact of a named entry as a line: its phone, text, web, email or walk-in address. */
export function namedContactLine(contact: NamedContactCard, t: Messages, locale: Locale): ContactLine {
  const l = t.local;
  const label = contact.label?.[locale];
  const hours = 'hours' in contact && contact.hours ? contact.hours[locale] : undefined;
  switch (contact.kind) {
    case 'phone': {
      const after = [contact.ext && l.ext(contact.ext), contact.tollFree && `(${l.tollFree})`, hours]
        .filter(Boolean)
        .join(' · ');
      return {
        label: t.common.labelled(label ?? t.summary.call),
        value: phone(contact.number, locale),
        ...(after ? { after } : {}),
      };
    }
    case 'text': {
      const after = [contact.keyword && l.textKeyword(contact.keyword[locale]), hours].filter(Boolean).join(' · ');
      return {
        label: t.common.labelled(label ?? (contact.app === 'whatsapp' ? l.whatsapp : l.text)),
        value: {
          text: formatPhone(contact.number, locale),
          href: contact.app === 'whatsapp' ? telHref(contact.number) : `sms:${contact.number.replace(/-/g, '')}`,
          kind: 'phone',
        },
        ...(after ? { after } : {}),
      };
    }
    case 'address':
      return { label: t.common.labelled(label ?? l.address), after: contact.address };
    default: {
      const line = contactLine(contact, t, locale);
      return hours ? { ...line, after: [line.after, hours].filter(Boolean).join(' · ') } : line;
    }
  }
}

/** Phone lines first (then text, web, email, address): the quickest way to reach someone comes first. */
const contactOrder = { phone: 0, text: 1, chat: 2, web: 3, tty: 4, email: 5, address: 6 } as const;

export function namedCardView(entry: NamedServiceCard, t: Messages, locale: Locale, region?: string): NamedCardView {
  const audience = (entry.audience ?? []).map((a) => t.local.audiences[a]);
  const ages =
    entry.minAge !== undefined || entry.maxAge !== undefined ? t.local.ages(entry.minAge, entry.maxAge) : undefined;
  const forWhom = [audience.length > 0 ? t.local.forWhom(audience.join(', ')) : undefined, ages && `${ages}.`]
    .filter(Boolean)
    .join(' ');
  const unconfirmed =
    region !== undefined &&
    Array.isArray(entry.areas) &&
    !entry.areas.includes(region as never) &&
    entry.areasUnconfirmed?.includes(region as never);
  return {
    id: entry.id,
    name: inLocale(entry.name, locale),
    desc: entry.desc[locale],
    ...reachAndMore(
      [...entry.contacts]
        .sort((a, b) => contactOrder[a.kind] - contactOrder[b.kind])
        .map((c) => namedContactLine(c, t, locale)),
    ),
    ...(forWhom ? { forWhom } : {}),
    ...(unconfirmed ? { areaNote: t.local.areaNotConfirmed } : {}),
  };
}

/** How many ways to reach a service the short card shows. */
export const shortCardLines = 2;

/**
 * A card's contact lines split for the short card: its first two phone, text, TTY and chat lines (phone first), and
 * its web addresses when it has no number or chat (else they are one tap away, with its email and any other line,
 * behind "More").
 * `hasPhone`: the card has a number elsewhere (the housing office's).
 */
function reachAndMore(
  lines: ContactLine[],
  hasPhone = false,
): { contacts: ContactLine[]; moreContacts: ContactLine[] } {
  const isWeb = (line: ContactLine) => line.value?.kind === 'url' && !line.chat;
  const spoken =
    hasPhone || lines.some((line) => line.value !== undefined && !isWeb(line) && line.value.kind !== 'email');
  const firstWeb = lines.find(isWeb);
  // Behind "More": email, a line with nothing to press (a TTY service without its own number), and web addresses
  // when there is a number to call (else the first web address stays, as the way in).
  const email = (line: ContactLine) =>
    line.value === undefined || line.value.kind === 'email' || (isWeb(line) && (spoken || line !== firstWeb));
  const phoneFirst = (line: ContactLine) => (line.value?.kind === 'phone' ? 0 : 1);
  const reach = lines
    .filter((line) => !email(line))
    .map((line, i) => [phoneFirst(line), i, line] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, , line]) => line);
  // Two ways in on the short card; a third (a TTY line, another area's number) is one tap away with the email.
  return {
    contacts: reach.slice(0, shortCardLines),
    moreContacts: [...reach.slice(shortCardLines), ...lines.filter(email)],
  };
}

/**
 * A web address as the screen shows it: without "https://", "www." or the last slash, and cut to its site when it is
 * long ("toronto.ca/…"), so it does not run over three lines of a phone. The link, the plain text and the case
 * note keep the whole address.
 */
export function shortUrl(url: string): string {
  const bare = url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
  if (bare.length <= 36) return bare;
  return `${bare.split('/')[0]}/…`;
}

const phone = (number: string, locale: Locale): ContactLine['value'] => ({
  text: formatPhone(number, locale),
  href: telHref(number),
  kind: 'phone',
});

/** A contact line as plain text: "Call: 1-833-900-1010". */
export function contactLineText(line: ContactLine): string {
  return [`${line.label}${line.value?.text ?? ''}`, line.after].filter(Boolean).join(line.value ? ' ' : '');
}

function housingView(answers: Answers, t: Messages, locale: Locale): HousingView {
  if (!isRegionId(answers.region)) return { known: false, text: t.summary.housingManagerUnknownArea };
  return areaHousingView(answers.region, t, locale);
}

/** An area's housing service manager and how to reach it: the summary's housing card, and the services page's. */
export function areaHousingView(regionId: RegionId, t: Messages, locale: Locale): HousingView & { known: true } {
  const region = getRegion(regionId);
  const lines: ContactLine[] = housingPhones(region.housing, t, locale).map(({ label, number }) => ({
    label: t.common.labelled(label),
    value: phone(number, locale),
  }));
  if (region.housing?.url)
    lines.push({
      label: t.common.labelled(t.summary.web),
      value: { text: region.housing.url, href: region.housing.url, kind: 'url', short: shortUrl(region.housing.url) },
    });
  return {
    known: true,
    regionId: region.id,
    manager: t.summary.housingManager(region.serviceManager[locale]),
    ...(region.serviceManagerVerified ? {} : { unverified: t.summary.housingManagerUnverified }),
    lines,
    ...(region.housing ? {} : { noContact: t.summary.noLocalContact }),
  };
}

/** A category service's hours, languages, who it serves and what to expect, in that order: the summary's card and the services page's. */
export function serviceDetails(service: Service, t: Messages, locale: Locale): CardView['details'] {
  const details: CardView['details'] = [];
  if (service.hours) details.push({ key: 'hours', term: t.summary.hours, value: service.hours[locale] });
  if (service.languages)
    details.push({ key: 'languages', term: t.summary.languages, value: service.languages[locale] });
  details.push({ key: 'serves', term: t.summary.serves, value: service.serves[locale] });
  if (service.expect) details.push({ key: 'expect', term: t.summary.expect, value: service.expect[locale] });
  return details;
}

function cardView(referral: Referral, answers: Answers, t: Messages, locale: Locale): CardView {
  const service = getService(referral.serviceId);
  const voice = voiceOf(answers.role);
  const reasons = referral.reasons.map((id) => explainReason(id, answers));
  const contacts = contactsFor(service, answers.region);
  const reasonViews: ReasonView[] = reasons.map((reason) => ({
    ruleId: reason.ruleId,
    sentence: reasonSentence(reason, voice, t, locale),
    questions: reason.facts.map((fact) => fact.question),
  }));
  const policeHere = contacts.some((c) => 'region' in c && c.region === answers.region);
  const summaryLine = firstSentence(service.offers[locale]);
  const offersMore = service.offers[locale].slice(summaryLine.length).trim();
  return {
    serviceId: service.id,
    priority: referral.priority,
    name: service.name[locale],
    ...(reasons.every(isConditional) ? { ifApplies: t.summary.ifApplies } : {}),
    offers: service.offers[locale],
    summaryLine,
    ...(offersMore ? { offersMore } : {}),
    ...(service.id === 'housing-service-manager' ? { housing: housingView(answers, t, locale) } : {}),
    ...reachAndMore(
      contacts.map((contact) => contactLine(contact, t, locale, answers.region)),
      service.id === 'housing-service-manager' &&
        isRegionId(answers.region) &&
        getRegion(answers.region).housing !== undefined,
    ),
    ...(service.id === 'local-police' && !policeHere ? { localPoliceElsewhere: t.summary.localPoliceElsewhere } : {}),
    details: serviceDetails(service, t, locale),
    reasons: reasonViews,
    sources: { toggle: t.summary.sourcesToggle(formatDate(service.checked, locale)), urls: service.sources },
  };
}

/** The first sentence of a text: a next step says in one line what a service does. */
const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;

/**
 * The area's named help a category card lists, if it lists any (`cardLists` in rules/results.ts says which cards list
 * what): with its heading, and what to say when the area has none (the Victim Support Line then lists nothing).
 */
function localList(
  serviceId: string,
  answers: Answers,
  local: LocalHelp,
  t: Messages,
  locale: Locale,
): LocalListView | undefined {
  if (!isRegionId(answers.region)) return undefined;
  const ids = cardLists(local).find((list) => list.serviceId === serviceId)?.ids;
  if (!ids) return undefined;
  const none = { 'community-aht-services': t.local.noneInArea, 'childrens-aid-society': t.local.childrensAidUnknown }[
    serviceId
  ];
  if (ids.length === 0 && !none) return undefined;
  const region = answers.region;
  return {
    heading:
      serviceId === 'childrens-aid-society' ? t.local.childrensAid : t.local.inArea(getRegion(region).name[locale]),
    cards: ids.map((id) => namedCardView(getNamedService(id), t, locale, region)),
    ...(ids.length === 0 && none ? { none } : {}),
  };
}

/** The children's aid society's line for the duty to report: the society for everyone, its line that answers at any time. */
function childrensAidContact(answers: Answers, society: ChildrensAidLine | undefined, t: Messages, locale: Locale) {
  if (!isRegionId(answers.region)) return undefined;
  if (!society) return { lead: t.local.childrensAid, none: t.local.childrensAidUnknown };
  const name = inLocale(society.service.name, locale);
  return {
    lead: society.allDay ? t.local.childrensAidLine(name) : t.local.childrensAidLineBusinessHours(name),
    line: namedContactLine(society.line, t, locale),
  };
}

/** The best way to reach a service or a named entry for a next step: its first phone or text line, else its first line. */
function bestLine(lines: ContactLine[]): ContactLine | undefined {
  return lines.find((line) => line.value?.kind === 'phone') ?? lines[0];
}

/**
 * The plan as the results page lays it out (rules/results.ts): the next steps, then the sections, every card, named
 * entry and note in the page's words.
 */
export function planView(plan: readonly Referral[], answers: Answers, t: Messages, locale: Locale): PlanView {
  const local = localHelpFor(answers, { french: locale === 'fr' });
  const results = resultsFor(answers, plan, local);
  const cards = new Map(plan.map((referral) => [referral.serviceId, cardView(referral, answers, t, locale)]));
  const named = (id: string, need?: Need) => ({
    ...namedCardView(getNamedService(id), t, locale, answers.region),
    ...(need ? { askedFor: t.local.askedFor(t.needs.options[need]) } : {}),
  });
  const needOf = new Map<string, Need>();
  for (const { need, ids } of local.byNeed) for (const id of ids) if (!needOf.has(id)) needOf.set(id, need);

  const sections = results.sections.map((section) => ({
    id: section.id,
    heading: t.summary.sections[section.id],
    cards: section.referrals.map((referral) => {
      const card = cards.get(referral.serviceId)!;
      const list = localList(referral.serviceId, answers, local, t, locale);
      if (!list) return card;
      // A card whose only way in is a web page (community services' list on ontario.ca) lets the area's named help
      // it lists be the way in: the web page is one tap away.
      const webOnly = list.cards.length > 0 && card.contacts.every((line) => line.value?.kind === 'url');
      return webOnly
        ? { ...card, local: list, contacts: [], moreContacts: [...card.contacts, ...card.moreContacts] }
        : { ...card, local: list };
    }),
    named: section.named.map((id) => named(id, needOf.get(id))),
    moreNamed: section.moreNamed.map((id) => named(id, needOf.get(id))),
  }));

  const nextSteps = results.nextSteps.map((step): NextStepView => {
    const lead =
      'urgent' in step
        ? t.local.doNow
        : 'need' in step
          ? t.local.forNeed(t.needs.short[step.need])
          : t.local.forEveryone;
    if (step.kind === 'named') {
      const card = named(step.id);
      return {
        id: step.id,
        lead,
        name: card.name,
        what: firstSentence(card.desc),
        line: bestLine(card.contacts),
        anchor: `named-${step.id}`,
      };
    }
    const card = cards.get(step.id as ServiceId)!;
    return {
      id: step.id,
      lead,
      name: card.name,
      ...('urgent' in step || 'need' in step ? { what: firstSentence(card.offers) } : {}),
      // The housing office's own number, where the area has one.
      line: bestLine(card.housing?.known && card.housing.lines.length > 0 ? card.housing.lines : card.contacts),
      anchor: `service-${step.id}`,
    };
  });

  const notes = workerNotesByPlace(answers, plan);
  const society = childrensAidContact(
    answers,
    local.childrensAid.find((line) => (line.service.audience ?? []).length === 0) ?? local.childrensAid[0],
    t,
    locale,
  );
  const notesView = (heading: string, ids: readonly WorkerNoteId[]): NotesView => ({
    heading,
    notes: ids.map((id) => ({
      id,
      text: t.workerNotes.notes[id],
      ...(id.startsWith('duty-to-report') && society ? { contact: society } : {}),
    })),
  });
  return {
    nextSteps,
    sections,
    firstNotes: notesView(t.workerNotes.firstHeading, notes.first),
    otherNotes: notesView(t.workerNotes.heading, notes.rest),
    firstNotesBefore: sections[0]?.id === 'now' ? 1 : 0,
  };
}
