import type { Answers, Need } from './answers.schema';
import { factsOf } from './condition';
import type { LocalHelp } from './local-help';
import type { Referral } from './plan';
import { referralRules } from './referral-rules';
import type { ServiceId } from './services/service-ids';
import { needGroups, summarySections, type NeedGroup, type SectionId } from './summary-sections';

/**
 * How the results page lays out a person's plan and named local help (issues 19 and 20): the next steps first, then
 * the sections, the groups for the needs the person picked before the services everyone gets. Pure; the screen, the
 * printouts, the copy and the case note all lay the results out with it.
 */

/** The summary group each need's named help goes in. */
export const needGroupOfNeed: Readonly<Record<Need, NeedGroup>> = {
  'emergency-shelter': 'housing',
  'safety-planning': 'support',
  counselling: 'support',
  addiction: 'support',
  'tattoo-removal': 'money',
  'id-replacement': 'money',
  housing: 'housing',
  'court-support': 'legal',
  'restraining-order': 'legal',
  'skills-training': 'support',
  'cultural-supports': 'indigenous',
  'report-tip': 'legal',
  'learn-more': 'learning',
  training: 'learning',
};

/**
 * One item of the next steps: a service of the plan or a named entry. `urgent` for what to do now (911, the
 * hotline when in danger); `need` for the one best contact for a need picked; `forEveryone` for the hotline, which
 * everyone can use.
 */
export type NextStep =
  | { kind: 'service'; id: ServiceId; urgent: true }
  | { kind: 'service' | 'named'; id: string; need: Need }
  | { kind: 'service'; id: ServiceId; forEveryone: true };

export type ResultsSection = { id: SectionId; referrals: Referral[]; named: string[] };
export type Results = { nextSteps: NextStep[]; sections: ResultsSection[] };

/** The needs each referral rule looks for. */
const needsOfRule = new Map(referralRules.map((rule) => [rule.id as string, factsOf(rule.when).flatMap((use) => use.needs ?? [])]));

/** The first referral of the plan that a rule looking for this need put there. */
function serviceForNeed(plan: readonly Referral[], need: Need): ServiceId | undefined {
  return plan.find((referral) => referral.reasons.some((id) => needsOfRule.get(id)?.includes(need)))?.serviceId;
}

/**
 * The results for a plan and the named help of the same answers:
 * - next steps: what to do now (every urgent referral); then, for each need picked, the one best contact for it
 *   (its first named entry, or else the first service of the plan a rule gave for that need); then the hotline,
 *   for everyone, unless it is already there as what to do now;
 * - sections: "do this now" first; then the groups of the needs picked, in the order the needs are listed; then
 *   the others, most urgent first and then in the flow's order (`summarySections`). Each section holds its
 *   referrals, in plan order, and the named entries for the needs of its group that are not already in an earlier
 *   section (each entry once).
 */
export function resultsFor(answers: Answers, plan: readonly Referral[], local: LocalHelp): Results {
  const nextSteps: NextStep[] = plan.filter((r) => r.priority === 'urgent').map((r) => ({ kind: 'service', id: r.serviceId, urgent: true }));
  for (const { need, ids } of local.byNeed) {
    const named = ids[0];
    const service = named ? undefined : serviceForNeed(plan, need);
    if (named) nextSteps.push({ kind: 'named', id: named, need });
    else if (service) nextSteps.push({ kind: 'service', id: service, need });
  }
  if (!nextSteps.some((step) => 'urgent' in step && step.id === 'human-trafficking-hotline')) {
    nextSteps.push({ kind: 'service', id: 'human-trafficking-hotline', forEveryone: true });
  }

  const wanted = [...new Set(answers.needs.map((need) => needGroupOfNeed[need]))];
  const base = summarySections(plan);
  const byId = new Map<SectionId, Referral[]>(base.map((section) => [section.id, section.referrals]));
  const order: SectionId[] = [
    ...(byId.has('now') ? (['now'] as const) : []),
    ...wanted,
    ...base.map((section) => section.id).filter((id) => id !== 'now' && !wanted.includes(id as NeedGroup)),
  ];
  const shown = new Set<string>();
  const sections = order.map((id) => {
    const named: string[] = [];
    for (const { need, ids } of local.byNeed) {
      if (needGroupOfNeed[need] !== id) continue;
      for (const entry of ids) if (!shown.has(entry)) (shown.add(entry), named.push(entry));
    }
    return { id, referrals: byId.get(id) ?? [], named };
  });
  return { nextSteps, sections: sections.filter((section) => section.referrals.length > 0 || section.named.length > 0) };
}

export { needGroups };
