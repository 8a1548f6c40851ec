import { and, not, or, type AnyStateMachine, type AnyStateNode, type StateValue } from 'xstate';
import { triageMachine } from './triage.machine';

/**
 * The decision graph for the trainer page, read off the running statechart itself (product spec section 8: "the
 * statechart drawn from the machine itself, never a hand-kept picture"). Every state node is a node; every
 * candidate transition (each entry of a guarded array counts) is an edge, with its event, its guard written out
 * and its target. Transitions declared on the machine's root (restart) apply from any state: they come from a
 * node standing for "any step". No React; loaded only by the trainer page.
 */

/** A state of the machine. `id` is its path from the root, dot-separated (`age`, or `parent.child`). */
export type GraphNode = {
  id: string;
  /** The state node's own XState id (`triage.age`). */
  stateId: string;
  description?: string;
  initial: boolean;
  final: boolean;
};

/** One candidate transition. */
export type GraphEdge = {
  /** Unique: `<source>|<event>|<index among the event's candidates>`. */
  id: string;
  /** The state it leaves; for a root transition, `anyStateId`. */
  source: string;
  /** The state it enters; for a transition with no target, the source itself. */
  target: string;
  event: string;
  /** The guard written out (`isEditing`, `isChangeOf(inCare) and askedAboutCare`), or undefined. */
  guard?: string;
  /** The same guard as a tree (names, parameters, and / or / not), for labelling it in other words. */
  guardTree?: GuardTree;
  /** The names of the actions it runs. */
  actions: string[];
  description?: string;
  /** True for a transition declared on the root: it applies from any state. */
  fromAnyState: boolean;
  /** True when the transition has no target (it stays in the same state). */
  targetless: boolean;
};

export type DecisionGraph = {
  machineId: string;
  /** The node a root transition comes from: it stands for "any step". */
  anyStateId: string;
  /** The initial state's node id. */
  initial: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Every event type a transition listens for, in first-seen order. */
  events: string[];
};

// The `check` functions XState gives its guard combinators: comparing with them survives minification, where a
// function's name does not.
const combinatorCheck = (guard: unknown) => (guard as { check?: unknown }).check;
const checkAnd = combinatorCheck(and([]));
const checkOr = combinatorCheck(or([]));
const checkNot = combinatorCheck(not(() => true));

/**
 * A guard as the machine holds it, as plain data: a named guard with its parameters, `and` / `or` of guards,
 * `not` a guard, or an inline function with no name.
 */
export type GuardTree =
  | { kind: 'named'; name: string; params?: unknown }
  | { kind: 'and' | 'or'; guards: GuardTree[] }
  | { kind: 'not'; guard: GuardTree }
  | { kind: 'inline' };

/** A guard as a tree, or undefined for no guard. */
export function guardTree(guard: unknown): GuardTree | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === 'string') return { kind: 'named', name: guard };
  if (typeof guard === 'function') {
    const { check, guards } = guard as { check?: unknown; guards?: unknown[] };
    const parts = (guards ?? []).map((g): GuardTree => guardTree(g) ?? { kind: 'inline' });
    if (check === checkAnd) return { kind: 'and', guards: parts };
    if (check === checkOr) return { kind: 'or', guards: parts };
    if (check === checkNot) return { kind: 'not', guard: parts[0] ?? { kind: 'inline' } };
    return { kind: 'inline' };
  }
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: unknown };
    return params === undefined || typeof params === 'function'
      ? { kind: 'named', name: type }
      : { kind: 'named', name: type, params };
  }
  return { kind: 'inline' };
}

/** A guard tree as text: its name, with its parameters, and `and` / `or` / `not` written out. */
export function guardText(tree: GuardTree): string {
  const wrap = (label: string) => (/\s/.test(label) ? `(${label})` : label);
  switch (tree.kind) {
    case 'and':
    case 'or':
      return tree.guards.map((g) => wrap(guardText(g))).join(` ${tree.kind} `);
    case 'not':
      return `not ${wrap(guardText(tree.guard))}`;
    case 'inline':
      return 'inline guard';
    case 'named': {
      const { name, params } = tree;
      if (params === undefined) return name;
      const entries = typeof params === 'object' && params !== null ? Object.entries(params) : [];
      // One parameter reads best as its value alone: `isChangeOf(age)`.
      const args =
        typeof params !== 'object' || params === null
          ? String(params)
          : entries.length === 1
            ? String(entries[0][1])
            : entries.map(([k, v]) => `${k}=${String(v)}`).join(',');
      return `${name}(${args})`;
    }
  }
}

