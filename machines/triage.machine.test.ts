import fc from 'fast-check';
import { createActor, type Actor } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, type AdjacencyMap } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  ageSchema,
  answersSchema,
  asksAboutCare,
  isInDanger,
  planReferrals,
  roleSchema,
  type Answers,
  type QuestionId,
} from '../rules';
import {
  plainAdult,
  preferNotToSay,
  unsureThenPreferNotToSay,
  workerDurhamYouthInCare,
} from '../rules/answers.examples';
import { referralCases } from '../rules/referral-rules.cases';
import { youthServiceIds } from '../rules/services/service-ids';
import { questionOrder, steps, triageMachine, type Step, type TriageEvent } from './triage.machine';
import {
  selectAnswers,
  selectCanGoBack,
  selectCanSkipQuestions,
  selectIsEditing,
  selectPlan,
  selectPlanAnswers,
  selectStep,
  type TriageSnapshot,
} from './triage.selectors';
import { everyEvent, flowEvents, guardFacts } from './walk';

type TriageActor = Actor<typeof triageMachine>;

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────────────

function run(...events: TriageEvent[]): TriageActor {
  const actor = createActor(triageMachine);
  actor.start();
  for (const event of events) actor.send(event);
  return actor;
}
const stepOf = (actor: TriageActor): Step => selectStep(actor.getSnapshot());
const answersOf = (actor: TriageActor) => selectAnswers(actor.getSnapshot());

const role = (value: Answers['role']): TriageEvent => ({ type: 'role.submit', value });
const danger = (value: Answers['danger']): TriageEvent => ({ type: 'danger.submit', value });
const age = (value: Answers['age']): TriageEvent => ({ type: 'age.submit', value });
const inCare = (value: NonNullable<Answers['inCare']>): TriageEvent => ({ type: 'inCare.submit', value });
const region = (value: Answers['region']): TriageEvent => ({ type: 'region.submit', value });
const indigenous = (value: Answers['indigenous']): TriageEvent => ({ type: 'indigenous.submit', value });
const needs = (value: Answers['needs']): TriageEvent => ({ type: 'needs.submit', value });
const change = (question: QuestionId): TriageEvent => ({ type: 'answers.change', question });
const back: TriageEvent = { type: 'step.back' };
const restart: TriageEvent = { type: 'triage.restart' };
const continueOn: TriageEvent = { type: 'emergency.continue' };
const skipToSummary: TriageEvent = { type: 'emergency.skipToSummary' };
const confirm: TriageEvent = { type: 'review.confirm' };

/** The events of `workerDurhamYouthInCare`: a worker, not in danger, with a 16–17-year-old in care in Durham, First Nations, needing housing: every step. */
const fullWalk: TriageEvent[] = [
  role('worker'),
  danger('no'),
  age('16-17'),
  inCare('yes'),
  region('durham'),
  indigenous('first-nations'),
  needs(['housing']),
];
/** An adult (no care question), not in danger: start → … → review. */
const adultWalk: TriageEvent[] = [
  role('self'),
  danger('no'),
  age('25-plus'),
  region('toronto'),
  indigenous('no'),
  needs([]),
];

/** Events that bring a fresh actor to each step (the shortest way that asks the care question where it can). */
const pathTo: Record<Step, TriageEvent[]> = {
  role: [],
  danger: [role('self')],
  emergency: [role('self'), danger('yes')],
  age: [role('self'), danger('no')],
  inCare: [role('self'), danger('no'), age('16-17')],
  region: [role('self'), danger('no'), age('16-17'), inCare('no')],
  indigenous: [role('self'), danger('no'), age('16-17'), inCare('no'), region('toronto')],
  needs: [role('self'), danger('no'), age('16-17'), inCare('no'), region('toronto'), indigenous('no')],
  onePage: [role('worker'), { type: 'onePage.open' }],
  review: [role('self'), danger('no'), age('16-17'), inCare('no'), region('toronto'), indigenous('no'), needs([])],
  summary: [
    role('self'),
    danger('no'),
    age('16-17'),
    inCare('no'),
    region('toronto'),
    indigenous('no'),
    needs([]),
    confirm,
  ],
};

