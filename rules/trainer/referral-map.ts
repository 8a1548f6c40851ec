import type { Answers, Need, QuestionId } from '../answers.schema';
import { holds, type Condition } from '../condition';
import { planReferrals } from '../plan';
import { questionOrder, questions } from '../questions';
import { priorities, referralRules, type Priority, type ReasonId, type ReferralRule } from '../referral-rules';
import { regionIds } from '../region-ids';
import { serviceIds, type ServiceId } from '../services/service-ids';
import { withAnswer } from './what-if';

/**
 * The trainer's referral map (issue 22, product spec section 8): the questions in order and, for each answer, the
 * services it adds, read off the referral table itself, never drawn by hand. Pure; loaded only by the trainer page.
 *
 * An answer "adds" a rule's service when the answer can make the difference: some way of answering the other
 * questions the rule reads makes the rule hold with this answer and not with another answer to the same question (for
 * a need: not without it). What the rule still needs from the other questions, once this answer is given, is its
 * requirement ("only with Area “Toronto”"). A rule no answer can make a difference to applies to everyone.
 */

/** A question the map can ask about one answer of: every question but the list of needs. */
export type ScalarQuestion = Exclude<QuestionId, 'needs'>;

/**
 * What a rule still needs from the other answers, as plain data the page can put into words: one of some answers to
 * a question, a need among some (or none of them), or all / any of several requirements, or not one.
 */
export type Requirement =
  | { kind: 'answer'; question: ScalarQuestion; values: readonly string[] }
  | { kind: 'answer-not'; question: ScalarQuestion; values: readonly string[] }
  | { kind: 'needs-any'; needs: readonly Need[] }
  | { kind: 'needs-none'; needs: readonly Need[] }
  | { kind: 'all'; parts: readonly Requirement[] }
  | { kind: 'any'; parts: readonly Requirement[] }
  | { kind: 'not'; part: Requirement };

/** One way an answer adds a service: at a priority, with what else it needs (null: nothing else), by these rules. */
export type MapLine = { priority: Priority; requires: Requirement | null; ruleIds: readonly ReasonId[] };

/** A service an answer adds, with each way it does (most urgent first). */
export type MapService = { serviceId: ServiceId; lines: readonly MapLine[] };

/**
 * One answer of the map: the answer values it stands for (one, except where a long list of answers is grouped by
 * what the rules tell apart: the areas with no rule of their own), and the services it adds, in plan order.
 */
export type MapAnswer = {
  question: QuestionId;
  key: string;
  values: readonly string[];
  services: readonly MapService[];
};

/** One question of the map, in the order the wizard asks, with its answers in the order the wizard offers them. */
export type MapQuestion = { question: QuestionId; multiple: boolean; answers: readonly MapAnswer[] };

export type ReferralMap = {
  /** The services every set of answers gets (rules no answer can make a difference to). */
  everyone: readonly MapService[];
  questions: readonly MapQuestion[];
};

/** A value of one question, for reading a condition: a scalar answer, or one need ticked (or not). */
type Assignment = { [Q in QuestionId]?: Q extends 'needs' ? Need[] : string };

const optionsOf = (question: QuestionId): readonly string[] => questions[question].options;

/** The questions a condition reads, each once, in the order it names them. */
function factsIn(condition: Condition, found: QuestionId[] = []): QuestionId[] {
  if ('always' in condition) return found;
  if ('all' in condition) condition.all.forEach((c) => factsIn(c, found));
  else if ('any' in condition) condition.any.forEach((c) => factsIn(c, found));
  else if ('not' in condition) factsIn(condition.not, found);
  else if (!found.includes(condition.fact)) found.push(condition.fact);
  return found;
}

/** Every leaf of a condition that reads `question`. */
function leavesOf(condition: Condition, question: QuestionId): Extract<Condition, { fact: string }>[] {
  if ('always' in condition) return [];
  if ('all' in condition) return condition.all.flatMap((c) => leavesOf(c, question));
  if ('any' in condition) return condition.any.flatMap((c) => leavesOf(c, question));
  if ('not' in condition) return leavesOf(condition.not, question);
  return condition.fact === question ? [condition] : [];
}

