import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths, type AdjacencyMap } from 'xstate/graph';
import type { Answers, QuestionId } from '../../rules';
import { workerDurhamYouthInCare, workerWhoKnowsNothing } from '../../rules/answers.examples';
import { decisionGraph, edgeIdOf } from '../../machines/graph';
import { answerEventsOf, changeEvent, everyEvent, guardFacts, onePageSubmit, plainEvents } from '../../machines/walk';
import { questionOrder, steps, triageMachine, type Step, type TriageEvent } from '../../machines/triage.machine';
import {
  selectCanGoBack,
  selectCanSkipQuestions,
  selectChangeableQuestions,
  selectStep,
  type TriageSnapshot,
} from '../../machines/triage.selectors';

/**
 * Model-based coverage of the triage statechart: the transitions its definition declares, the test paths that
 * take every one of them, and a replay that measures which states and transitions a list of paths exercises.
 * Pure and free of React, so Vitest (coverage.test.ts), `scripts/model-coverage.ts` and the Playwright suite
 * (triage.model.spec.ts) share one model. It serves only tests, so it lives beside them.
 *
 * The paths are built from the events the UI offers on each step (`uiEventsAt`), so every event of a path is one
 * thing a person can do on screen. Shortest paths (`xstate/graph`) reach every state but miss transitions (the
 * ones that come back to a state already reached); each missing one gets "shortest path to its source + that
 * event", as shared/reference/reliability-and-performance.md §4 prescribes.
 */

// ── The transitions of the definition ─────────────────────────────────────────────────────────────────────

/** One transition of the machine definition: one guarded branch (or the fallback) of one event on one state. */
export type ModelTransition = {
  /** `role role.submit [isEditing] → review`: unique, stable while the definition does not change. */
  id: string;
  /** The state node that declares it: a step, or `(root)` for the machine-wide restart. */
  source: Step | '(root)';
  event: TriageEvent['type'];
  /** The guard of this branch in words, `else` for the unguarded fallback, `always` for an unguarded sole branch. */
  guard: string;
  target: Step;
};

/**
 * The transitions, read once off the machine by machines/graph.ts (the trainer's drawing reads the same edges), with
 * the graph's guard text; an unguarded branch reads `else` when the event has other branches, `always` when alone.
 */
function collectTransitions() {
  const graph = decisionGraph(triageMachine);
  const byEdge = new Map<string, ModelTransition>();
  const list = graph.edges.map((edge): ModelTransition => {
    const branches = graph.edges.filter((e) => e.source === edge.source && e.event === edge.event).length;
    const source = edge.fromAnyState ? '(root)' : (edge.source as Step);
    const guard = edge.guard ?? (branches > 1 ? 'else' : 'always');
    const target = edge.target as Step;
    const transition: ModelTransition = {
      id: `${source} ${edge.event} [${guard}] → ${target}`,
      source,
      event: edge.event as TriageEvent['type'],
      guard,
      target,
    };
    byEdge.set(edge.id, transition);
    return transition;
  });
  return { list, byEdge };
}

const collected = collectTransitions();

/** Every transition the machine definition declares, in definition order: the denominator of transition coverage. */
export const modelTransitions: readonly ModelTransition[] = collected.list;
/** Every state (step) of the machine: the denominator of state coverage. */
export const modelStates: readonly Step[] = steps;

// ── Events ────────────────────────────────────────────────────────────────────────────────────────────────

const { back, restart, continueOn, skipToSummary, confirm, onePageOpen } = plainEvents;

/**
 * Answer sets the worker's one-page form submits: a 16–17-year-old in care with a need (every field of the form),
 * someone whose danger is not sure with every other answer "prefer not to say", and an adult (no care question).
 */
export const onePageAnswerSets: readonly Answers[] = [
  workerDurhamYouthInCare,
  workerWhoKnowsNothing,
  {
    role: 'worker',
    danger: 'no',
    age: '25-plus',
    region: 'thunder-bay',
    indigenous: 'no',
    needs: ['court-support', 'report-tip'],
  },
];

/** What each step's controls submit: every answer of each question, and each of the one-page form's sets. */
const answerEvents = {
  ...(Object.fromEntries(questionOrder.map((question) => [question, answerEventsOf(question)])) as Record<
    QuestionId,
    TriageEvent[]
  >),
  onePage: onePageAnswerSets.map(onePageSubmit),
};

/** Every concrete event, whether or not the UI offers it where it is sent (machines/walk.ts). */
export const allModelEvents: readonly TriageEvent[] = everyEvent(onePageAnswerSets);

// ── What the UI offers (a model of components/, checked against the real page by e2e/model) ─────────────────

/**
 * The questions the review and the summary list under their answers, each with a Change button: the same selector
 * components/steps/answers-list.tsx renders (the browser suite checks the page against it).
 */
