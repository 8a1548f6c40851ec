import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersSchema, type Answers } from './answers.schema';
import { holds } from './condition';
import { planReferrals, type Referral } from './plan';
import { referralCases } from './referral-rules.cases';
import { priorities, referralRules } from './referral-rules';
import { serviceIds, type ServiceId } from './services/service.schema';

const referralOf = (plan: Referral[], id: ServiceId) => plan.find((r) => r.serviceId === id);

describe('referral cases (spec section 4, one case or more per rule)', () => {
  it.each(referralCases)('$name', ({ answers, present, absent, order, priority }) => {
    // The case itself must be a valid, self-consistent scenario.
    expect(answersSchema.safeParse(answers).success).toBe(true);
    expect(present.filter((id) => absent.includes(id))).toEqual([]);

    const plan = planReferrals(answers);
    const planIds = plan.map((r) => r.serviceId);

    for (const id of present) expect(planIds, `${id} should be in the plan`).toContain(id);
    for (const id of absent) expect(planIds, `${id} should not be in the plan`).not.toContain(id);
    if (order) expect(planIds).toEqual(order);
    for (const [id, expected] of Object.entries(priority ?? {}) as [ServiceId, string][]) {
      expect(referralOf(plan, id)?.priority, `priority of ${id}`).toBe(expected);
    }
  });

  it('has at least 6 cases that pin the exact full order of the plan', () => {
    expect(referralCases.filter((c) => c.order !== undefined).length).toBeGreaterThanOrEqual(6);
  });

  it('has case names that are unique', () => {
    const names = referralCases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('every rule of the table fires (is among the reasons of its service) in at least one case', () => {
    const fired = new Set<string>();
    for (const { answers } of referralCases) {
      for (const referral of planReferrals(answers)) referral.reasons.forEach((id) => fired.add(id));
    }
    const unfired = referralRules.map((r) => r.id).filter((id) => !fired.has(id));
    expect(unfired).toEqual([]);
  });

  it('every service appears in the plan of at least one case', () => {
    const seen = new Set(referralCases.flatMap(({ answers }) => planReferrals(answers).map((r) => r.serviceId)));
    expect(serviceIds.filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe('the referral table', () => {
  it('has a unique id for every rule', () => {
    const ids = referralRules.map((r) => r.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('has kebab-case rule ids', () => {
    const bad = referralRules.map((r) => r.id).filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
    expect(bad).toEqual([]);
  });

  it('refers only to services in the directory list (serviceIds)', () => {
    const bad = referralRules.filter((r) => !(serviceIds as readonly string[]).includes(r.serviceId)).map((r) => r.id);
    expect(bad).toEqual([]);
  });

  it('refers to every service in serviceIds from at least one rule', () => {
    const referred = new Set<string>(referralRules.map((r) => r.serviceId));
    expect(serviceIds.filter((id) => !referred.has(id))).toEqual([]);
  });

  it('uses only the four priorities and describes every rule', () => {
    for (const rule of referralRules) {
      expect(priorities).toContain(rule.priority);
      expect(rule.description.trim().length, rule.id).toBeGreaterThan(10);
    }
  });

  it('gives emergency-911 only urgent rules, and only when danger is yes or not sure', () => {
    const rules911 = referralRules.filter((r) => r.serviceId === 'emergency-911');
    expect(rules911.length).toBeGreaterThan(0);
    for (const rule of rules911) {
      expect(rule.priority).toBe('urgent');
      for (const danger of ['yes', 'unsure', 'no'] as const) {
        const answers: Answers = {
          role: 'self',
          danger,
          age: '25-plus',
          region: 'toronto',
          indigenous: 'no',
          needs: [],
        };
        expect(holds(rule.when, answers), `${rule.id} with danger ${danger}`).toBe(danger !== 'no');
      }
    }
  });

  it('marks no service but 911 and the hotline as urgent', () => {
    const urgent = new Set(referralRules.filter((r) => r.priority === 'urgent').map((r) => r.serviceId));
    expect([...urgent].sort()).toEqual(['emergency-911', 'human-trafficking-hotline']);
  });
});

const referencePath = path.resolve(
  __dirname,
  '../../shared/reference/ontario-anti-human-trafficking-services-and-supports.txt',
);

describe.runIf(existsSync(referencePath))('each rule quotes the line of the source document it cites', () => {
  const lines = existsSync(referencePath) ? readFileSync(referencePath, 'utf8').split(/\r?\n/) : [];
  /** Ignore a list item's leading "- " and a trailing ":" (the source introduces lists and phone numbers with one). */
  const normalize = (text: string) => text.trim().replace(/^-\s+/, '').replace(/:$/, '').trim();

  it.each(referralRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const { line, quote } = rule.source;
    expect(Number.isInteger(line) && line >= 1 && line <= lines.length, `line ${line} exists`).toBe(true);
    expect(normalize(quote).length).toBeGreaterThan(0);
    expect(normalize(lines[line - 1])).toContain(normalize(quote));
  });
});
