import type { Answers, Locale, Referral } from '../../rules';
import { questionOrder } from '../../rules/questions';
import { answerLabel } from './answer-text';
import type { Messages } from './en';
import { formatDate } from './index';
import { contactLineText, planView, type NotesView } from './plan-view';

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
  const view = planView(plan, answers, t, locale);
  const lines: string[] = [];
  lines.push(t.caseNote.title.toUpperCase());
  if (date) lines.push(t.caseNote.date(formatDate(date, locale)));
  lines.push(t.caseNote.privacy, '');
  lines.push(t.caseNote.answersHeading);
  for (const question of questionOrder) {
    if (question === 'inCare' && answers.inCare === undefined) continue;
    lines.push(
      `- ${t.common.labelled(t.review.labels[question])}${answerLabel(question, answers, t, locale) ?? t.common.notAnswered}`,
    );
  }
  const pushNotes = ({ heading, notes }: NotesView) => {
    if (notes.length === 0) return;
    lines.push('', heading);
    for (const note of notes) {
      lines.push(`- ${note.text}`);
      if (note.contact)
        lines.push(
          `  ${note.contact.none ?? `${note.contact.lead} ${note.contact.line ? contactLineText(note.contact.line) : ''}`.trim()}`,
        );
    }
  };
  if (answers.role === 'someone-else')
    lines.push('', t.summary.someoneElse.heading, ...t.summary.someoneElse.lines.map((line) => `- ${line}`));
  lines.push('', t.local.nextStepsHeading);
  for (const step of view.nextSteps) {
    lines.push(`- ${step.lead} ${step.name}${step.line ? ` – ${contactLineText(step.line)}` : ''}`);
    if (step.what) lines.push(`  ${step.what}`);
  }
  pushNotes(view.firstNotes);
  lines.push('', t.caseNote.referralsHeading);
  for (const section of view.sections) {
    lines.push('', `== ${section.heading} ==`);
    for (const card of section.cards) {
      lines.push('', `* ${card.name}`, `  ${card.offers}`);
      if (card.housing?.known)
        lines.push(`  ${card.housing.manager}`, ...card.housing.lines.map((line) => `  ${contactLineText(line)}`));
      for (const line of [...card.contacts, ...card.moreContacts]) lines.push(`  ${contactLineText(line)}`);
      for (const detail of card.details)
        if (detail.key === 'hours') lines.push(`  ${t.common.labelled(detail.term)}${detail.value}`);
      if (card.local) {
        lines.push(`  ${card.local.heading}:`);
        if (card.local.none) lines.push(`  ${card.local.none}`);
        for (const named of card.local.cards)
          lines.push(
            `  - ${named.name}`,
            ...[...named.contacts, ...named.moreContacts].map((line) => `    ${contactLineText(line)}`),
          );
      }
      for (const reason of card.reasons) lines.push(`  ${t.common.labelled(t.caseNote.why)}${reason.sentence}`);
    }
    for (const named of [...section.named, ...section.moreNamed]) {
      lines.push('', `* ${named.name}`, `  ${named.desc}`);
      if (named.forWhom) lines.push(`  ${named.forWhom}`);
      for (const line of [...named.contacts, ...named.moreContacts]) lines.push(`  ${contactLineText(line)}`);
      if (named.askedFor) lines.push(`  ${named.askedFor}`);
    }
  }
  pushNotes(view.otherNotes);
  return `${lines.join('\n')}\n`;
}