export const answerListQuestions = selectChangeableQuestions;

/**
 * The events a person can send on the step on screen, one per control: the answers of a question, Back where the
 * Back button shows, the one-page button (workers), the emergency buttons, Change buttons, confirm, and "Start
 * again" on the summary (the only screen with a restart button). This mirrors components/; the Playwright suite
 * checks the mirror (Back button shown exactly when offered, each Change button offered).
 */
export function uiEventsAt(snapshot: TriageSnapshot): TriageEvent[] {
  const backIfShown = selectCanGoBack(snapshot) ? [back] : [];
  const step = selectStep(snapshot);
  switch (step) {
    case 'role':
    case 'age':
    case 'inCare':
    case 'region':
    case 'indigenous':
    case 'needs':
      return [...answerEvents[step], ...backIfShown];
    case 'danger':
      return [...answerEvents.danger, ...backIfShown, ...(snapshot.can(onePageOpen) ? [onePageOpen] : [])];
    case 'emergency':
      return [continueOn, ...(selectCanSkipQuestions(snapshot) ? [skipToSummary] : []), ...backIfShown];
    case 'onePage':
      return [...answerEvents.onePage, ...backIfShown];
    case 'review':
      return [...answerListQuestions(snapshot).map(changeEvent), confirm, ...backIfShown];
    case 'summary':
      return [...answerListQuestions(snapshot).map(changeEvent), ...backIfShown, restart];
  }
}

// ── Replay and coverage ───────────────────────────────────────────────────────────────────────────────────

/** A named test path: events sent one by one to a fresh machine. */
export type ModelPath = {
  name: string;
  events: TriageEvent[];
  /** The step the path ends on. */
  end: Step;
  /** Events of this path the UI does not offer where they are sent (each one a gap between UI and machine). */
  uiGaps: string[];
};

/** What one event of a replay did. */
export type ReplayStep = {
  event: TriageEvent;
  from: TriageSnapshot;
  to: TriageSnapshot;
  /** The transition taken, or null when the machine ignored the event. */
  transition: ModelTransition | null;
  offeredByUi: boolean;
};

/** The transition the machine takes for `event` in `snapshot`, or null when it ignores it. */
export function transitionFor(snapshot: TriageSnapshot, event: TriageEvent): ModelTransition | null {
  const taken = triageMachine.getTransitionData(snapshot, event);
  if (taken.length === 0) return null;
  if (taken.length > 1) throw new Error(`More than one transition for ${event.type} in ${String(snapshot.value)}`);
  const edgeId = edgeIdOf(taken[0]);
  const transition = edgeId === undefined ? undefined : collected.byEdge.get(edgeId);
  if (!transition) throw new Error(`A transition outside the definition: ${event.type} in ${String(snapshot.value)}`);
  return transition;
}

/** Send `events` one by one to a fresh actor, recording the transition each one takes. */
export function replay(events: readonly TriageEvent[]): { initial: TriageSnapshot; steps: ReplayStep[] } {
  const actor = createActor(triageMachine);
  actor.start();
  const initial = actor.getSnapshot();
  const out: ReplayStep[] = [];
  for (const event of events) {
    const from = actor.getSnapshot();
    const transition = transitionFor(from, event);
    const offeredByUi = uiEventsAt(from).some((e) => sameEvent(e, event));
    actor.send(event);
    const to = actor.getSnapshot();
    if (transition && selectStep(to) !== transition.target) {
      throw new Error(`${transition.id} ended on ${String(to.value)}`);
    }
    out.push({ event, from, to, transition, offeredByUi });
  }
  actor.stop();
  return { initial, steps: out };
}

export type CoverageReport = {
  states: { covered: Step[]; uncovered: Step[]; total: number };
  transitions: { covered: ModelTransition[]; uncovered: ModelTransition[]; total: number };
  /** Events of the paths the machine ignored (a path should have none). */
  ignored: string[];
  /** Events of the paths that the UI does not offer where they are sent. */
  uiGaps: string[];
};

/** Replay `paths` and report the states visited and the transitions taken, against the whole definition. */
export function measureCoverage(paths: readonly { name: string; events: readonly TriageEvent[] }[]): CoverageReport {
  const states = new Set<Step>();
  const transitions = new Set<string>();
  const ignored: string[] = [];
  const uiGaps: string[] = [];
  for (const path of paths) {
    const { initial, steps: taken } = replay(path.events);
    states.add(selectStep(initial));
    taken.forEach((step, i) => {
      states.add(selectStep(step.to));
      if (step.transition) transitions.add(step.transition.id);
      else
        ignored.push(
          `${path.name}: event ${i + 1} (${describeEvent(step.event)}) ignored on ${String(step.from.value)}`,
        );
      if (!step.offeredByUi)
        uiGaps.push(`${path.name}: event ${i + 1} (${describeEvent(step.event)}) on ${String(step.from.value)}`);
    });
  }
  return {
    states: {
      covered: modelStates.filter((s) => states.has(s)),
      uncovered: modelStates.filter((s) => !states.has(s)),
      total: modelStates.length,
    },
    transitions: {
      covered: modelTransitions.filter((t) => transitions.has(t.id)),
      uncovered: modelTransitions.filter((t) => !transitions.has(t.id)),
      total: modelTransitions.length,
    },
    ignored,
    uiGaps,
  };
}

