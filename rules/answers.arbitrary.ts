import fc from 'fast-check';
import {
  ageSchema,
  dangerSchema,
  inCareSchema,
  indigenousSchema,
  needIds,
  regionAnswerSchema,
  roleSchema,
  type Age,
  type Answers,
  type Danger,
  type InCare,
  type Indigenous,
  type Need,
  type RegionAnswer,
  type Role,
} from './answers.schema';
import { asksAboutCare } from './flow';

/**
 * fast-check generators for `Answers`, shared by the property tests (and anything else that wants random, valid
 * answers). Every value list is read from the zod schemas, so a value added to the contract is generated too.
 */

export const roleValues: readonly Role[] = roleSchema.options;
export const dangerValues: readonly Danger[] = dangerSchema.options;
export const ageValues: readonly Age[] = ageSchema.options;
export const inCareValues: readonly InCare[] = inCareSchema.options;
export const indigenousValues: readonly Indigenous[] = indigenousSchema.options;
/** The 47 service-manager areas, then 'outside-ontario' and 'unknown': 49 answers. */
export const regionAnswerValues: readonly RegionAnswer[] = regionAnswerSchema.options;
export const needValues: readonly Need[] = needIds;

export const roleArbitrary = fc.constantFrom(...roleValues);
export const dangerArbitrary = fc.constantFrom(...dangerValues);
export const ageArbitrary = fc.constantFrom(...ageValues);
export const inCareArbitrary = fc.constantFrom(...inCareValues);
export const regionArbitrary = fc.constantFrom(...regionAnswerValues);
export const indigenousArbitrary = fc.constantFrom(...indigenousValues);
/** Any set of needs (none allowed), each at most once, in any order. */
export const needsArbitrary: fc.Arbitrary<Need[]> = fc.shuffledSubarray([...needValues]);

/**
 * `inCare` for a given age: absent when the care question is not asked for that age; when it is asked, any answer
 * or absent (a trainer preset may leave it out).
 */
export function inCareFor(age: Age): fc.Arbitrary<InCare | undefined> {
  return asksAboutCare(age) ? fc.option(inCareArbitrary, { nil: undefined }) : fc.constant(undefined);
}

/** Build an `Answers`, leaving `inCare` out entirely when it is undefined (the schema is strict). */
export function makeAnswers(fields: Omit<Answers, 'inCare'> & { inCare?: InCare | undefined }): Answers {
  const { inCare, ...rest } = fields;
  return inCare === undefined ? { ...rest } : { ...rest, inCare };
}

/** Any valid `Answers`: every role, danger, age, region (49 answers), identity and set of needs. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record({
    role: roleArbitrary,
    danger: dangerArbitrary,
    age: ageArbitrary,
    region: regionArbitrary,
    indigenous: indigenousArbitrary,
    needs: needsArbitrary,
  })
  .chain((base) => inCareFor(base.age).map((inCare) => makeAnswers({ ...base, inCare })));
