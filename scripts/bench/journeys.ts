import { controlsFor, messagesFor, voiceOf, type Control } from '../../e2e/support/labels';
import { flow, type FlowOptions } from '../../machines/walk';
import type { Answers } from '../../rules';
import {
  adultTattooAndId,
  preferNotToSay,
  workerDurhamYouth,
  youthInDangerEveryStep,
} from '../../rules/answers.examples';

/**
 * The benchmark's named journeys, as answers: each is the walk of the flow those answers make (machines/walk.ts),
 * and each step of it the controls a person uses there, found by role and accessible name in the English content
 * (e2e/support/labels.ts), never by CSS class. Loaded by journeys.mjs through tsx.
 *
 * A radio answer is 2 interactions (the option, then Continue); the region list is 3 (open it, pick the area,
 * Continue); needs are one per box ticked, then Continue; the emergency step's and the review's buttons are 1.
 */
const named: Record<string, { answers: Partial<Answers>; options?: FlowOptions }> = {
  'survivor in danger, shortest': { answers: { role: 'self', danger: 'yes' }, options: { skipQuestions: true } },
  'survivor in danger, every step': { answers: youthInDangerEveryStep },
  'survivor not in danger, adult': { answers: adultTattooAndId },
  'worker full journey': { answers: workerDurhamYouth },
  'prefer not to say to everything': { answers: preferNotToSay },
};

/** The journey whose step changes are timed. */
export const timedJourney = 'survivor in danger, every step';

/** One step of a journey: the step on screen, the controls pressed there in order, and the step that comes next. */
export type JourneyStep = { step: string; controls: Control[]; next: string };

/** A journey's steps: its walk, each event turned into the controls that send it. */
function journeySteps({ answers, options }: (typeof named)[string]): JourneyStep[] {
  const { steps, end } = flow(answers, options);
  const t = messagesFor('en');
  const voice = voiceOf(answers.role);
  return steps.map(({ step, event }, i) => ({
    step,
    controls: controlsFor(event, t, voice, 'en'),
    next: steps[i + 1]?.step ?? end,
  }));
}

/** Every named journey, by name, as plain data. */
export const journeys: Record<string, JourneyStep[]> = Object.fromEntries(
  Object.entries(named).map(([name, journey]) => [name, journeySteps(journey)]),
);
