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

/**
 * The plan in the summary's sections. `now` (every urgent referral) comes first when there is one; then each need
 * group that has a referral, in the order of its first referral in the plan, so the group with the most urgent
 * referral leads and ties follow the directory. Every referral appears exactly once, in plan order within its
 * section. Pure; the summary screen, the printed page and the plain-text copy all lay the plan out with it.
 */
export function summarySections(plan: readonly Referral[]): SummarySection[] {
  const sections = new Map<SectionId, Referral[]>();
  for (const referral of plan) {
    const id: SectionId = referral.priority === 'urgent' ? 'now' : needGroupOf[referral.serviceId];
    const referrals = sections.get(id);
    if (referrals) referrals.push(referral);
    else sections.set(id, [referral]);
  }
  // A Map keeps the order its keys were first set: the order of each section's first referral in the plan. The
  // plan puts urgent referrals first, so `now` leads whenever it exists.
  return [...sections].map(([id, referrals]) => ({ id, referrals }));
}

/** The service ids of a plan in the order the summary shows them. */
export function summaryOrder(plan: readonly Referral[]): ServiceId[] {
  return summarySections(plan).flatMap((section) => section.referrals.map((referral) => referral.serviceId));
}
