import { answersSchema, type Answers } from './answers.schema';
import { holds } from './condition';
import { priorities, referralRules, type Priority, type ReasonId } from './referral-rules';
import { serviceIds, type ServiceId } from './services/service.schema';

/** One line of the plan: a service, how soon, and the ids of every rule that put it there. */
export type Referral = {
  serviceId: ServiceId;
  priority: Priority;
  reasons: ReasonId[];
};

/** Thrown when `planReferrals` is given answers that do not match `answersSchema`. */
export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
  constructor(readonly issues: readonly { path: PropertyKey[]; message: string }[]) {
    super(`These answers are not valid: ${issues.map((i) => `${i.path.join('.') || 'answers'}: ${i.message}`).join('; ')}`);
  }
}

/**
 * Parse unknown input as `Answers`, or throw `InvalidAnswersError` naming each problem. Used for trainer
 * presets, share links and any restored state: bad input gets a clear error, never a partial plan.
 */
export function parseAnswers(input: unknown): Answers {
  const result = answersSchema.safeParse(input);
  if (!result.success) throw new InvalidAnswersError(result.error.issues);
  return result.data;
}

const rank = (p: Priority) => priorities.indexOf(p);

/**
 * The referral plan for a set of answers (product spec sections 3–4). Every rule that holds fires; a service
 * named by several rules appears once, with all their reasons, at the highest of their priorities. The plan is
 * ordered urgent → high → standard → info, and within a priority by the directory order of `serviceIds`.
 * Pure, synchronous and total over valid answers; throws `InvalidAnswersError` on anything else.
 */
export function planReferrals(answers: Answers): Referral[] {
  const valid = parseAnswers(answers);
  const byService = new Map<ServiceId, Referral>();
  for (const rule of referralRules) {
    if (!holds(rule.when, valid)) continue;
    const existing = byService.get(rule.serviceId);
    if (!existing) {
      byService.set(rule.serviceId, { serviceId: rule.serviceId, priority: rule.priority, reasons: [rule.id] });
    } else {
      existing.reasons.push(rule.id);
      if (rank(rule.priority) < rank(existing.priority)) existing.priority = rule.priority;
    }
  }
  return [...byService.values()].sort(
    (a, b) => rank(a.priority) - rank(b.priority) || serviceIds.indexOf(a.serviceId) - serviceIds.indexOf(b.serviceId),
  );
}