// ── Path generation ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A finite abstraction of a snapshot for the graph search: what the guards read (`guardFacts`, machines/walk.ts),
 * and, for the UI's controls, which Change buttons the review and the summary show. Two snapshots with the same key
 * offer the same controls and take the same transitions on them.
 */
export function flowKey(snapshot: TriageSnapshot): string {
  const step = selectStep(snapshot);
  const changes = step === 'review' || step === 'summary' ? answerListQuestions(snapshot) : [];
  return JSON.stringify([...guardFacts(snapshot), changes]);
}

/** Events compare by value (an answer event by its value, a Change by its question). */
export function sameEvent(a: TriageEvent, b: TriageEvent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A short label for an event: `age:16-17`, `change:region`, `back`, `onePage.submit(worker/no/16-17/…)`. */
export function describeEvent(event: TriageEvent): string {
  switch (event.type) {
    case 'role.submit':
      return `role:${event.value}`;
    case 'danger.submit':
      return `danger:${event.value}`;
    case 'age.submit':
      return `age:${event.value}`;
    case 'inCare.submit':
      return `care:${event.value}`;
    case 'region.submit':
      return `region:${event.value}`;
    case 'indigenous.submit':
      return `identity:${event.value}`;
    case 'needs.submit':
      return `needs:[${event.value.join('+')}]`;
    case 'answers.change':
      return `change:${event.question}`;
    case 'onePage.submit': {
      const a = event.answers;
      return `onePage.submit(${[a.danger, a.age, a.inCare ?? '-', a.region, a.indigenous, a.needs.join('+') || 'no needs'].join('/')})`;
    }
    case 'step.back':
      return 'back';
    case 'emergency.continue':
      return 'continue';
    case 'emergency.skipToSummary':
      return 'skip';
    case 'review.confirm':
      return 'confirm';
    case 'triage.restart':
      return 'restart';
    case 'onePage.open':
      return 'onePage.open';
  }
}

const traversal = {
  events: (snapshot: TriageSnapshot) => uiEventsAt(snapshot),
  serializeState: (snapshot: TriageSnapshot) => flowKey(snapshot),
};

let adjacencyCache: AdjacencyMap<TriageSnapshot, TriageEvent> | undefined;
let shortestCache: ReturnType<typeof getShortestPaths<typeof triageMachine>> | undefined;

/** The graph of abstract states the UI's events reach (xstate/graph `getAdjacencyMap`), computed once. */
export function uiAdjacencyMap(): AdjacencyMap<TriageSnapshot, TriageEvent> {
  adjacencyCache ??= getAdjacencyMap(triageMachine, traversal);
  return adjacencyCache;
}

/** The shortest path to every abstract state, with the UI's events (xstate/graph `getShortestPaths`), computed once. */
export function shortestUiPaths() {
  shortestCache ??= getShortestPaths(triageMachine, traversal);
  return shortestCache;
}

const eventsOf = (steps: readonly { event: { type: string } }[]) =>
  steps.map((s) => s.event as TriageEvent).filter((e) => (e.type as string) !== 'xstate.init');

export type Candidate = { events: TriageEvent[]; origin: 'shortest' | 'completion' };

/** Shortest paths (one per abstract state), as event lists. */
function shortestCandidates(): Candidate[] {
  return shortestUiPaths().map((path) => ({ events: eventsOf(path.steps), origin: 'shortest' as const }));
}

/**
 * For each transition the candidates miss: the shortest path to a state where it can be taken, plus the event
 * that takes it. Events the UI offers there come first; a transition no UI event takes gets a machine event, and
 * the path records the gap.
 */
function completionCandidates(covered: Set<string>): Candidate[] {
  const adjacency = uiAdjacencyMap();
  const shortest = new Map<string, TriageEvent[]>();
  for (const path of shortestUiPaths()) shortest.set(flowKey(path.state), eventsOf(path.steps));
  const added: Candidate[] = [];
  for (const pass of ['ui', 'machine'] as const) {
    for (const [key, { state }] of Object.entries(adjacency)) {
      const prefix = shortest.get(key);
      if (!prefix) continue;
      const events = pass === 'ui' ? uiEventsAt(state) : allModelEvents;
      for (const event of events) {
        const transition = transitionFor(state, event);
        if (!transition || covered.has(transition.id)) continue;
        covered.add(transition.id);
        added.push({ events: [...prefix, event], origin: 'completion' });
      }
    }
  }
  return added;
}

/** Ids of the states and transitions a list of events covers (states prefixed `state:`). */
function itemsOf(events: readonly TriageEvent[]): Set<string> {
  const items = new Set<string>(['state:start']);
  for (const step of replay(events).steps) {
    items.add(`state:${selectStep(step.to)}`);
    if (step.transition) items.add(step.transition.id);
  }
  return items;
}

/**
 * Greedy set cover: keep adding the candidate that covers the most items not yet covered (ties: the path with
 * fewer UI gaps, then the shorter), until the kept paths cover everything the candidates cover. This keeps the
 * browser suite small without losing a state or a transition.
 */
function minimalCover(candidates: Candidate[]): Candidate[] {
  const withItems = candidates.map((c) => ({
    ...c,
    items: itemsOf(c.events),
    gaps: replay(c.events).steps.filter((s) => !s.offeredByUi).length,
  }));
  const goal = new Set(withItems.flatMap((c) => [...c.items]));
  const done = new Set<string>();
  const kept: Candidate[] = [];
  while (done.size < goal.size) {
    let best: (typeof withItems)[number] | undefined;
    let bestGain = 0;
    for (const c of withItems) {
      const gain = [...c.items].filter((i) => !done.has(i)).length;
      if (gain === 0) continue;
      const better =
        !best ||
        c.gaps < best.gaps ||
        (c.gaps === best.gaps && (gain > bestGain || (gain === bestGain && c.events.length < best.events.length)));
      if (better) {
        best = c;
        bestGain = gain;
      }
    }
    if (!best) break;
    kept.push({ events: best.events, origin: best.origin });
    best.items.forEach((i) => done.add(i));
  }
  return kept;
}

/** Name a path by where it ends, what it does, and a number that keeps names unique. */
function namePath(events: TriageEvent[], index: number): ModelPath {
  const { steps: taken } = replay(events);
  const end = taken.length > 0 ? selectStep(taken[taken.length - 1].to) : 'role';
  const uiGaps = taken.filter((s) => !s.offeredByUi).map((s) => `${describeEvent(s.event)} on ${String(s.from.value)}`);
  const name = `path ${String(index + 1).padStart(2, '0')} to ${end}: ${events.map(describeEvent).join(' → ')}`;
  return { name, events, end, uiGaps };
}

/** The path sets at each stage of generation, for the coverage report. */
export type ModelPathStages = {
  shortest: Candidate[];
  completion: Candidate[];
  final: ModelPath[];
};

let built: ModelPathStages | undefined;

/**
 * Build the model paths: shortest paths, completed to every transition, then reduced to a minimal cover.
 * Deterministic (the events are listed in a fixed order); computed once and cached.
 */
export function buildModelPaths(): ModelPathStages {
  built ??= generate();
  return built;
}

function generate(): ModelPathStages {
  const shortest = shortestCandidates();
  const covered = new Set<string>();
  for (const c of shortest) for (const i of itemsOf(c.events)) covered.add(i);
  const completion = completionCandidates(covered);
  const kept = minimalCover([...shortest, ...completion]);
  // Longest first: the browser suite starts the slow tests first, which balances the workers.
  kept.sort((a, b) => b.events.length - a.events.length);
  return { shortest, completion, final: kept.map((c, i) => namePath(c.events, i)) };
}

/** The final list of named test paths: together they visit every state and take every transition. */
export const modelPaths: readonly ModelPath[] = buildModelPaths().final;

/** A control the UI offers where the machine ignores its event: pressing it does nothing. */
export type DeadControl = { step: Step; event: TriageEvent; path: TriageEvent[]; name: string };

/**
 * Every (step, event) the UI offers in some reachable state although the machine takes no transition for it, each
 * with the shortest path to such a state. A list that should be empty: a button that does nothing is a dead end.
 */
export function deadControls(): DeadControl[] {
  const found = new Map<string, DeadControl>();
  for (const path of shortestUiPaths()) {
    const state = path.state;
    for (const event of uiEventsAt(state)) {
      if (transitionFor(state, event)) continue;
      const step = selectStep(state);
      const key = `${step} ${describeEvent(event)}`;
      const events = [...eventsOf(path.steps), event];
      const known = found.get(key);
      if (!known || events.length < known.path.length) {
        found.set(key, {
          step,
          event,
          path: events,
          name: `${describeEvent(event)} on ${step}, after ${eventsOf(path.steps).map(describeEvent).join(' → ')}`,
        });
      }
    }
  }
  return [...found.values()];
}
