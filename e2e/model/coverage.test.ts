import { describe, expect, it } from 'vitest';
import {
  buildModelPaths,
  deadControls,
  describeEvent,
  measureCoverage,
  modelPaths,
  modelStates,
  modelTransitions,
  replay,
} from './coverage';
import { steps, triageMachine } from '../../machines/triage.machine';

describe('the transitions of the machine definition', () => {
  it('lists every guarded branch of every event on every state, once, plus the machine-wide restart', () => {
    let declared = 0;
    for (const node of [triageMachine.root, ...Object.values(triageMachine.root.states)]) {
      for (const candidates of node.transitions.values()) declared += candidates.length;
    }
    expect(modelTransitions).toHaveLength(declared);
    expect(new Set(modelTransitions.map((t) => t.id)).size).toBe(declared);
    expect(modelTransitions.filter((t) => t.source === '(root)').map((t) => t.id)).toEqual([
      '(root) triage.restart [always] → role',
    ]);
    expect(modelStates).toEqual(steps);
  });

  it('names guards with their parameters, and the unguarded fallback "else"', () => {
    const ids = modelTransitions.map((t) => t.id);
    expect(ids).toContain('review answers.change [isChangeOf(age)] → age');
    expect(ids).toContain('review answers.change [isChangeOf(inCare) and askedAboutCare] → inCare');
    expect(ids).toContain('age step.back [wasInDanger] → emergency');
    expect(ids).toContain('age step.back [else] → danger');
  });
});

describe('modelPaths', () => {
  it('visit every state and take every transition, with no event the machine ignores', () => {
    const report = measureCoverage(modelPaths);
    expect(report.states.uncovered).toEqual([]);
    expect(report.transitions.uncovered.map((t) => t.id)).toEqual([]);
    expect(report.ignored).toEqual([]);
  });

  it('need shortest paths and the completion: shortest paths alone miss transitions', () => {
    const { shortest, completion } = buildModelPaths();
    const alone = measureCoverage(shortest.map((c, i) => ({ name: String(i), events: c.events })));
    expect(alone.states.uncovered).toEqual([]);
    expect(alone.transitions.uncovered.length).toBeGreaterThan(0);
    expect(completion.length).toBeGreaterThanOrEqual(alone.transitions.uncovered.length);
  });

  it('have unique names, and each name lists its events', () => {
    expect(new Set(modelPaths.map((p) => p.name)).size).toBe(modelPaths.length);
    for (const path of modelPaths) expect(path.name).toContain(path.events.map(describeEvent).join(' → '));
  });

  it('use only events the UI offers', () => {
    expect(modelPaths.flatMap((p) => p.uiGaps)).toEqual([]);
  });

  it('end where the replay ends', () => {
    for (const path of modelPaths) {
      const { steps: taken } = replay(path.events);
      expect(taken.at(-1)?.to.value ?? 'role', path.name).toBe(path.end);
    }
  });
});

describe('controls the UI offers', () => {
  // Until 28 Nov 2026 the summary after "Go straight to the list of services" (no age given) showed a Change
  // button for the care question that the machine ignored; the summary now offers only Changes the machine takes.
  it('are all taken by the machine: no button that does nothing', () => {
    expect(deadControls().map((c) => c.name)).toEqual([]);
  });
});