// ── Reachability and the emergency branch ─────────────────────────────────────────────────────────────────

describe('the steps', () => {
  it('starts on start with no answers, not editing, and no Back', () => {
    const snapshot = run().getSnapshot();
    expect(selectStep(snapshot)).toBe('role');
    expect(selectAnswers(snapshot)).toEqual({});
    expect(selectIsEditing(snapshot)).toBe(false);
    expect(selectCanGoBack(snapshot)).toBe(false);
    expect(selectPlan(snapshot)).toEqual([]);
    expect(selectPlanAnswers(snapshot)).toBeUndefined();
  });

  it.each(steps.map((s) => [s] as const))('%s is reachable', (step) => {
    expect(stepOf(run(...pathTo[step]))).toBe(step);
  });

  it.each(steps.filter((s) => s !== 'role').map((s) => [s] as const))('%s offers Back', (step) => {
    expect(selectCanGoBack(run(...pathTo[step]).getSnapshot())).toBe(true);
  });

  it('ignores Back on start', () => {
    const actor = run(back);
    expect(stepOf(actor)).toBe('role');
    expect(answersOf(actor)).toEqual({});
  });
});

describe('the emergency branch', () => {
  it.each([
    ['yes', 'emergency'],
    ['unsure', 'emergency'],
    ['no', 'age'],
  ] as const)('danger %s goes to %s', (value, next) => {
    for (const who of roleSchema.options) expect(stepOf(run(role(who), danger(value)))).toBe(next);
  });

  it('emergency.continue goes on to the age question', () => {
    expect(stepOf(run(role('self'), danger('yes'), continueOn))).toBe('age');
    expect(stepOf(run(role('self'), danger('unsure'), continueOn))).toBe('age');
  });

  it.each(['yes', 'unsure'] as const)(
    'danger %s, skip to summary: 911 first, the hotline second (both urgent), and the youth referrals kept',
    (value) => {
      const snapshot = run(role('self'), danger(value), skipToSummary).getSnapshot();
      expect(selectStep(snapshot)).toBe('summary');
      // The questions skipped count as "prefer not to say".
      expect(selectPlanAnswers(snapshot)).toEqual({ ...preferNotToSay, danger: value });
      const plan = selectPlan(snapshot);
      expect(plan[0]).toMatchObject({ serviceId: 'emergency-911', priority: 'urgent' });
      expect(plan[1]).toMatchObject({ serviceId: 'human-trafficking-hotline', priority: 'urgent' });
      const ids = plan.map((r) => r.serviceId);
      for (const youth of youthServiceIds) expect(ids).toContain(youth);
    },
  );

  it('skip to summary after some questions keeps the answers given and fills only the rest', () => {
    const snapshot = run(
      role('worker'),
      danger('yes'),
      continueOn,
      age('under-16'),
      region('durham'),
      back,
      back,
      back,
      skipToSummary,
    ).getSnapshot();
    expect(selectStep(snapshot)).toBe('summary');
    expect(selectPlanAnswers(snapshot)).toEqual({
      role: 'worker',
      danger: 'yes',
      age: 'under-16',
      region: 'durham',
      indigenous: 'unknown',
      needs: [],
    });
    const plan = selectPlan(snapshot);
    expect(plan.slice(0, 2).map((r) => r.serviceId)).toEqual(['emergency-911', 'human-trafficking-hotline']);
    expect(plan.find((r) => r.serviceId === 'care-unit-durham')?.priority).toBe('high');
  });
});

// ── The care question ─────────────────────────────────────────────────────────────────────────────────────

