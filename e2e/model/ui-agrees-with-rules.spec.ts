import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describeEvent } from './coverage';
import { triageMachine } from '../../machines/triage.machine';
import { selectAnswers } from '../../machines/triage.selectors';
import { flowEvents } from '../../machines/walk';
import { answersArbitrary } from '../../rules/answers.arbitrary';
import { en } from '../../components/content/en';
import {
  asksAboutCare,
  contactsFor,
  getRegion,
  getService,
  isRegionId,
  planReferrals,
  type Answers,
} from '../../rules';
import { expectPageShows, expectedSummary, openWizard, perform, summaryReferrals } from './ui';

/**
 * The UI agrees with the rules: for a seeded sample of generated answer sets, answer every question on the page,
 * step by step (the walk of machines/walk.ts), and check that the summary lists exactly `planReferrals(answers)`: the same services
 * (`data-service-id`), at the same priorities, under the headings and in the order `resultsSections` gives. Set UI_RULES_SEED to replay another sample;
 * the seed and every answer set are printed.
 */

test.describe.configure({ mode: 'parallel' });

const seed = Number(process.env.UI_RULES_SEED ?? 20261128);
const numRuns = Number(process.env.UI_RULES_RUNS ?? 30);

/** Only answer sets the wizard can produce: the care question is answered exactly when the age asks it. */
const reachableAnswers = answersArbitrary.filter(
  (answers) => asksAboutCare(answers.age) === (answers.inCare !== undefined),
);
const sample: Answers[] = fc.sample(reachableAnswers, { numRuns, seed });

// Printed once, by the runner process that collects the tests (workers load this file again, silently).
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`ui-agrees-with-rules: seed ${seed}, ${sample.length} answer sets (UI_RULES_SEED=${seed} to replay)`);
  sample.forEach((answers, i) => console.log(`  #${String(i + 1).padStart(2, '0')} ${JSON.stringify(answers)}`));
}

/**
 * Region-bound referrals name the right area on the page: the housing service manager is the person's own
 * (`data-service-manager`), and each contact tied to an area shows (`data-contact-region`) exactly when `contactsFor`
 * gives it, naming its area ("For <area>") unless it is the person's own.
 */
async function expectRegionBoundContactsRight(page: Page, answers: Answers, label: string): Promise<void> {
  for (const referral of planReferrals(answers)) {
    const card = page.locator(`[data-service-id="${referral.serviceId}"]`);
    // The card's whole text, its closed "More about this service" included (where a web address goes when there is a number).
    const text = ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
    if (referral.serviceId === 'housing-service-manager') {
      const manager = card.locator('[data-service-manager]');
      if (isRegionId(answers.region)) {
        await expect(manager, `${label}: the housing service manager's area`).toHaveAttribute(
          'data-service-manager',
          answers.region,
        );
        expect(text).toContain(en.summary.housingManager(getRegion(answers.region).serviceManager.en));
      } else {
        await expect(manager, `${label}: no service manager named without an area in Ontario`).toHaveCount(0);
      }
    }
    const service = getService(referral.serviceId);
    const shown = contactsFor(service, answers.region);
    for (const contact of service.contacts) {
      if (!('region' in contact) || contact.region === undefined) continue;
      const expectShown = shown.some((c) => 'region' in c && c.region === contact.region);
      await expect(
        card.locator(`[data-contact-region="${contact.region}"]`).first(),
        `${label}: ${referral.serviceId} lists ${contact.region}'s contact exactly when contactsFor gives it`,
      ).toHaveCount(expectShown ? 1 : 0);
      // Its area is said ("For <area>") when it is not the person's own (an unknown area lists every area's).
      const marker = en.summary.regionalContactFor(getRegion(contact.region).name.en);
      expect(
        text.includes(marker),
        `${label}: ${referral.serviceId} says "${marker}" exactly when it lists another area's contact`,
      ).toBe(expectShown && contact.region !== answers.region);
    }
  }
}

sample.forEach((answers, i) => {
  const label = `#${String(i + 1).padStart(2, '0')} (seed ${seed})`;
  test(`${label}: the summary lists planReferrals(answers), in its sections: ${JSON.stringify(answers)}`, async ({
    page,
  }) => {
    // Ten or so page actions, each given its own time, so a loaded machine does not time out.
    test.setTimeout(30_000 + flowEvents(answers).length * 8_000);
    test
      .info()
      .annotations.push(
        { type: 'answers', description: JSON.stringify(answers) },
        { type: 'seed', description: String(seed) },
      );
    const actor = createActor(triageMachine);
    actor.start();
    await openWizard(page);
    for (const event of flowEvents(answers)) {
      const before = actor.getSnapshot();
      await perform(page, event, before);
      actor.send(event);
      await expectPageShows(page, actor.getSnapshot(), `${label} after ${describeEvent(event)}`);
    }
    expect(actor.getSnapshot().value).toBe('summary');
    expect(selectAnswers(actor.getSnapshot()), `${label}: the answers the events give`).toEqual(answers);
    expect(
      await summaryReferrals(page),
      `${label}: data-service-id and data-priority, in the summary's sections and order`,
    ).toEqual(expectedSummary(answers, planReferrals(answers)));
    await expectRegionBoundContactsRight(page, answers, label);
    actor.stop();
  });
});
