import { createActor, type InspectionEvent, type SnapshotFrom, type StateValue } from 'xstate';
import { activeNodeIds, decisionGraph, edgeIdOf, type DecisionGraph } from './graph';
import type { Answers } from '../rules';
import { questionOrder, questions } from '../rules/questions';
import { scenarios } from '../rules/trainer/scenarios';
import { triageMachine, type Step, type TriageEvent } from './triage.machine';
import { flowEvents } from './walk';

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
  return triageMachine.resolveState({
    value: at === 'start' ? 'role' : 'summary',
    context: { ...initial, answers: { ...answers } },
  });
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
 * The walk a person giving `answers` makes from the start to the summary (machines/walk.ts), recorded by running the
 * machine on its events: the steps the machine enters and the graph edges it takes. Used to light the path of a
 * scenario opened straight on its summary.
 */
export function walkOf(answers: Answers): Walk {
  const recorder = walkRecorder({ steps: ['role'], edges: [] });
  const actor = createActor(triageMachine, { inspect: recorder.record }).start();
  for (const event of flowEvents(answers)) actor.send(event);
  actor.stop();
  return recorder.get();
}

/** The steps of `walkOf(answers)`. */
export function pathOf(answers: Answers): Step[] {
  return walkOf(answers).steps;
}

/** How a transition of the decision graph moves the person: forward through the questions, or back, or to change. */
export type EdgeKind = 'forward' | 'back' | 'change' | 'restart';

/** The events that move back, open a Change link or start again: every other event moves on. */
const eventKinds = {
  'step.back': 'back',
  'answers.change': 'change',
  'triage.restart': 'restart',
} as const satisfies Partial<Record<TriageEvent['type'], EdgeKind>>;

/**
 * The kind of every transition of the decision graph (`decisionGraph()`), by edge id, read from the machine itself: a
 * transition on Back, a Change link or Start again is of that kind; any other is `forward` when the machine takes it
 * for someone who is not changing an answer, and `change` when it only takes it while an answer is being changed (the
 * way back to the review). To find out, each step is tried with every answer its questions offer and every
 * scenario's answers as the context, with and without the questions skipped or the one-page form used.
 */
export function edgeKinds(graph: DecisionGraph = decisionGraph()): Map<string, EdgeKind> {
  const taken = new Set<string>();
  const initial = createActor(triageMachine).getSnapshot().context;
  const contexts = scenarios.flatMap(({ answers }) =>
    [false, true].flatMap((skippedQuestions) =>
      [false, true].map((usedOnePage) => ({
        ...initial,
        answers: { ...answers },
        skippedQuestions,
        usedOnePage,
        changing: null,
      })),
    ),
  );
  const answerEvents = new Map<string, TriageEvent[]>(
    questionOrder.map((question) => {
      const options = questions[question].options as readonly string[];
      const values = question === 'needs' ? [[], ...options.map((need) => [need])] : options;
      return [`${question}.submit`, values.map((value) => ({ type: `${question}.submit`, value }) as TriageEvent)];
    }),
  );
  for (const node of graph.nodes) {
    const types = new Set(graph.edges.filter((edge) => edge.source === node.id).map((edge) => edge.event));
    for (const type of types) {
      if (type in eventKinds) continue;
      // An event that is not an answer is tried with each scenario's answers as its payload, for the events that carry
      // answers (the one-page form); the others ignore it.
      const events = answerEvents.get(type) ?? scenarios.map(({ answers }) => ({ type, answers }) as TriageEvent);
      for (const context of contexts) {
        const snapshot = triageMachine.resolveState({ value: node.id, context });
        for (const event of events) {
          for (const transition of triageMachine.getTransitionData(snapshot, event)) {
            const id = edgeIdOf(transition);
            if (id) taken.add(id);
          }
        }
      }
    }
  }
  return new Map(
    graph.edges.map((edge) => [
      edge.id,
      (eventKinds as Record<string, EdgeKind>)[edge.event] ?? (taken.has(edge.id) ? 'forward' : 'change'),
    ]),
  );
}
