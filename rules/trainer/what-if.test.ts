import { describe, expect, it } from 'vitest';
import { InvalidAnswersError, youthServiceIds, type Answers, type ServiceId } from '../index';
import { findScenario } from './scenarios';
import { changedQuestions, compareAnswers, isRaised, withAnswer, type Comparison } from './what-if';

const scenario = (id: string): Answers => {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s.answers;
};
const ids = (changes: Comparison['added']): ServiceId[] => changes.map((c) => c.serviceId);
const rulesOf = (
  comparison: Comparison,
  list: keyof Pick<Comparison, 'added' | 'removed' | 'priorityChanged' | 'reasonsChanged'>,
  id: ServiceId,
) => comparison[list].find((c) => c.serviceId === id)?.rules.map((r) => `${r.change}:${r.ruleId}`);

const metisAdult = scenario('metis-adult-thunder-bay-housing');
const torontoTeen = scenario('toronto-15-in-danger');

describe('what if one answer changes', () => {
  it('in danger instead of not: 911 appears, the hotline becomes urgent', () => {
    const c = compareAnswers(metisAdult, withAnswer(metisAdult, 'danger', 'yes'));
    expect(ids(c.added)).toEqual(['emergency-911']);
    expect(ids(c.removed)).toEqual([]);
    expect(c.priorityChanged.map((p) => [p.serviceId, p.before, p.after])).toEqual([
      ['human-trafficking-hotline', 'high', 'urgent'],
    ]);
    expect(rulesOf(c, 'added', 'emergency-911')).toEqual(['fired:danger-call-911']);
    expect(rulesOf(c, 'priorityChanged', 'human-trafficking-hotline')).toEqual(['fired:hotline-in-danger']);
    expect(isRaised(c.priorityChanged[0])).toBe(true);
  });

  it('under 16 instead of 25 or older, in Thunder Bay: the children’s aid society, youth services, the homes and Speak Out', () => {
    const c = compareAnswers(metisAdult, withAnswer(metisAdult, 'age', 'under-16'));
    expect(new Set(ids(c.added))).toEqual(
      new Set(['childrens-aid-society', 'youth-services', 'specialized-residences', 'speak-out']),
    );
    expect(ids(c.removed)).toEqual([]);
    expect(rulesOf(c, 'added', 'speak-out')).toEqual(['fired:speak-out-indigenous-youth']);
    expect(rulesOf(c, 'added', 'childrens-aid-society')).toEqual(['fired:childrens-aid-under-18']);
  });

  it('Durham instead of Toronto, for a 15-year-old: the Durham CARE Unit replaces the Toronto one', () => {
    const c = compareAnswers(torontoTeen, withAnswer(torontoTeen, 'region', 'durham'));
    expect(ids(c.added)).toEqual(['care-unit-durham']);
    expect(ids(c.removed)).toEqual(['care-unit-toronto']);
    expect(rulesOf(c, 'removed', 'care-unit-toronto')).toEqual(['stopped:care-unit-toronto-under-18']);
  });

  it('Peel instead of Toronto, for a 15-year-old: the local children’s aid society replaces the CARE Unit', () => {
    const c = compareAnswers(torontoTeen, withAnswer(torontoTeen, 'region', 'peel'));
    expect(ids(c.added)).toEqual(['childrens-aid-society']);
    expect(ids(c.removed)).toEqual(['care-unit-toronto']);
  });

  it('not Indigenous instead of Métis, still asking for cultural supports: ONWA goes, Indigenous-led supports stay for another reason', () => {
    const c = compareAnswers(metisAdult, withAnswer(metisAdult, 'indigenous', 'no'));
    expect(ids(c.added)).toEqual([]);
    expect(ids(c.removed)).toEqual(['onwa']);
    expect(ids(c.reasonsChanged)).toEqual(['indigenous-led-services']);
    expect(rulesOf(c, 'reasonsChanged', 'indigenous-led-services')).toEqual(['stopped:indigenous-led-identity']);
  });

  it('no longer needing housing: the service manager and the rent subsidy go', () => {
    const c = compareAnswers(metisAdult, withAnswer(metisAdult, 'needs', ['cultural-supports']));
    expect(ids(c.added)).toEqual([]);
    expect(ids(c.removed)).toEqual(['housing-service-manager', 'rent-subsidy']);
    expect(rulesOf(c, 'removed', 'rent-subsidy')).toEqual(['stopped:housing-rent-subsidy']);
  });

  it('a frontline worker instead of a survivor: the coalition and the foundational training appear', () => {
    const c = compareAnswers(metisAdult, withAnswer(metisAdult, 'role', 'worker'));
    expect(ids(c.added)).toEqual(['regional-coalition', 'foundational-training']);
    expect(ids(c.removed)).toEqual([]);
  });

  it('not in care instead of in care, at 19: the youth-in-transition worker goes', () => {
    const youth = scenario('toronto-19-leaving-care-housing');
    const c = compareAnswers(youth, withAnswer(youth, 'inCare', 'no'));
    expect(ids(c.added)).toEqual([]);
    expect(ids(c.removed)).toEqual(['youth-in-transition']);
  });

  it('25 or older instead of an age not given: every "if under 18" referral goes, and the care answer with it', () => {
    const unknown = scenario('prefers-not-to-say');
    const after = withAnswer(unknown, 'age', '25-plus');
    expect(after.inCare).toBeUndefined();
    const c = compareAnswers(unknown, after);
    expect(ids(c.added)).toEqual([]);
    expect(new Set(ids(c.removed))).toEqual(new Set(youthServiceIds));
  });

  it('not in danger instead of not sure: 911 goes and the hotline drops back to high', () => {
    const worker = scenario('worker-unsure-of-age');
    const c = compareAnswers(worker, withAnswer(worker, 'danger', 'no'));
    expect(ids(c.removed)).toEqual(['emergency-911']);
    expect(c.priorityChanged.map((p) => [p.serviceId, p.before, p.after])).toEqual([
      ['human-trafficking-hotline', 'urgent', 'high'],
    ]);
    expect(rulesOf(c, 'priorityChanged', 'human-trafficking-hotline')).toEqual(['stopped:hotline-in-danger']);
    expect(isRaised(c.priorityChanged[0])).toBe(false);
  });

  it('names each rule with its description and the line of the source page', () => {
    const c = compareAnswers(metisAdult, withAnswer(metisAdult, 'danger', 'yes'));
    const rule = c.added[0].rules[0];
    expect(rule.description).toMatch(/911/);
    expect(rule.source.line).toBe(4);
    expect(rule.source.quote).toMatch(/call 911/);
  });

  it('shows no change for the same answers', () => {
    const c = compareAnswers(metisAdult, { ...metisAdult });
    expect([c.added, c.removed, c.priorityChanged, c.reasonsChanged].flat()).toEqual([]);
    expect(c.unchanged).toEqual(c.after.map((r) => r.serviceId));
  });

  it('refuses answers that are not valid', () => {
    expect(() => compareAnswers(metisAdult, { ...metisAdult, age: 'ancient' } as unknown as Answers)).toThrow(
      InvalidAnswersError,
    );
  });
});

describe('changing one answer', () => {
  it('asks the care question (as "prefer not to say") when the new age asks it', () => {
    expect(withAnswer(metisAdult, 'age', '16-17').inCare).toBe('unknown');
  });
  it('keeps the care answer when the new age still asks it', () => {
    const youth = scenario('toronto-19-leaving-care-housing');
    expect(withAnswer(youth, 'age', '16-17').inCare).toBe('yes');
  });
  it('names the questions that differ', () => {
    expect(changedQuestions(metisAdult, withAnswer(metisAdult, 'age', '16-17'))).toEqual(['age', 'inCare']);
    expect(changedQuestions(metisAdult, metisAdult)).toEqual([]);
  });
});
