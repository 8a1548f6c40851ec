import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { asksAboutCare, type Answers } from '../rules';
import { answersArbitrary } from '../rules/answers.arbitrary';
import { torontoChildInDanger } from '../rules/answers.examples';
import { steps, triageMachine, type Step } from './triage.machine';
import { selectAnswers, selectStep } from './triage.selectors';
import { flow, flowPath } from './walk';

/** Every step of the flow in the machine's order, but the worker's one-page form and the steps named. */
const stepsBut = (...skipped: Step[]) => steps.filter((step) => step !== 'onePage' && !skipped.includes(step));

/** Send the walk's events to a fresh machine, one by one, and note the step it is on before each and at the end. */
function runWalk(answers: Partial<Answers>, options?: { skipQuestions?: boolean }) {
  const actor = createActor(triageMachine).start();
  const visited: Step[] = [];
  for (const { event } of flow(answers, options).steps) {
    visited.push(selectStep(actor.getSnapshot()));
    actor.send(event);
  }
  visited.push(selectStep(actor.getSnapshot()));
  const answered = selectAnswers(actor.getSnapshot());
  actor.stop();
  return { visited, answered };
}

const reachable = answersArbitrary.filter((a) => asksAboutCare(a.age) === (a.inCare !== undefined));

describe('the flow walker and the machine', () => {
  it('the machine visits exactly the steps the walk describes, in order, and ends with its answers', () => {
    fc.assert(
      fc.property(reachable, (answers) => {
        const { visited, answered } = runWalk(answers);
        expect(visited).toEqual(flowPath(answers));
        expect(visited.at(-1)).toBe('summary');
        expect(answered).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });

  it('goes through the emergency step in danger, and asks the care question only for some ages', () => {
    const base = torontoChildInDanger;
    expect(flowPath(base)).toEqual(stepsBut('inCare'));
    expect(flowPath({ ...base, danger: 'no', age: '16-17', inCare: 'no' })).toEqual(stepsBut('emergency'));
  });

  it('skips the questions from the emergency step when told, as the machine does', () => {
    const answers = { role: 'self', danger: 'unsure' } as const;
    expect(flowPath(answers, { skipQuestions: true })).toEqual(['role', 'danger', 'emergency', 'summary']);
    expect(runWalk(answers, { skipQuestions: true }).visited).toEqual(['role', 'danger', 'emergency', 'summary']);
  });

  it('ends on the first question it asks that the answers leave out', () => {
    expect(flow({ role: 'worker', danger: 'no', age: '18-24' }).end).toBe('inCare');
    expect(runWalk({ role: 'worker', danger: 'no', age: '18-24' }).visited.at(-1)).toBe('inCare');
  });
});
