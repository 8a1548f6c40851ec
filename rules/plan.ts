import { answersSchema, type Answers } from './answers.schema';
import { holds } from './condition';
import { priorities, referralRules, type Priority, type ReasonId } from './referral-rules';
import { serviceIds, type ServiceId } from './services/service-ids';

/** One line of the plan: a service, how soon, and the ids of every rule that put it there. */
export type Referral = {
  serviceId: ServiceId;
  priority: Priority;
  reasons: ReasonId[];
};

type Issue = {
  code?: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
  expected?: string;
};

/** One problem in plain words, naming the field: zod/mini ships no messages of its own ("Invalid input"). */
function describeIssue(issue: Issue): string {
  const field = issue.path.map(String).join('.') || 'answers';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field}: unexpected field ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `${field}: must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `${field}: missing, or not ${issue.expected === 'array' ? 'a list' : `a ${issue.expected ?? 'valid value'}`}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/** Thrown when `planReferrals` is given answers that do not match `answersSchema`. */
export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
  constructor(readonly issues: readonly Issue[]) {
    super(`These answers are not valid: ${issues.map(describeIssue).join('; ')}.`);
  }
}

/**
 * Parse unknown input as `Answers`, or throw `InvalidAnswersError` naming each problem. Used for trainer
 * presets, share links and any restored state: bad input gets a clear error, never a partial plan.
 */
export function parseAnswers(input: unknown): Answers {
  const result = answersSchema.safeParse(input);
  if (!result.success) throw new InvalidAnswersError(result.error.issues as unknown as Issue[]);
  return result.data;
}

const rank = (p: Priority) => priorities.indexOf(p);

/**
 * The services that serve people anywhere in Canada: 911 and the Canadian Human Trafficking Hotline. Every other
 * service of the directory is Ontario's, so a person outside Ontario is referred to these two only (issue 20); the
 * named national lines (rules/local-help.ts) still show for their needs.
 */
export const nationalServices: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'emergency-911',
  'human-trafficking-hotline',
]);

/**
 * The referral plan for a set of answers (product spec sections 3–4). Every rule that holds fires; a service
 * named by several rules appears once, with all their reasons, at the highest of their priorities. The plan is
 * ordered urgent → high → standard → info, and within a priority by the directory order of `serviceIds`. Outside
 * Ontario, only the national services (`nationalServices`) are referred.
 * Pure, synchronous and total over valid answers; throws `InvalidAnswersError` on anything else.
 */
export function planReferrals(answers: Answers): Referral[] {
  const valid = parseAnswers(answers);
  const byService = new Map<ServiceId, Referral>();
  const outside = valid.region === 'outside-ontario';
  for (const rule of referralRules) {
    if (!holds(rule.when, valid) || (outside && !nationalServices.has(rule.serviceId))) continue;
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
