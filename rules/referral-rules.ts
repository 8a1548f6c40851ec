import type { Condition } from './condition';
import type { ServiceId } from './services/service.schema';

export const priorities = ['urgent', 'high', 'standard', 'info'] as const;
export type Priority = (typeof priorities)[number];

/**
 * One row of the referral table: when `when` holds, refer to `serviceId` at `priority`. Every row that holds
 * fires (collect, not first match); `source` is the line of Ontario's page "Anti-human trafficking services and
 * supports" (shared/reference/ontario-anti-human-trafficking-services-and-supports.txt) the row comes from.
 */
export type ReferralRule = {
  /** A stable kebab-case slug; never renumbered or reused, because reasons and tests name it. */
  id: string;
  /** What the rule does, in plain words, for reviewers and trainers. */
  description: string;
  when: Condition;
  serviceId: ServiceId;
  priority: Priority;
  source: { line: number; quote: string };
};

const inDanger: Condition = { fact: 'danger', in: ['yes', 'unsure'] };
const under18: Condition = { fact: 'age', in: ['under-16', '16-17'] };
const ageUnknown: Condition = { fact: 'age', in: ['unknown'] };
const under18OrUnknown: Condition = { fact: 'age', in: ['under-16', '16-17', 'unknown'] };
const indigenous: Condition = { fact: 'indigenous', in: ['first-nations', 'metis', 'inuit'] };
const outsideCareUnitAreas: Condition = { not: { fact: 'region', in: ['toronto', 'durham'] } };
const supportRole: Condition = { fact: 'role', in: ['worker', 'trainer'] };

const line = {
  callPolice: {
    line: 4,
    quote:
      'If there is immediate danger or if you suspect someone is being trafficked, call 911 or your local police service.',
  },
  hotline: {
    line: 5,
    quote:
      'If you or someone you know is in need of support or you want to report a potential case call the Canadian human trafficking hotline',
  },
  hotlineTip: { line: 50, quote: '- people with a tip to report a potential case' },
  hotlineLearn: { line: 51, quote: '- members of the public wanting to learn more about the subject' },
  community: {
    line: 12,
    quote:
      'Find organizations that provide a range of wrap-around services to help survivors rebuild their lives and regain independence, including crisis intervention, trauma therapy, counselling and skills training.',
  },
  indigenousLed: {
    line: 9,
    quote:
      'Indigenous survivors can access supports designed by and for Indigenous people, including counselling, cultural programming, addictions treatment and leadership development services.',
  },
  liaisons: { line: 16, quote: 'For more information, contact the Ontario Native Women’s Association.' },
  speakOut: {
    line: 56,
    quote:
      '- Speak Out: Stop Sex Trafficking, an Indigenous-focused awareness campaign providing resources for Indigenous youth, caregivers, service provider organizations and communities.',
  },
  vqrp: {
    line: 14,
    quote:
      'The Victim Quick Response Program+ provides emergency funding for a number of services like tattoo removal, addiction recovery and ID replacement.',
  },
  victimSupportLine: {
    line: 14,
    quote: 'You can also find additional support using the victim services directory and the victim support line',
  },
  housing: {
    line: 20,
    quote:
      'People who have experienced human trafficking or domestic abuse can contact the local municipal service manager to find out how to apply for priority access to social housing or help paying rent.',
  },
  rentSubsidy: { line: 20, quote: 'Some frontline agencies can also help survivors apply for a monthly rent subsidy.' },
  court: { line: 23, quote: '- Information, assistance and support through the criminal court process' },
  restrainingOrder: {
    line: 24,
    quote:
      '- free, confidential legal help to apply for a restraining order against a current, past or potential trafficker.',
  },
  careUnits: { line: 35, quote: 'There are CARE Units located in the City of Toronto and Durham Region.' },
  childProtection: {
    line: 31,
    quote: 'CARE Units are specialized teams of child protection workers and police officers',
  },
  youth: {
    line: 29,
    quote: 'Find service providers offering dedicated supports for children and youth in your community.',
  },
  residences: {
    line: 43,
    quote:
      'Ontario funds two specialized residences dedicated to children and youth under age 18 who have been sex trafficked.',
  },
  youthInTransition: {
    line: 45,
    quote:
      'If you’re interested in the youth-in-transition worker program you can get access with a referral from either the local children’s aid society, or a relevant service provider.',
  },
  prevention: {
    line: 54,
    quote:
      'Ontario supports a range of prevention initiatives and activities to raise awareness about human trafficking.',
  },
  coalitions: {
    line: 18,
    quote:
      'To find an anti-human trafficking coalition in your region, contact the Provincial Anti-Human Trafficking Coordination Office.',
  },
  training: {
    line: 61,
    quote:
      'Anyone who supports survivors of human trafficking and wants to learn more can access free online foundational training.',
  },
  camh: {
    line: 65,
    quote:
      'The Centre for Addiction and Mental Health also has free online training for addiction and mental health workers.',
  },
} as const;

