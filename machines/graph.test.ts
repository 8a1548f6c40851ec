import { and, createMachine, not, or, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { activeNodeIds, decisionGraph, guardLabel } from './graph';
import { triageMachine } from './triage.machine';

/**
 * The graph must show exactly the machine's states and transitions. The expected sets are read here from the raw
 * config object the machine was written as (`triageMachine.config`), not from the state nodes the graph walks,
 * so a transition the graph dropped or invented fails.
 */

type RawTransition = string | { target?: string | string[]; guard?: unknown; description?: string } | undefined;
type RawState = {
  states?: Record<string, RawState>;
  on?: Record<string, RawTransition | RawTransition[]>;
  initial?: string;
  description?: string;
};

/** Every state path in the config, depth first. */
function configStates(states: Record<string, RawState> | undefined, prefix = ''): string[] {
  return Object.entries(states ?? {}).flatMap(([key, state]) => [
    `${prefix}${key}`,
    ...configStates(state.states, `${prefix}${key}.`),
  ]);
}

/** A guard as the config writes it: a name, `{ type, params }`, or a combinator; only the names matter here. */
function guardNames(guard: unknown): string[] {
  if (guard === undefined) return [];
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'function') return ((guard as { guards?: unknown[] }).guards ?? []).flatMap(guardNames);
  return [(guard as { type: string }).type];
}

/** Resolve a config target the way XState does for these forms: a sibling key, or `.child` of the owner. */
function resolveTarget(target: string, owner: string): string {
  if (target.startsWith('.')) return owner ? `${owner}${target}` : target.slice(1);
  const parent = owner.includes('.') ? owner.slice(0, owner.lastIndexOf('.') + 1) : '';
  return `${parent}${target}`;
}

/** Every transition in the config as `source|event|target|guard names`, the root's source as `#<machine id>`. */
function configTransitions(): string[] {
  const out: string[] = [];
  const visit = (state: RawState, path: string, source: string) => {
    for (const [event, raw] of Object.entries(state.on ?? {})) {
      for (const t of Array.isArray(raw) ? raw : [raw]) {
        const config = typeof t === 'string' ? { target: t } : (t ?? {});
        const targets =
          config.target === undefined ? [] : Array.isArray(config.target) ? config.target : [config.target];
        const target = targets.length === 0 ? source : resolveTarget(targets[0], path);
        out.push(`${source}|${event}|${target}|${guardNames(config.guard).join('+')}`);
      }
    }
    for (const [key, child] of Object.entries(state.states ?? {})) {
      const childPath = path ? `${path}.${key}` : key;
      visit(child, childPath, childPath);
    }
  };
  visit(triageMachine.config as RawState, '', `#${triageMachine.id}`);
  return out;
}

describe('the decision graph of the triage machine', () => {
  const graph = decisionGraph();
  const config = triageMachine.config as RawState;

  it('has exactly the machine’s states, in the order the machine lists them', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(configStates(config.states));
  });

  it('marks the initial state and carries each state’s description', () => {
    expect(graph.initial).toBe(config.initial);
    expect(graph.nodes.filter((n) => n.initial).map((n) => n.id)).toEqual([config.initial]);
    for (const node of graph.nodes) expect(node.description, node.id).toBe(config.states?.[node.id]?.description);
  });

  it('has exactly the machine’s transitions: each candidate of each event, with its target and guard', () => {
    // The guard names in the graph's label: `isChangeOf(inCare) and askedAboutCare` → isChangeOf+askedAboutCare.
    const namesInLabel = (label = '') =>
      label
        .replace(/\([^)]*\)/g, '')
        .split(/\s+/)
        .filter((w) => w && !['and', 'or', 'not'].includes(w))
        .join('+');
    const fromGraph = graph.edges.map((e) => `${e.source}|${e.event}|${e.target}|${namesInLabel(e.guard)}`);
    expect(fromGraph.sort()).toEqual(configTransitions().sort());
    expect(graph.edges).toHaveLength(configTransitions().length);
  });

  it('names each guard with the names the machine uses, and every guard name is implemented', () => {
    const implemented = Object.keys(triageMachine.implementations.guards);
    for (const edge of graph.edges) {
      for (const name of (edge.guard ?? '').match(/[A-Za-z]+(?=\(|\b)/g) ?? []) {
        if (name === 'and' || name === 'or' || name === 'not') continue;
        if (['role', 'danger', 'age', 'inCare', 'region', 'indigenous', 'needs'].includes(name)) continue;
        expect(implemented, `${edge.id}: ${edge.guard}`).toContain(name);
      }
    }
  });

  it('includes the global restart, from any state to the start', () => {
    const restart = graph.edges.filter((e) => e.event === 'triage.restart');
    expect(restart).toHaveLength(1);
    expect(restart[0]).toMatchObject({
      source: graph.anyStateId,
      target: config.initial,
      fromAnyState: true,
      actions: ['clearAnswers'],
    });
  });

  it('lists every event that a transition listens for, once', () => {
    const fromConfig = new Set(configTransitions().map((t) => t.split('|')[1]));
    expect(new Set(graph.events)).toEqual(fromConfig);
    expect(graph.events).toHaveLength(fromConfig.size);
  });

  it('gives every edge a unique id and a target that is a state', () => {
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) expect(ids.has(e.target), e.id).toBe(true);
  });

  it('writes the change-of-care guard out as a conjunction', () => {
    const careChange = graph.edges.find(
      (e) => e.source === 'review' && e.event === 'answers.change' && e.target === 'inCare',
    );
    expect(careChange?.guard).toBe('isChangeOf(inCare) and askedAboutCare');
  });
});

describe('guard labels and other machines', () => {
  it('writes and / or / not, and parameters', () => {
    expect(guardLabel('isEditing')).toBe('isEditing');
    expect(guardLabel({ type: 'isChangeOf', params: { question: 'age' } })).toBe('isChangeOf(age)');
    expect(guardLabel({ type: 'g', params: { a: 1, b: 2 } })).toBe('g(a=1,b=2)');
    expect(guardLabel(and(['a', or(['b', 'c'])]))).toBe('a and (b or c)');
    expect(guardLabel(not('a'))).toBe('not a');
    expect(guardLabel(undefined)).toBeUndefined();
  });

  it('walks nested states and targetless transitions', () => {
    const machine = setup({ guards: { ok: () => true } }).createMachine({
      id: 'm',
      initial: 'a',
      states: {
        a: { initial: 'x', states: { x: { on: { GO: 'y' } }, y: { on: { STAY: { guard: 'ok' } } } } },
        b: { type: 'final' },
      },
      on: { END: '.b' },
    });
    const graph = decisionGraph(machine);
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'a.x', 'a.y', 'b']);
    expect(graph.nodes.find((n) => n.id === 'b')?.final).toBe(true);
    expect(graph.edges.map((e) => `${e.source}>${e.target}:${e.event}${e.targetless ? ' (stays)' : ''}`)).toEqual([
      '#m>b:END',
      'a.x>a.y:GO',
      'a.y>a.y:STAY (stays)',
    ]);
    expect(
      activeNodeIds(
        createMachine({ initial: 'p', states: { p: { initial: 'q', states: { q: {} } } } }).getInitialSnapshot(
          {} as never,
        ).value,
      ),
    ).toEqual(['p.q']);
  });

  it('reads a flat state value as one node', () => {
    expect(activeNodeIds('age')).toEqual(['age']);
  });
});
