import {
  inukStudentOttawa,
  metisAdultThunderBay,
  parentWorriedAbout16,
  preferNotToSay,
  torontoChildInDanger,
} from '../answers.examples';
import type { Answers } from '../answers.schema';
import { asksAboutCare } from '../flow';
import type { Localized } from '../locale';
import { parseAnswers } from '../plan';
import { serviceIds, youthServiceIds, type ServiceId } from '../services/service-ids';

/**
 * The trainer's scenario library (product spec section 8): named personas, each a set of answers the wizard can
 * produce and the services its plan must hold. Together they take every branch of the flow (each danger answer,
 * each age with and without the care question, each care answer, Toronto, Durham, another area, outside Ontario,
 * an area not given, each identity, each role, every need) and reach every service at least once; the tests check
 * that, so a new branch or service without a scenario fails CI.
 *
 * `expected` was written from the referral table by hand, not copied from the code's output. Loaded only by the
 * trainer page: the wizard never downloads it.
 */
export type Scenario = {
  /** A stable kebab-case slug. */
  id: string;
  name: Localized;
  answers: Answers;
  /** Every service the plan must hold, and no other (order free). */
  expected: readonly ServiceId[];
};

/**
 * Groups of services the expected lists share, written by hand from the referral table like the lists themselves
 * (not taken from the rules): what every plan in Ontario holds, what a First Nations, Inuit or Métis identity adds,
 * and what a child or youth gets near home (the area's CARE Unit or children's aid society).
 */
const inEveryPlan: ServiceId[] = ['human-trafficking-hotline', 'community-aht-services', 'victim-support-line'];
const indigenousSupports: ServiceId[] = ['indigenous-led-services', 'onwa'];
const youthNearby = (careUnitOrCas: ServiceId): ServiceId[] => [
  careUnitOrCas,
  'youth-services',
  'specialized-residences',
];