/**
 * The values worth trying for one question when reading one rule: one value per group the rule's leaves treat alike
 * (a rule that names Toronto and Durham sees three kinds of area). For needs, the needs the rule names, each to be
 * ticked or not.
 */
function valuesFor(condition: Condition, question: QuestionId): string[] {
  const leaves = leavesOf(condition, question);
  if (question === 'needs')
    return [...new Set(leaves.flatMap((leaf) => ('includesAny' in leaf ? [...leaf.includesAny] : [])))];
  const seen = new Map<string, string>();
  for (const value of optionsOf(question)) {
    const key = leaves
      .map((leaf) => ('in' in leaf && (leaf.in as readonly string[]).includes(value) ? '1' : '0'))
      .join('');
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/** Every assignment of the questions a rule reads, over the values worth trying (needs: every subset of those named). */
function assignmentsOf(condition: Condition): Assignment[] {
  let all: Assignment[] = [{}];
  for (const question of factsIn(condition)) {
    const values = valuesFor(condition, question);
    if (question === 'needs') {
      const subsets = values.reduce<Need[][]>(
        (sets, need) => [...sets, ...sets.map((s) => [...s, need as Need])],
        [[]],
      );
      all = all.flatMap((a) => subsets.map((needs) => ({ ...a, needs })));
    } else {
      all = all.flatMap((a) => values.map((value) => ({ ...a, [question]: value })));
    }
  }
  return all;
}

const holdsFor = (condition: Condition, assignment: Assignment) =>
  holds(condition, { needs: [], ...assignment } as unknown as Answers);

/**
 * True when giving `value` to `question` can make the difference for the rule: with some answers to the other
 * questions it reads, the rule holds with this answer and not with another (for a need: not without it).
 */
export function answerAddsRule(rule: Pick<ReferralRule, 'when'>, question: QuestionId, value: string): boolean {
  const condition = rule.when;
  if (!factsIn(condition).includes(question)) return false;
  const assignments = assignmentsOf(condition);
  if (question === 'needs') {
    const need = value as Need;
    return assignments.some((a) => {
      const without = (a.needs ?? []).filter((n) => n !== need);
      return holdsFor(condition, { ...a, needs: [...without, need] }) && !holdsFor(condition, { ...a, needs: without });
    });
  }
  const others = optionsOf(question).filter((other) => other !== value);
  return assignments.some(
    (a) =>
      holdsFor(condition, { ...a, [question]: value }) &&
      others.some((other) => !holdsFor(condition, { ...a, [question]: other })),
  );
}

type Residual = Condition | boolean;

/** The condition once `question` is answered `value` (for needs: once that need is ticked), simplified. */
export function substitute(condition: Condition, question: QuestionId, value: string): Residual {
  if ('always' in condition) return true;
  if ('all' in condition) {
    const parts = condition.all.map((c) => substitute(c, question, value));
    if (parts.includes(false)) return false;
    const rest = parts.filter((p): p is Condition => p !== true);
    return rest.length === 0 ? true : rest.length === 1 ? rest[0] : { all: rest };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => substitute(c, question, value));
    if (parts.includes(true)) return true;
    const rest = parts.filter((p): p is Condition => p !== false);
    return rest.length === 0 ? false : rest.length === 1 ? rest[0] : { any: rest };
  }
  if ('not' in condition) {
    const inner = substitute(condition.not, question, value);
    return typeof inner === 'boolean' ? !inner : { not: inner };
  }
  if (condition.fact !== question) return condition;
  if (condition.fact === 'needs') return condition.includesAny.includes(value as Need) ? true : condition;
  return (condition.in as readonly string[]).includes(value);
}

/**
 * A condition as a requirement. `not` of some answers to one question reads as the other answers when they are fewer
 * ("Age “Under 16”"), and as "other than" when they are not ("Area other than “Toronto” and “Durham”").
 */
export function requirementOf(condition: Condition): Requirement | null {
  if ('always' in condition) return null;
  if ('all' in condition)
    return { kind: 'all', parts: condition.all.map(requirementOf).filter((r): r is Requirement => r !== null) };
  if ('any' in condition)
    return { kind: 'any', parts: condition.any.map(requirementOf).filter((r): r is Requirement => r !== null) };
  if ('not' in condition) {
    const inner = condition.not;
    if ('fact' in inner && inner.fact === 'needs') return { kind: 'needs-none', needs: inner.includesAny };
    if ('fact' in inner && 'in' in inner) {
      const excluded = inner.in as readonly string[];
      const values = optionsOf(inner.fact).filter((v) => !excluded.includes(v));
      return values.length <= excluded.length
        ? { kind: 'answer', question: inner.fact, values }
        : { kind: 'answer-not', question: inner.fact, values: excluded };
    }
    const part = requirementOf(inner);
    return part && { kind: 'not', part };
  }
  if (condition.fact === 'needs') return { kind: 'needs-any', needs: condition.includesAny };
  return { kind: 'answer', question: condition.fact, values: condition.in };
}

/** The requirement of a rule once `question` is answered `value`: null when nothing else is needed. */
function requirementAfter(rule: ReferralRule, question: QuestionId, value: string): Requirement | null {
  const residual = substitute(rule.when, question, value);
  return typeof residual === 'boolean' ? null : requirementOf(residual);
}

const rank = (p: Priority) => priorities.indexOf(p);
const sameRequirement = (a: Requirement | null, b: Requirement | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Join the lines of one service at one priority: a line that needs nothing else covers the rest; lines that each need
 * one question's answers become one line with all of them ("Area “Toronto” or “Prefer not to say”").
 */
function mergeLines(lines: MapLine[]): MapLine[] {
  const merged: MapLine[] = [];
  for (const priority of priorities) {
    const at = lines.filter((l) => l.priority === priority);
    if (at.length === 0) continue;
    const ruleIds = at.flatMap((l) => l.ruleIds);
    if (at.some((l) => l.requires === null)) {
      merged.push({ priority, requires: null, ruleIds });
      continue;
    }
    const answers = at
      .map((l) => l.requires!)
      .filter((r): r is Extract<Requirement, { kind: 'answer' }> => r.kind === 'answer');
    if (answers.length === at.length && answers.every((r) => r.question === answers[0].question)) {
      const values = new Set(answers.flatMap((r) => r.values));
      merged.push({
        priority,
        requires: {
          kind: 'answer',
          question: answers[0].question,
          values: optionsOf(answers[0].question).filter((v) => values.has(v)),
        },
        ruleIds,
      });
      continue;
    }
    const distinct = at
      .filter((l, i) => at.findIndex((m) => sameRequirement(m.requires, l.requires)) === i)
      .map((l) => l.requires!);
    merged.push({
      priority,
      requires: distinct.length === 1 ? distinct[0] : { kind: 'any', parts: distinct },
      ruleIds,
    });
  }
  return merged;
}

/** The services some rules add, one entry per service, in plan order (most urgent line first, then directory order). */
function servicesOf(found: { rule: ReferralRule; requires: Requirement | null }[]): MapService[] {
  const byService = new Map<ServiceId, MapLine[]>();
  for (const { rule, requires } of found) {
    byService.set(rule.serviceId, [
      ...(byService.get(rule.serviceId) ?? []),
      { priority: rule.priority, requires, ruleIds: [rule.id as ReasonId] },
    ]);
  }
  return [...byService]
    .map(([serviceId, lines]) => ({ serviceId, lines: mergeLines(lines) }))
    .sort(
      (a, b) =>
        rank(a.lines[0].priority) - rank(b.lines[0].priority) ||
        serviceIds.indexOf(a.serviceId) - serviceIds.indexOf(b.serviceId),
    );
}

/**
 * The answers of one question as the map shows them: every answer on its own, except in a long list (the areas), where
 * the answers every rule treats alike are one entry. Entries keep the order the wizard offers the answers in.
 */
function answersOf(question: QuestionId, rules: readonly ReferralRule[]): string[][] {
  const options = optionsOf(question);
  if (questions[question].kind !== 'select') return options.map((value) => [value]);
  const groups = new Map<string, string[]>();
  for (const value of options) {
    // The areas no rule tells apart are one entry; an answer that is not an area (outside Ontario, not given) stays
    // on its own, since it says something else about the person.
    const key = (regionIds as readonly string[]).includes(value)
      ? `area|${rules.map((rule) => JSON.stringify(substitute(rule.when, question, value))).join('|')}`
      : `answer|${value}`;
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return [...groups.values()];
}

/** The referral map of a referral table (by default, the wizard's own). */
export function referralMap(rules: readonly ReferralRule[] = referralRules): ReferralMap {
  const mapQuestions: MapQuestion[] = questionOrder.map((question) => ({
    question,
    multiple: questions[question].kind === 'checkboxes',
    answers: answersOf(question, rules).map((values) => {
      const value = values[0];
      const found = rules
        .filter((rule) => answerAddsRule(rule, question, value))
        .map((rule) => ({ rule, requires: requirementAfter(rule, question, value) }));
      return { question, key: `${question}:${values.join('+')}`, values, services: servicesOf(found) };
    }),
  }));
  const placed = new Set<string>(
    mapQuestions.flatMap((q) => q.answers.flatMap((a) => a.services.flatMap((s) => s.lines.flatMap((l) => l.ruleIds)))),
  );
  const everyone = servicesOf(
    rules.filter((rule) => !placed.has(rule.id)).map((rule) => ({ rule, requires: requirementOf(rule.when) })),
  );
  return { everyone, questions: mapQuestions };
}

/** True when the answers give this answer of the map (for a need: when it is ticked). */
export function isChosen(answer: Pick<MapAnswer, 'question' | 'values'>, answers: Answers): boolean {
  const given = answers[answer.question];
  if (answer.question === 'needs') return answer.values.some((need) => (given as readonly string[]).includes(need));
  return given !== undefined && (answer.values as readonly string[]).includes(given as string);
}

/** True when the wizard asks this question for these answers (the care question is asked for some ages only). */
export function isAsked(question: QuestionId, answers: Answers): boolean {
  return answers[question] !== undefined;
}

/** The ids of every rule that holds for the answers: the reasons of their plan. */
export function firedRules(answers: Answers): Set<ReasonId> {
  return new Set(planReferrals(answers).flatMap((r) => r.reasons));
}

/** True when a service the map shows under an answer is lit: the answer is given and one of its rules holds. */
export function isLit(service: MapService, chosen: boolean, fired: ReadonlySet<string>): boolean {
  return chosen && service.lines.some((line) => line.ruleIds.some((id) => fired.has(id)));
}

/** Every service the map lights for these answers, in directory order: the services of their plan. */
export function litServices(map: ReferralMap, answers: Answers): ServiceId[] {
  const fired = firedRules(answers);
  const lit = new Set<ServiceId>();
  for (const service of map.everyone) if (isLit(service, true, fired)) lit.add(service.serviceId);
  for (const question of map.questions) {
    for (const answer of question.answers) {
      const chosen = isChosen(answer, answers);
      for (const service of answer.services) if (isLit(service, chosen, fired)) lit.add(service.serviceId);
    }
  }
  return serviceIds.filter((id) => lit.has(id));
}

/**
 * The answers after a click on an answer of the map, kept valid as the wizard would keep them (`withAnswer`): a need
 * is ticked or unticked; another answer is given (for a grouped entry, its first answer, unless one of its answers
 * is already given). A question the wizard does not ask for these answers is left as it is.
 */
export function clickAnswer(answers: Answers, answer: Pick<MapAnswer, 'question' | 'values'>): Answers {
  const { question } = answer;
  if (question === 'needs') {
    const need = answer.values[0] as Need;
    const needs = answers.needs.includes(need)
      ? answers.needs.filter((n) => n !== need)
      : optionsOf('needs').filter((n) => n === need || answers.needs.includes(n as Need));
    return withAnswer(answers, 'needs', needs as Need[]);
  }
  if (!isAsked(question, answers) || isChosen(answer, answers)) return answers;
  return withAnswer(answers, question, answer.values[0] as never);
}
