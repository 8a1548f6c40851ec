import type { Answers } from './answers.schema';

/**
 * Named example answers: the people the tests, the referral cases (referral-rules.cases.ts), the trainer's
 * scenarios, the browser suites and the benchmark walk through again and again, each written once and named by who
 * they are. Every one is a set of answers the wizard can produce (the care question answered exactly when it is
 * asked). A test that needs a small variation spreads one and overrides: `{ ...plainAdult, region: 'peel' }`.
 *
 * Pure data: imports types only, so rules/, machines/, e2e/ and scripts/ may all read it.
 */

/** An adult survivor, not in danger, in Toronto, not Indigenous, with no needs: the plainest plan. */
export const plainAdult: Answers = {
  role: 'self',
  danger: 'no',
  age: '25-plus',
  region: 'toronto',
  indigenous: 'no',
  needs: [],
};

/** The same adult in danger: 911 first, the hotline second, both urgent. */
export const survivorInDanger: Answers = { ...plainAdult, danger: 'yes' };

/** An adult in Hamilton, not in danger, who needs a tattoo removed and new ID: VQRP+ at high priority. */
export const adultTattooAndId: Answers = {
  ...plainAdult,
  region: 'hamilton',
  needs: ['tattoo-removal', 'id-replacement'],
};

/** A survivor in danger aged 14, in Toronto, with no needs: the emergency step, and no care question. */
export const torontoChildInDanger: Answers = { ...survivorInDanger, age: 'under-16' };

/**
 * A survivor in danger aged 16 or 17, not in care, First Nations, in Durham, who needs housing and counselling:
 * answers that visit every step of the flow.
 */
export const youthInDangerEveryStep: Answers = {
  role: 'self',
  danger: 'yes',
  age: '16-17',
  inCare: 'no',
  region: 'durham',
  indigenous: 'first-nations',
  needs: ['housing', 'counselling'],
};

/** A worker, not in danger, with a 16-year-old First Nations client in Durham, not in care, who needs housing. */
export const workerDurhamYouth: Answers = {
  role: 'worker',
  danger: 'no',
  age: '16-17',
  inCare: 'no',
  region: 'durham',
  indigenous: 'first-nations',
  needs: ['housing'],
};

/** The same worker's client in care: every field of the worker's one-page form. */
export const workerDurhamYouthInCare: Answers = { ...workerDurhamYouth, inCare: 'yes' };

/** A survivor, not in danger, who prefers not to say their age, care, area or identity, with no needs. */
export const preferNotToSay: Answers = {
  role: 'self',
  danger: 'no',
  age: 'unknown',
  inCare: 'unknown',
  region: 'unknown',
  indigenous: 'unknown',
  needs: [],
};

/** Someone not sure whether they are in danger, who prefers not to say to everything else. */
export const unsureThenPreferNotToSay: Answers = { ...preferNotToSay, danger: 'unsure' };

/** A worker not sure whether their client is in danger, who knows nothing else: every answer not given. */
export const workerWhoKnowsNothing: Answers = { ...unsureThenPreferNotToSay, role: 'worker' };

/** A parent in Peel, worried about their 16-year-old (not in care, not Indigenous, not in danger), with no needs. */
export const parentWorriedAbout16: Answers = {
  role: 'someone-else',
  danger: 'no',
  age: '16-17',
  inCare: 'no',
  region: 'peel',
  indigenous: 'no',
  needs: [],
};

/** A Métis adult survivor in Thunder Bay, not in danger, with no needs (yet). */
export const metisAdultThunderBay: Answers = { ...plainAdult, region: 'thunder-bay', indigenous: 'metis' };

/** An Inuk student of 20 in Ottawa, not in care, not in danger, with no needs (yet). */
export const inukStudentOttawa: Answers = {
  role: 'self',
  danger: 'no',
  age: '18-24',
  inCare: 'no',
  region: 'ottawa',
  indigenous: 'inuit',
  needs: [],
};
