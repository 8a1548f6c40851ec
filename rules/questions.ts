import { z } from './zod';
import { answerShape, inCareSchema, needIds, type Answers, type QuestionId } from './answers.schema';
import { asksAboutCare } from './flow';

/**
 * The wizard's questions as data: for each, its id (the answer key in `Answers`, and the id of the step that asks
 * it), how it is asked, the schema one answer must pass (the field of `answersSchema` itself) and the answers it
 * offers, in order. The machine, the step-by-step questions and the worker's one-page form all read this table:
 * adding an answer option or a question changes the data and the strings, not the components.
 */

/** How a question is asked: one choice among a few, one among many (a list with a search), or several at once. */
export type QuestionKind = 'radios' | 'select' | 'checkboxes';

/** One question's answer: what `Answers` holds for it when it is answered. */
export type AnswerOf<Q extends QuestionId> = NonNullable<Answers[Q]>;

export type Question<Q extends QuestionId = QuestionId> = {
  id: Q;
  kind: QuestionKind;
  schema: z.ZodMiniType<AnswerOf<Q>>;
  /** Every answer it offers, in the order it shows them (for checkboxes, every item that can be ticked). */
  options: readonly string[];
};

export const questions = {
  role: { id: 'role', kind: 'radios', schema: answerShape.role, options: answerShape.role.options },
  danger: { id: 'danger', kind: 'radios', schema: answerShape.danger, options: answerShape.danger.options },
  age: { id: 'age', kind: 'radios', schema: answerShape.age, options: answerShape.age.options },
  inCare: { id: 'inCare', kind: 'radios', schema: inCareSchema, options: inCareSchema.options },
  region: { id: 'region', kind: 'select', schema: answerShape.region, options: answerShape.region.options },
  indigenous: {
    id: 'indigenous',
    kind: 'radios',
    schema: answerShape.indigenous,
    options: answerShape.indigenous.options,
  },
  needs: { id: 'needs', kind: 'checkboxes', schema: answerShape.needs, options: needIds },
} as const satisfies { [Q in QuestionId]: Question<Q> };

/** The questions in the order the flow asks them (and the review and summary list them). */
export const questionOrder = Object.keys(questions) as QuestionId[];

/** The event that answers a question: `<question>.submit` with the chosen `value`. */
export type AnswerEvent = { [Q in QuestionId]: { type: `${Q}.submit`; value: AnswerOf<Q> } }[QuestionId];

/** The answer event for a question and a value its schema has already accepted. */
export function answerEvent<Q extends QuestionId>(question: Q, value: AnswerOf<Q>): AnswerEvent {
  return { type: `${question}.submit`, value } as AnswerEvent;
}

/** The question an answer event answers: `age.submit` → `age`. */
export function questionOfEvent(event: AnswerEvent): QuestionId {
  return event.type.slice(0, -'.submit'.length) as QuestionId;
}

const { role: _role, ...onePageShape } = answerShape;

/**
 * The worker's one-page form: every question but the role (the form is only for workers), each with its field of
 * `answersSchema`, and the care question required exactly when the age answer asks it (the same `asksAboutCare`
 * the machine uses). Its values, with the role added, are `Answers`.
 */
export const onePageSchema = z.strictObject(onePageShape).check(
  z.refine((a) => !asksAboutCare(a.age) || a.inCare !== undefined, {
    path: ['inCare'],
    message: 'The care question is answered when the age asks it.',
  }),
);
export type OnePageValues = z.infer<typeof onePageSchema>;
