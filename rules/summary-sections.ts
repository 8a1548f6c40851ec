import type { Referral } from './plan';
import type { ServiceId } from './services/service-ids';

/**
 * How the summary lays out a plan (product spec section 5): what to do now first, then the rest grouped by need.
 * The plan's own order (urgent → high → standard → info, then directory order) is kept inside every section.
 */

/** The needs the summary groups referrals by. */
export const needGroups = ['support', 'youth', 'indigenous', 'money', 'housing', 'legal', 'learning'] as const;
export type NeedGroup = (typeof needGroups)[number];

/** A section of the summary: `now` holds every urgent referral; each need group holds the rest of its services. */
export type SectionId = 'now' | NeedGroup;

/** The need each service answers, for when it is not urgent. */
export const needGroupOf: Readonly<Record<ServiceId, NeedGroup>> = {
  'emergency-911': 'support',
  'human-trafficking-hotline': 'support',
  'community-aht-services': 'support',
  'victim-support-line': 'support',
  'care-unit-toronto': 'youth',
  'care-unit-durham': 'youth',
  'childrens-aid-society': 'youth',
  'youth-services': 'youth',
  'specialized-residences': 'youth',
  'youth-in-transition': 'youth',
  'indigenous-led-services': 'indigenous',
  onwa: 'indigenous',
  'speak-out': 'indigenous',
  'vqrp-plus': 'money',
  'housing-service-manager': 'housing',
  'rent-subsidy': 'housing',
  'victim-witness-assistance': 'legal',
  'restraining-order-legal-help': 'legal',
  'local-police': 'legal',
  'prevention-education': 'learning',
  'regional-coalition': 'learning',
  'foundational-training': 'learning',
  'camh-training': 'learning',
};

export type SummarySection = { id: SectionId; referrals: Referral[] };

/** The plan's priorities, most urgent first, as `planReferrals` orders them. */
const priorityRank = { urgent: 0, high: 1, standard: 2, info: 3 } as const satisfies Record<
  Referral['priority'],
  number
>;

/**
 * The plan in the summary's sections. `now` (every urgent referral) comes first when there is one. Each need group
 * that has a referral follows, the group with the most urgent referral first; groups whose most urgent referral
 * has the same priority follow the order of `needGroups`, which is the order of the flow: support, then what the
 * age brings (children and youth), then the identity (Indigenous-led support), then the needs. So a 16-year-old's
 * CARE Unit and homes come right after the hotline, not after housing and legal help of the same priority.
 * Every referral appears exactly once, in plan order within its section. Pure; the summary screen, the printed
 * page and the plain-text copy all lay the plan out with it.
 */
export function summarySections(plan: readonly Referral[]): SummarySection[] {
  const sections = new Map<SectionId, Referral[]>();
  for (const referral of plan) {
    const id: SectionId = referral.priority === 'urgent' ? 'now' : needGroupOf[referral.serviceId];
    const referrals = sections.get(id);
    if (referrals) referrals.push(referral);
    else sections.set(id, [referral]);
  }
  // The plan is ordered most urgent first, so each section's first referral is its most urgent one.
  const rank = (id: SectionId, referrals: Referral[]) =>
    id === 'now' ? [-1, -1] : [priorityRank[referrals[0].priority], needGroups.indexOf(id)];
  return [...sections]
    .map(([id, referrals]) => ({ id, referrals, rank: rank(id, referrals) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
    .map(({ id, referrals }) => ({ id, referrals }));
}

/** The service ids of a plan in the order the summary shows them. */
export function summaryOrder(plan: readonly Referral[]): ServiceId[] {
  return summarySections(plan).flatMap((section) => section.referrals.map((referral) => referral.serviceId));
}
