import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from '../answers.arbitrary';
import type { Answers } from '../answers.schema';
import type { Condition } from '../condition';
import { planReferrals } from '../plan';
import { questionOrder, questions } from '../questions';
import { referralRules, type ReferralRule } from '../referral-rules';
import { regionIds } from '../region-ids';
import { scenarios } from './scenarios';
import { serviceIds } from '../services/service-ids';
import {
  answerAddsRule,
  clickAnswer,
  isChosen,
  litServices,
  referralMap,
  requirementOf,
  substitute,
  type MapAnswer,
  type ReferralMap,
} from './referral-map';

const map = referralMap();
const adult: Answers = { role: 'self', danger: 'no', age: '25-plus', region: 'peel', indigenous: 'no', needs: [] };
const planServices = (answers: Answers) => planReferrals(answers).map((r) => r.serviceId);
const sorted = <T>(items: readonly T[]) => [...items].sort();

/** The map's entry for an answer, found by one of its values. */
const entry = (m: ReferralMap, question: string, value: string): MapAnswer => {
  const found = m.questions.find((q) => q.question === question)?.answers.find((a) => a.values.includes(value));
  if (!found) throw new Error(`no entry ${question}:${value}`);
  return found;
};
const servicesOf = (question: string, value: string) => entry(map, question, value).services.map((s) => s.serviceId);

describe('the referral map', () => {
  it('has every question in the order the wizard asks, and every answer the wizard offers, once', () => {
    expect(map.questions.map((q) => q.question)).toEqual(questionOrder);
    for (const q of map.questions)
      expect(q.answers.flatMap((a) => a.values)).toEqual([...questions[q.question].options]);
  });

  it('shows each answer on its own, but groups the areas no rule tells apart', () => {
    for (const q of map.questions.filter((q) => q.question !== 'region'))
      expect(q.answers.every((a) => a.values.length === 1)).toBe(true);
    const region = map.questions.find((q) => q.question === 'region')!;
    expect(region.answers.map((a) => (a.values.length === 1 ? a.values[0] : `${a.values.length} areas`))).toEqual([
      'toronto',
      'durham',
      `${regionIds.length - 2} areas`,
      'outside-ontario',
      'unknown',
    ]);
  });

  // Read off the table by hand from rules/referral-rules.ts: the services each answer can add.
  const cases: [string, string, string[]][] = [
    ['role', 'self', []],
    ['role', 'worker', ['regional-coalition', 'foundational-training']],
    ['danger', 'yes', ['emergency-911', 'human-trafficking-hotline']],
    ['danger', 'no', []],
    [
      'age',
      'under-16',
      [
        'care-unit-toronto',
        'care-unit-durham',
        'childrens-aid-society',
        'youth-services',
        'specialized-residences',
        'speak-out',
      ],
    ],
    ['age', '25-plus', []],
    ['inCare', 'yes', ['youth-in-transition']],
    ['inCare', 'no', []],
    ['region', 'toronto', ['care-unit-toronto']],
    ['region', 'peel', ['childrens-aid-society']],
    ['region', 'unknown', ['childrens-aid-society', 'care-unit-toronto', 'care-unit-durham']],
    ['indigenous', 'metis', ['indigenous-led-services', 'onwa', 'speak-out']],
    ['indigenous', 'unknown', ['indigenous-led-services']],
    ['needs', 'housing', ['housing-service-manager', 'rent-subsidy']],
    ['needs', 'emergency-shelter', ['human-trafficking-hotline']],
    ['needs', 'learn-more', ['human-trafficking-hotline', 'speak-out', 'prevention-education']],
  ];
  it.each(cases)('%s “%s” adds %j', (question, value, expected) => {
    expect(sorted(servicesOf(question, value))).toEqual(sorted(expected));
  });

  it('puts the rules no answer makes a difference to under everyone', () => {
    expect(map.everyone.map((s) => s.serviceId)).toEqual([
      'human-trafficking-hotline',
      'community-aht-services',
      'victim-support-line',
    ]);
    expect(map.everyone.every((s) => s.lines.every((l) => l.requires === null))).toBe(true);
  });

  it('says what else a rule needs once the answer is given', () => {
    const careUnit = entry(map, 'age', 'under-16').services.find((s) => s.serviceId === 'care-unit-toronto')!;
    expect(careUnit.lines).toEqual([
      {
        priority: 'high',
        requires: { kind: 'answer', question: 'region', values: ['toronto'] },
        ruleIds: ['care-unit-toronto-under-18'],
      },
      {
        priority: 'standard',
        requires: { kind: 'answer', question: 'region', values: ['unknown'] },
        ruleIds: ['care-unit-toronto-region-unknown'],
      },
    ]);
    // Two rules at one priority, each needing an area: one line with both areas.
    const unknownAge = entry(map, 'age', 'unknown').services.find((s) => s.serviceId === 'care-unit-toronto')!;
    expect(unknownAge.lines).toEqual([
      {
        priority: 'standard',
        requires: { kind: 'answer', question: 'region', values: ['toronto', 'unknown'] },
        ruleIds: ['care-unit-toronto-age-unknown', 'care-unit-toronto-region-unknown'],
      },
    ]);
    // "Not Toronto or Durham" reads as "other than", not as 47 answers.
    const childrensAid = entry(map, 'age', '16-17').services.find((s) => s.serviceId === 'childrens-aid-society')!;
    expect(childrensAid.lines[0].requires).toEqual({
      kind: 'answer-not',
      question: 'region',
      values: ['toronto', 'durham'],
    });
    expect(entry(map, 'needs', 'housing').services.every((s) => s.lines.every((l) => l.requires === null))).toBe(true);
  });

  it('places every rule of the table somewhere, each service under the answers that can add it', () => {
    const placed = new Set(
      [...map.everyone, ...map.questions.flatMap((q) => q.answers.flatMap((a) => a.services))].flatMap((s) =>
        s.lines.flatMap((l) => l.ruleIds),
      ),
    );
    expect(sorted([...placed])).toEqual(sorted(referralRules.map((r) => r.id)));
    for (const q of map.questions)
      for (const a of q.answers) for (const s of a.services) expect(serviceIds).toContain(s.serviceId);
  });
});

