import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersArbitrary } from '../answers.arbitrary';
import {
  ageSchema,
  asksAboutCare,
  holds,
  nationalServices,
  dangerSchema,
  inCareSchema,
  indigenousSchema,
  needIds,
  planReferrals,
  referralRules,
  regionAnswerSchema,
  roleSchema,
  serviceIds,
  type Answers,
  type ReferralRule,
} from '../index';
import { answerClasses, answerSpaceSize, enumerateOutcomes, outcomeKey, type OutcomeCatalogue } from './outcomes';
import { scenarios } from './scenarios';

/** Every answer combination the machine can produce, with no needs: 3 × 3 × 11 × 49 × 5 = 24,255 of them. */
function allScalarAnswers(): Answers[] {
  const out: Answers[] = [];
  for (const role of roleSchema.options)
    for (const danger of dangerSchema.options)
      for (const age of ageSchema.options)
        for (const inCare of asksAboutCare(age) ? inCareSchema.options : [undefined])
          for (const region of regionAnswerSchema.options)
            for (const indigenous of indigenousSchema.options)
              out.push({ role, danger, age, ...(inCare ? { inCare } : {}), region, indigenous, needs: [] });
  return out;
}

/** Every set of needs: 2^14 of them. */
const allNeedSets = () =>
  Array.from({ length: 2 ** needIds.length }, (_, mask) => needIds.filter((_, i) => mask & (1 << i)));

/** Brute force: group answers by the plan a rule table gives, counting each. */
function bruteForce(answers: Answers[], rules: readonly ReferralRule[], weight: number): Map<string, number> {
  const plan = (a: Answers) => {
    const best = new Map<string, number>();
    for (const rule of rules) {
      if (!planHolds(rule, a)) continue;
      const rank = ['urgent', 'high', 'standard', 'info'].indexOf(rule.priority);
      best.set(rule.serviceId, Math.min(best.get(rule.serviceId) ?? 9, rank));
    }
    return best;
  };
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = [...plan(a)].sort().join(' ');
    counts.set(key, (counts.get(key) ?? 0) + weight);
  }
  return counts;
}
// The test `planReferrals` makes for each rule: it holds, and outside Ontario its service is a national one.
const planHolds = (rule: ReferralRule, a: Answers) =>
  holds(rule.when, a) && (a.region !== 'outside-ontario' || nationalServices.has(rule.serviceId));

/** The catalogue's outcomes grouped the same way as `bruteForce`, for comparison. */
function catalogueCounts(catalogue: OutcomeCatalogue): Map<string, number> {
  const ranks = ['urgent', 'high', 'standard', 'info'];
  return new Map(
    catalogue.outcomes.map((o) => [
      o.referrals
        .map((r) => [r.serviceId, ranks.indexOf(r.priority)] as const)
        .map(([s, r]) => `${s},${r}`)
        .sort()
        .join(' '),
      o.count,
    ]),
  );
}

describe('every outcome', () => {
  let catalogue: OutcomeCatalogue;
  let keys: string[];
  beforeAll(() => {
    catalogue = enumerateOutcomes();
    keys = catalogue.outcomes.map((o) => o.key);
  }, 60_000);

  it('counts every answer combination the machine can produce: 4 × 3 × 11 × 49 × 5 × 2^14', () => {
    expect(answerSpaceSize()).toBe(4 * 3 * 11 * 49 * 5 * 16384);
    expect(catalogue.total).toBe(529_858_560);
    expect(catalogue.outcomes.reduce((sum, o) => sum + o.count, 0)).toBe(catalogue.total);
  });

  it('counts far fewer class combinations than there are answer combinations', () => {
    expect(catalogue.planned).toBeLessThan(catalogue.total / 100);
  });

  it('groups plans: every outcome is a different plan, listed most common first', () => {
    expect(new Set(keys).size).toBe(keys.length);
    const outOfOrder = catalogue.outcomes.filter((o, i) => i > 0 && catalogue.outcomes[i - 1].count < o.count);
    expect(outOfOrder).toEqual([]);
  });

  it(
    'gives each outcome an example that reproduces its plan (services and priorities, in order)',
    { timeout: 120_000 },
    () => {
      const wrong = catalogue.outcomes.filter((o, i) => outcomeKey(planReferrals(o.example)) !== keys[i]);
      expect(wrong.map((o) => o.key)).toEqual([]);
    },
  );

  it('gives examples the machine can produce: care answered exactly when asked', { timeout: 60_000 }, () => {
    const unreachable = catalogue.outcomes.filter(
      (o) => (o.example.inCare !== undefined) !== asksAboutCare(o.example.age),
    );
    expect(unreachable).toEqual([]);
  });

  it(
    'finds every plan a random set of answers gives, with an example that has no more needs',
    { timeout: 60_000 },
    () => {
      const byKey = new Map(catalogue.outcomes.map((o, i) => [keys[i], o]));
      fc.assert(
        fc.property(answersArbitrary, (answers) => {
          fc.pre(answers.inCare !== undefined || !asksAboutCare(answers.age));
          const outcome = byKey.get(outcomeKey(planReferrals(answers)));
          expect(outcome).toBeDefined();
          expect(outcome!.example.needs.length).toBeLessThanOrEqual(answers.needs.length);
        }),
        { numRuns: 3000 },
      );
    },
  );

  it('includes each scenario’s plan', () => {
    const known = new Set(keys);
    for (const s of scenarios) expect(known.has(outcomeKey(planReferrals(s.answers))), s.id).toBe(true);
  });

  it('totals each service by priority, adding up to the combinations that refer to it', () => {
    const hotline = catalogue.services.find((s) => s.serviceId === 'human-trafficking-hotline')!;
    // Everyone gets the hotline: urgent when in danger or not sure (2 danger answers of 3), high otherwise.
    expect(
      hotline.byPriority.urgent + hotline.byPriority.high + hotline.byPriority.standard + hotline.byPriority.info,
    ).toBe(catalogue.total);
    expect(hotline.byPriority.urgent).toBe((catalogue.total / 3) * 2);
    const housing = catalogue.services.find((s) => s.serviceId === 'housing-service-manager')!;
    // Half of all need sets include housing; outside Ontario (1 of the 49 area answers) gets no Ontario service.
    expect(housing.byPriority.high).toBe((catalogue.total / 2 / 49) * 48);
  });

  it('tells the priority of each service without listing its referrals', () => {
    for (const o of [...catalogue.outcomes.slice(0, 50), ...catalogue.outcomes.slice(-50)]) {
      for (const id of serviceIds) expect(o.priorityOf(id)).toBe(o.referrals.find((r) => r.serviceId === id)?.priority);
    }
  });

  it('simplest example first: the most common plan’s example is a plain adult or close to it', () => {
    const plainest = catalogue.outcomes.find(
      (o) => o.example.needs.length === 0 && o.example.role === 'self' && o.example.danger === 'no',
    );
    expect(plainest).toBeDefined();
  });
});

