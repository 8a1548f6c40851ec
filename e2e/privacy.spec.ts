import { test } from '@playwright/test';
import { answerValues, type Answers, type Locale } from '../rules';
import { survivorInDanger, unsureThenPreferNotToSay, workerDurhamYouth } from '../rules/answers.examples';
import { expectNoTrace } from './support/safety';
import {
  answer,
  completeJourney,
  expectStep,
  messagesFor,
  privacyProbe,
  safetyPath,
  startWizard,
  summaryServiceIds,
  expect,
} from './support/wizard';

/**
 * Issue 3: a survivor may be on a shared or watched phone. Nothing may leave the browser and nothing may be kept
 * (the quick exit is in quick-exit.spec.ts; the screens before the page comes to life in no-javascript.spec.ts).
 */

// Let the page register a service worker if it tries to, so the test can see it (the config blocks them by default).
test.use({ serviceWorkers: 'allow' });

const journeys: { name: string; locale: Locale; answers: Answers }[] = [
  { name: 'a survivor in danger', locale: 'en', answers: survivorInDanger },
  {
    name: 'a worker with a 16-year-old First Nations client in Durham who needs housing',
    locale: 'en',
    answers: workerDurhamYouth,
  },
  { name: 'someone who prefers not to say, in French', locale: 'fr', answers: unsureThenPreferNotToSay },
  {
    name: 'a trainer asking for every kind of help',
    locale: 'en',
    answers: {
      role: 'trainer',
      danger: 'no',
      age: 'under-16',
      region: 'thunder-bay',
      indigenous: 'metis',
      // Every need but a safe place tonight.
      needs: answerValues.needs.filter((need) => need !== 'emergency-shelter'),
    },
  },
];

test.describe('nothing leaves the browser and nothing is kept', () => {
  for (const journey of journeys) {
    test(`over a journey (${journey.name}): no cross-origin request, no request after load, no CSP violation, no storage`, async ({
      page,
    }) => {
      const probe = await privacyProbe(page);
      await startWizard(page, { locale: journey.locale });
      await probe.markLoaded();
      await completeJourney(page, journey.answers);
      expect((await summaryServiceIds(page)).length).toBeGreaterThan(0);
      await expectNoTrace(page, probe, 'after the summary');
      // Back and forth over the steps, Change and restart add nothing either.
      await page.getByRole('button', { name: messagesFor(journey.locale).common.restart, exact: true }).click();
      await expectStep(page, 'role');
      await expectNoTrace(page, probe, 'after a restart');
    });
  }

  test('the emergency shortcut to the list, and the safety page, leave no trace either', async ({ page }) => {
    const probe = await privacyProbe(page);
    await startWizard(page, { role: 'self' });
    await probe.markLoaded();
    await answer(page, 'danger', 'yes');
    await expectStep(page, 'emergency');
    await page.getByRole('button', { name: messagesFor('en').emergency.skip, exact: true }).click();
    await expectStep(page, 'summary');
    await expectNoTrace(page, probe, 'after the emergency shortcut');
  });

  test('the safety page makes no request after load and keeps nothing', async ({ page }) => {
    const probe = await privacyProbe(page);
    await page.goto(safetyPath.en);
    await expect(page.getByRole('heading', { level: 1, name: messagesFor('en').safetyPage.heading })).toBeVisible();
    await probe.markLoaded();
    await expectNoTrace(page, probe, 'on the safety page');
  });
});

test.describe('the plain title', () => {
  test('stays on from the wizard to the safety page, into French and back, and is off unless chosen', async ({
    page,
  }) => {
    const en = messagesFor('en');
    const fr = messagesFor('fr');
    await startWizard(page);
    await expect(page).toHaveTitle(`${en.role.title} – ${en.meta.siteName}`);
    await page.getByRole('checkbox', { name: en.role.plainTitle }).check();
    await expect(page).toHaveTitle(en.meta.plainTitle);

    await page.getByRole('link', { name: en.role.safetyLink }).click();
    await expect(page.getByRole('heading', { level: 1, name: en.safetyPage.heading })).toBeVisible();
    await expect(page).toHaveTitle(en.meta.plainTitle);
    // The address carries the choice, and nothing else: no answer, no step.
    expect(new URL(page.url()).search).toBe('?title=plain');

    await page.getByRole('link', { name: en.language.label }).click();
    await expect(page.getByRole('heading', { level: 1, name: fr.safetyPage.heading })).toBeVisible();
    await expect(page).toHaveTitle(fr.meta.plainTitle);

    await page.getByRole('link', { name: fr.safetyPage.back }).click();
    await expect(page.getByRole('heading', { level: 1, name: fr.role.heading })).toBeVisible();
    await expect(page).toHaveTitle(fr.meta.plainTitle);
    await expect(page.getByRole('checkbox', { name: fr.role.plainTitle })).toBeChecked();

    // Without the choice, the safety page keeps its own title.
    await page.goto(safetyPath.en);
    await expect(page.getByRole('heading', { level: 1, name: en.safetyPage.heading })).toBeVisible();
    await expect(page).toHaveTitle(`${en.safetyPage.title} – ${en.meta.siteName}`);
  });
});