describe('lighting the map', () => {
  it('lights exactly the services of the plan, for every scenario', () => {
    for (const s of scenarios)
      expect(litServices(map, s.answers), s.id).toEqual(
        serviceIds.filter((id) => planServices(s.answers).includes(id)),
      );
  });

  it('lights exactly the services of the plan, for any answers the wizard can give', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(sorted(litServices(map, answers))).toEqual(sorted(planServices(answers)));
      }),
      { numRuns: 300 },
    );
  });

  it('marks the answers given as chosen, and every ticked need', () => {
    const answers: Answers = { ...adult, region: 'kenora', needs: ['housing', 'training'] };
    expect(isChosen(entry(map, 'region', 'kenora'), answers)).toBe(true);
    expect(isChosen(entry(map, 'region', 'toronto'), answers)).toBe(false);
    expect(
      map.questions
        .find((q) => q.question === 'needs')!
        .answers.filter((a) => isChosen(a, answers))
        .map((a) => a.values[0]),
    ).toEqual(['housing', 'training']);
  });
});

describe('clicking an answer', () => {
  it('gives that answer, and the lit services follow the plan', () => {
    const after = clickAnswer(adult, entry(map, 'age', 'under-16'));
    expect(after).toEqual({ ...adult, age: 'under-16' });
    expect(sorted(litServices(map, after))).toEqual(sorted(planServices(after)));
    expect(litServices(map, after)).toContain('childrens-aid-society');
  });

  it('asks the care question as the wizard would: "prefer not to say" until answered, and drops it for an age that does not ask it', () => {
    const young = clickAnswer(adult, entry(map, 'age', '16-17'));
    expect(young.inCare).toBe('unknown');
    expect(clickAnswer(young, entry(map, 'inCare', 'yes')).inCare).toBe('yes');
    expect(clickAnswer(young, entry(map, 'age', '25-plus'))).not.toHaveProperty('inCare');
    // Not asked for this age: a click changes nothing.
    expect(clickAnswer(adult, entry(map, 'inCare', 'yes'))).toBe(adult);
  });

  it('ticks and unticks a need, keeping the needs in the order the wizard lists them', () => {
    const one = clickAnswer(adult, entry(map, 'needs', 'training'));
    const two = clickAnswer(one, entry(map, 'needs', 'housing'));
    expect(two.needs).toEqual(['housing', 'training']);
    expect(clickAnswer(two, entry(map, 'needs', 'training')).needs).toEqual(['housing']);
  });

  it('keeps the area given when the grouped entry it belongs to is clicked, and gives the first area of the group otherwise', () => {
    const others = entry(map, 'region', 'peel');
    expect(clickAnswer({ ...adult, region: 'kenora' }, others).region).toBe('kenora');
    expect(clickAnswer({ ...adult, region: 'toronto' }, others).region).toBe(others.values[0]);
  });
});