/** A guard as text: its name, with its parameters, and `and` / `or` / `not` written out. */
export function guardLabel(guard: unknown): string | undefined {
  const tree = guardTree(guard);
  return tree && guardText(tree);
}

function actionName(action: unknown): string {
  if (typeof action === 'string') return action;
  if (typeof action === 'object' && action !== null && 'type' in action)
    return String((action as { type: unknown }).type);
  if (typeof action === 'function') return (action as { type?: string }).type ?? 'inline action';
  return 'inline action';
}

const nodeId = (state: AnyStateNode) => state.path.join('.');

/** Every state node below `state`, depth first, in document order. */
function descendants(state: AnyStateNode): AnyStateNode[] {
  return Object.values(state.states as Record<string, AnyStateNode>).flatMap((child) => [child, ...descendants(child)]);
}

/**
 * Derive the decision graph of a machine (by default, the triage machine). This is the one reading of the machine's
 * transitions: the trainer's drawing and the model-based tests (e2e/model/coverage.ts) both take them from here.
 * It walks the state nodes itself rather than through `xstate/graph`'s `toDirectedGraph`, which gives the same
 * nodes and edges but, imported by the trainer page, makes the bundler split xstate's shared code differently and
 * grows the wizard's first load (by 28 bytes gzipped, December 2026).
 */
export function decisionGraph(machine: AnyStateMachine = triageMachine): DecisionGraph {
  const root = machine.root;
  const anyStateId = `#${machine.id}`;
  const states = descendants(root);
  const initialPath = root.initial?.target[0]?.path.join('.') ?? '';
  const nodes: GraphNode[] = states.map((state) => ({
    id: nodeId(state),
    stateId: state.id,
    ...(state.description ? { description: state.description } : {}),
    initial: nodeId(state) === initialPath,
    final: state.type === 'final',
  }));

  const edges: GraphEdge[] = [];
  const events: string[] = [];
  for (const state of [root, ...states]) {
    const fromAnyState = state === root;
    const source = fromAnyState ? anyStateId : nodeId(state);
    for (const [event, candidates] of state.transitions) {
      if (!events.includes(event)) events.push(event);
      candidates.forEach((transition, index) => {
        const targets = transition.target as AnyStateNode[] | undefined;
        if (targets && targets.length > 1)
          throw new Error(`[trainer/graph] ${source} on ${event} enters several states at once.`);
        const tree = guardTree(transition.guard);
        const guard = tree && guardText(tree);
        edges.push({
          id: `${source}|${event}|${index}`,
          source,
          target: targets && targets.length === 1 ? nodeId(targets[0]) : source,
          event,
          ...(tree ? { guard, guardTree: tree } : {}),
          actions: (transition.actions as unknown[]).map(actionName),
          ...(transition.description ? { description: transition.description } : {}),
          fromAnyState,
          targetless: !targets || targets.length === 0,
        });
      });
    }
  }
  return { machineId: machine.id, anyStateId, initial: initialPath, nodes, edges, events };
}

/** The leaf states a state value names, as graph node ids: `'age'` → `['age']`, `{ a: 'b' }` → `['a.b']`. */
export function activeNodeIds(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [key] : activeNodeIds(child as StateValue).map((id) => `${key}.${id}`),
  );
}

/**
 * The graph edge a transition the machine took stands for (from an inspection `@xstate.microstep` event's
 * `_transitions`): its source, its event and its place among that event's candidates. Undefined for a transition
 * not in the graph (the initial one).
 */
export function edgeIdOf(
  transition: { source: AnyStateNode; eventType: string },
  machine: AnyStateMachine = triageMachine,
): string | undefined {
  const source = transition.source;
  const candidates = source.transitions.get(transition.eventType);
  const index = candidates?.indexOf(transition as never) ?? -1;
  if (index === -1) return undefined;
  return `${source.path.length === 0 ? `#${machine.id}` : nodeId(source)}|${transition.eventType}|${index}`;
}
