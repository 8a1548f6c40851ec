import type { Answers } from '../answers.schema';
import { asksAboutCare } from '../flow';
import { getRule } from '../explain';
import { parseAnswers, planReferrals, type Referral } from '../plan';
import { priorities, type Priority, type ReasonId, type ReferralRule } from '../referral-rules';
import type { ServiceId } from '../services/service.schema';

/**
 * What-if for the trainer (product spec section 8): compare the plans of two sets of answers, usually one answer
 * apart, and say which referrals appear, disappear or change priority, and which rules did it. Pure; loaded only
 * by the trainer page.
 */

/** A rule that fires with one set of answers and not the other. */
export type RuleChange = {
  ruleId: ReasonId;
  /** `fired`: holds after the change, not before; `stopped`: held before, not after. */
  change: 'fired' | 'stopped';
  description: string;
  source: ReferralRule['source'];
  priority: Priority;
};

/** One service whose place in the plan changed, with the rules behind the change. */
export type ServiceChange = {
  serviceId: ServiceId;
  /** The priority before the change (absent for an added service). */
  before?: Priority;
  /** The priority after the change (absent for a removed service). */
  after?: Priority;
  /** The rules for this service that fire on one side only. */
  rules: RuleChange[];
};

export type Comparison = {
  before: Referral[];
  after: Referral[];
  /** In the plan after the change only, in the order of the new plan. */
  added: ServiceChange[];
  /** In the plan before the change only, in the order of the old plan. */
  removed: ServiceChange[];
  /** In both plans, at a different priority, in the order of the new plan. */
  priorityChanged: ServiceChange[];
  /** In both plans at the same priority, but with other rules behind it (a different "why"). */
  reasonsChanged: ServiceChange[];
  /** In both plans, unchanged. */
  unchanged: ServiceId[];
};

/** The questions whose answers differ between two sets of answers. */
export function changedQuestions(before: Answers, after: Answers): (keyof Answers)[] {
  const keys = ['role', 'danger', 'age', 'inCare', 'region', 'indigenous', 'needs'] as const;
  return keys.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

function ruleChange(ruleId: ReasonId, change: RuleChange['change']): RuleChange {
  const rule = getRule(ruleId);
  return { ruleId, change, description: rule.description, source: rule.source, priority: rule.priority };
}

/**
 * Compare the plans of `before` and `after`. Both are validated first (`InvalidAnswersError` on bad input), so a
 * what-if never shows a plan the wizard could not. Every rule change is named with its description and the line
 * of Ontario's page it comes from.
 */
export function compareAnswers(before: Answers, after: Answers): Comparison {
  const planBefore = planReferrals(parseAnswers(before));
  const planAfter = planReferrals(parseAnswers(after));
  const byServiceBefore = new Map(planBefore.map((r) => [r.serviceId, r]));
  const byServiceAfter = new Map(planAfter.map((r) => [r.serviceId, r]));

  const diff = (serviceId: ServiceId): ServiceChange => {
    const was = byServiceBefore.get(serviceId);
    const now = byServiceAfter.get(serviceId);
    const reasonsBefore = new Set<ReasonId>(was?.reasons ?? []);
    const reasonsAfter = new Set<ReasonId>(now?.reasons ?? []);
    const rules = [
      ...[...reasonsAfter].filter((id) => !reasonsBefore.has(id)).map((id) => ruleChange(id, 'fired')),
      ...[...reasonsBefore].filter((id) => !reasonsAfter.has(id)).map((id) => ruleChange(id, 'stopped')),
    ];
    return { serviceId, ...(was ? { before: was.priority } : {}), ...(now ? { after: now.priority } : {}), rules };
  };

  const comparison: Comparison = {
    before: planBefore,
    after: planAfter,
    added: [],
    removed: [],
    priorityChanged: [],
    reasonsChanged: [],
    unchanged: [],
  };
  for (const referral of planAfter) {
    const was = byServiceBefore.get(referral.serviceId);
    const change = diff(referral.serviceId);
    if (!was) comparison.added.push(change);
    else if (was.priority !== referral.priority) comparison.priorityChanged.push(change);
    else if (change.rules.length > 0) comparison.reasonsChanged.push(change);
    else comparison.unchanged.push(referral.serviceId);
  }
  for (const referral of planBefore) {
    if (!byServiceAfter.has(referral.serviceId)) comparison.removed.push(diff(referral.serviceId));
  }
  return comparison;
}

/** True when a priority change moves the service up the plan (urgent is highest). */
export function isRaised(change: ServiceChange): boolean {
  return (
    change.before !== undefined &&
    change.after !== undefined &&
    priorities.indexOf(change.after) < priorities.indexOf(change.before)
  );
}

/**
 * Change one answer and keep the set valid, as the wizard would: an age that does not ask the care question drops
 * the care answer; an age that does, when there is none yet, counts it as "prefer not to say" (as the plan does
 * for a question not reached).
 */
export function withAnswer<Q extends keyof Answers>(answers: Answers, question: Q, value: Answers[Q]): Answers {
  const next: Answers = { ...answers, [question]: value };
  if (question === 'age' || question === 'inCare') {
    const asked = asksAboutCare(next.age);
    if (!asked) delete next.inCare;
    else if (next.inCare === undefined) next.inCare = 'unknown';
  }
  return next;
}
