import {
  getRegion,
  isRegionId,
  type Answers,
  type Locale,
  type QuestionId,
  type Reason,
  type ReasonFact,
} from '../../rules';
import type { Messages } from './en';
import type { Voice } from './index';

/** How the review shows one answer: the option's own label, as the person saw it. */
export function answerLabel(
  question: QuestionId,
  answers: Partial<Answers>,
  t: Messages,
  locale: Locale,
): string | undefined {
  switch (question) {
    case 'role':
      return answers.role && t.role.options[answers.role];
    case 'danger':
      return answers.danger && t.danger.options[answers.danger];
    case 'age':
      return answers.age && t.age.options[answers.age];
    case 'inCare':
      return answers.inCare && t.inCare.options[answers.inCare];
    case 'region': {
      const region = answers.region;
      if (region === undefined) return undefined;
      if (isRegionId(region)) return getRegion(region).name[locale];
      return region === 'outside-ontario' ? t.region.outsideOntario : t.region.unknown;
    }
    case 'indigenous':
      return answers.indigenous && t.indigenous.options[answers.indigenous];
    case 'needs':
      if (answers.needs === undefined) return undefined;
      return answers.needs.length === 0
        ? t.review.noNeeds
        : answers.needs.map((n) => t.needs.options[n]).join(t.review.needsSeparator);
  }
}

/** One clause of a reason, and whether it states an answer ("you are 16 or 17") or its absence. */
function clause(fact: ReasonFact, voice: Voice, t: Messages, locale: Locale): { text: string; known: boolean } {
  const r = t.reasons;
  switch (fact.question) {
    case 'role':
      return { text: r.role[fact.value][voice], known: true };
    case 'danger':
      return { text: r.danger[fact.value][voice], known: true };
    case 'age':
      return { text: r.age[fact.value][voice], known: fact.value !== 'unknown' };
    case 'inCare':
      return { text: r.inCare[fact.value][voice], known: fact.value !== 'unknown' };
    case 'region':
      if (isRegionId(fact.value))
        return { text: r.region.area[voice](getRegion(fact.value).name[locale]), known: true };
      return { text: r.region[fact.value][voice], known: fact.value !== 'unknown' };
    case 'indigenous':
      return { text: r.indigenous[fact.value][voice], known: fact.value !== 'unknown' };
    case 'needs':
      return { text: r.needs[voice](fact.value.map((n) => t.needs.short[n])), known: true };
  }
}

/** "Because you said you are 16 or 17 and you live in Durham Region." — or the line for rules that always fire. */
export function reasonSentence(reason: Reason, voice: Voice, t: Messages, locale: Locale): string {
  if (reason.facts.length === 0) return t.reasons.always[voice];
  const clauses = reason.facts.map((fact) => clause(fact, voice, t, locale));
  return t.reasons.because(
    clauses.filter((c) => c.known).map((c) => c.text),
    clauses.filter((c) => !c.known).map((c) => c.text),
  );
}
