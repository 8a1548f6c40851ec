import { and, assign, not, setup } from 'xstate';
import { asksAboutCare, isInDanger, offersOnePage, type Answers, type QuestionId } from '../rules';
import { questionOfEvent, questionOrder, type AnswerEvent } from '../rules/questions';

/**
 * The answers given so far; a question not yet asked (or skipped from the emergency step) is absent.
 * `changing` names the question a Change link opened, until the person is back on the review.
 * `skippedQuestions` is true after going from the emergency step straight to the summary.
 */
export type TriageContext = {
  answers: Partial<Answers>;
  changing: QuestionId | null;
  skippedQuestions: boolean;
  /** True after a worker answered every question on one page, until a Change link is followed. */
  usedOnePage: boolean;
};

/**
 * The steps of the wizard, one per screen, in the order of the product spec, section 2. A step that asks a question
 * has the question's id (rules/questions.ts): `role` is the first screen, which asks who is using the tool.
 */
export const steps = [
  'role',
  'danger',
  'emergency',
  'age',
  'inCare',
  'region',
  'indigenous',
  'needs',
  'onePage',
  'review',
  'summary',
] as const;
export type Step = (typeof steps)[number];

export { questionOrder };

export type TriageEvent =
  | AnswerEvent
  | { type: 'onePage.open' }
  | { type: 'onePage.submit'; answers: Answers }
  | { type: 'emergency.continue' }
  | { type: 'emergency.skipToSummary' }
  | { type: 'review.confirm' }
  | { type: 'answers.change'; question: QuestionId }
  | { type: 'step.back' }
  | { type: 'triage.restart' };

export type { AnswerEvent };

const emptyContext = (): TriageContext => ({
  answers: {},
  changing: null,
  skippedQuestions: false,
  usedOnePage: false,
});

/**
 * One "go to the step that asks this question" transition per question, for Change links. The care question can
 * only be changed when the age answer asks it.
 */
const changeTransitions = questionOrder.map((question) => ({
  guard:
    question === 'inCare'
      ? and([{ type: 'isChangeOf' as const, params: { question } }, 'askedAboutCare'])
      : { type: 'isChangeOf' as const, params: { question } },
  target: question,
  actions: { type: 'startChanging' as const, params: { question } },
  description: `Change the ${question} answer, then come back to the review.`,
}));

/**
 * The triage wizard as one statechart. It knows the steps and how they connect; every decision about which
 * step comes next is a named guard that calls a pure function in `rules/`. It holds answers in memory only.
 */