describe('the answer classes', () => {
  const classes = answerClasses();

  it('split the areas into Toronto, Durham, the other 45, outside Ontario and not given', () => {
    const sizes = Object.fromEntries(classes.region.map((c) => [c.representative.region, c.size]));
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBe(49);
    expect(sizes.toronto).toBe(1);
    expect(sizes.durham).toBe(1);
    expect(sizes['outside-ontario']).toBe(1);
    expect(sizes.unknown).toBe(1);
    expect(Object.values(sizes)).toContain(45);
  });

  it('group needs that every rule reads together, covering each need once', () => {
    expect(classes.needs.flat().sort()).toEqual([...needIds].sort());
    expect(classes.needs).toContainEqual(['safety-planning', 'counselling', 'skills-training']);
    expect(classes.needs).toContainEqual(['addiction', 'tattoo-removal', 'id-replacement']);
  });

  it('keep every age that asks the care question apart from those that do not', () => {
    for (const c of classes.ageCare)
      expect(c.representative.inCare !== undefined).toBe(asksAboutCare(c.representative.age));
    expect(classes.ageCare.reduce((n, c) => n + c.size, 0)).toBe(11);
  });
});

describe('the counts match brute force', () => {
  it(
    'for the rules that read no need, over all 24,255 answers without needs (each standing for 2^14 need sets)',
    { timeout: 120_000 },
    () => {
      const scalarRules = referralRules.filter((r) => !JSON.stringify(r.when).includes('"needs"'));
      const brute = bruteForce(allScalarAnswers(), scalarRules, 2 ** needIds.length);
      expect(catalogueCounts(enumerateOutcomes(scalarRules))).toEqual(brute);
    },
  );

  it(
    'for the rules that read only needs, over all 16,384 need sets (each standing for 24,255 other answers)',
    { timeout: 120_000 },
    () => {
      const needRules = referralRules.filter((r) => {
        const text = JSON.stringify(r.when);
        return text.includes('"needs"') && !/"fact":"(role|danger|age|inCare|region|indigenous)"/.test(text);
      });
      // The other answers matter only through the area: 48 of the 49 area answers are in Ontario (or not given), and
      // outside Ontario only the national services are referred.
      const others = answerSpaceSize() / 2 ** needIds.length;
      const inOntario: Answers = {
        role: 'self',
        danger: 'no',
        age: '25-plus',
        region: 'peel',
        indigenous: 'no',
        needs: [],
      };
      const brute = bruteForce(
        allNeedSets().map((needs) => ({ ...inOntario, needs })),
        needRules,
        (others / 49) * 48,
      );
      const outside = bruteForce(
        allNeedSets().map((needs) => ({ ...inOntario, region: 'outside-ontario', needs })),
        needRules,
        others / 49,
      );
      for (const [key, count] of outside) brute.set(key, (brute.get(key) ?? 0) + count);
      expect(catalogueCounts(enumerateOutcomes(needRules))).toEqual(brute);
    },
  );
});