/**
 * The referral table (product spec section 4). Order matters only for reading: the plan is ordered by
 * priority, then by the directory order of `serviceIds`.
 */
export const referralRules = [
  // Safety first
  {
    id: 'danger-call-911',
    description: 'In danger now, or not sure: call 911 or local police first.',
    when: inDanger,
    serviceId: 'emergency-911',
    priority: 'urgent',
    source: line.callPolice,
  },
  {
    id: 'hotline-for-everyone',
    description: 'Everyone can reach the 24/7 Canadian Human Trafficking Hotline.',
    when: { always: true },
    serviceId: 'human-trafficking-hotline',
    priority: 'high',
    source: line.hotline,
  },
  {
    id: 'hotline-someone-else',
    description: 'Worried about someone they know: the hotline advises family and friends, and takes reports.',
    when: { fact: 'role', in: ['someone-else'] },
    serviceId: 'human-trafficking-hotline',
    priority: 'high',
    source: line.hotline,
  },
  {
    id: 'hotline-in-danger',
    description: 'In danger now, or not sure: the hotline comes right after 911.',
    when: inDanger,
    serviceId: 'human-trafficking-hotline',
    priority: 'urgent',
    source: line.hotline,
  },
  {
    id: 'hotline-report-tip',
    description: 'Wants to report a possible case: the hotline takes tips.',
    when: { fact: 'needs', includesAny: ['report-tip'] },
    serviceId: 'human-trafficking-hotline',
    priority: 'high',
    source: line.hotlineTip,
  },
  {
    id: 'hotline-emergency-shelter',
    description: 'Needs a safe place to stay now: the hotline connects callers with emergency shelters.',
    when: { fact: 'needs', includesAny: ['emergency-shelter'] },
    serviceId: 'human-trafficking-hotline',
    priority: 'high',
    source: line.hotline,
  },
  {
    id: 'hotline-learn-more',
    description: 'Wants to learn more: the hotline answers questions from the public.',
    when: { fact: 'needs', includesAny: ['learn-more'] },
    serviceId: 'human-trafficking-hotline',
    priority: 'info',
    source: line.hotlineLearn,
  },

  // Children and youth
  {
    id: 'care-unit-toronto-under-18',
    description: 'Under 18 in Toronto: the Toronto CARE Unit.',
    when: { all: [under18, { fact: 'region', in: ['toronto'] }] },
    serviceId: 'care-unit-toronto',
    priority: 'high',
    source: line.careUnits,
  },
  {
    id: 'care-unit-toronto-age-unknown',
    description: 'Age not given, in Toronto: the Toronto CARE Unit, if under 18.',
    when: { all: [ageUnknown, { fact: 'region', in: ['toronto'] }] },
    serviceId: 'care-unit-toronto',
    priority: 'standard',
    source: line.careUnits,
  },
  {
    id: 'care-unit-toronto-region-unknown',
    description: 'Under 18 or age not given, area not given: the Toronto CARE Unit, if in Toronto.',
    when: { all: [under18OrUnknown, { fact: 'region', in: ['unknown'] }] },
    serviceId: 'care-unit-toronto',
    priority: 'standard',
    source: line.careUnits,
  },
  {
    id: 'care-unit-durham-under-18',
    description: 'Under 18 in Durham Region: the Durham CARE Unit.',
    when: { all: [under18, { fact: 'region', in: ['durham'] }] },
    serviceId: 'care-unit-durham',
    priority: 'high',
    source: line.careUnits,
  },
  {
    id: 'care-unit-durham-age-unknown',
    description: 'Age not given, in Durham Region: the Durham CARE Unit, if under 18.',
    when: { all: [ageUnknown, { fact: 'region', in: ['durham'] }] },
    serviceId: 'care-unit-durham',
    priority: 'standard',
    source: line.careUnits,
  },
  {
    id: 'care-unit-durham-region-unknown',
    description: 'Under 18 or age not given, area not given: the Durham CARE Unit, if in Durham Region.',
    when: { all: [under18OrUnknown, { fact: 'region', in: ['unknown'] }] },
    serviceId: 'care-unit-durham',
    priority: 'standard',
    source: line.careUnits,
  },
  {
    id: 'childrens-aid-under-18',
    description: 'Under 18 outside Toronto and Durham (or area not given): the local children’s aid society.',
    when: { all: [under18, outsideCareUnitAreas] },
    serviceId: 'childrens-aid-society',
    priority: 'high',
    source: line.childProtection,
  },
  {
    id: 'childrens-aid-age-unknown',
    description:
      'Age not given, outside Toronto and Durham (or area not given): the local children’s aid society, if under 18.',
    when: { all: [ageUnknown, outsideCareUnitAreas] },
    serviceId: 'childrens-aid-society',
    priority: 'standard',
    source: line.childProtection,
  },
  {
    id: 'specialized-residences-under-18',
    description: 'Under 18: the two specialized homes, through the hotline.',
    when: under18,
    serviceId: 'specialized-residences',
    priority: 'high',
    source: line.residences,
  },
  {
    id: 'specialized-residences-age-unknown',
    description: 'Age not given: the specialized homes, if under 18.',
    when: ageUnknown,
    serviceId: 'specialized-residences',
    priority: 'standard',
    source: line.residences,
  },
  {
    id: 'youth-services-under-18',
    description: 'Under 18: providers with dedicated supports for children and youth.',
    when: under18,
    serviceId: 'youth-services',
    priority: 'high',
    source: line.youth,
  },
  {
    id: 'youth-services-age-unknown',
    description: 'Age not given: youth providers, if under 18.',
    when: ageUnknown,
    serviceId: 'youth-services',
    priority: 'standard',
    source: line.youth,
  },
  {
    id: 'youth-in-transition-in-care',
    description: 'In, or leaving, the care of a children’s aid society: a youth-in-transition worker.',
    when: { fact: 'inCare', in: ['yes'] },
    serviceId: 'youth-in-transition',
    priority: 'high',
    source: line.youthInTransition,
  },
  {
    id: 'youth-in-transition-care-unknown',
    description: 'Care not said: a youth-in-transition worker, if leaving care.',
    when: { fact: 'inCare', in: ['unknown'] },
    serviceId: 'youth-in-transition',
    priority: 'standard',
    source: line.youthInTransition,
  },

  // Indigenous-led supports
  {
    id: 'indigenous-led-identity',
    description: 'First Nations, Métis or Inuit: Indigenous-led supports.',
    when: indigenous,
    serviceId: 'indigenous-led-services',
    priority: 'high',
    source: line.indigenousLed,
  },
  {
    id: 'indigenous-led-cultural-supports',
    description: 'Asks for cultural supports: Indigenous-led supports.',
    when: { fact: 'needs', includesAny: ['cultural-supports'] },
    serviceId: 'indigenous-led-services',
    priority: 'high',
    source: line.indigenousLed,
  },
  {
    id: 'indigenous-led-identity-unknown',
    description: 'Identity not given: Indigenous-led supports, for information.',
    when: { fact: 'indigenous', in: ['unknown'] },
    serviceId: 'indigenous-led-services',
    priority: 'info',
    source: line.indigenousLed,
  },
  {
    id: 'onwa-indigenous',
    description: 'First Nations, Métis or Inuit: ONWA and its anti-trafficking liaisons.',
    when: indigenous,
    serviceId: 'onwa',
    priority: 'standard',
    source: line.liaisons,
  },
  {
    id: 'speak-out-indigenous-youth',
    description: 'Indigenous and under 25: the Speak Out campaign.',
    when: { all: [indigenous, { fact: 'age', in: ['under-16', '16-17', '18-24'] }] },
    serviceId: 'speak-out',
    priority: 'info',
    source: line.speakOut,
  },
  {
    id: 'speak-out-indigenous-learn-more',
    description: 'Indigenous and wants to learn more: the Speak Out campaign.',
    when: { all: [indigenous, { fact: 'needs', includesAny: ['learn-more'] }] },
    serviceId: 'speak-out',
    priority: 'info',
    source: line.speakOut,
  },

  // Support, money and housing
  {
    id: 'community-services-for-everyone',
    description: 'Everyone: community-based anti-trafficking organizations.',
    when: { always: true },
    serviceId: 'community-aht-services',
    priority: 'standard',
    source: line.community,
  },
  {
    id: 'community-services-support-need',
    description: 'Asks for safety planning, counselling or skills training: community organizations first.',
    when: { fact: 'needs', includesAny: ['safety-planning', 'counselling', 'skills-training'] },
    serviceId: 'community-aht-services',
    priority: 'high',
    source: line.community,
  },
  {
    id: 'vqrp-emergency-funding',
    description: 'Needs tattoo removal, addiction recovery or ID replacement: VQRP+ emergency funding.',
    when: { fact: 'needs', includesAny: ['tattoo-removal', 'addiction', 'id-replacement'] },
    serviceId: 'vqrp-plus',
    priority: 'high',
    source: line.vqrp,
  },
  {
    id: 'housing-service-manager',
    description: 'Needs housing: the local service manager (priority access to social housing, help with rent).',
    when: { fact: 'needs', includesAny: ['housing'] },
    serviceId: 'housing-service-manager',
    priority: 'high',
    source: line.housing,
  },
  {
    id: 'housing-rent-subsidy',
    description: 'Needs housing: a monthly rent subsidy through a frontline agency.',
    when: { fact: 'needs', includesAny: ['housing'] },
    serviceId: 'rent-subsidy',
    priority: 'standard',
    source: line.rentSubsidy,
  },

  // Legal help
  {
    id: 'restraining-order-legal-help',
    description: 'Wants a restraining order: free legal help, through the hotline.',
    when: { fact: 'needs', includesAny: ['restraining-order'] },
    serviceId: 'restraining-order-legal-help',
    priority: 'high',
    source: line.restrainingOrder,
  },
  {
    id: 'court-support',
    description: 'Needs support through court: the Victim/Witness Assistance Program.',
    when: { fact: 'needs', includesAny: ['court-support'] },
    serviceId: 'victim-witness-assistance',
    priority: 'high',
    source: line.court,
  },
  {
    id: 'victim-support-line-for-everyone',
    description: 'Everyone: the Victim Support Line and local victim services.',
    when: { always: true },
    serviceId: 'victim-support-line',
    priority: 'standard',
    source: line.victimSupportLine,
  },
  {
    id: 'local-police-report-tip',
    description: 'Wants to report a possible case: the local police non-emergency line.',
    when: { fact: 'needs', includesAny: ['report-tip'] },
    serviceId: 'local-police',
    priority: 'standard',
    source: line.callPolice,
  },

  // Learning and training
  {
    id: 'prevention-someone-else',
    description: 'Worried about someone they know: learn the signs of trafficking and how it works.',
    when: { fact: 'role', in: ['someone-else'] },
    serviceId: 'prevention-education',
    priority: 'standard',
    source: line.prevention,
  },
  {
    id: 'prevention-learn-more',
    description: 'Wants to learn more: prevention and education resources.',
    when: { fact: 'needs', includesAny: ['learn-more'] },
    serviceId: 'prevention-education',
    priority: 'info',
    source: line.prevention,
  },
  {
    id: 'regional-coalition-for-workers',
    description: 'Frontline worker or trainer: the regional anti-trafficking coalition.',
    when: supportRole,
    serviceId: 'regional-coalition',
    priority: 'info',
    source: line.coalitions,
  },
  {
    id: 'foundational-training-need',
    description: 'Asks for training: the free online foundational training.',
    when: { fact: 'needs', includesAny: ['training'] },
    serviceId: 'foundational-training',
    priority: 'standard',
    source: line.training,
  },
  {
    id: 'foundational-training-for-workers',
    description: 'Frontline worker or trainer: the free online foundational training.',
    when: supportRole,
    serviceId: 'foundational-training',
    priority: 'info',
    source: line.training,
  },
  {
    id: 'camh-training-need',
    description: 'Asks for training: CAMH’s free online course for addiction and mental health workers.',
    when: { fact: 'needs', includesAny: ['training'] },
    serviceId: 'camh-training',
    priority: 'standard',
    source: line.camh,
  },
] as const satisfies readonly ReferralRule[];

/** The stable id of a rule that fired: the UI turns it into a "Because you said …" sentence. */
export type ReasonId = (typeof referralRules)[number]['id'];