export const triageMachine = setup({
  types: { context: {} as TriageContext, events: {} as TriageEvent },
  guards: {
    isEditing: ({ context }) => context.changing !== null,
    isChangingCare: ({ context }) => context.changing === 'inCare',
    isDangerAnswer: ({ event }) => event.type === 'danger.submit' && isInDanger(event.value),
    isDangerOnOnePage: ({ event }) => event.type === 'onePage.submit' && isInDanger(event.answers.danger),
    asksAboutCareForAnswer: ({ event }) => event.type === 'age.submit' && asksAboutCare(event.value),
    wasInDanger: ({ context }) => isInDanger(context.answers.danger),
    askedAboutCare: ({ context }) => asksAboutCare(context.answers.age),
    skippedToSummary: ({ context }) => context.skippedQuestions,
    usedOnePage: ({ context }) => context.usedOnePage,
    offersOnePage: ({ context }) => offersOnePage(context.answers.role),
    isChangeOf: ({ event }, params: { question: QuestionId }) =>
      event.type === 'answers.change' && event.question === params.question,
  },
  actions: {
    recordAnswer: assign({
      answers: ({ context, event }) => {
        if (!('value' in event)) return context.answers;
        const answers = { ...context.answers, [questionOfEvent(event)]: event.value };
        // The care question only exists for some ages: drop a stale answer when the age changes.
        if (event.type === 'age.submit' && !asksAboutCare(event.value)) delete answers.inCare;
        return answers;
      },
    }),
    // A Change ends on the review, as after the step-by-step flow: the one-page form is no longer where Back leads.
    startChanging: assign((_, params: { question: QuestionId }) => ({ changing: params.question, usedOnePage: false })),
    stopEditing: assign({ changing: null }),
    markSkipped: assign({ skippedQuestions: true }),
    recordAllAnswers: assign(({ event }) =>
      event.type === 'onePage.submit' ? { answers: event.answers, usedOnePage: true, skippedQuestions: false } : {},
    ),
    clearSkipped: assign({ skippedQuestions: false }),
    clearAnswers: assign(emptyContext),
  },
}).createMachine({
  id: 'triage',
  context: emptyContext,
  initial: 'role',
  on: {
    'triage.restart': {
      target: '.role',
      actions: 'clearAnswers',
      description: 'Start again: every answer is cleared.',
    },
  },
  states: {
    role: {
      description: 'Choose who is using the tool; the safety notice says what is and is not kept.',
      on: {
        'role.submit': [
          { guard: 'isEditing', target: 'review', actions: 'recordAnswer' },
          { target: 'danger', actions: 'recordAnswer' },
        ],
        'step.back': { guard: 'isEditing', target: 'review' },
      },
    },
    danger: {
      description: 'In immediate danger right now?',
      on: {
        'danger.submit': [
          { guard: 'isDangerAnswer', target: 'emergency', actions: 'recordAnswer' },
          { guard: 'isEditing', target: 'review', actions: 'recordAnswer' },
          { target: 'age', actions: 'recordAnswer' },
        ],
        'step.back': [{ guard: 'isEditing', target: 'review' }, { target: 'role' }],
        'onePage.open': { guard: 'offersOnePage', target: 'onePage' },
      },
    },
    emergency: {
      description: '911 or local police first, then the 24/7 hotline; after the one-page form, then the summary.',
      on: {
        'emergency.continue': [
          { guard: 'isEditing', target: 'review' },
          { guard: 'usedOnePage', target: 'summary' },
          { target: 'age' },
        ],
        // After the one-page form every question is answered: there is nothing to skip.
        'emergency.skipToSummary': {
          guard: not('usedOnePage'),
          target: 'summary',
          actions: ['stopEditing', 'markSkipped'],
        },
        'step.back': [{ guard: 'usedOnePage', target: 'onePage' }, { target: 'danger' }],
      },
    },
    age: {
      description: 'How old is the person?',
      on: {
        'age.submit': [
          { guard: 'asksAboutCareForAnswer', target: 'inCare', actions: 'recordAnswer' },
          { guard: 'isEditing', target: 'review', actions: 'recordAnswer' },
          { target: 'region', actions: 'recordAnswer' },
        ],
        'step.back': [
          { guard: 'isEditing', target: 'review' },
          { guard: 'wasInDanger', target: 'emergency' },
          { target: 'danger' },
        ],
      },
    },
    inCare: {
      description: 'In, or leaving, the care of a children’s aid society? Only for 16–17, 18–24 or age not given.',
      on: {
        'inCare.submit': [
          { guard: 'isEditing', target: 'review', actions: 'recordAnswer' },
          { target: 'region', actions: 'recordAnswer' },
        ],
        'step.back': [{ guard: 'isChangingCare', target: 'review' }, { target: 'age' }],
      },
    },
    region: {
      description: 'Where in Ontario: one of the 47 service-manager areas.',
      on: {
        'region.submit': [
          { guard: 'isEditing', target: 'review', actions: 'recordAnswer' },
          { target: 'indigenous', actions: 'recordAnswer' },
        ],
        'step.back': [
          { guard: 'isEditing', target: 'review' },
          { guard: 'askedAboutCare', target: 'inCare' },
          { target: 'age' },
        ],
      },
    },
    indigenous: {
      description: 'First Nations, Métis or Inuit?',
      on: {
        'indigenous.submit': [
          { guard: 'isEditing', target: 'review', actions: 'recordAnswer' },
          { target: 'needs', actions: 'recordAnswer' },
        ],
        'step.back': [{ guard: 'isEditing', target: 'review' }, { target: 'region' }],
      },
    },
    needs: {
      description: 'What would help? Several at once, or none.',
      on: {
        'needs.submit': { target: 'review', actions: 'recordAnswer' },
        'step.back': [{ guard: 'isEditing', target: 'review' }, { target: 'indigenous' }],
      },
    },
    onePage: {
      description:
        'A worker answers every question on one page (same schema, same rules), then sees the summary, after the emergency step when the danger answer is yes or not sure.',
      on: {
        'onePage.submit': [
          { guard: 'isDangerOnOnePage', target: 'emergency', actions: 'recordAllAnswers' },
          { target: 'summary', actions: 'recordAllAnswers' },
        ],
        'step.back': { target: 'danger' },
      },
    },
    review: {
      description: 'Check the answers; each has a Change link that comes back here.',
      entry: 'stopEditing',
      on: {
        'answers.change': changeTransitions,
        'review.confirm': { target: 'summary', actions: 'clearSkipped' },
        'step.back': { target: 'needs' },
      },
    },
    summary: {
      description: 'The referral plan, in order, each referral with why it is here.',
      entry: 'stopEditing',
      on: {
        'answers.change': changeTransitions,
        'step.back': [
          { guard: 'skippedToSummary', target: 'emergency' },
          { guard: and(['usedOnePage', 'wasInDanger']), target: 'emergency' },
          { guard: 'usedOnePage', target: 'onePage' },
          { target: 'review' },
        ],
      },
    },
  },
});
