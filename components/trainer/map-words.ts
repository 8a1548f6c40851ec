import type { Answers, Locale, QuestionId, ReferralRule } from '../../rules';
import { requirementOf, type MapAnswer, type ReferralMap, type Requirement } from '../../rules/trainer/referral-map';
import { answerLabel } from '../content/answer-text';
import type { TrainerPageMessages } from './use-trainer-messages';

/**
 * The referral map and the rules in the page's words: an answer as the wizard labels it, and what a rule needs as a
 * sentence ("Age: “Under 16” or “16 or 17” and Area: “Toronto”"). Pure functions over the strings of
 * components/content and components/trainer/content.ts, never an id: map-words.test.ts writes every line of the map
 * in both languages.
 */

/** One answer to one question, as the wizard labels it. */
export function answerWords(question: QuestionId, value: string, t: TrainerPageMessages, locale: Locale): string {
  const answers = (question === 'needs' ? { needs: [value] } : { [question]: value }) as Partial<Answers>;
  return answerLabel(question, answers, t, locale) ?? value;
}

/** An answer of the map: the answer's label, or for a group of areas, how many. */
export function mapAnswerWords(
  answer: Pick<MapAnswer, 'question' | 'values'>,
  t: TrainerPageMessages,
  locale: Locale,
): string {
  return answer.values.length === 1
    ? answerWords(answer.question, answer.values[0], t, locale)
    : t.trainer.map.otherAreas(answer.values.length);
}

/** A question, as the review labels it. */
export const questionWords = (question: QuestionId, t: TrainerPageMessages) => t.review.labels[question];

/** Some answers to a question, each quoted, a whole group of the map (the other areas) as one. */
function valuesWords(
  question: QuestionId,
  values: readonly string[],
  map: ReferralMap,
  t: TrainerPageMessages,
  locale: Locale,
): string[] {
  const entries = map.questions.find((q) => q.question === question)?.answers ?? [];
  const words: string[] = [];
  const covered = new Set<string>();
  for (const entry of entries) {
    if (entry.values.length > 1 && entry.values.every((v) => values.includes(v))) {
      words.push(t.trainer.map.quote(mapAnswerWords(entry, t, locale)));
      entry.values.forEach((v) => covered.add(v));
    }
  }
  const rest = values
    .filter((v) => !covered.has(v))
    .map((v) => t.trainer.map.quote(answerWords(question, v, t, locale)));
  return [...rest, ...words];
}

/** What a rule needs, in words. */
export function requirementWords(
  requirement: Requirement,
  map: ReferralMap,
  t: TrainerPageMessages,
  locale: Locale,
): string {
  const m = t.trainer.map;
  const label = (question: QuestionId) => t.common.labelled(questionWords(question, t));
  const nested = (part: Requirement) => {
    const text = requirementWords(part, map, t, locale);
    return part.kind === 'all' || part.kind === 'any' ? `(${text})` : text;
  };
  switch (requirement.kind) {
    case 'answer':
      return `${label(requirement.question)}${m.or(valuesWords(requirement.question, requirement.values, map, t, locale))}`;
    case 'answer-not':
      return `${label(requirement.question)}${m.otherThan(m.and(valuesWords(requirement.question, requirement.values, map, t, locale)))}`;
    case 'needs-any':
      return `${label('needs')}${m.or(valuesWords('needs', requirement.needs, map, t, locale))}`;
    case 'needs-none':
      return `${label('needs')}${m.noneOf(m.or(valuesWords('needs', requirement.needs, map, t, locale)))}`;
    case 'all':
      return m.and(requirement.parts.map(nested));
    case 'any':
      return m.or(requirement.parts.map(nested));
    case 'not':
      return m.not(requirementWords(requirement.part, map, t, locale));
  }
}

/** A rule in words: who it is for ("The rule: for anyone with Age: “Under 16”…", or everyone). */
export function ruleWords(
  rule: Pick<ReferralRule, 'when'>,
  map: ReferralMap,
  t: TrainerPageMessages,
  locale: Locale,
): string {
  const requirement = requirementOf(rule.when);
  return requirement === null
    ? t.trainer.why.appliesToEveryone
    : t.trainer.why.appliesWhen(requirementWords(requirement, map, t, locale));
}
