import { describe, expect, it } from 'vitest';
import { plainAdult } from './answers.examples';
import { needIds, regionAnswerSchema, type Answers, type Need } from './answers.schema';
import { localHelpFor } from './local-help';
import { planReferrals } from './plan';
import { localListed, needGroupOfNeed, resultsFor, serviceFirstNeeds } from './results';
import { getNamedService } from './services/local';
import { contactsFor, getService } from './services';

function results(answers: Answers) {
  return resultsFor(answers, planReferrals(answers), localHelpFor(answers));
}

/** Everything the results list: the plan's services and the named entries, by id. */
function listed(answers: Answers): string[] {
  const r = results(answers);
  return [
    ...r.sections.flatMap((s) => [...s.referrals.map((x) => x.serviceId), ...s.named, ...s.moreNamed]),
    ...r.nextSteps.map((s) => `${s.id}@${'need' in s ? s.need : ''}`),
  ];
}

/** A way to reach it that works today: a phone, text, chat or web address. */
function reachable(id: string, region: Answers['region']): boolean {
  const contacts = id in namedById ? getNamedService(id).contacts : contactsFor(getService(id as never), region);
  return contacts.some(
    (c) =>
      c.kind === 'phone' ||
      c.kind === 'web' ||
      c.kind === 'chat' ||
      c.kind === 'text' ||
      (c.kind === 'tty' && c.number !== undefined),
  );
}
const namedById: Record<string, true> = {};
for (const need of needIds)
  for (const region of regionAnswerSchema.options)
    for (const { ids } of localHelpFor({ ...plainAdult, region, needs: [need] }).byNeed)
      for (const id of ids) namedById[id] = true;

describe('results: every need leads somewhere specific', () => {
  it('for every area, every need and both a survivor and a worker, the need changes what is listed, and everything listed can be reached by phone or the web', () => {
    const unchanged: string[] = [];
    const unreachable = new Set<string>();
    // Every area, and an area not given; outside Ontario only the national services are listed (see below).
    for (const region of regionAnswerSchema.options.filter((r) => r !== 'outside-ontario')) {
      for (const role of ['self', 'worker'] as const) {
        const base: Answers = { ...plainAdult, role, region };
        const without = listed(base).join(' ');
        for (const need of needIds) {
          const answers = { ...base, needs: [need] };
          if (listed(answers).join(' ') === without) unchanged.push(`${region}/${role}/${need}`);
          const r = results(answers);
          for (const section of r.sections) {
            for (const referral of section.referrals)
              if (!reachable(referral.serviceId, region)) unreachable.add(referral.serviceId);
            for (const id of [...section.named, ...section.moreNamed]) if (!reachable(id, region)) unreachable.add(id);
          }
        }
      }
    }
    expect(unchanged).toEqual([]);
    // One exception, for workers and trainers only and for information: outside Ottawa and Durham the regional
    // coalitions are found through the province's coordination office, which publishes only an email address.
    expect([...unreachable]).toEqual(['regional-coalition']);
  });

  it('gives each need picked a next step, after what to do now and before the hotline for everyone', () => {
    const answers: Answers = {
      ...plainAdult,
      danger: 'yes',
      needs: ['emergency-shelter', 'counselling', 'restraining-order'],
    };
    const steps = results(answers).nextSteps;
    expect(steps.slice(0, 2).map((s) => s.id)).toEqual(['emergency-911', 'human-trafficking-hotline']);
    expect(steps.filter((s) => 'need' in s).map((s) => ('need' in s ? s.need : ''))).toEqual([
      'emergency-shelter',
      'counselling',
      'restraining-order',
    ]);
    // In danger, the hotline is already what to do now: it is not listed again for everyone.
    expect(steps.filter((s) => s.id === 'human-trafficking-hotline' && 'forEveryone' in s)).toEqual([]);
    expect(results({ ...plainAdult, needs: [] }).nextSteps).toEqual([
      { kind: 'service', id: 'human-trafficking-hotline', forEveryone: true },
    ]);
  });
});