describe('the care question', () => {
  it.each(ageSchema.options.map((a) => [a, asksAboutCare(a)] as const))('age %s: care asked = %s', (value, asked) => {
    expect(stepOf(run(role('self'), danger('no'), age(value)))).toBe(asked ? 'inCare' : 'region');
  });

  it('is asked exactly for 16-17, 18-24 and unknown', () => {
    const asked = ageSchema.options.filter((a) => stepOf(run(role('self'), danger('no'), age(a))) === 'inCare');
    expect(asked).toEqual(['16-17', '18-24', 'unknown']);
  });

  it.each(['under-16', '25-plus'] as const)('drops inCare when the age is changed from review to %s', (newAge) => {
    const actor = run(...fullWalk, change('age'), age(newAge));
    expect(stepOf(actor)).toBe('review');
    expect(answersOf(actor).age).toBe(newAge);
    expect('inCare' in answersOf(actor)).toBe(false);
    actor.send(confirm);
    expect(selectPlan(actor.getSnapshot()).map((r) => r.serviceId)).not.toContain('youth-in-transition');
  });

  it('drops inCare when the person goes Back to age and picks an age without the care question', () => {
    const actor = run(role('self'), danger('no'), age('18-24'), inCare('yes'), back, back, age('25-plus'));
    expect(stepOf(actor)).toBe('region');
    expect(answersOf(actor)).toEqual({ role: 'self', danger: 'no', age: '25-plus' });
  });

  it('keeps inCare when the age changes between two ages that ask the care question, and asks it again', () => {
    const actor = run(...fullWalk, change('age'), age('18-24'));
    expect(stepOf(actor)).toBe('inCare');
    expect(answersOf(actor).inCare).toBe('yes');
    actor.send(inCare('no'));
    expect(stepOf(actor)).toBe('review');
    expect(answersOf(actor)).toMatchObject({ age: '18-24', inCare: 'no' });
  });
});

// ── Back ──────────────────────────────────────────────────────────────────────────────────────────────────

describe('Back', () => {
  it.each<[string, TriageEvent[], Step]>([
    ['danger → start', [role('self')], 'role'],
    ['emergency → danger', [role('self'), danger('yes')], 'danger'],
    ['age → danger when not in danger', [role('self'), danger('no')], 'danger'],
    ['age → emergency when in danger', [role('self'), danger('yes'), continueOn], 'emergency'],
    ['age → emergency when not sure about danger', [role('self'), danger('unsure'), continueOn], 'emergency'],
    ['care → age', [role('self'), danger('no'), age('unknown')], 'age'],
    ['region → care when care was asked (16-17)', [role('self'), danger('no'), age('16-17'), inCare('no')], 'inCare'],
    ['region → care when care was asked (18-24)', [role('self'), danger('no'), age('18-24'), inCare('yes')], 'inCare'],
    [
      'region → care when care was asked (age unknown)',
      [role('self'), danger('no'), age('unknown'), inCare('unknown')],
      'inCare',
    ],
    ['region → age when care was not asked (under-16)', [role('self'), danger('no'), age('under-16')], 'age'],
    ['region → age when care was not asked (25-plus)', [role('self'), danger('no'), age('25-plus')], 'age'],
    ['identity → region', [...adultWalk.slice(0, 4)], 'region'],
    ['needs → identity', [...adultWalk.slice(0, 5)], 'indigenous'],
    ['review → needs', adultWalk, 'needs'],
    ['summary → review', [...adultWalk, confirm], 'review'],
    [
      'summary → emergency after the shortcut from the emergency step',
      [role('self'), danger('yes'), skipToSummary],
      'emergency',
    ],
  ])('%s', (_name, events, expected) => {
    const actor = run(...events);
    const before = answersOf(actor);
    actor.send(back);
    expect(stepOf(actor)).toBe(expected);
    // Back never loses an answer.
    expect(answersOf(actor)).toEqual(before);
  });

  it('walks all the way back from the summary to start, step by step, in the reverse order of the flow', () => {
    const actor = run(...fullWalk, confirm);
    const visited: Step[] = [stepOf(actor)];
    while (selectCanGoBack(actor.getSnapshot())) {
      actor.send(back);
      visited.push(stepOf(actor));
    }
    expect(visited).toEqual(['summary', 'review', 'needs', 'indigenous', 'region', 'inCare', 'age', 'danger', 'role']);
    expect(answersOf(actor)).toEqual(workerDurhamYouthInCare);
  });

  it('walks back from the summary through the emergency step when in danger', () => {
    const actor = run(
      role('self'),
      danger('unsure'),
      continueOn,
      age('25-plus'),
      region('ottawa'),
      indigenous('metis'),
      needs(['counselling']),
      confirm,
    );
    const visited: Step[] = [stepOf(actor)];
    while (selectCanGoBack(actor.getSnapshot())) {
      actor.send(back);
      visited.push(stepOf(actor));
    }
    expect(visited).toEqual([
      'summary',
      'review',
      'needs',
      'indigenous',
      'region',
      'age',
      'emergency',
      'danger',
      'role',
    ]);
  });
});

