import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary, inCareArbitrary, inCareFor, makeAnswers } from './answers.arbitrary';
import { answerValues, answersSchema, type Age, type Answers, type InCare } from './answers.schema';
import { holds } from './condition';
import { asksAboutCare } from './flow';
import { InvalidAnswersError, nationalServices, planReferrals, type Referral } from './plan';
import { referralCases } from './referral-rules.cases';
import { priorities, referralRules, type Priority, type ReferralRule } from './referral-rules';
import { serviceIds, type ServiceId } from './services/service.schema';

const runs = { numRuns: 1000 } as const;

const ruleById = new Map<string, ReferralRule>(referralRules.map((rule) => [rule.id, rule]));
const rank = (p: Priority) => priorities.indexOf(p);
const strong = (p: Priority) => p === 'urgent' || p === 'high';
const show = (answers: Answers) => JSON.stringify(answers);

/** Services the spec reserves for under-18s (or an age not given); an adult must never be sent to them. */
const childOnlyServices: readonly ServiceId[] = [
  'care-unit-toronto',
  'care-unit-durham',
  'specialized-residences',
  'childrens-aid-society',
  'youth-services',
];

// ── Invariants ────────────────────────────────────────────────────────────────────────────────────────────
// Each returns the problems it finds (empty when the plan is right), so the property tests and the exhaustive
// enumeration share them and a failure names the answers and what went wrong.

type Invariant = (answers: Answers, plan: Referral[]) => string[];