const scenarioData: readonly Scenario[] = [
  {
    id: 'toronto-15-in-danger',
    name: { en: '15-year-old in Toronto, in danger', fr: 'Jeune de 15 ans à Toronto, en danger' },
    answers: { ...torontoChildInDanger, needs: ['safety-planning'] },
    expected: ['emergency-911', ...inEveryPlan, ...youthNearby('care-unit-toronto')],
  },
  {
    id: 'metis-adult-thunder-bay-housing',
    name: {
      en: 'Adult Métis survivor in Thunder Bay who needs housing',
      fr: 'Personne survivante métisse adulte à Thunder Bay qui a besoin d’un logement',
    },
    answers: { ...metisAdultThunderBay, needs: ['housing', 'cultural-supports'] },
    expected: [...inEveryPlan, ...indigenousSupports, 'housing-service-manager', 'rent-subsidy'],
  },
  {
    id: 'worker-unsure-of-age',
    name: {
      en: 'Worker unsure of the client’s age, not sure about danger, in Peel',
      fr: 'Intervenante ou intervenant qui ne connaît pas l’âge de la personne, danger incertain, à Peel',
    },
    answers: {
      role: 'worker',
      danger: 'unsure',
      age: 'unknown',
      inCare: 'unknown',
      region: 'peel',
      indigenous: 'unknown',
      needs: ['report-tip'],
    },
    expected: [
      'emergency-911',
      ...inEveryPlan,
      'indigenous-led-services',
      ...youthNearby('childrens-aid-society'),
      'youth-in-transition',
      'local-police',
      'regional-coalition',
      'foundational-training',
    ],
  },
  {
    id: 'durham-16-first-nations-in-care',
    name: {
      en: '16-year-old First Nations youth in care in Durham Region',
      fr: 'Jeune des Premières Nations de 16 ans, pris en charge, dans la région de Durham',
    },
    answers: {
      role: 'self',
      danger: 'no',
      age: '16-17',
      inCare: 'yes',
      region: 'durham',
      indigenous: 'first-nations',
      needs: ['counselling'],
    },
    expected: [
      ...inEveryPlan,
      ...indigenousSupports,
      'speak-out',
      ...youthNearby('care-unit-durham'),
      'youth-in-transition',
    ],
  },
  {
    id: 'inuit-student-ottawa-learning',
    name: {
      en: 'Inuit student, 20, in Ottawa, wants skills training and to learn more',
      fr: 'Étudiante ou étudiant inuit de 20 ans à Ottawa qui veut une formation et en savoir plus',
    },
    answers: { ...inukStudentOttawa, needs: ['skills-training', 'learn-more'] },
    expected: [...inEveryPlan, ...indigenousSupports, 'speak-out', 'prevention-education'],
  },
  {
    id: 'outside-ontario-court-case',
    name: {
      en: 'Adult living outside Ontario, facing a court case, wants a restraining order',
      fr: 'Adulte vivant hors de l’Ontario, avec un procès, qui veut une ordonnance interdictive',
    },
    answers: {
      role: 'self',
      danger: 'no',
      age: '25-plus',
      region: 'outside-ontario',
      indigenous: 'no',
      needs: ['court-support', 'restraining-order'],
    },
    // Outside Ontario, only the national services: the hotline serves all of Canada.
    expected: ['human-trafficking-hotline'],
  },
  {
    id: 'london-court-case',
    name: {
      en: 'Adult in London facing a court case, who wants a restraining order',
      fr: 'Adulte à London, avec un procès, qui veut une ordonnance interdictive',
    },
    answers: {
      role: 'self',
      danger: 'no',
      age: '25-plus',
      region: 'london',
      indigenous: 'no',
      needs: ['court-support', 'restraining-order'],
    },
    expected: [...inEveryPlan, 'victim-witness-assistance', 'restraining-order-legal-help'],
  },
  {
    id: 'prefers-not-to-say',
    name: {
      en: 'Survivor who prefers not to say their age, area or identity',
      fr: 'Personne survivante qui préfère ne pas dire son âge, sa région ni son identité',
    },
    answers: preferNotToSay,
    expected: [...inEveryPlan, 'indigenous-led-services', ...youthServiceIds],
  },
  {
    id: 'hamilton-adult-tattoo-id-addiction',
    name: {
      en: 'Adult in Hamilton who needs a tattoo removed, new ID and addiction help',
      fr: 'Adulte à Hamilton qui a besoin d’enlever un tatouage, de nouvelles pièces d’identité et d’aide en toxicomanie',
    },
    answers: {
      role: 'self',
      danger: 'no',
      age: '25-plus',
      region: 'hamilton',
      indigenous: 'no',
      needs: ['tattoo-removal', 'id-replacement', 'addiction'],
    },
    expected: [...inEveryPlan, 'vqrp-plus'],
  },
  {
    id: 'peel-friend-worried-16',
    name: {
      en: 'A parent in Peel worried about their 16-year-old',
      fr: 'Un parent de Peel inquiet pour son enfant de 16 ans',
    },
    answers: parentWorriedAbout16,
    expected: [...inEveryPlan, ...youthNearby('childrens-aid-society'), 'prevention-education'],
  },
  {
    id: 'trainer-london-training',
    name: {
      en: 'Trainer in London looking for courses for staff',
      fr: 'Formateur ou formatrice à London qui cherche des cours pour son personnel',
    },
    answers: { role: 'trainer', danger: 'no', age: '25-plus', region: 'london', indigenous: 'no', needs: ['training'] },
    expected: [...inEveryPlan, 'regional-coalition', 'foundational-training', 'camh-training'],
  },
  {
    id: 'toronto-19-leaving-care-housing',
    name: {
      en: '19-year-old leaving care in Toronto who needs a place to stay tonight and housing',
      fr: 'Jeune de 19 ans qui quitte la prise en charge à Toronto et a besoin d’un endroit où dormir ce soir et d’un logement',
    },
    answers: {
      role: 'self',
      danger: 'no',
      age: '18-24',
      inCare: 'yes',
      region: 'toronto',
      indigenous: 'no',
      needs: ['emergency-shelter', 'housing'],
    },
    expected: [...inEveryPlan, 'housing-service-manager', 'rent-subsidy', 'youth-in-transition'],
  },
  {
    id: 'worker-kenora-child-in-danger',
    name: {
      en: 'Worker with a First Nations child under 16 in danger, in Kenora',
      fr: 'Intervenante ou intervenant avec un enfant des Premières Nations de moins de 16 ans en danger, à Kenora',
    },
    answers: {
      role: 'worker',
      danger: 'yes',
      age: 'under-16',
      region: 'kenora',
      indigenous: 'first-nations',
      needs: ['report-tip'],
    },
    expected: [
      'emergency-911',
      ...inEveryPlan,
      ...indigenousSupports,
      'speak-out',
      ...youthNearby('childrens-aid-society'),
      'local-police',
      'regional-coalition',
      'foundational-training',
    ],
  },
  {
    id: 'sudbury-17-not-in-care',
    name: {
      en: '17-year-old not in care in Greater Sudbury, not Indigenous',
      fr: 'Jeune de 17 ans, non pris en charge, dans le Grand Sudbury, non autochtone',
    },
    answers: {
      role: 'self',
      danger: 'no',
      age: '16-17',
      inCare: 'no',
      region: 'greater-sudbury',
      indigenous: 'no',
      needs: [],
    },
    expected: [...inEveryPlan, ...youthNearby('childrens-aid-society')],
  },
];

/**
 * Check every scenario when the module loads: valid answers (the same `answersSchema` the wizard uses), answers the
 * wizard can produce (the care question answered exactly when it is asked), known services and unique ids. A bad
 * scenario throws here, naming itself, rather than showing a trainer a wrong plan.
 */
function validate(data: readonly Scenario[]): readonly Scenario[] {
  const seen = new Set<string>();
  return data.map((scenario) => {
    const problem = (what: string) => new Error(`[trainer/scenarios] Scenario "${scenario.id}" ${what}`);
    if (seen.has(scenario.id)) throw problem('is listed twice.');
    seen.add(scenario.id);
    let answers: Answers;
    try {
      answers = parseAnswers(scenario.answers);
    } catch (error) {
      throw problem(`has invalid answers: ${(error as Error).message}`);
    }
    if (asksAboutCare(answers.age) !== (answers.inCare !== undefined)) {
      throw problem('answers the care question where the wizard would not ask it, or leaves it out where it would.');
    }
    const unknown = scenario.expected.filter((id) => !(serviceIds as readonly string[]).includes(id));
    if (unknown.length > 0) throw problem(`expects unknown services: ${unknown.join(', ')}.`);
    return { ...scenario, answers };
  });
}

/** The scenario library, validated. */
export const scenarios: readonly Scenario[] = validate(scenarioData);

/** A scenario by id, or undefined. */
export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
