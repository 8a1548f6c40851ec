import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from './answers.arbitrary';
import { survivorInDanger, unsureThenPreferNotToSay } from './answers.examples';
import type { Answers } from './answers.schema';
import { planReferrals } from './plan';
import { serviceIds, youthServiceIds } from './services/service-ids';
import { needGroupOf, needGroups, summaryOrder, summarySections, type SectionId } from './summary-sections';

const runs = { numRuns: 1000 } as const;
const order = ['urgent', 'high', 'standard', 'info'];
const layout = (answers: Answers) =>
  summarySections(planReferrals(answers)).map((s) => [s.id, s.referrals.map((r) => r.serviceId)]);

describe('summarySections: what to do now, then the rest grouped by need (spec section 5)', () => {
  it.each<[string, Answers, [SectionId, string[]][]]>([
    [
      'a survivor in danger: 911 and the hotline to do now, then support',
      survivorInDanger,
      [
        ['now', ['emergency-911', 'human-trafficking-hotline']],
        ['support', ['community-aht-services', 'victim-support-line']],
      ],
    ],
    [
      'an adult not in danger who needs housing, court support and a tattoo removed: nothing urgent, so no "now"',
      {
        role: 'self',
        danger: 'no',
        age: '25-plus',
        region: 'ottawa',
        indigenous: 'no',
        needs: ['housing', 'court-support', 'tattoo-removal'],
      },
      [
        ['support', ['human-trafficking-hotline', 'community-aht-services', 'victim-support-line']],
        ['money', ['vqrp-plus']],
        ['housing', ['housing-service-manager', 'rent-subsidy']],
        ['legal', ['victim-witness-assistance']],
      ],
    ],
    [
      'a worker with a First Nations 16-year-old in care in Durham: each need together, high before info inside it; youth, then Indigenous-led, then the needs, as the flow asks',
      {
        role: 'worker',
        danger: 'no',
        age: '16-17',
        inCare: 'yes',
        region: 'durham',
        indigenous: 'first-nations',
        needs: ['housing', 'counselling'],
      },
      [
        ['support', ['human-trafficking-hotline', 'community-aht-services', 'victim-support-line']],
        ['youth', ['care-unit-durham', 'youth-services', 'specialized-residences', 'youth-in-transition']],
        ['indigenous', ['indigenous-led-services', 'onwa', 'speak-out']],
        ['housing', ['housing-service-manager', 'rent-subsidy']],
        ['learning', ['regional-coalition', 'foundational-training']],
      ],
    ],
    [
      '"not sure" and "prefer not to say" to the rest: the youth referrals kept, together; the info one last',
      unsureThenPreferNotToSay,
      [
        ['now', ['emergency-911', 'human-trafficking-hotline']],
        ['support', ['community-aht-services', 'victim-support-line']],
        ['youth', [...youthServiceIds]],
        ['indigenous', ['indigenous-led-services']],
      ],
    ],
  ])('%s', (_name, answers, expected) => {
    expect(layout(answers)).toEqual(expected);
  });

  it('gives every service a need group, and every need group a service', () => {
    expect(Object.keys(needGroupOf).sort()).toEqual([...serviceIds].sort());
    for (const group of needGroups) expect(Object.values(needGroupOf), group).toContain(group);
  });

  it('shows every referral of the plan exactly once', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const plan = planReferrals(answers);
        const shown = summarySections(plan).flatMap((s) => s.referrals);
        expect([...shown].sort((a, b) => a.serviceId.localeCompare(b.serviceId))).toEqual(
          [...plan].sort((a, b) => a.serviceId.localeCompare(b.serviceId)),
        );
        expect(summaryOrder(plan)).toEqual(shown.map((r) => r.serviceId));
      }),
      runs,
    );
  });

  it('puts exactly the urgent referrals in "now", first, and each other referral under its need', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const plan = planReferrals(answers);
        const sections = summarySections(plan);
        const urgent = plan.filter((r) => r.priority === 'urgent');
        const now = sections.find((s) => s.id === 'now');
        expect(now?.referrals ?? []).toEqual(urgent);
        if (now) expect(sections[0]).toBe(now);
        for (const section of sections.filter((s) => s.id !== 'now')) {
          for (const referral of section.referrals) {
            expect(referral.priority).not.toBe('urgent');
            expect(needGroupOf[referral.serviceId]).toBe(section.id);
          }
        }
      }),
      runs,
    );
  }, 60_000);

  it('keeps the plan order inside each section, orders sections by their most urgent referral then by need, and has no empty or repeated section', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const plan = planReferrals(answers);
        const position = (serviceId: string) => plan.findIndex((r) => r.serviceId === serviceId);
        const sections = summarySections(plan);
        expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
        for (const section of sections) {
          expect(section.referrals.length).toBeGreaterThan(0);
          const positions = section.referrals.map((r) => position(r.serviceId));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
        // The key of a section: its most urgent referral's priority, then its need's place in the flow.
        const key = (s: (typeof sections)[number]) =>
          s.id === 'now' ? -1 : order.indexOf(s.referrals[0].priority) * 100 + needGroups.indexOf(s.id);
        for (const section of sections) {
          const best = Math.min(...section.referrals.map((r) => order.indexOf(r.priority)));
          expect(order.indexOf(section.referrals[0].priority)).toBe(best);
        }
        const keys = sections.map(key);
        expect(keys).toEqual([...keys].sort((a, b) => a - b));
      }),
      runs,
    );
  });
});
