import { createActor, type InspectionEvent, type SnapshotFrom, type StateValue } from 'xstate';
import { activeNodeIds, edgeIdOf } from './graph';
import { selectStep } from './triage.selectors';
import type { Answers } from '../rules';
import { steps, triageMachine, type Step, type TriageEvent } from './triage.machine';

/**
 * Machine helpers for the trainer page: start the triage machine on a scenario's answers, and find the path the
 * answers take through it. Both ask the machine itself (its guards decide every step), so they follow the
 * statechart as it changes. No React; loaded only by the trainer page.
 */

export type TriageMachineSnapshot = SnapshotFrom<typeof triageMachine>;

/** Where a scenario opens: on the start step with every answer filled in, or straight on its summary. */
export type ScenarioStart = 'start' | 'summary';

/**
 * A snapshot of the triage machine at `at`, holding `answers`. The rest of the context is the machine's own initial
 * context, so fields added to the machine later keep their initial values. Pass it to the actor as `snapshot`.
 */
export function scenarioSnapshot(answers: Answers, at: ScenarioStart): TriageMachineSnapshot {
  const initial = createActor(triageMachine).getSnapshot().context;
  return triageMachine.resolveState({ value: at === 'start' ? 'role' : 'summary', context: { ...initial, answers: { ...answers } } });
}

/**
 * The events that answer each question with `answers`, and move on where there is nothing to answer (sent in order,
 * the machine ignores the ones that do not apply: `emergency.continue` when not in danger).
 */
export function forwardEvents(answers: Answers): TriageEvent[] {
  return [
    { type: 'role.submit', value: answers.role },
    { type: 'danger.submit', value: answers.danger },
    { type: 'emergency.continue' },
    { type: 'age.submit', value: answers.age },
    ...(answers.inCare !== undefined ? [{ type: 'inCare.submit' as const, value: answers.inCare }] : []),
    { type: 'region.submit', value: answers.region },
    { type: 'indigenous.submit', value: answers.indigenous },
    { type: 'needs.submit', value: answers.needs },
    { type: 'review.confirm' },
  ];
}

/** A walk through the machine: the steps, in order, and the graph edges (see `decisionGraph`) taken between them. */
export type Walk = { steps: Step[]; edges: string[] };

/**
 * Record a walk from inspection events: pass `record` as the actor's `inspect` option. Each microstep adds the
 * edges it took and the step it reached (a step is added again only when it differs from the last one).
 */
export function walkRecorder(start: Walk, onChange?: (walk: Walk) => void) {
  let walk: Walk = { steps: [...start.steps], edges: [...start.edges] };
  return {
    get: () => walk,
    record(event: InspectionEvent) {
      if (event.type !== '@xstate.microstep') return;
      const edges = event._transitions.map((t) => edgeIdOf(t)).filter((id): id is string => id !== undefined);
      const step = activeNodeIds((event.snapshot as unknown as { value: StateValue }).value)[0] as Step | undefined;
      const steps = step && step !== walk.steps[walk.steps.length - 1] ? [...walk.steps, step] : walk.steps;
      if (edges.length === 0 && steps === walk.steps) return;
      walk = { steps, edges: [...walk.edges, ...edges] };
      onChange?.(walk);
    },
  };
}

/**
 * The walk a person giving `answers` makes from the start to the summary, found by running the machine: on each
 * step, the first answer event the machine accepts is sent. Used to light the path of a scenario opened straight
 * on its summary.
 */
export function walkOf(answers: Answers): Walk {
  const recorder = walkRecorder({ steps: ['role'], edges: [] });
  const actor = createActor(triageMachine, { inspect: recorder.record }).start();
  const candidates = forwardEvents(answers);
  for (let guard = 0; guard < steps.length * 2 && selectStep(actor.getSnapshot()) !== 'summary'; guard++) {
    const snapshot = actor.getSnapshot();
    const event = candidates.find((e) => snapshot.can(e));
    if (!event) break;
    actor.send(event);
  }
  actor.stop();
  return recorder.get();
}

/** The steps of `walkOf(answers)`. */
export function pathOf(answers: Answers): Step[] {
  return walkOf(answers).steps;
}
