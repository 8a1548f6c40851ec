import { describe, expect, it } from 'vitest';
import {
  ageSchema,
  answersSchema,
  asksAboutCare,
  dangerSchema,
  inCareSchema,
  indigenousSchema,
  isRegionId,
  needIds,
  planReferrals,
  roleSchema,
  serviceIds,
} from '../index';
import { findScenario, scenarios } from './scenarios';

describe('the scenario library', () => {
  it('has at least ten personas, each with a unique id and a name in English and French', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const s of scenarios) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.name.en.length, s.id).toBeGreaterThan(5);
      expect(s.name.fr.length, s.id).toBeGreaterThan(5);
      expect(s.name.fr, s.id).not.toBe(s.name.en);
    }
  });

  it('finds a scenario by id', () => {
    expect(findScenario('toronto-15-in-danger')?.answers.region).toBe('toronto');
    expect(findScenario('no-such-scenario')).toBeUndefined();
  });

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it('parses with the answers schema', () => {
      expect(answersSchema.safeParse(scenario.answers).success).toBe(true);
    });

    it('is a set of answers the wizard can produce (care answered exactly when it is asked)', () => {
      expect(scenario.answers.inCare !== undefined).toBe(asksAboutCare(scenario.answers.age));
    });

    it('plans exactly its expected services', () => {
      const planned = planReferrals(scenario.answers).map((r) => r.serviceId);
      expect(new Set(planned)).toEqual(new Set(scenario.expected));
      expect(planned).toHaveLength(scenario.expected.length);
    });
  });
});

describe('together, the scenarios cover', () => {
  const answers = scenarios.map((s) => s.answers);
  const used = <T>(pick: (a: (typeof answers)[number]) => T | undefined) =>
    new Set(answers.map(pick).filter((v) => v !== undefined));

  it('every role', () => expect(used((a) => a.role)).toEqual(new Set(roleSchema.options)));
  it('every danger answer: yes, no, not sure', () =>
    expect(used((a) => a.danger)).toEqual(new Set(dangerSchema.options)));
  it('every age, including not given', () => expect(used((a) => a.age)).toEqual(new Set(ageSchema.options)));
  it('every care answer', () => expect(used((a) => a.inCare)).toEqual(new Set(inCareSchema.options)));
  it('every age that asks the care question, with each care answer somewhere', () => {
    const askedAges = ageSchema.options.filter(asksAboutCare);
    for (const age of askedAges)
      expect(
        answers.some((a) => a.age === age && a.inCare !== undefined),
        age,
      ).toBe(true);
  });
  it('every identity', () => expect(used((a) => a.indigenous)).toEqual(new Set(indigenousSchema.options)));
  it('every need', () => expect(new Set(answers.flatMap((a) => a.needs))).toEqual(new Set(needIds)));
  it('no needs at all', () => expect(answers.some((a) => a.needs.length === 0)).toBe(true));
  it('Toronto, Durham, another area, outside Ontario and an area not given', () => {
    const regions = used((a) => a.region);
    expect(regions.has('toronto')).toBe(true);
    expect(regions.has('durham')).toBe(true);
    expect(regions.has('outside-ontario')).toBe(true);
    expect(regions.has('unknown')).toBe(true);
    expect([...regions].some((r) => isRegionId(r) && r !== 'toronto' && r !== 'durham')).toBe(true);
  });
  it('every service in the directory, both in `expected` and in the plans', () => {
    expect(new Set(scenarios.flatMap((s) => s.expected))).toEqual(new Set(serviceIds));
    expect(new Set(answers.flatMap((a) => planReferrals(a).map((r) => r.serviceId)))).toEqual(new Set(serviceIds));
  });
});
