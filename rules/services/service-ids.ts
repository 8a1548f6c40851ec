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
  'care-unit-toronto',
  'care-unit-durham',
  'childrens-aid-society',
  'youth-services',
  'specialized-residences',
  'youth-in-transition',
  'local-police',
  'prevention-education',
  'regional-coalition',
  'foundational-training',
  'camh-training',
] as const;
export type ServiceId = (typeof serviceIds)[number];
