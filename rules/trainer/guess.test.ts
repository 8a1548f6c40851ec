import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from '../answers.arbitrary';
import { torontoChildInDanger } from '../answers.examples';
import { planReferrals } from '../plan';
import { serviceIds, type ServiceId } from '../services/service-ids';
import { scoreGuess } from './guess';

const plan = planReferrals(torontoChildInDanger);

describe('scoring a guess', () => {
  const cases: [string, ServiceId[], Partial<ReturnType<typeof scoreGuess>>][] = [
    ['no guess: every service missed', [], { right: [], wrong: [] }],
    [
      '911 and the hotline',
      ['human-trafficking-hotline', 'emergency-911'],
      { right: ['emergency-911', 'human-trafficking-hotline'], wrong: [] },
    ],
    [
      'a service not on the list',
      ['housing-service-manager', 'emergency-911'],
      { right: ['emergency-911'], wrong: ['housing-service-manager'] },
    ],
  ];
  it.each(cases)('%s', (_name, guessed, expected) => {
    expect(scoreGuess(guessed, plan)).toMatchObject(expected);
  });

  it('lists the missed services in the list’s order', () => {
    expect(scoreGuess([], plan).missed).toEqual(plan.map((r) => r.serviceId));
  });

  it('splits every guess and every listed service exactly once, for any answers and any guess', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.subarray([...serviceIds]), (answers, guessed) => {
        const list = planReferrals(answers);
        const { right, wrong, missed } = scoreGuess(guessed, list);
        expect([...right, ...wrong].sort()).toEqual([...guessed].sort());
        expect([...right, ...missed].sort()).toEqual(list.map((r) => r.serviceId).sort());
      }),
      { numRuns: 200 },
    );
  });
});
