import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary, makeAnswers } from './answers.arbitrary';
import { answerValues, type Answers, type InCare, type Need } from './answers.schema';
import { asksAboutCare } from './flow';
import { nationalServices, planReferrals, type Referral } from './plan';
import { getRegion, isRegionId } from './regions';
import { contactsFor, getService } from './services';
import type { ServiceId } from './services/service.schema';

/**
 * Every region-bound referral names the right region: the CARE Units only for their own area, the children's aid
 * society only outside them, the housing service manager of the person's own area, and no contact tied to another
 * area (local police, coalitions, CARE Units) shown through `contactsFor`. Checked at 1,000 fast-check runs and
 * over every combination of role, danger, age, care, region, identity and no need or one need.
 *
 * (invariants.test.ts already checks that each service appears only when one of its rules holds, and that
 * "prefer not to say" keeps every urgent and high referral: they are not repeated here.)
 */

const careUnitArea = { 'care-unit-toronto': 'toronto', 'care-unit-durham': 'durham' } as const satisfies Partial<
  Record<ServiceId, string>
>;
const under18 = (a: Answers) => a.age === 'under-16' || a.age === '16-17';
const childOrAgeUnknown = (a: Answers) => under18(a) || a.age === 'unknown';

/** The problems with the region-bound referrals of one plan (empty when every one names the right region). */
function regionProblems(answers: Answers, plan: Referral[]): string[] {
  const problems: string[] = [];
  const ids = new Set(plan.map((r) => r.serviceId));
  const { region } = answers;

  // Every contact a referral shows that is tied to an area is tied to this person's area, unless the area was not
  // given; then every contact shows, each labelled with its area, so nothing that could apply is lost.
  for (const referral of plan) {
    const service = getService(referral.serviceId);
    const shown = contactsFor(service, region);
    for (const contact of shown) {
      if ('region' in contact && contact.region !== undefined && contact.region !== region && region !== 'unknown') {
        problems.push(`${referral.serviceId} shows a contact for ${contact.region} to someone in ${region}`);
      }
    }
    for (const contact of service.contacts) {
      const tied = 'region' in contact ? contact.region : undefined;
      const applies = tied === undefined || tied === region || region === 'unknown';
      if (applies && !shown.includes(contact))
        problems.push(`${referral.serviceId} hides a contact for ${tied ?? 'everyone'} from someone in ${region}`);
    }
  }

  // CARE Units serve only their own area; when the area was not given both stay, as "if you live there".
  for (const [serviceId, area] of Object.entries(careUnitArea) as [keyof typeof careUnitArea, string][]) {
    if (ids.has(serviceId) && region !== area && region !== 'unknown')
      problems.push(`${serviceId} for someone in ${region}`);
    if (
      ids.has(serviceId) &&
      region === area &&
      contactsFor(getService(serviceId), region).every((c) => !('region' in c) || c.region !== area)
    ) {
      problems.push(`${serviceId} shows no contact for ${area}`);
    }
  }

  // A child (or an age not given) in a CARE Unit area gets that area's unit and not the other's; elsewhere the
  // children's aid society; a child under 18 always at high priority.
  if (childOrAgeUnknown(answers) && region !== 'outside-ontario') {
    const expected: ServiceId[] =
      region === 'toronto'
        ? ['care-unit-toronto']
        : region === 'durham'
          ? ['care-unit-durham']
          : region === 'unknown'
            ? ['care-unit-toronto', 'care-unit-durham', 'childrens-aid-society']
            : ['childrens-aid-society'];
    const got = (['care-unit-toronto', 'care-unit-durham', 'childrens-aid-society'] as const).filter((id) =>
      ids.has(id),
    );
    if (JSON.stringify(got) !== JSON.stringify(expected))
      problems.push(`child protection for ${region}: got ${got.join(', ') || 'none'}, expected ${expected.join(', ')}`);
    if (under18(answers) && region !== 'unknown') {
      for (const id of expected) {
        const priority = plan.find((r) => r.serviceId === id)?.priority;
        if (priority !== 'high') problems.push(`${id} at ${priority} for a child under 18 in ${region}`);
      }
    }
  } else if (ids.has('childrens-aid-society')) {
    problems.push(`childrens-aid-society for age ${answers.age}`);
  }

  // The housing service manager is the one of the person's own area (the summary shows getRegion(region)); with
  // no area inside Ontario, the summary names none and says the hotline can tell which one it is.
  if (ids.has('housing-service-manager') && isRegionId(region)) {
    const manager = getRegion(region);
    if (manager.id !== region) problems.push(`housing-service-manager for ${region} names the area ${manager.id}`);
    if (!manager.serviceManager.en.trim() || !manager.serviceManager.fr.trim())
      problems.push(`no service manager named for ${region}`);
  }
  if (answers.needs.includes('housing') && region !== 'outside-ontario' && !ids.has('housing-service-manager'))
    problems.push(`housing needed in ${region} but no housing-service-manager`);
  // Outside Ontario: no Ontario service at all, child protection included (the hotline serves all of Canada).
  if (region === 'outside-ontario')
    for (const id of ids) if (!nationalServices.has(id)) problems.push(`${id} outside Ontario`);

  return problems;
}

describe('every region-bound referral names the right region', () => {
  it('for generated answers (fast-check, 1000 runs)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(regionProblems(answers, planReferrals(answers)), JSON.stringify(answers)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    // 1,000 plans, each checked against the service directory: allow for a busy CI machine.
  }, 120_000);

  it('for generated answers in Toronto, Durham or with the area not given, where the CARE Units apply (fast-check, 1000 runs)', () => {
    const careUnitAreas = answersArbitrary.chain((answers) =>
      fc.constantFrom('toronto', 'durham', 'unknown').map((region) => ({ ...answers, region }) as Answers),
    );
    fc.assert(
      fc.property(careUnitAreas, (answers) => {
        expect(regionProblems(answers, planReferrals(answers)), JSON.stringify(answers)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    // 1,000 plans, each checked against the service directory: allow for a busy CI machine.
  }, 120_000);

  it('for every combination of role, danger, age, care, region, identity and no need or one need (exhaustive)', () => {
    const careAnswers: readonly (InCare | undefined)[] = [undefined, ...answerValues.inCare];
    const needSets: readonly Need[][] = [[], ...answerValues.needs.map((n) => [n])];
    const failures: string[] = [];
    let checked = 0;
    for (const role of answerValues.role)
      for (const danger of answerValues.danger)
        for (const age of answerValues.age)
          for (const inCare of careAnswers.filter((c) => c === undefined || asksAboutCare(age)))
            for (const region of answerValues.region)
              for (const indigenous of answerValues.indigenous)
                for (const needs of needSets) {
                  const answers = makeAnswers({ role, danger, age, inCare, region, indigenous, needs });
                  checked++;
                  const problems = regionProblems(answers, planReferrals(answers));
                  if (problems.length > 0 && failures.length < 20)
                    failures.push(`${JSON.stringify(answers)}: ${problems.join('; ')}`);
                }
    expect(failures).toEqual([]);
    expect(checked).toBe(4 * 3 * (2 + 3 * 4) * 49 * 5 * 15);
  }, 300_000);
});