// ── Change links ──────────────────────────────────────────────────────────────────────────────────────────

describe('Change from the review', () => {
  it.each(questionOrder)('change %s goes to the step that asks it, editing', (question) => {
    const actor = run(...fullWalk, change(question));
    expect(stepOf(actor)).toBe(question);
    expect(selectIsEditing(actor.getSnapshot())).toBe(true);
  });

  it.each<[string, TriageEvent[], Partial<Answers>]>([
    ['role', [change('role'), role('trainer')], { role: 'trainer' }],
    ['danger (still no)', [change('danger'), danger('no')], { danger: 'no' }],
    ['inCare', [change('inCare'), inCare('unknown')], { inCare: 'unknown' }],
    ['region', [change('region'), region('thunder-bay')], { region: 'thunder-bay' }],
    ['indigenous', [change('indigenous'), indigenous('unknown')], { indigenous: 'unknown' }],
    ['needs', [change('needs'), needs(['court-support', 'training'])], { needs: ['court-support', 'training'] }],
  ])(
    'change %s returns straight to the review with the new answer and nothing else changed',
    (_name, events, changed) => {
      const actor = run(...fullWalk, ...events);
      expect(stepOf(actor)).toBe('review');
      expect(selectIsEditing(actor.getSnapshot())).toBe(false);
      expect(answersOf(actor)).toEqual({ ...workerDurhamYouthInCare, ...changed });
    },
  );

  it('change region: review → region → review, and the plan follows the new region', () => {
    const actor = run(...fullWalk, change('region'));
    expect(stepOf(actor)).toBe('region');
    actor.send(region('toronto'));
    expect(stepOf(actor)).toBe('review');
    actor.send(confirm);
    const ids = selectPlan(actor.getSnapshot()).map((r) => r.serviceId);
    expect(ids).toContain('care-unit-toronto');
    expect(ids).not.toContain('care-unit-durham');
  });

  it('change age to 16-17 (from 25-plus) goes through the care question, then back to the review', () => {
    const actor = run(...adultWalk, change('age'));
    expect(stepOf(actor)).toBe('age');
    actor.send(age('16-17'));
    expect(stepOf(actor)).toBe('inCare');
    expect(selectIsEditing(actor.getSnapshot())).toBe(true);
    actor.send(inCare('yes'));
    expect(stepOf(actor)).toBe('review');
    expect(answersOf(actor)).toMatchObject({ age: '16-17', inCare: 'yes' });
    expect(selectIsEditing(actor.getSnapshot())).toBe(false);
  });

  it('changing danger to yes from the review goes via the emergency step, then back to the review', () => {
    const actor = run(...adultWalk, change('danger'));
    actor.send(danger('yes'));
    expect(stepOf(actor)).toBe('emergency');
    actor.send(continueOn);
    expect(stepOf(actor)).toBe('review');
    expect(answersOf(actor)).toMatchObject({ danger: 'yes', age: '25-plus', region: 'toronto' });
    actor.send(confirm);
    expect(selectPlan(actor.getSnapshot()).slice(0, 2)).toMatchObject([
      { serviceId: 'emergency-911', priority: 'urgent' },
      { serviceId: 'human-trafficking-hotline', priority: 'urgent' },
    ]);
  });

  it('changing danger to not sure from the review can go straight to the summary, which puts 911 first', () => {
    const actor = run(...adultWalk, change('danger'), danger('unsure'), skipToSummary);
    expect(stepOf(actor)).toBe('summary');
    expect(selectIsEditing(actor.getSnapshot())).toBe(false);
    expect(selectPlan(actor.getSnapshot())[0]).toMatchObject({ serviceId: 'emergency-911', priority: 'urgent' });
  });

  it('changing danger from yes to no from the review removes 911 from the plan', () => {
    const actor = run(
      role('self'),
      danger('yes'),
      continueOn,
      age('25-plus'),
      region('york'),
      indigenous('no'),
      needs([]),
      change('danger'),
      danger('no'),
    );
    expect(stepOf(actor)).toBe('review');
    actor.send(confirm);
    expect(selectPlan(actor.getSnapshot()).map((r) => r.serviceId)).not.toContain('emergency-911');
  });

  it('Back while following a Change link returns to the review without changing the answer', () => {
    for (const question of ['danger', 'age', 'region', 'indigenous', 'needs'] as const) {
      const actor = run(...fullWalk, change(question), back);
      expect(stepOf(actor), question).toBe('review');
      expect(answersOf(actor), question).toEqual(workerDurhamYouthInCare);
    }
  });

  it('a Change link from the summary goes to that step and then back to the review', () => {
    const actor = run(...fullWalk, confirm, change('region'));
    expect(stepOf(actor)).toBe('region');
    actor.send(region('peel'));
    expect(stepOf(actor)).toBe('review');
    actor.send(confirm);
    expect(stepOf(actor)).toBe('summary');
    expect(selectPlan(actor.getSnapshot())).toEqual(planReferrals({ ...workerDurhamYouthInCare, region: 'peel' }));
  });
});

