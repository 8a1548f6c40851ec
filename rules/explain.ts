import type { Answers, Need } from './answers.schema';
import { factsOf } from './condition';
import { referralRules, type ReasonId, type ReferralRule } from './referral-rules';

/** An answer a rule relied on, as the person gave it (for needs: only the needs the rule looks for). */
export type ReasonFact =
  | { [Q in Exclude<keyof Answers, 'needs'>]: { question: Q; value: NonNullable<Answers[Q]> } }[Exclude<
      keyof Answers,
      'needs'
    >]
  | { question: 'needs'; value: Need[] };

/** Why a referral is in the plan: the rule, and the answers it relied on (empty for rules that always fire). */
export type Reason = { ruleId: ReasonId; rule: ReferralRule; facts: ReasonFact[] };

const rulesById = new Map<string, ReferralRule>(referralRules.map((rule) => [rule.id, rule]));

/** The rule behind a reason id. Throws on an unknown id, which would be a bug in the caller. */
export function getRule(id: ReasonId): ReferralRule {
  const rule = rulesById.get(id);
  if (!rule) throw new Error(`No referral rule "${id}".`);
  return rule;
}

/**
 * Explain one reason against the answers: which answers the rule read, with their values, so the UI can say
 * "Because you said you are 16 or 17 and live in Durham Region" and link each to its question.
 */
export function explainReason(id: ReasonId, answers: Answers): Reason {
  const rule = getRule(id);
  const facts: ReasonFact[] = [];
  for (const use of factsOf(rule.when)) {
    if (use.fact === 'needs') {
      const chosen = answers.needs.filter((need) => use.needs?.includes(need));
      if (chosen.length > 0) facts.push({ question: 'needs', value: chosen });
      continue;
    }
    const value = answers[use.fact];
    if (value !== undefined) facts.push({ question: use.fact, value } as ReasonFact);
  }
  return { ruleId: id, rule, facts };
}

/** True when the reason rests on an answer that was not given: the referral applies only "if" (spec section 4). */
export function isConditional(reason: Reason): boolean {
  return reason.facts.some((fact) => fact.value === 'unknown');
}
