import { asksAboutCare, isInDanger, type Answers, type QuestionId } from '../rules';
import { answerValues } from '../rules/answers.schema';
import { answerEvent, questionOrder } from '../rules/questions';
import type { AnswerEvent, Step, TriageEvent } from './triage.machine';
import { selectStep, type TriageSnapshot } from './triage.selectors';

/**
 * The flow walker: for a set of answers, the steps a person giving them visits from the start to the summary, in
 * order, each with the event that leaves it (an answer, "continue" on the emergency step, "confirm" on the review).
 * Pure data, read from the rules the flow is made of (`isInDanger`: the emergency step; `asksAboutCare`: the care
 * question), so it is also an expectation the machine is tested against. Each consumer drives it its own way: the
 * machine tests and the trainer send its events to an actor, the browser suites and the bench do on the page what
 * each event stands for (e2e/support/wizard.ts, e2e/model/ui.ts, scripts/bench/journeys.ts).
 */

/**
 * The events that carry nothing, each written once: Back, continue and skip on the emergency step, confirm on the
 * review, start again, and opening the worker's one-page form.
 */
export const plainEvents = {
  back: { type: 'step.back' },
  continueOn: { type: 'emergency.continue' },
  skipToSummary: { type: 'emergency.skipToSummary' },
  confirm: { type: 'review.confirm' },
  restart: { type: 'triage.restart' },
  onePageOpen: { type: 'onePage.open' },
} as const satisfies Record<string, TriageEvent>;

/** A Change button's event: back to `question` from the review or the summary. */
export const changeEvent = (question: QuestionId): TriageEvent => ({ type: 'answers.change', question });

/** The worker's one-page form sent with `answers`. */
export const onePageSubmit = (answers: Answers): TriageEvent => ({ type: 'onePage.submit', answers });

/** A step of a walk: the step on screen and the event that leaves it. */
export type FlowStep = { step: Step; event: TriageEvent };

/** A walk from the start: its steps in order, and the step it ends on (no event is sent there). */
export type Flow = { steps: FlowStep[]; end: Step };

export type FlowOptions = {
  /** On the emergency step, go straight to the summary ("skip the questions") rather than on to the questions. */
  skipQuestions?: boolean;
};

/** Whether the flow asks `question` of someone who gave `answers` so far: the care question only for some ages. */
export function isAsked(question: QuestionId, answers: Partial<Answers>): boolean {
  return question !== 'inCare' || asksAboutCare(answers.age);
}

/**
 * The walk of someone giving `answers`: each question in order (the care question only when the age asks it), the
 * emergency step after a danger answer of yes or not sure, then the review and the summary. A walk whose answers
 * leave out a question it asks ends on that question (`end`), unanswered; with `skipQuestions`, a walk through the
 * emergency step ends on the summary from there.
 */
export function flow(answers: Partial<Answers>, { skipQuestions = false }: FlowOptions = {}): Flow {
  const steps: FlowStep[] = [];
  for (const question of questionOrder) {
    if (!isAsked(question, answers)) continue;
    const value = answers[question];
    if (value === undefined) return { steps, end: question };
    steps.push({ step: question, event: answerEvent(question, value as never) });
    if (question === 'danger' && isInDanger(answers.danger)) {
      if (skipQuestions) {
        steps.push({ step: 'emergency', event: plainEvents.skipToSummary });
        return { steps, end: 'summary' };
      }
      steps.push({ step: 'emergency', event: plainEvents.continueOn });
    }
  }
  steps.push({ step: 'review', event: plainEvents.confirm });
  return { steps, end: 'summary' };
}

/** The events of `flow(answers)`, to send one by one to a fresh actor. */
export function flowEvents(answers: Partial<Answers>, options?: FlowOptions): TriageEvent[] {
  return flow(answers, options).steps.map((s) => s.event);
}

/** The steps `flow(answers)` visits, its end included. */
export function flowPath(answers: Partial<Answers>, options?: FlowOptions): Step[] {
  const { steps, end } = flow(answers, options);
  return [...steps.map((s) => s.step), end];
}

/**
 * All that the machine's guards read of a snapshot: its step, the answer being changed, the questions skipped,
 * whether the one-page form was used, and four facts of the answers. Two snapshots with the same facts take the
 * same transitions on every event, so this is an exact, finite abstraction of the (large) space of answers: the
 * machine tests and the model suite (e2e/model/coverage.ts) explore the whole flow by it.
 */
export function guardFacts(snapshot: TriageSnapshot): readonly unknown[] {
  const { answers, changing, skippedQuestions, usedOnePage } = snapshot.context;
  return [
    selectStep(snapshot),
    changing,
    skippedQuestions,
    usedOnePage,
    answers.role === 'worker',
    isInDanger(answers.danger),
    asksAboutCare(answers.age),
    answers.inCare !== undefined,
  ];
}

/**
 * Every answer a question's step can send: each value of a one-choice question; for the needs, none, each need
 * alone, and all of them.
 */
export function answerEventsOf(question: QuestionId): AnswerEvent[] {
  const values: readonly unknown[] =
    question === 'needs'
      ? [[], ...answerValues.needs.map((need) => [need]), [...answerValues.needs]]
      : answerValues[question];
  return values.map((value) => answerEvent(question, value as never));
}

/**
 * Every concrete event the machine takes, to explore it as a graph: each answer of each question, then a submit of
 * each of `onePageAnswers` (the worker's one-page form), a Change for each question, Back, continue and skip on the
 * emergency step, confirm, restart, and opening the one-page form.
 */
export function everyEvent(onePageAnswers: readonly Answers[]): TriageEvent[] {
  return [
    ...questionOrder.flatMap(answerEventsOf),
    ...onePageAnswers.map(onePageSubmit),
    ...questionOrder.map(changeEvent),
    ...Object.values(plainEvents),
  ];
}