// ── Restart and confirm ───────────────────────────────────────────────────────────────────────────────────

describe('Restart', () => {
  it.each<[string, TriageEvent[]]>([
    ['danger', pathTo.danger],
    ['emergency', pathTo.emergency],
    ['age', pathTo.age],
    ['inCare', pathTo.inCare],
    ['region', pathTo.region],
    ['indigenous', pathTo.indigenous],
    ['needs', pathTo.needs],
    ['review', [...fullWalk]],
    ['summary', [...fullWalk, confirm]],
    ['summary after the shortcut', [role('self'), danger('yes'), skipToSummary]],
    ['a Change link being followed', [...fullWalk, change('region')]],
  ])('from %s clears every answer and returns to start', (_name, events) => {
    const actor = run(...events, restart);
    const snapshot = actor.getSnapshot();
    expect(selectStep(snapshot)).toBe('role');
    expect(selectAnswers(snapshot)).toEqual({});
    expect(selectIsEditing(snapshot)).toBe(false);
    expect(selectCanGoBack(snapshot)).toBe(false);
    expect(selectPlan(snapshot)).toEqual([]);
    // A new walk after the restart is not influenced by the old answers.
    actor.send(role('self'));
    actor.send(danger('no'));
    actor.send(age('25-plus'));
    expect(selectAnswers(actor.getSnapshot())).toEqual({ role: 'self', danger: 'no', age: '25-plus' });
  });
});

describe('review.confirm', () => {
  it.each<[string, TriageEvent[], Answers]>([
    ['a worker with a 16-17 client in care in Durham', fullWalk, workerDurhamYouthInCare],
    ['an adult in Toronto with no needs', adultWalk, plainAdult],
    [
      'someone not sure about danger who prefers not to say to everything',
      [
        role('self'),
        danger('unsure'),
        continueOn,
        age('unknown'),
        inCare('unknown'),
        region('unknown'),
        indigenous('unknown'),
        needs([]),
      ],
      unsureThenPreferNotToSay,
    ],
  ])('gives the summary, and selectPlan equals planReferrals(answers): %s', (_name, events, answers) => {
    const actor = run(...events);
    expect(stepOf(actor)).toBe('review');
    actor.send(confirm);
    const snapshot = actor.getSnapshot();
    expect(selectStep(snapshot)).toBe('summary');
    expect(selectAnswers(snapshot)).toEqual(answers);
    expect(selectPlanAnswers(snapshot)).toEqual(answers);
    expect(selectPlan(snapshot)).toEqual(planReferrals(answers));
    expect(selectPlan(snapshot).length).toBeGreaterThan(0);
  });
});

