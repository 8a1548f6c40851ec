import type { Answers } from './answers.schema';
import {
  adultTattooAndId,
  inukStudentOttawa,
  metisAdultThunderBay,
  parentWorriedAbout16,
  plainAdult,
  preferNotToSay,
  survivorInDanger,
  unsureThenPreferNotToSay,
  workerDurhamYouth,
} from './answers.examples';
import type { Priority } from './referral-rules';
import { youthServiceIds } from './services/service-ids';
import type { ServiceId } from './services/service.schema';

/**
 * Named referral cases, as data: the answers a person gives and what their plan must (`present`) and must not
 * (`absent`) contain, with the exact full plan order (`order`) where the order matters and the priority of some
 * referrals (`priority`). Written from the product spec (sections 2–4), not from the code's output.
 *
 * Used by rules/plan.test.ts and by the Playwright journeys, so this file imports types only: no vitest.
 */
export type ReferralCase = {
  name: string;
  answers: Answers;
  present: ServiceId[];
  absent: ServiceId[];
  /** The exact, full order of the plan's service ids. */
  order?: ServiceId[];
  /** The priority some referrals must have. */
  priority?: Partial<Record<ServiceId, Priority>>;
};

/** Services only a child or youth (or a person whose age is not given) may be referred to. */
const youthOnly: ServiceId[] = [
  'care-unit-toronto',
  'care-unit-durham',
  'childrens-aid-society',
  'specialized-residences',
  'youth-services',
];
/** Services only Indigenous identity, cultural supports or "prefer not to say" bring. */
const indigenousOnly: ServiceId[] = ['indigenous-led-services', 'onwa', 'speak-out'];
/** Services only a chosen need brings. */
const needOnly: ServiceId[] = [
  'vqrp-plus',
  'housing-service-manager',
  'rent-subsidy',
  'restraining-order-legal-help',
  'victim-witness-assistance',
  'local-police',
  'prevention-education',
  'camh-training',
];
/** Services only the worker or trainer role (or the training need) brings. */
const supportRoleOnly: ServiceId[] = ['regional-coalition', 'foundational-training'];

/** The plainest plan, in order (an adult not in danger with no needs): the hotline, then the support for all. */
const plainPlan: ServiceId[] = ['human-trafficking-hotline', 'community-aht-services', 'victim-support-line'];
/**
 * The plan of a child or youth not in danger, with no needs, in order: the hotline, then at high priority the
 * area's CARE Unit (Toronto, Durham) or its children's aid society, the youth services and a specialized residence,
 * then the support for all.
 */
const youthPlan = (careUnitOrCas: ServiceId): ServiceId[] => [
  'human-trafficking-hotline',
  careUnitOrCas,
  'youth-services',
  'specialized-residences',
  'community-aht-services',
  'victim-support-line',
];