describe('results: the order follows the person', () => {
  it.each<[string, Answers, string[]]>([
    [
      'housing before support for someone who asked for housing',
      { ...plainAdult, needs: ['housing'] },
      ['housing', 'support'],
    ],
    [
      'what to do now first, then the needs picked, then the rest',
      { ...plainAdult, danger: 'yes', age: '16-17', inCare: 'no', region: 'durham', needs: ['restraining-order'] },
      ['now', 'legal', 'youth', 'support'],
    ],
    [
      'a safe place tonight opens the housing group even without the housing need',
      { ...plainAdult, region: 'kenora', needs: ['emergency-shelter'] },
      ['housing', 'support'],
    ],
    [
      'no need: most urgent first, in the flow’s order (the hotline’s group, then the CARE Unit’s)',
      { ...plainAdult, age: '16-17', inCare: 'no', region: 'durham' },
      ['support', 'youth'],
    ],
  ])('%s', (_name, answers, firstSections) => {
    expect(
      results(answers)
        .sections.map((s) => s.id)
        .slice(0, firstSections.length),
    ).toEqual(firstSections);
  });

  it('lists every referral of the plan once, and each named entry once, in the group of a need it meets', () => {
    for (const need of needIds) {
      const answers: Answers = { ...plainAdult, region: 'ottawa', needs: [...new Set<Need>([need, 'counselling'])] };
      const r = results(answers);
      const plan = planReferrals(answers);
      expect(r.sections.flatMap((s) => s.referrals.map((x) => x.serviceId)).sort()).toEqual(
        plan.map((x) => x.serviceId).sort(),
      );
      const inCards = [...localListed(plan, localHelpFor(answers))];
      const named = [...inCards, ...r.sections.flatMap((s) => [...s.named, ...s.moreNamed])];
      expect(new Set(named).size, 'each named entry once, in a card’s list or in a group').toBe(named.length);
      for (const section of r.sections) {
        for (const id of [...section.named, ...section.moreNamed])
          expect(
            getNamedService(id).needs.some((n) => answers.needs.includes(n) && needGroupOfNeed[n] === section.id),
            `${id} in ${section.id}`,
          ).toBe(true);
      }
    }
  });
});

describe('results: the next step for a need is the contact that does exactly that', () => {
  it.each<[string, Answers, Need, string]>([
    [
      'housing: the area’s housing office, not a shelter',
      { ...plainAdult, age: '18-24', needs: ['housing'] },
      'housing',
      'housing-service-manager',
    ],
    [
      'a restraining order: the free lawyers, through the hotline',
      { ...plainAdult, needs: ['restraining-order'] },
      'restraining-order',
      'restraining-order-legal-help',
    ],
    [
      'court: the Victim/Witness Assistance Program',
      { ...plainAdult, needs: ['court-support'] },
      'court-support',
      'victim-witness-assistance',
    ],
    ['ID: VQRP+', { ...plainAdult, needs: ['id-replacement'] }, 'id-replacement', 'vqrp-plus'],
  ])('%s', (_name, answers, need, id) => {
    const step = results(answers).nextSteps.find((s) => 'need' in s && s.need === need);
    expect(step?.id).toBe(id);
  });

  it('for a bed tonight or counselling, a named organization of the area comes first when there is one', () => {
    for (const need of ['emergency-shelter', 'counselling'] as const) {
      expect(serviceFirstNeeds.has(need)).toBe(false);
      const step = results({ ...plainAdult, region: 'halton', needs: [need] }).nextSteps.find((s) => 'need' in s);
      expect(step?.kind, need).toBe('named');
    }
  });

  it('every next step links to something on the page: a card of the plan, a named card, or an entry of a card’s list', () => {
    for (const region of regionAnswerSchema.options) {
      for (const need of needIds) {
        const answers: Answers = { ...plainAdult, region, needs: [need] };
        const plan = planReferrals(answers);
        const r = results(answers);
        const onPage = new Set([
          ...plan.map((x) => x.serviceId as string),
          ...r.sections.flatMap((s) => s.named),
          ...localListed(plan, localHelpFor(answers)),
        ]);
        for (const step of r.nextSteps) expect(onPage.has(step.id), `${region}/${need}: ${step.id}`).toBe(true);
      }
    }
  });
});
