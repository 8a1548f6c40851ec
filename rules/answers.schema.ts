import { z } from './zod';
import { regionIds } from './region-ids';
import { asksAboutCare } from './flow';

/** Who is using the wizard; it changes wording, notes and a few referrals. */
export const roleSchema = z.enum(['self', 'someone-else', 'worker', 'trainer']);
export const dangerSchema = z.enum(['yes', 'no', 'unsure']);
export const ageSchema = z.enum(['under-16', '16-17', '18-24', '25-plus', 'unknown']);
export const inCareSchema = z.enum(['yes', 'no', 'unknown']);
export const indigenousSchema = z.enum(['first-nations', 'metis', 'inuit', 'no', 'unknown']);

/** Every need a person can pick, in the order the needs page lists them. */
export const needIds = [
  'emergency-shelter',
  'safety-planning',
  'counselling',
  'addiction',
  'tattoo-removal',
  'id-replacement',
  'housing',
  'court-support',
  'restraining-order',
  'skills-training',
  'cultural-supports',
  'report-tip',
  'learn-more',
  'training',
] as const;
export const needSchema = z.enum(needIds);

export const regionIdSchema = z.enum(regionIds);
export const regionAnswerSchema = z.enum([...regionIds, 'outside-ontario', 'unknown']);

/** The answers' fields, each with the schema of one answer: `answersSchema` and the questions (rules/questions.ts) share them. */
export const answerShape = {
  role: roleSchema,
  danger: dangerSchema,
  age: ageSchema,
  inCare: z.optional(inCareSchema),
  region: regionAnswerSchema,
  indigenous: indigenousSchema,
  needs: z
    .array(needSchema)
    .check(z.refine((needs) => new Set(needs).size === needs.length, 'Each need may be listed only once.')),
};

/**
 * One person's answers: the contract between rules, machine, UI, tests and trainer scenarios
 * (product spec section 3). `inCare` is only asked for 16–17, 18–24 or an unknown age.
 */
export const answersSchema = z.strictObject(answerShape).check(
  z.refine((answers) => answers.inCare === undefined || asksAboutCare(answers.age), {
    message: 'The care question is only asked for ages 16–17, 18–24 or an age not given.',
    path: ['inCare'],
  }),
);

/**
 * Every value each answer can take, in the schemas' order: what the property tests generate from
 * (rules/answers.arbitrary.ts), and what the trainer's catalogue of outcomes and the tests that walk every answer
 * go through. `needs` lists the needs one may pick (any set of them is an answer).
 */
export const answerValues = {
  role: roleSchema.options,
  danger: dangerSchema.options,
  age: ageSchema.options,
  inCare: inCareSchema.options,
  /** The 47 service-manager areas, then 'outside-ontario' and 'unknown': 49 answers. */
  region: regionAnswerSchema.options,
  indigenous: indigenousSchema.options,
  needs: needIds,
};

export type Role = z.infer<typeof roleSchema>;
export type Danger = z.infer<typeof dangerSchema>;
export type Age = z.infer<typeof ageSchema>;
export type InCare = z.infer<typeof inCareSchema>;
export type Indigenous = z.infer<typeof indigenousSchema>;
export type Need = z.infer<typeof needSchema>;
export type RegionId = z.infer<typeof regionIdSchema>;
export type RegionAnswer = z.infer<typeof regionAnswerSchema>;
export type Answers = z.infer<typeof answersSchema>;

/** An answer key: each question of the wizard fills exactly one. */
export type QuestionId = keyof Answers;
