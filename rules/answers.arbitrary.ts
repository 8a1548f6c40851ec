import fc from 'fast-check';
import { answerValues, type Age, type Answers, type InCare, type Need } from './answers.schema';
import { asksAboutCare } from './flow';

/**
 * fast-check generators for `Answers`, shared by the property tests (and anything else that wants random, valid
 * answers). Every value list is read from the zod schemas (`answerValues`), so a value added to the contract is
 * generated too.
 */

export const roleArbitrary = fc.constantFrom(...answerValues.role);
export const dangerArbitrary = fc.constantFrom(...answerValues.danger);
export const ageArbitrary = fc.constantFrom(...answerValues.age);
export const inCareArbitrary = fc.constantFrom(...answerValues.inCare);
export const regionArbitrary = fc.constantFrom(...answerValues.region);
export const indigenousArbitrary = fc.constantFrom(...answerValues.indigenous);
/** Any set of needs (none allowed), each at most once, in any order. */
export const needsArbitrary: fc.Arbitrary<Need[]> = fc.shuffledSubarray([...answerValues.needs]);

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