const invariants: Record<string, Invariant> = {
  'the hotline is always in the plan': (_a, plan) =>
    plan.some((r) => r.serviceId === 'human-trafficking-hotline') ? [] : ['no human-trafficking-hotline'],

  'danger yes or not sure: 911 first and urgent, the hotline second and urgent': (a, plan) => {
    if (a.danger === 'no') return [];
    const problems: string[] = [];
    if (plan[0]?.serviceId !== 'emergency-911' || plan[0]?.priority !== 'urgent')
      problems.push(`first is ${JSON.stringify(plan[0])}`);
    if (plan[1]?.serviceId !== 'human-trafficking-hotline' || plan[1]?.priority !== 'urgent')
      problems.push(`second is ${JSON.stringify(plan[1])}`);
    return problems;
  },

  'danger no: no 911 referral': (a, plan) =>
    a.danger === 'no' && plan.some((r) => r.serviceId === 'emergency-911')
      ? ['emergency-911 present though danger is no']
      : [],

  'only 911 and the hotline are ever urgent': (_a, plan) =>
    plan
      .filter(
        (r) =>
          r.priority === 'urgent' && r.serviceId !== 'emergency-911' && r.serviceId !== 'human-trafficking-hotline',
      )
      .map((r) => `${r.serviceId} is urgent`),

  'no service appears twice': (_a, plan) => {
    const ids = plan.map((r) => r.serviceId);
    return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${id} twice`);
  },

  'every referral has a reason, and every reason is a rule for that service whose condition holds': (a, plan) => {
    const problems: string[] = [];
    for (const r of plan) {
      if (r.reasons.length === 0) problems.push(`${r.serviceId} has no reason`);
      if (new Set(r.reasons).size !== r.reasons.length) problems.push(`${r.serviceId} repeats a reason`);
      for (const id of r.reasons) {
        const rule = ruleById.get(id);
        if (!rule) problems.push(`${r.serviceId}: unknown reason ${id}`);
        else if (rule.serviceId !== r.serviceId)
          problems.push(`${r.serviceId}: reason ${id} refers to ${rule.serviceId}`);
        else if (!holds(rule.when, a)) problems.push(`${r.serviceId}: reason ${id} does not hold`);
      }
    }
    return problems;
  },

  'a referral’s priority is the highest among its reasons’ rules': (_a, plan) =>
    plan
      .filter((r) => r.reasons.length > 0)
      .filter((r) => {
        const best = Math.min(...r.reasons.map((id) => rank(ruleById.get(id)?.priority ?? 'info')));
        return rank(r.priority) !== best;
      })
      .map((r) => `${r.serviceId} at ${r.priority}, reasons ${r.reasons.join(', ')}`),

  'ordered by priority, then by the order of serviceIds': (_a, plan) => {
    const problems: string[] = [];
    for (let i = 1; i < plan.length; i++) {
      const [prev, next] = [plan[i - 1], plan[i]];
      const byPriority = rank(prev.priority) - rank(next.priority);
      if (byPriority > 0)
        problems.push(`${prev.serviceId} (${prev.priority}) before ${next.serviceId} (${next.priority})`);
      if (byPriority === 0 && serviceIds.indexOf(prev.serviceId) > serviceIds.indexOf(next.serviceId)) {
        problems.push(`${prev.serviceId} before ${next.serviceId} within ${prev.priority}`);
      }
    }
    return problems;
  },

  'adults (18–24, 25 or older) never get a CARE Unit, a children’s aid society, a specialized home or youth services': (
    a,
    plan,
  ) =>
    a.age === '18-24' || a.age === '25-plus'
      ? plan.filter((r) => childOnlyServices.includes(r.serviceId)).map((r) => `adult got ${r.serviceId}`)
      : [],

  'outside Ontario, only the national services (911 and the hotline)': (a, plan) =>
    a.region === 'outside-ontario'
      ? plan.filter((r) => !nationalServices.has(r.serviceId)).map((r) => `outside Ontario got ${r.serviceId}`)
      : [],

  'a service appears only when one of its rules holds (outside Ontario, a national one), and every such rule is among its service’s reasons':
    (a, plan) => {
      const problems: string[] = [];
      // Outside Ontario only the national services are referred; every other rule is set aside.
      const applies = (rule: (typeof referralRules)[number]) =>
        holds(rule.when, a) && (a.region !== 'outside-ontario' || nationalServices.has(rule.serviceId));
      for (const r of plan) {
        if (!referralRules.some((rule) => rule.serviceId === r.serviceId && applies(rule)))
          problems.push(`${r.serviceId} without a rule that holds`);
      }
      for (const rule of referralRules) {
        if (!applies(rule)) continue;
        const referral = plan.find((r) => r.serviceId === rule.serviceId);
        if (!referral) problems.push(`${rule.id} holds but ${rule.serviceId} is missing`);
        else if (!(referral.reasons as string[]).includes(rule.id))
          problems.push(`${rule.id} holds but is not a reason of ${rule.serviceId}`);
      }
      return problems;
    },
};

function violations(answers: Answers, plan: Referral[]): string[] {
  return Object.entries(invariants).flatMap(([name, check]) => check(answers, plan).map((p) => `${name}: ${p}`));
}

/** Services in `known` at urgent or high priority that are missing from `unknown`. */
function strongLost(known: Referral[], unknown: Referral[]): ServiceId[] {
  const kept = new Set(unknown.map((r) => r.serviceId));
  return known.filter((r) => strong(r.priority) && !kept.has(r.serviceId)).map((r) => r.serviceId);
}

// ── Property tests ────────────────────────────────────────────────────────────────────────────────────────

describe('the Answers generator', () => {
  it('only makes answers the schema accepts', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(answersSchema.safeParse(answers).success).toBe(true);
      }),
      runs,
    );
  });
});

describe('plan invariants (fast-check, 1000 runs each)', () => {
  it.each(Object.entries(invariants))('%s', (_name, check) => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(check(answers, planReferrals(answers)), show(answers)).toEqual([]);
      }),
      runs,
    );
  });

  it('planReferrals is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const before = structuredClone(answers);
        const first = planReferrals(answers);
        expect(answers).toEqual(before);
        expect(planReferrals(structuredClone(answers))).toEqual(first);
        expect(planReferrals(answers)).toEqual(first);
      }),
      runs,
    );
  });

  it('planReferrals does not depend on the order of the needs', () => {
    const withPermutedNeeds = answersArbitrary.chain((answers) =>
      fc
        .shuffledSubarray(answers.needs, { minLength: answers.needs.length, maxLength: answers.needs.length })
        .map((needs) => [answers, { ...answers, needs }] as const),
    );
    fc.assert(
      fc.property(withPermutedNeeds, ([answers, permuted]) => {
        expect(planReferrals(permuted)).toEqual(planReferrals(answers));
      }),
      runs,
    );
  });
});

describe('“prefer not to say” never removes an urgent or high referral the matching known answer would give', () => {
  const knownAges = answerValues.age.filter((a) => a !== 'unknown');

  it('age: unknown (care unknown) keeps what each known age gives', () => {
    const pair = fc
      .record({ answers: answersArbitrary, age: fc.constantFrom(...knownAges) })
      .chain(({ answers, age }) => inCareFor(age).map((inCare) => ({ answers, age, inCare })));
    fc.assert(
      fc.property(pair, ({ answers, age, inCare }) => {
        const known = makeAnswers({ ...answers, age, inCare });
        const unknown = makeAnswers({ ...answers, age: 'unknown', inCare: 'unknown' });
        expect(strongLost(planReferrals(known), planReferrals(unknown)), show(known)).toEqual([]);
      }),
      runs,
    );
  });

  it('region: unknown keeps what each area (and outside Ontario) gives', () => {
    const knownRegions = answerValues.region.filter((r) => r !== 'unknown');
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...knownRegions), (answers, region) => {
        const known = { ...answers, region };
        const unknown = { ...answers, region: 'unknown' as const };
        expect(strongLost(planReferrals(known), planReferrals(unknown)), show(known)).toEqual([]);
      }),
      runs,
    );
  });

  it('identity: unknown keeps what each known identity gives', () => {
    const knownIdentities = answerValues.indigenous.filter((i) => i !== 'unknown');
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...knownIdentities), (answers, indigenous) => {
        const known = { ...answers, indigenous };
        const unknown = { ...answers, indigenous: 'unknown' as const };
        expect(strongLost(planReferrals(known), planReferrals(unknown)), show(known)).toEqual([]);
      }),
      runs,
    );
  });

  it('care: unknown keeps what yes and no give', () => {
    const careAges = answerValues.age.filter(asksAboutCare);
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...careAges),
        fc.constantFrom<InCare>('yes', 'no'),
        (answers, age, inCare) => {
          const known = makeAnswers({ ...answers, age, inCare });
          const unknown = makeAnswers({ ...answers, age, inCare: 'unknown' });
          expect(strongLost(planReferrals(known), planReferrals(unknown)), show(known)).toEqual([]);
        },
      ),
      runs,
    );
  });

  it('the generator for the care answer matches the care question (sanity check of the comparison above)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...answerValues.age), inCareArbitrary, (age, inCare) => {
        const parsed = answersSchema.safeParse(
          makeAnswers({ role: 'self', danger: 'no', age, inCare, region: 'toronto', indigenous: 'no', needs: [] }),
        );
        expect(parsed.success).toBe(asksAboutCare(age));
      }),
      runs,
    );
  });
});

// ── Exhaustive enumeration ────────────────────────────────────────────────────────────────────────────────

describe('every combination of answers with no need or one need (exhaustive)', () => {
  it('meets every safety invariant, and “prefer not to say” keeps every urgent and high referral', () => {
    const careAnswers: readonly (InCare | undefined)[] = [undefined, ...answerValues.inCare];
    const needSets: readonly (typeof answerValues.needs)[number][][] = [[], ...answerValues.needs.map((n) => [n])];
    const dims = [
      answerValues.role.length,
      answerValues.danger.length,
      answerValues.age.length,
      careAnswers.length,
      answerValues.region.length,
      answerValues.indigenous.length,
      needSets.length,
    ];
    const size = dims.reduce((a, b) => a * b, 1);
    const index = (...at: number[]) => at.reduce((acc, v, i) => acc * dims[i] + v, 0);
    const bit = (id: ServiceId) => 1 << serviceIds.indexOf(id);
    expect(serviceIds.length).toBeLessThanOrEqual(31);

    const present = new Uint32Array(size);
    const strongMask = new Uint32Array(size);
    const filled = new Uint8Array(size);
    const failures: string[] = [];
    let checked = 0;

    const careOptions = (age: Age) =>
      careAnswers.map((c, ci) => [c, ci] as const).filter(([c]) => c === undefined || asksAboutCare(age));

    answerValues.role.forEach((role, ri) =>
      answerValues.danger.forEach((danger, di) =>
        answerValues.age.forEach((age, ai) =>
          careOptions(age).forEach(([inCare, ci]) =>
            answerValues.region.forEach((region, gi) =>
              answerValues.indigenous.forEach((indigenous, ii) =>
                needSets.forEach((needs, ni) => {
                  const answers = makeAnswers({ role, danger, age, inCare, region, indigenous, needs });
                  const plan = planReferrals(answers);
                  checked++;
                  if (failures.length < 20)
                    failures.push(...violations(answers, plan).map((v) => `${show(answers)} → ${v}`));
                  const i = index(ri, di, ai, ci, gi, ii, ni);
                  filled[i] = 1;
                  for (const r of plan) {
                    present[i] |= bit(r.serviceId);
                    if (strong(r.priority)) strongMask[i] |= bit(r.serviceId);
                  }
                }),
              ),
            ),
          ),
        ),
      ),
    );

    // "Prefer not to say" against each known answer, over the same combinations.
    const unknownRegion = answerValues.region.indexOf('unknown');
    const unknownIdentity = answerValues.indigenous.indexOf('unknown');
    const unknownAge = answerValues.age.indexOf('unknown');
    const careUnknown = careAnswers.indexOf('unknown');
    let compared = 0;
    const lost = (known: number, unknown: number, what: string) => {
      compared++;
      if (!filled[unknown] && failures.length < 20) failures.push(`${what}: the unknown variant was not enumerated`);
      const missing = strongMask[known] & ~present[unknown];
      if (missing !== 0 && failures.length < 20) {
        failures.push(`${what}: loses ${serviceIds.filter((id) => missing & bit(id)).join(', ')}`);
      }
    };
    for (let ri = 0; ri < dims[0]; ri++)
      for (let di = 0; di < dims[1]; di++)
        for (let ai = 0; ai < dims[2]; ai++)
          for (let ci = 0; ci < dims[3]; ci++)
            for (let gi = 0; gi < dims[4]; gi++)
              for (let ii = 0; ii < dims[5]; ii++)
                for (let ni = 0; ni < dims[6]; ni++) {
                  const i = index(ri, di, ai, ci, gi, ii, ni);
                  if (!filled[i]) continue;
                  const at = `${answerValues.role[ri]}/${answerValues.danger[di]}/${answerValues.age[ai]}/${careAnswers[ci]}/${answerValues.region[gi]}/${answerValues.indigenous[ii]}/${needSets[ni].join('+')}`;
                  if (gi !== unknownRegion)
                    lost(i, index(ri, di, ai, ci, unknownRegion, ii, ni), `${at}: region unknown`);
                  if (ii !== unknownIdentity)
                    lost(i, index(ri, di, ai, ci, gi, unknownIdentity, ni), `${at}: identity unknown`);
                  if (ai !== unknownAge)
                    lost(i, index(ri, di, unknownAge, careUnknown, gi, ii, ni), `${at}: age unknown`);
                  if (careAnswers[ci] === 'yes' || careAnswers[ci] === 'no')
                    lost(i, index(ri, di, ai, careUnknown, gi, ii, ni), `${at}: care unknown`);
                }

    console.log(`exhaustive: ${checked} combinations of answers checked, ${compared} “prefer not to say” comparisons`);
    expect(failures).toEqual([]);
    // 4 roles × 3 dangers × (2 ages without the care question + 3 ages × 4 care answers) × 49 areas × 5 identities × 15 need sets
    expect(checked).toBe(4 * 3 * (2 + 3 * 4) * 49 * 5 * 15);
  }, 300_000);
});

// ── The answers schema ────────────────────────────────────────────────────────────────────────────────────

describe('answersSchema and planReferrals reject bad answers with a clear error', () => {
  const valid: Answers = {
    role: 'worker',
    danger: 'no',
    age: '25-plus',
    region: 'toronto',
    indigenous: 'no',
    needs: ['housing'],
  };
  const { region: _dropped, ...missingRegion } = valid;

  const bad: { name: string; input: unknown; field: string }[] = [
    { name: 'an unknown role', input: { ...valid, role: 'boss' }, field: 'role' },
    { name: 'a missing field (region)', input: missingRegion, field: 'region' },
    { name: 'a duplicated need', input: { ...valid, needs: ['housing', 'housing'] }, field: 'needs' },
    { name: 'inCare given for age 25-plus', input: { ...valid, inCare: 'no' }, field: 'inCare' },
    { name: 'inCare given for age under-16', input: { ...valid, age: 'under-16', inCare: 'yes' }, field: 'inCare' },
    { name: 'region "mars"', input: { ...valid, region: 'mars' }, field: 'region' },
    { name: 'an unknown need', input: { ...valid, needs: ['money'] }, field: 'needs' },
  ];

  it('accepts the valid base answers and every named case', () => {
    expect(answersSchema.safeParse(valid).success).toBe(true);
    for (const { name, answers } of referralCases) expect(answersSchema.safeParse(answers).success, name).toBe(true);
  });

  it.each(bad)('answersSchema rejects $name, with an issue on that field', ({ input, field }) => {
    const result = answersSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it.each(bad)('planReferrals throws InvalidAnswersError naming the field for $name', ({ input, field }) => {
    let thrown: unknown;
    try {
      planReferrals(input as Answers);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidAnswersError);
    expect((thrown as InvalidAnswersError).name).toBe('InvalidAnswersError');
    expect((thrown as InvalidAnswersError).message).toMatch(new RegExp(`\\b${field}(\\.\\d+)?: `));
    expect((thrown as InvalidAnswersError).issues.length).toBeGreaterThan(0);
  });

  it('answersSchema rejects an extra field', () => {
    const result = answersSchema.safeParse({ ...valid, fullName: 'Jane' });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.some((issue) => issue.code === 'unrecognized_keys' && issue.keys.includes('fullName')),
    ).toBe(true);
  });

  it('planReferrals throws InvalidAnswersError for an extra field, never a partial plan', () => {
    expect(() => planReferrals({ ...valid, fullName: 'Jane' } as Answers)).toThrow(InvalidAnswersError);
  });

  // Known bug, reported: InvalidAnswersError builds its message from `path` and `message` only. An extra key has
  // the empty path and zod/mini's message is just "Invalid input", so the message reads
  // "These answers are not valid: answers: Invalid input" and never names the field. When this is fixed,
  // this test starts failing: turn `it.fails` into `it`.
  it('the InvalidAnswersError message for an extra field names that field', () => {
    expect(() => planReferrals({ ...valid, fullName: 'Jane' } as Answers)).toThrow(/fullName/);
  });

  it.each([null, undefined, 42, 'self', [], {}])('planReferrals throws InvalidAnswersError for %j', (input) => {
    expect(() => planReferrals(input as unknown as Answers)).toThrow(InvalidAnswersError);
  });
});
