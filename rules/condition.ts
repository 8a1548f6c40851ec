import type { Answers, Need } from './answers.schema';

/** The answers a condition can test with `in`: every answer but `needs`. */
export type ScalarFact = Exclude<keyof Answers, 'needs'>;

/**
 * A condition over `Answers`, written as data so that reviewers, the trainer's "why" view and the tests can all
 * read it (after json-rules-engine's `all` / `any` / `not` trees). A missing `inCare` matches no `in` list.
 */
export type Condition =
  | { [F in ScalarFact]: { fact: F; in: readonly NonNullable<Answers[F]>[] } }[ScalarFact]
  | { fact: 'needs'; includesAny: readonly Need[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  | { always: true };

/** True when the answers meet the condition. Pure and total. */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('always' in condition) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  if (condition.fact === 'needs') return condition.includesAny.some((need) => answers.needs.includes(need));
  const value = answers[condition.fact];
  return value !== undefined && (condition.in as readonly string[]).includes(value);
}

/** A question a condition reads, with the needs it looks for when the question is `needs`. */
export type FactUse = { fact: keyof Answers; needs?: readonly Need[] };

/** The questions a condition reads, in the order it names them, each once. Used to explain a referral. */
export function factsOf(condition: Condition): FactUse[] {
  const uses: FactUse[] = [];
  const visit = (c: Condition): void => {
    if ('always' in c) return;
    if ('all' in c) return c.all.forEach(visit);
    if ('any' in c) return c.any.forEach(visit);
    if ('not' in c) return visit(c.not);
    const existing = uses.find((u) => u.fact === c.fact);
    if (c.fact === 'needs') {
      if (existing) existing.needs = [...(existing.needs ?? []), ...c.includesAny];
      else uses.push({ fact: 'needs', needs: [...c.includesAny] });
    } else if (!existing) {
      uses.push({ fact: c.fact });
    }
  };
  visit(condition);
  return uses;
}
