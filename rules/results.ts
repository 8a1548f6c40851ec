import { needIds, type Answers, type Need } from './answers.schema';
import { factsOf } from './condition';
import { localHelpFor, type LocalHelp } from './local-help';
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

/**
 * A section: its referrals; the named entries shown as cards (for each need of the group, its first entry not shown
 * elsewhere); and the rest of them, listed behind "More places" so the page stays short (issue 20).
 */
export type ResultsSection = { id: SectionId; referrals: Referral[]; named: string[]; moreNamed: string[] };
export type Results = { nextSteps: NextStep[]; sections: ResultsSection[] };

/** The needs each referral rule looks for. */
const needsOfRule = new Map(
  referralRules.map((rule) => [rule.id as string, factsOf(rule.when).flatMap((use) => use.needs ?? [])]),
);

/**
 * The needs whose best contact is a service of the plan rather than a named organization: the one office or program
 * that does exactly this (the area's housing office, the free lawyers for a restraining order, the court program,
 * VQRP+ for ID and tattoo removal, the tip lines, the courses). For the others (a bed tonight, counselling,
 * addiction, safety planning, culture, skills), a named local organization comes first when the area has one.
 */
export const serviceFirstNeeds: ReadonlySet<Need> = new Set<Need>([
  'housing',
  'restraining-order',
  'court-support',
  'id-replacement',
  'tattoo-removal',
  'report-tip',
  'learn-more',
  'training',
]);

/**
 * Which category cards list the area's named help, and what each lists: community services the area's organizations,
 * the Victim Support Line its victim services, the children's aid card its societies. The one table the results and
 * the summary's cards (components/content/plan-view.ts) both read.
 */
export function cardLists(local: LocalHelp): { serviceId: ServiceId; ids: readonly string[] }[] {
  return [
    { serviceId: 'community-aht-services', ids: local.antiTrafficking },
    { serviceId: 'victim-support-line', ids: local.victimServices },
    { serviceId: 'childrens-aid-society', ids: local.childrensAid.map((line) => line.service.id) },
  ];
}

/** The named entries the plan's cards list for the person's area (its organizations, victim services, societies). */
export function localListed(plan: readonly Referral[], local: LocalHelp): Set<string> {
  const has = (id: ServiceId) => plan.some((referral) => referral.serviceId === id);
  return new Set(cardLists(local).flatMap(({ serviceId, ids }) => (has(serviceId) ? ids : [])));
}

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
  const nextSteps: NextStep[] = plan
    .filter((r) => r.priority === 'urgent')
    .map((r) => ({ kind: 'service', id: r.serviceId, urgent: true }));
  for (const { need, ids } of local.byNeed) {
    const named = ids[0];
    const service = serviceForNeed(plan, need);
    if (service && (serviceFirstNeeds.has(need) || !named)) nextSteps.push({ kind: 'service', id: service, need });
    else if (named) nextSteps.push({ kind: 'named', id: named, need });
  }
  if (!nextSteps.some((step) => 'urgent' in step && step.id === 'human-trafficking-hotline')) {
    nextSteps.push({ kind: 'service', id: 'human-trafficking-hotline', forEveryone: true });
  }

  // In the order the needs question lists them, whatever the order the answers hold them in.
  const wanted = [
    ...new Set(needIds.filter((need) => answers.needs.includes(need)).map((need) => needGroupOfNeed[need])),
  ];
  const base = summarySections(plan);
  const byId = new Map<SectionId, Referral[]>(base.map((section) => [section.id, section.referrals]));
  const order: SectionId[] = [
    ...(byId.has('now') ? (['now'] as const) : []),
    ...wanted,
    ...base.map((section) => section.id).filter((id) => id !== 'now' && !wanted.includes(id as NeedGroup)),
  ];
  // A named entry is shown once: in a card's list of the area's help, or else in the group of the first need it
  // meets; a next step's entry always as a card, so its link has somewhere to go.
  const shown = localListed(plan, local);
  const stepIds = new Set(nextSteps.filter((step) => step.kind === 'named').map((step) => step.id));
  const sections = order.map((id) => {
    const named: string[] = [];
    const moreNamed: string[] = [];
    for (const { need, ids } of local.byNeed) {
      if (needGroupOfNeed[need] !== id) continue;
      let first = true;
      for (const entry of ids) {
        if (shown.has(entry)) continue;
        shown.add(entry);
        if (first || stepIds.has(entry)) named.push(entry);
        else moreNamed.push(entry);
        first = false;
      }
    }
    return { id, referrals: byId.get(id) ?? [], named, moreNamed };
  });
  return {
    nextSteps,
    sections: sections.filter(
      (section) => section.referrals.length > 0 || section.named.length > 0 || section.moreNamed.length > 0,
    ),
  };
}

/** The sections of the results page for a person's answers and plan, without the named help's own order. */
export function resultsSections(answers: Answers, plan: readonly Referral[]): ResultsSection[] {
  return resultsFor(answers, plan, localHelpFor(answers)).sections;
}

/** The service ids of a plan in the order the results page lists their cards. */
export function resultsOrder(answers: Answers, plan: readonly Referral[]): ServiceId[] {
  return resultsSections(answers, plan).flatMap((section) => section.referrals.map((referral) => referral.serviceId));
}

export { needGroups };