export const referralCases: ReferralCase[] = [
  // ── Safety first ────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'a survivor in danger gets 911 first and the hotline second, both urgent',
    answers: survivorInDanger,
    present: ['emergency-911', ...plainPlan],
    absent: [...youthOnly, 'youth-in-transition', ...indigenousOnly, ...needOnly, ...supportRoleOnly],
    order: ['emergency-911', ...plainPlan],
    priority: {
      'emergency-911': 'urgent',
      'human-trafficking-hotline': 'urgent',
      'community-aht-services': 'standard',
      'victim-support-line': 'standard',
    },
  },
  {
    name: 'someone not sure whether they are in danger is treated as in danger: 911 then the hotline, both urgent',
    answers: {
      role: 'self',
      danger: 'unsure',
      age: '18-24',
      inCare: 'no',
      region: 'ottawa',
      indigenous: 'no',
      needs: [],
    },
    present: ['emergency-911', 'human-trafficking-hotline'],
    absent: [...youthOnly, 'youth-in-transition', ...needOnly],
    order: ['emergency-911', ...plainPlan],
    priority: { 'emergency-911': 'urgent', 'human-trafficking-hotline': 'urgent' },
  },
  {
    name: 'a worker whose client is in danger still gets 911 first and the hotline second, ahead of high-priority referrals',
    answers: {
      role: 'worker',
      danger: 'yes',
      age: 'under-16',
      region: 'toronto',
      indigenous: 'inuit',
      needs: ['housing', 'report-tip'],
    },
    present: ['emergency-911', 'human-trafficking-hotline', 'care-unit-toronto', 'local-police'],
    absent: ['care-unit-durham', 'childrens-aid-society'],
    priority: { 'emergency-911': 'urgent', 'human-trafficking-hotline': 'urgent', 'care-unit-toronto': 'high' },
  },
  {
    name: 'someone not in danger gets no 911 referral, and the hotline at high priority',
    answers: plainAdult,
    present: plainPlan,
    absent: ['emergency-911', ...youthOnly, 'youth-in-transition', ...indigenousOnly, ...needOnly, ...supportRoleOnly],
    order: plainPlan,
    priority: {
      'human-trafficking-hotline': 'high',
      'community-aht-services': 'standard',
      'victim-support-line': 'standard',
    },
  },

  // ── Children and youth ──────────────────────────────────────────────────────────────────────────────────
  {
    name: 'a 16-year-old in Durham gets the Durham CARE Unit, not the Toronto one or the local CAS',
    answers: { role: 'self', danger: 'no', age: '16-17', inCare: 'no', region: 'durham', indigenous: 'no', needs: [] },
    present: ['care-unit-durham', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-toronto', 'childrens-aid-society', 'youth-in-transition', 'emergency-911'],
    order: youthPlan('care-unit-durham'),
    priority: { 'care-unit-durham': 'high', 'specialized-residences': 'high', 'youth-services': 'high' },
  },
  {
    name: 'a 14-year-old in Toronto gets the Toronto CARE Unit at high priority, not the Durham one or the local CAS',
    answers: { role: 'self', danger: 'no', age: 'under-16', region: 'toronto', indigenous: 'no', needs: [] },
    present: ['care-unit-toronto', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-durham', 'childrens-aid-society', 'youth-in-transition'],
    order: youthPlan('care-unit-toronto'),
    priority: { 'care-unit-toronto': 'high' },
  },
  {
    name: 'a worker with a 16-year-old First Nations client in Durham who needs housing',
    answers: workerDurhamYouth,
    present: [
      'human-trafficking-hotline',
      'care-unit-durham',
      'specialized-residences',
      'youth-services',
      'indigenous-led-services',
      'onwa',
      'speak-out',
      'housing-service-manager',
      'rent-subsidy',
      'regional-coalition',
      'foundational-training',
    ],
    absent: [
      'emergency-911',
      'care-unit-toronto',
      'childrens-aid-society',
      'youth-in-transition',
      'vqrp-plus',
      'camh-training',
      'local-police',
    ],
    order: [
      'human-trafficking-hotline',
      'indigenous-led-services',
      'housing-service-manager',
      'care-unit-durham',
      'youth-services',
      'specialized-residences',
      'community-aht-services',
      'onwa',
      'victim-support-line',
      'rent-subsidy',
      'speak-out',
      'regional-coalition',
      'foundational-training',
    ],
    priority: {
      'care-unit-durham': 'high',
      'indigenous-led-services': 'high',
      'housing-service-manager': 'high',
      onwa: 'standard',
      'rent-subsidy': 'standard',
      'speak-out': 'info',
      'regional-coalition': 'info',
      'foundational-training': 'info',
    },
  },
  {
    name: 'a 16-year-old in Ottawa gets the local children’s aid society, not a CARE Unit',
    answers: { role: 'self', danger: 'no', age: '16-17', inCare: 'no', region: 'ottawa', indigenous: 'no', needs: [] },
    present: ['childrens-aid-society', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-toronto', 'care-unit-durham', 'youth-in-transition'],
    order: youthPlan('childrens-aid-society'),
    priority: { 'childrens-aid-society': 'high' },
  },
  {
    name: 'age not given in Toronto keeps the Toronto CARE Unit and the youth referrals, as standard',
    answers: {
      role: 'self',
      danger: 'no',
      age: 'unknown',
      inCare: 'no',
      region: 'toronto',
      indigenous: 'no',
      needs: [],
    },
    present: ['care-unit-toronto', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-durham', 'childrens-aid-society', 'youth-in-transition', 'emergency-911'],
    order: [...plainPlan, 'care-unit-toronto', 'youth-services', 'specialized-residences'],
    priority: { 'care-unit-toronto': 'standard', 'specialized-residences': 'standard', 'youth-services': 'standard' },
  },
  {
    name: 'age not given in Durham keeps the Durham CARE Unit, as standard',
    answers: {
      role: 'self',
      danger: 'no',
      age: 'unknown',
      inCare: 'no',
      region: 'durham',
      indigenous: 'no',
      needs: [],
    },
    present: ['care-unit-durham', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-toronto', 'childrens-aid-society'],
    priority: { 'care-unit-durham': 'standard' },
  },
  {
    name: 'age not given in Windsor keeps the local children’s aid society, as standard',
    answers: {
      role: 'self',
      danger: 'no',
      age: 'unknown',
      inCare: 'no',
      region: 'windsor',
      indigenous: 'no',
      needs: [],
    },
    present: ['childrens-aid-society', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-toronto', 'care-unit-durham'],
    priority: { 'childrens-aid-society': 'standard' },
  },
  {
    name: 'under 16 with the area not given keeps both CARE Units (as standard) and the local CAS (as high)',
    answers: { role: 'self', danger: 'no', age: 'under-16', region: 'unknown', indigenous: 'no', needs: [] },
    present: [
      'care-unit-toronto',
      'care-unit-durham',
      'childrens-aid-society',
      'specialized-residences',
      'youth-services',
    ],
    absent: ['youth-in-transition', 'emergency-911'],
    order: [...youthPlan('childrens-aid-society'), 'care-unit-toronto', 'care-unit-durham'],
    priority: { 'childrens-aid-society': 'high', 'care-unit-toronto': 'standard', 'care-unit-durham': 'standard' },
  },
  {
    name: 'under 16 outside Ontario gets the national services only: the hotline, no Ontario service (issue 20)',
    answers: { role: 'self', danger: 'no', age: 'under-16', region: 'outside-ontario', indigenous: 'no', needs: [] },
    present: ['human-trafficking-hotline'],
    absent: [
      'care-unit-toronto',
      'care-unit-durham',
      'childrens-aid-society',
      'specialized-residences',
      'youth-services',
      'community-aht-services',
      'victim-support-line',
    ],
    order: ['human-trafficking-hotline'],
  },
  {
    name: 'in danger outside Ontario: 911 first and the hotline, nothing of Ontario’s',
    answers: {
      role: 'worker',
      danger: 'yes',
      age: '16-17',
      inCare: 'yes',
      region: 'outside-ontario',
      indigenous: 'first-nations',
      needs: ['housing', 'court-support'],
    },
    present: ['emergency-911', 'human-trafficking-hotline'],
    absent: [
      'indigenous-led-services',
      'onwa',
      'youth-in-transition',
      'housing-service-manager',
      'victim-witness-assistance',
      'regional-coalition',
    ],
    order: ['emergency-911', 'human-trafficking-hotline'],
    priority: { 'emergency-911': 'urgent', 'human-trafficking-hotline': 'urgent' },
  },
  {
    name: 'an 18-to-24-year-old in care gets a youth-in-transition worker at high priority, and no child-only referral',
    answers: { role: 'self', danger: 'no', age: '18-24', inCare: 'yes', region: 'ottawa', indigenous: 'no', needs: [] },
    present: ['youth-in-transition'],
    absent: [...youthOnly],
    order: ['human-trafficking-hotline', 'youth-in-transition', 'community-aht-services', 'victim-support-line'],
    priority: { 'youth-in-transition': 'high' },
  },
  {
    name: 'a 17-year-old leaving care in Toronto gets the CARE Unit and a youth-in-transition worker',
    answers: {
      role: 'worker',
      danger: 'no',
      age: '16-17',
      inCare: 'yes',
      region: 'toronto',
      indigenous: 'no',
      needs: [],
    },
    present: ['care-unit-toronto', 'youth-in-transition', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-durham', 'childrens-aid-society'],
    priority: { 'care-unit-toronto': 'high', 'youth-in-transition': 'high' },
  },
  {
    name: 'care not said keeps the youth-in-transition worker, as standard',
    answers: {
      role: 'self',
      danger: 'no',
      age: '16-17',
      inCare: 'unknown',
      region: 'peel',
      indigenous: 'no',
      needs: [],
    },
    present: ['youth-in-transition', 'childrens-aid-society', 'specialized-residences', 'youth-services'],
    absent: ['care-unit-toronto', 'care-unit-durham'],
    order: [...youthPlan('childrens-aid-society'), 'youth-in-transition'],
    priority: { 'youth-in-transition': 'standard' },
  },
  {
    name: 'not in care gets no youth-in-transition worker',
    answers: { role: 'self', danger: 'no', age: '18-24', inCare: 'no', region: 'kenora', indigenous: 'no', needs: [] },
    present: ['human-trafficking-hotline'],
    absent: ['youth-in-transition', ...youthOnly],
  },
  {
    name: 'an adult over 25 in Toronto gets no CARE Unit, CAS, specialized home or youth services',
    answers: { ...plainAdult, region: 'toronto' },
    present: ['human-trafficking-hotline'],
    absent: [...youthOnly, 'youth-in-transition'],
  },

  // ── Prefer not to say ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'someone who prefers not to say to every question keeps every youth, care and area referral that could apply',
    answers: preferNotToSay,
    present: [
      'human-trafficking-hotline',
      ...youthServiceIds,
      'indigenous-led-services',
      'community-aht-services',
      'victim-support-line',
    ],
    absent: ['emergency-911', 'onwa', 'speak-out', ...needOnly, ...supportRoleOnly],
    order: [...plainPlan, ...youthServiceIds, 'indigenous-led-services'],
    priority: {
      'human-trafficking-hotline': 'high',
      'care-unit-toronto': 'standard',
      'childrens-aid-society': 'standard',
      'youth-in-transition': 'standard',
      'indigenous-led-services': 'info',
    },
  },
  {
    name: 'someone not sure about danger who prefers not to say to everything else: 911 and the hotline first, youth referrals kept',
    answers: unsureThenPreferNotToSay,
    present: ['emergency-911', 'human-trafficking-hotline', ...youthServiceIds],
    absent: ['onwa', 'speak-out', ...needOnly],
    order: ['emergency-911', ...plainPlan, ...youthServiceIds, 'indigenous-led-services'],
    priority: { 'emergency-911': 'urgent', 'human-trafficking-hotline': 'urgent' },
  },

  // ── Indigenous-led supports ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'a Métis adult who wants to learn more gets Indigenous-led supports, ONWA, Speak Out and prevention resources',
    answers: { ...metisAdultThunderBay, needs: ['learn-more'] },
    present: ['indigenous-led-services', 'onwa', 'speak-out', 'prevention-education', 'human-trafficking-hotline'],
    absent: [...youthOnly, 'emergency-911'],
    order: [
      'human-trafficking-hotline',
      'indigenous-led-services',
      'community-aht-services',
      'onwa',
      'victim-support-line',
      'speak-out',
      'prevention-education',
    ],
    priority: {
      'human-trafficking-hotline': 'high',
      'indigenous-led-services': 'high',
      onwa: 'standard',
      'speak-out': 'info',
      'prevention-education': 'info',
    },
  },
  {
    name: 'an Inuk 18-to-24-year-old gets Speak Out for Indigenous youth, without asking to learn more',
    answers: inukStudentOttawa,
    present: ['indigenous-led-services', 'onwa', 'speak-out'],
    absent: ['prevention-education'],
    priority: { 'speak-out': 'info' },
  },
  {
    name: 'a First Nations adult over 25 who does not ask to learn more gets no Speak Out',
    answers: { role: 'self', danger: 'no', age: '25-plus', region: 'kenora', indigenous: 'first-nations', needs: [] },
    present: ['indigenous-led-services', 'onwa'],
    absent: ['speak-out', 'prevention-education'],
  },
  {
    name: 'a non-Indigenous adult who wants to learn more gets prevention resources but not Speak Out or ONWA',
    answers: { ...plainAdult, needs: ['learn-more'] },
    present: ['prevention-education', 'human-trafficking-hotline'],
    absent: ['speak-out', 'onwa', 'indigenous-led-services'],
    order: [...plainPlan, 'prevention-education'],
    priority: { 'human-trafficking-hotline': 'high', 'prevention-education': 'info' },
  },
  {
    name: 'a non-Indigenous person asking for cultural supports gets Indigenous-led supports at high priority, but not ONWA',
    answers: { ...plainAdult, needs: ['cultural-supports'] },
    present: ['indigenous-led-services'],
    absent: ['onwa', 'speak-out'],
    priority: { 'indigenous-led-services': 'high' },
  },
  {
    name: 'identity not given keeps Indigenous-led supports, for information',
    answers: { ...plainAdult, indigenous: 'unknown' },
    present: ['indigenous-led-services'],
    absent: ['onwa', 'speak-out'],
    priority: { 'indigenous-led-services': 'info' },
  },
  {
    name: 'not Indigenous, with no cultural need, gets no Indigenous-led referral',
    answers: plainAdult,
    present: ['community-aht-services'],
    absent: [...indigenousOnly],
  },

  // ── Support, money and housing ──────────────────────────────────────────────────────────────────────────
  {
    name: 'an adult needing tattoo removal and ID gets VQRP+ emergency funding at high priority',
    answers: adultTattooAndId,
    present: ['vqrp-plus', 'human-trafficking-hotline'],
    absent: ['emergency-911', ...youthOnly, 'housing-service-manager', 'rent-subsidy'],
    order: ['human-trafficking-hotline', 'vqrp-plus', 'community-aht-services', 'victim-support-line'],
    priority: { 'vqrp-plus': 'high' },
  },
  {
    name: 'someone in addiction recovery gets VQRP+',
    answers: { ...plainAdult, region: 'greater-sudbury', needs: ['addiction'] },
    present: ['vqrp-plus'],
    absent: ['housing-service-manager'],
    priority: { 'vqrp-plus': 'high' },
  },
  {
    name: 'someone asking for counselling gets the community organizations at high priority',
    answers: { ...plainAdult, needs: ['counselling'] },
    present: ['community-aht-services'],
    absent: ['vqrp-plus'],
    order: plainPlan,
    priority: { 'community-aht-services': 'high' },
  },
  {
    name: 'someone asking for safety planning and skills training gets the community organizations once, at high priority',
    answers: { ...plainAdult, needs: ['skills-training', 'safety-planning'] },
    present: ['community-aht-services'],
    absent: [],
    priority: { 'community-aht-services': 'high' },
  },
  {
    name: 'someone needing housing in Peel gets the service manager (high) and a rent subsidy (standard)',
    answers: { ...plainAdult, region: 'peel', needs: ['housing'] },
    present: ['housing-service-manager', 'rent-subsidy'],
    absent: ['vqrp-plus'],
    order: [
      'human-trafficking-hotline',
      'housing-service-manager',
      'community-aht-services',
      'victim-support-line',
      'rent-subsidy',
    ],
    priority: { 'housing-service-manager': 'high', 'rent-subsidy': 'standard' },
  },
  {
    name: 'someone needing housing who does not say where still gets the service-manager referral',
    answers: { ...plainAdult, region: 'unknown', needs: ['housing'] },
    present: ['housing-service-manager', 'rent-subsidy'],
    absent: [],
  },
  {
    name: 'no housing need, no housing referrals',
    answers: { ...plainAdult, needs: ['counselling', 'court-support'] },
    present: ['victim-witness-assistance'],
    absent: ['housing-service-manager', 'rent-subsidy'],
  },

  // ── Legal help ──────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'someone wanting a restraining order gets free legal help at high priority',
    answers: { ...plainAdult, needs: ['restraining-order'] },
    present: ['restraining-order-legal-help', 'human-trafficking-hotline'],
    absent: ['victim-witness-assistance'],
    order: [
      'human-trafficking-hotline',
      'restraining-order-legal-help',
      'community-aht-services',
      'victim-support-line',
    ],
    priority: { 'restraining-order-legal-help': 'high' },
  },
  {
    name: 'someone going through court gets the Victim/Witness Assistance Program at high priority',
    answers: { ...plainAdult, region: 'london', needs: ['court-support'] },
    present: ['victim-witness-assistance', 'victim-support-line'],
    absent: ['restraining-order-legal-help'],
    priority: { 'victim-witness-assistance': 'high', 'victim-support-line': 'standard' },
  },
  {
    name: 'someone with a tip to report gets the hotline (high) and the local police non-emergency line, never 911',
    answers: { ...plainAdult, region: 'york', needs: ['report-tip'] },
    present: ['human-trafficking-hotline', 'local-police'],
    absent: ['emergency-911'],
    order: [...plainPlan, 'local-police'],
    priority: { 'human-trafficking-hotline': 'high', 'local-police': 'standard' },
  },

  {
    name: 'someone who needs a safe place to stay tonight gets the hotline, which connects callers with emergency shelters, and no social-housing referral',
    answers: { ...plainAdult, region: 'kenora', needs: ['emergency-shelter'] },
    present: ['human-trafficking-hotline'],
    absent: ['housing-service-manager', 'rent-subsidy', 'emergency-911'],
    order: plainPlan,
    priority: { 'human-trafficking-hotline': 'high' },
  },

  // ── Family and friends ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'someone worried about a 16-year-old they know gets the hotline (advice and reports) and how to learn the signs, with the youth services to share',
    answers: parentWorriedAbout16,
    present: ['human-trafficking-hotline', 'prevention-education', 'childrens-aid-society', 'youth-services'],
    absent: ['emergency-911', 'regional-coalition', 'foundational-training'],
    order: [...youthPlan('childrens-aid-society'), 'prevention-education'],
    priority: { 'human-trafficking-hotline': 'high', 'prevention-education': 'standard' },
  },
  {
    name: 'someone worried about a person who may be in danger: 911 first, then the hotline',
    answers: {
      role: 'someone-else',
      danger: 'unsure',
      age: 'unknown',
      inCare: 'unknown',
      region: 'hamilton',
      indigenous: 'unknown',
      needs: ['report-tip'],
    },
    present: ['emergency-911', 'human-trafficking-hotline', 'local-police', 'prevention-education'],
    absent: ['regional-coalition', 'foundational-training'],
    priority: { 'emergency-911': 'urgent', 'human-trafficking-hotline': 'urgent' },
  },

  // ── Learning and training ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'a trainer gets the regional coalition and the foundational training, for information',
    answers: { role: 'trainer', danger: 'no', age: '25-plus', region: 'toronto', indigenous: 'no', needs: [] },
    present: ['regional-coalition', 'foundational-training'],
    absent: ['camh-training', 'emergency-911', ...youthOnly],
    order: [...plainPlan, 'regional-coalition', 'foundational-training'],
    priority: { 'regional-coalition': 'info', 'foundational-training': 'info' },
  },
  {
    name: 'a survivor screening for themself gets no regional coalition or worker training',
    answers: plainAdult,
    present: ['victim-support-line'],
    absent: ['regional-coalition', 'foundational-training', 'camh-training'],
  },
  {
    name: 'someone asking for training gets the foundational training and CAMH’s course, as standard',
    answers: { ...plainAdult, region: 'london', needs: ['training'] },
    present: ['foundational-training', 'camh-training'],
    absent: ['regional-coalition'],
    order: [...plainPlan, 'foundational-training', 'camh-training'],
    priority: { 'foundational-training': 'standard', 'camh-training': 'standard' },
  },
  {
    name: 'a worker asking for training gets the foundational training once, at standard (the higher of its two reasons)',
    answers: { role: 'worker', danger: 'no', age: '25-plus', region: 'niagara', indigenous: 'no', needs: ['training'] },
    present: ['foundational-training', 'camh-training', 'regional-coalition'],
    absent: [],
    order: [...plainPlan, 'foundational-training', 'camh-training', 'regional-coalition'],
    priority: { 'foundational-training': 'standard', 'regional-coalition': 'info' },
  },
];