// ── The whole graph ───────────────────────────────────────────────────────────────────────────────────────

/** Every concrete event (machines/walk.ts), with two of the worker's one-page forms: all filled in, and mostly unknown. */
const allEvents = everyEvent([
  workerDurhamYouthInCare,
  { ...workerDurhamYouthInCare, danger: 'yes', age: 'unknown', inCare: 'unknown', region: 'unknown' },
]);

/** Snapshots compare by what the guards read of them (machines/walk.ts), a finite abstraction exact for the flow. */
const flowKey = (snapshot: TriageSnapshot) => JSON.stringify(guardFacts(snapshot));

// Exploring the whole abstract graph takes a few seconds on a loaded 2-core machine.
describe('the statechart as a graph (xstate/graph)', { timeout: 60_000 }, () => {
  const stateIds = Object.values(triageMachine.root.states).map((node) => node.id);
  const options = { events: allEvents, serializeState: (snapshot: TriageSnapshot) => flowKey(snapshot) };

  it('has a state node for every step, and only those', () => {
    expect(stateIds).toEqual(steps.map((s) => `triage.${s}`));
  });

  it('reaches every state id with the concrete events (getShortestPaths)', () => {
    const paths = getShortestPaths(triageMachine, options);
    const reached = new Set(paths.map((p) => `triage.${String(p.state.value)}`));
    expect(stateIds.filter((id) => !reached.has(id))).toEqual([]);
    // And the shortest way to the summary is through the emergency shortcut: role, danger yes/unsure, skip.
    const toSummary = paths
      .filter((p) => p.state.value === 'summary')
      .map((p) => p.steps.map((s): string => s.event.type).filter((type) => type !== 'xstate.init'));
    expect(toSummary.reduce((a, b) => (b.length < a.length ? b : a))).toEqual([
      'role.submit',
      'danger.submit',
      'emergency.skipToSummary',
    ]);
  });

  it('takes every transition target the machine defines (getAdjacencyMap)', () => {
    const adjacency: AdjacencyMap<TriageSnapshot, TriageEvent> = getAdjacencyMap(triageMachine, options);
    const taken = new Set<string>();
    for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
      if (nextState.value !== state.value || event.type === 'triage.restart')
        taken.add(`${String(state.value)} ${event.type} → ${String(nextState.value)}`);
    }
    const defined: string[] = [];
    for (const [key, node] of Object.entries(triageMachine.root.states)) {
      for (const [eventType, transitions] of node.transitions) {
        for (const t of transitions)
          for (const target of t.target ?? []) defined.push(`${key} ${eventType} → ${target.key}`);
      }
      defined.push(`${key} triage.restart → role`);
    }
    expect(defined.filter((edge) => !taken.has(edge))).toEqual([]);
  });

  it('in every reachable flow state, the summary puts 911 first exactly when in danger, and the answers are valid', () => {
    const adjacency: AdjacencyMap<TriageSnapshot, TriageEvent> = getAdjacencyMap(triageMachine, options);
    let summaries = 0;
    for (const { state } of Object.values(adjacency)) {
      const planAnswers = selectPlanAnswers(state);
      if (planAnswers) {
        expect(answersSchema.safeParse(planAnswers).success, JSON.stringify(state.context)).toBe(true);
      }
      if (state.value !== 'summary') continue;
      summaries++;
      const plan = selectPlan(state);
      expect(plan.map((r) => r.serviceId)).toContain('human-trafficking-hotline');
      expect(plan[0]?.serviceId === 'emergency-911', JSON.stringify(state.context.answers)).toBe(
        isInDanger(state.context.answers.danger),
      );
    }
    expect(summaries).toBeGreaterThan(0);
  });
});

