import { createActor, type SnapshotFrom } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerValues } from '../rules';
import { answerSpaceSize, enumerateOutcomes, type OutcomeCatalogue } from '../rules/trainer/outcomes';
import { triageMachine, type TriageEvent } from './triage.machine';
import { selectPlan, selectStep } from './triage.selectors';
import { flowEvents } from './walk';

/**
 * Trainer mode's "every outcome" (rules/trainer/outcomes.ts, product spec section 8) describes the answer space with the
 * rules' own functions, for speed. These tests take it from the machine instead: which questions the machine asks
 * after each earlier answer, which answers it takes, and the summary it ends on for each outcome's example.
 */

type Snapshot = SnapshotFrom<typeof triageMachine>;

/** Send events one by one to a fresh machine and return its snapshot. */
function after(events: TriageEvent[]): Snapshot {
  const actor = createActor(triageMachine).start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** How many of `values` the step on screen takes (each moves the machine on). */
function taken<V>(snapshot: Snapshot, values: readonly V[], event: (value: V) => TriageEvent): number {
  return values.filter((value) => snapshot.can(event(value))).length;
}

const allNeedSets = Array.from({ length: 2 ** answerValues.needs.length }, (_, mask) =>
  answerValues.needs.filter((_, i) => mask & (1 << i)),
);

describe('the outcome catalogue and the machine', () => {
  it('counts the answer combinations the machine takes, question by question, as the catalogue does', () => {
    let total = 0;
    const askedAboutCare: string[] = [];
    for (const role of answerValues.role) {
      for (const danger of answerValues.danger) {
        const beforeAge = [
          { type: 'role.submit', value: role },
          { type: 'danger.submit', value: danger },
        ] as TriageEvent[];
        if (selectStep(after(beforeAge)) === 'emergency') beforeAge.push({ type: 'emergency.continue' });
        expect(selectStep(after(beforeAge))).toBe('age');
        for (const age of answerValues.age) {
          const atAge = [...beforeAge, { type: 'age.submit', value: age } as TriageEvent];
          const careAsked = selectStep(after(atAge)) === 'inCare';
          if (careAsked && role === 'self' && danger === 'no') askedAboutCare.push(age);
          // Each answer to the care question (or none, when it is not asked) leads to the area question.
          const prefixes = careAsked
            ? answerValues.inCare.map((value) => [...atAge, { type: 'inCare.submit', value } as TriageEvent])
            : [atAge];
          for (const prefix of prefixes) {
            const atRegion = after(prefix);
            expect(selectStep(atRegion)).toBe('region');
            const regions = taken(atRegion, answerValues.region, (value) => ({ type: 'region.submit', value }));
            const atIdentity = after([...prefix, { type: 'region.submit', value: answerValues.region[0] }]);
            const identities = taken(atIdentity, answerValues.indigenous, (value) => ({
              type: 'indigenous.submit',
              value,
            }));
            const atNeeds = after([
              ...prefix,
              { type: 'region.submit', value: answerValues.region[0] },
              { type: 'indigenous.submit', value: answerValues.indigenous[0] },
            ]);
            const needSets = taken(atNeeds, allNeedSets, (value) => ({ type: 'needs.submit', value }));
            total += regions * identities * needSets;
          }
        }
      }
    }
    expect(askedAboutCare).toEqual(['16-17', '18-24', 'unknown']);
    expect(total).toBe(answerSpaceSize());
  });

  describe('every outcome, replayed', () => {
    let catalogue: OutcomeCatalogue;
    beforeAll(() => {
      catalogue = enumerateOutcomes();
    }, 60_000);

    it('its example, answered step by step, ends on a summary with exactly its plan', { timeout: 180_000 }, () => {
      const wrong: string[] = [];
      for (const outcome of catalogue.outcomes) {
        const snapshot = after(flowEvents(outcome.example));
        const plan = selectPlan(snapshot).map((r) => ({ serviceId: r.serviceId, priority: r.priority }));
        if (selectStep(snapshot) !== 'summary' || JSON.stringify(plan) !== JSON.stringify(outcome.referrals))
          wrong.push(outcome.key);
      }
      expect(wrong).toEqual([]);
    });
  });
});
