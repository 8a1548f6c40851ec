/**
 * The services for children and youth, and for a youth in or leaving care, in the order of the spec's table. When a
 * person says nothing of age, care or area, every one of them stays in the plan, "if it applies".
 */
export const youthServiceIds = [
  'care-unit-toronto',
  'care-unit-durham',
  'childrens-aid-society',
  'youth-services',
  'specialized-residences',
  'youth-in-transition',
] as const;

/**
 * Every service the wizard can refer to, in the order of the product spec's table (section 4): within one
 * priority, the plan lists services in this order.
 */
export const serviceIds = [
  'emergency-911',
  'human-trafficking-hotline',
  'community-aht-services',
  'indigenous-led-services',
  'onwa',
  'speak-out',
  'vqrp-plus',
  'victim-support-line',
  'housing-service-manager',
  'rent-subsidy',
  'victim-witness-assistance',
  'restraining-order-legal-help',
  ...youthServiceIds,
  'local-police',
  'prevention-education',
  'regional-coalition',
  'foundational-training',
  'camh-training',
] as const;
export type ServiceId = (typeof serviceIds)[number];
