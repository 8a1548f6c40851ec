import {
  contactsFor,
  explainReason,
  getRegion,
  getService,
  isRegionId,
  summarySections,
  workerNotesByPlace,
  type Answers,
  type Contact,
  type Locale,
  type WorkerNoteId,
  type QuestionId,
  type Referral,
} from '../../rules';
import { answerLabel, reasonSentence } from './answer-text';
import type { Messages } from './en';
import { formatDate, formatPhone, housingPhones, voiceOf } from './index';

const questions: QuestionId[] = ['role', 'danger', 'age', 'inCare', 'region', 'indigenous', 'needs'];

function contactText(contact: Contact, t: Messages, locale: Locale): string {
  const area = 'region' in contact && contact.region ? t.summary.regionalContactFor(getRegion(contact.region).name[locale]) : '';
  const label = [contact.label?.[locale], area].filter(Boolean).join(' · ');
  switch (contact.kind) {
    case 'phone':
      return `${t.common.labelled(label || t.summary.call)}${formatPhone(contact.number, locale)}`;
    case 'tty':
      return `${t.common.labelled(t.summary.tty)}${contact.number ? `${formatPhone(contact.number, locale)} ` : ''}${contact.label[locale]}`;
    case 'email':
      return `${t.common.labelled(label || t.summary.email)}${contact.address}`;
    default:
      return `${t.common.labelled(label || (contact.kind === 'chat' ? t.summary.chat : t.summary.web))}${contact.url}`;
  }
}

/**
 * The summary as plain text, for "Copy as text" and the worker's case note: built from the same plan the screen
 * shows, with every referral, its contacts, hours and reasons. It holds no name or identifying detail (the tool
 * never asks for one); an answer not given is shown as the option the person chose, never as a fact about them.
 */
export function planAsText(options: {
  plan: readonly Referral[];
  answers: Answers;
  t: Messages;
  locale: Locale;
  /** ISO date for the case note's header; omitted for a plain copy. */
  date?: string;
}): string {
  const { plan, answers, t, locale, date } = options;
  const voice = voiceOf(answers.role);
  const lines: string[] = [];
  lines.push(t.caseNote.title.toUpperCase());
  if (date) lines.push(t.caseNote.date(formatDate(date, locale)));
  lines.push(t.caseNote.privacy, '');
  lines.push(t.caseNote.answersHeading);
  for (const question of questions) {
    if (question === 'inCare' && answers.inCare === undefined) continue;
    lines.push(`- ${t.common.labelled(t.review.labels[question])}${answerLabel(question, answers, t, locale) ?? t.common.notAnswered}`);
  }
  const notes = workerNotesByPlace(answers, plan);
  const pushNotes = (heading: string, ids: readonly WorkerNoteId[]) => {
    if (ids.length > 0) lines.push('', heading, ...ids.map((id) => `- ${t.workerNotes.notes[id]}`));
  };
  pushNotes(t.workerNotes.firstHeading, notes.first);
  lines.push('', t.caseNote.referralsHeading);
  for (const section of summarySections(plan)) {
    lines.push('', `== ${t.summary.sections[section.id]} ==`);
    for (const referral of section.referrals) {
      const service = getService(referral.serviceId);
      lines.push('', `* ${service.name[locale]}`, `  ${service.offers[locale]}`);
      if (service.id === 'housing-service-manager' && isRegionId(answers.region)) {
        const region = getRegion(answers.region);
        lines.push(`  ${t.summary.housingManager(region.serviceManager[locale])}`);
        for (const { label, number } of housingPhones(region.housing, t, locale)) lines.push(`  ${t.common.labelled(label)}${formatPhone(number, locale)}`);
        if (region.housing?.url) lines.push(`  ${t.common.labelled(t.summary.web)}${region.housing.url}`);
      }
      for (const contact of contactsFor(service, answers.region)) lines.push(`  ${contactText(contact, t, locale)}`);
      if (service.hours) lines.push(`  ${t.common.labelled(t.summary.hours)}${service.hours[locale]}`);
      for (const id of referral.reasons) lines.push(`  ${t.common.labelled(t.caseNote.why)}${reasonSentence(explainReason(id, answers), voice, t, locale)}`);
    }
  }
  pushNotes(t.workerNotes.heading, notes.rest);
  return `${lines.join('\n')}\n`;
}