// ── Random walks ──────────────────────────────────────────────────────────────────────────────────────────

describe('random walks through the wizard (fast-check, 1000 runs each)', () => {
  const walks = fc.array(fc.constantFrom(...allEvents), { maxLength: 40 });

  it('never loses 911 or the hotline at the summary, never shows emergency when not in danger, and always makes a plan', () => {
    fc.assert(
      fc.property(walks, (events) => {
        const actor = run();
        for (const event of events) {
          actor.send(event);
          const next = actor.getSnapshot();
          const step = selectStep(next);
          const answers = selectAnswers(next);
          expect(next.value).toBe(step);
          if (event.type === 'triage.restart') expect(answers).toEqual({});
          if (step === 'emergency') expect(isInDanger(answers.danger)).toBe(true);
          if (step === 'review' || step === 'summary') expect(selectIsEditing(next)).toBe(false);
          const planAnswers = selectPlanAnswers(next);
          if (planAnswers) expect(answersSchema.safeParse(planAnswers).success, JSON.stringify(planAnswers)).toBe(true);
          if (step === 'summary') {
            const ids = selectPlan(next).map((r) => r.serviceId);
            expect(ids).toContain('human-trafficking-hotline');
            if (isInDanger(answers.danger))
              expect(ids.slice(0, 2)).toEqual(['emergency-911', 'human-trafficking-hotline']);
            else expect(ids).not.toContain('emergency-911');
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('only asks the care question, and only keeps a care answer, for an age that has it', () => {
    fc.assert(
      fc.property(walks, (events) => {
        const actor = run();
        for (const event of events) {
          actor.send(event);
          const answers = selectAnswers(actor.getSnapshot());
          if (selectStep(actor.getSnapshot()) === 'inCare') expect(asksAboutCare(answers.age)).toBe(true);
          if (answers.inCare !== undefined) expect(asksAboutCare(answers.age), JSON.stringify(answers)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  // The care Change link is guarded by the age answer: for an adult over 25 or a child under 16 it does nothing,
  // so the stored answers always pass `answersSchema`.
  it('a Change link to the care question for a 25-plus adult neither opens the care step nor stores a care answer', () => {
    const actor = run(...adultWalk, change('inCare'));
    expect(stepOf(actor)).toBe('review');
    actor.send(inCare('yes'));
    expect(answersSchema.safeParse(selectAnswers(actor.getSnapshot())).success).toBe(true);
  });

  it('even so, a care answer for a 25-plus adult never reaches the plan', () => {
    const actor = run(...adultWalk, change('inCare'), inCare('yes'));
    if (stepOf(actor) !== 'review') actor.send(back);
    actor.send(confirm);
    expect(stepOf(actor)).toBe('summary');
    expect(selectPlanAnswers(actor.getSnapshot())).not.toHaveProperty('inCare');
    expect(selectPlan(actor.getSnapshot()).map((r) => r.serviceId)).not.toContain('youth-in-transition');
  });
});

describe('the worker one-page form', () => {
  const onePageOpen = { type: 'onePage.open' } as const;

  it('opens from the danger step for a worker only', () => {
    expect(stepOf(run(role('worker'), onePageOpen))).toBe('onePage');
    expect(stepOf(run(role('self'), onePageOpen))).toBe('danger');
    expect(stepOf(run(role('trainer'), onePageOpen))).toBe('danger');
  });

  it('goes to the summary in one submit, with the same plan as the step-by-step flow', () => {
    const onePage = run(role('worker'), onePageOpen, { type: 'onePage.submit', answers: workerDurhamYouthInCare });
    const stepByStep = run(...fullWalk, confirm);
    expect(stepOf(onePage)).toBe('summary');
    expect(selectPlan(onePage.getSnapshot())).toEqual(selectPlan(stepByStep.getSnapshot()));
    expect(selectPlan(onePage.getSnapshot())).toEqual(planReferrals(workerDurhamYouthInCare));
  });

  it('comes back to the one-page form from the summary, and Back from the form returns to the danger step', () => {
    const actor = run(role('worker'), onePageOpen, { type: 'onePage.submit', answers: workerDurhamYouthInCare }, back);
    expect(stepOf(actor)).toBe('onePage');
    actor.send(back);
    expect(stepOf(actor)).toBe('danger');
  });

  it.each(['yes', 'unsure'] as const)(
    'shows the emergency step first when the danger answer is %s, then the summary with 911 first',
    (value) => {
      const actor = run(role('worker'), onePageOpen, {
        type: 'onePage.submit',
        answers: { ...workerDurhamYouthInCare, danger: value },
      });
      expect(stepOf(actor)).toBe('emergency');
      // Every question is answered: the one way on is the summary, and there is nothing to skip.
      expect(selectCanSkipQuestions(actor.getSnapshot())).toBe(false);
      actor.send(skipToSummary);
      expect(stepOf(actor)).toBe('emergency');
      actor.send(continueOn);
      expect(stepOf(actor)).toBe('summary');
      expect(actor.getSnapshot().context.skippedQuestions).toBe(false);
      expect(selectPlan(actor.getSnapshot())).toEqual(planReferrals({ ...workerDurhamYouthInCare, danger: value }));
      expect(selectPlan(actor.getSnapshot())[0]).toMatchObject({ serviceId: 'emergency-911', priority: 'urgent' });
    },
  );

  it('goes Back from that summary to the emergency step, then to the one-page form with its answers', () => {
    const answers: Answers = { ...workerDurhamYouthInCare, danger: 'yes' };
    const actor = run(role('worker'), onePageOpen, { type: 'onePage.submit', answers }, continueOn, back);
    expect(stepOf(actor)).toBe('emergency');
    actor.send(back);
    expect(stepOf(actor)).toBe('onePage');
    expect(answersOf(actor)).toEqual(answers);
  });

  it('after a Change from that summary, works as the step-by-step flow: the emergency step offers the skip again, and Back leads to the danger question', () => {
    const actor = run(
      role('worker'),
      onePageOpen,
      { type: 'onePage.submit', answers: { ...workerDurhamYouthInCare, danger: 'yes' } },
      continueOn,
      change('danger'),
    );
    expect(stepOf(actor)).toBe('danger');
    actor.send(danger('unsure'));
    expect(stepOf(actor)).toBe('emergency');
    expect(selectCanSkipQuestions(actor.getSnapshot())).toBe(true);
    actor.send(back);
    expect(stepOf(actor)).toBe('danger');
    actor.send(danger('unsure'));
    actor.send(continueOn);
    expect(stepOf(actor)).toBe('review');
    actor.send(confirm);
    actor.send(back);
    expect(stepOf(actor)).toBe('review');
  });
});

describe('the one-page form and the step-by-step flow give the same plan', () => {
  const workerCases = referralCases.map((c) => ({
    name: c.name,
    answers: {
      ...c.answers,
      role: 'worker' as const,
      ...(asksAboutCare(c.answers.age) ? { inCare: c.answers.inCare ?? 'unknown' } : {}),
    },
  }));

  it.each(workerCases)('for $name', ({ answers }) => {
    // Each case answers the care question whenever its age asks it (above), so the walk goes to the summary.
    const stepByStep = run(...flowEvents(answers));
    const onePage = run(
      { type: 'role.submit', value: 'worker' },
      { type: 'onePage.open' },
      { type: 'onePage.submit', answers },
    );
    expect(stepOf(stepByStep)).toBe('summary');
    // In danger, the emergency step comes first, as in the step-by-step flow.
    expect(stepOf(onePage)).toBe(isInDanger(answers.danger) ? 'emergency' : 'summary');
    if (isInDanger(answers.danger)) onePage.send({ type: 'emergency.continue' });
    expect(stepOf(onePage)).toBe('summary');
    expect(selectPlan(onePage.getSnapshot())).toEqual(selectPlan(stepByStep.getSnapshot()));
  });
});
