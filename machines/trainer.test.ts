import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { planReferrals } from '../rules';
import { findScenario, scenarios } from '../rules/trainer/scenarios';
import { edgeKinds, pathOf, scenarioSnapshot, walkOf, walkRecorder } from './trainer';
import { decisionGraph } from './graph';
import { selectAnswers, selectPlan, selectStep } from './triage.selectors';
import { steps, triageMachine, type Step } from './triage.machine';

const scenario = (id: string) => findScenario(id)!.answers;
/** Every step of the flow in the machine's order, but the worker's one-page form and the steps named. */
const stepsBut = (...skipped: Step[]) => steps.filter((step) => step !== 'onePage' && !skipped.includes(step));

describe('opening a scenario', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s opens on its summary with its plan', (_id, s) => {
    const actor = createActor(triageMachine, { snapshot: scenarioSnapshot(s.answers, 'summary') }).start();
    expect(selectStep(actor.getSnapshot())).toBe('summary');
    expect(selectPlan(actor.getSnapshot())).toEqual(planReferrals(s.answers));
    expect(actor.getSnapshot().can({ type: 'step.back' })).toBe(true);
  });

  it('steps through from the start with every answer filled in', () => {
    const answers = scenario('durham-16-first-nations-in-care');
    const actor = createActor(triageMachine, { snapshot: scenarioSnapshot(answers, 'start') }).start();
    expect(selectStep(actor.getSnapshot())).toBe('role');
    expect(selectAnswers(actor.getSnapshot())).toEqual(answers);
    actor.send({ type: 'role.submit', value: answers.role });
    expect(selectStep(actor.getSnapshot())).toBe('danger');
    expect(selectAnswers(actor.getSnapshot()).age).toBe('16-17');
  });

  it('starts with the machine’s own initial context besides the answers', () => {
    const snapshot = scenarioSnapshot(scenario('prefers-not-to-say'), 'summary');
    const initial = createActor(triageMachine).getSnapshot().context;
    expect({ ...snapshot.context, answers: initial.answers }).toEqual(initial);
  });
});

describe('the path a scenario takes', () => {
  it('goes through the emergency step when in danger, and skips the care question for under 16', () => {
    expect(pathOf(scenario('toronto-15-in-danger'))).toEqual(stepsBut('inCare'));
  });

  it('asks the care question for 16–17', () => {
    expect(pathOf(scenario('durham-16-first-nations-in-care'))).toEqual(stepsBut('emergency'));
  });

  it('ends on the summary for every scenario', () => {
    for (const s of scenarios) expect(pathOf(s.answers).at(-1), s.id).toBe('summary');
  });
});

describe('recording a walk', () => {
  it('names each transition taken as an edge of the decision graph', async () => {
    const { decisionGraph } = await import('./graph');
    const graph = decisionGraph();
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    const walk = walkOf(scenario('toronto-15-in-danger'));
    expect(walk.edges.length).toBe(walk.steps.length - 1);
    for (const id of walk.edges) expect(edgeIds.has(id), id).toBe(true);
    expect(walk.edges[0]).toBe('role|role.submit|1');
    expect(walk.edges).toContain('danger|danger.submit|0');
    expect(walk.edges).toContain('emergency|emergency.continue|2');
    expect(walk.edges.at(-1)).toBe('review|review.confirm|0');
  });

  it('records restart as the transition from any step', () => {
    const recorder = walkRecorder({ steps: ['role'], edges: [] });
    const actor = createActor(triageMachine, { inspect: recorder.record }).start();
    actor.send({ type: 'role.submit', value: 'trainer' });
    actor.send({ type: 'step.back' });
    actor.send({ type: 'role.submit', value: 'trainer' });
    actor.send({ type: 'triage.restart' });
    expect(recorder.get().steps).toEqual(['role', 'danger', 'role', 'danger', 'role']);
    expect(recorder.get().edges).toEqual([
      'role|role.submit|1',
      'danger|step.back|1',
      'role|role.submit|1',
      '#triage|triage.restart|0',
    ]);
  });
});

describe('the kind of each transition (forward, back, change, restart)', () => {
  const graph = decisionGraph();
  const kinds = edgeKinds(graph);
  const kindOf = (source: string, event: string, target: string) =>
    kinds.get(graph.edges.find((e) => e.source === source && e.event === event && e.target === target)!.id);

  it('gives every edge of the graph a kind', () => {
    expect([...kinds.keys()].sort()).toEqual(graph.edges.map((e) => e.id).sort());
  });

  it('counts every transition a scenario takes from the start to its summary as forward', () => {
    for (const s of scenarios)
      for (const id of walkOf(s.answers).edges) expect(kinds.get(id), `${s.id}: ${id}`).toBe('forward');
  });

  it('counts Back, Change links and Start again by their event', () => {
    for (const edge of graph.edges) {
      if (edge.event === 'step.back') expect(kinds.get(edge.id), edge.id).toBe('back');
      if (edge.event === 'answers.change') expect(kinds.get(edge.id), edge.id).toBe('change');
      if (edge.event === 'triage.restart') expect(kinds.get(edge.id), edge.id).toBe('restart');
    }
  });

  it('counts the way back to the review after changing an answer as change, and the routes around the questions as forward', () => {
    expect(kindOf('age', 'age.submit', 'review')).toBe('change');
    expect(kindOf('role', 'role.submit', 'review')).toBe('change');
    expect(kindOf('emergency', 'emergency.continue', 'review')).toBe('change');
    expect(kindOf('danger', 'onePage.open', 'onePage')).toBe('forward');
    expect(kindOf('onePage', 'onePage.submit', 'emergency')).toBe('forward');
    expect(kindOf('emergency', 'emergency.skipToSummary', 'summary')).toBe('forward');
    expect(kindOf('emergency', 'emergency.continue', 'summary')).toBe('forward');
  });

  it('reaches every step from the start by forward transitions alone', () => {
    const forward = graph.edges.filter((e) => kinds.get(e.id) === 'forward');
    const reached = new Set([graph.initial]);
    for (let grew = true; grew;) {
      grew = false;
      for (const e of forward)
        if (reached.has(e.source) && !reached.has(e.target)) {
          reached.add(e.target);
          grew = true;
        }
    }
    expect([...reached].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
  });
});