describe('reading a rule', () => {
  const young = { fact: 'age', in: ['under-16', '16-17'] } as const satisfies Condition;
  const rule = (when: Condition): Pick<ReferralRule, 'when'> => ({ when });

  it('simplifies a condition once one answer is given', () => {
    expect(substitute({ all: [young, { fact: 'region', in: ['toronto'] }] }, 'age', 'under-16')).toEqual({
      fact: 'region',
      in: ['toronto'],
    });
    expect(substitute({ all: [young, { fact: 'region', in: ['toronto'] }] }, 'age', '25-plus')).toBe(false);
    expect(substitute({ any: [young, { fact: 'needs', includesAny: ['housing'] }] }, 'needs', 'housing')).toBe(true);
    expect(substitute({ not: { fact: 'region', in: ['toronto'] } }, 'region', 'peel')).toBe(true);
  });

  it('adds a rule under an answer only when the answer can make the difference', () => {
    const either = rule({ any: [young, { fact: 'region', in: ['toronto'] }] });
    expect(answerAddsRule(either, 'region', 'toronto')).toBe(true);
    // With "either", Peel never makes the difference: the age does.
    expect(answerAddsRule(either, 'region', 'peel')).toBe(false);
    expect(answerAddsRule(rule({ not: { fact: 'region', in: ['toronto', 'durham'] } }), 'region', 'peel')).toBe(true);
    expect(answerAddsRule(rule({ always: true }), 'age', 'under-16')).toBe(false);
    expect(answerAddsRule(rule({ fact: 'needs', includesAny: ['housing', 'training'] }), 'needs', 'training')).toBe(
      true,
    );
    expect(answerAddsRule(rule({ fact: 'needs', includesAny: ['housing'] }), 'needs', 'training')).toBe(false);
  });

  it('writes "not" of a few answers as "other than", and of many as the rest', () => {
    expect(requirementOf({ not: { fact: 'region', in: ['toronto', 'durham'] } })).toEqual({
      kind: 'answer-not',
      question: 'region',
      values: ['toronto', 'durham'],
    });
    expect(requirementOf({ not: { fact: 'danger', in: ['yes', 'unsure'] } })).toEqual({
      kind: 'answer',
      question: 'danger',
      values: ['no'],
    });
    expect(requirementOf({ not: { fact: 'needs', includesAny: ['housing'] } })).toEqual({
      kind: 'needs-none',
      needs: ['housing'],
    });
    expect(requirementOf({ always: true })).toBeNull();
  });

  it('follows the table it is given, not a list of its own', () => {
    const table = [
      {
        id: 'a',
        description: '',
        when: { fact: 'danger', in: ['yes'] },
        serviceId: 'emergency-911',
        priority: 'urgent',
        source: { line: 1, quote: '' },
      },
      {
        id: 'b',
        description: '',
        when: { always: true },
        serviceId: 'victim-support-line',
        priority: 'standard',
        source: { line: 1, quote: '' },
      },
    ] as const satisfies readonly ReferralRule[];
    const small = referralMap(table as unknown as ReferralRule[]);
    expect(small.everyone.map((s) => s.serviceId)).toEqual(['victim-support-line']);
    expect(entry(small, 'danger', 'yes').services.map((s) => s.serviceId)).toEqual(['emergency-911']);
    expect(entry(small, 'danger', 'unsure').services).toEqual([]);
    // No rule tells the areas apart: they are one entry.
    expect(small.questions.find((q) => q.question === 'region')!.answers.map((a) => a.values.length)).toEqual([
      regionIds.length,
      1,
      1,
    ]);
  });
});
