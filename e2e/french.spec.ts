import { test } from '@playwright/test';
import { en } from '../components/content/en';
import { fr } from '../components/content/fr';
import { getService, planReferrals, resultsOrder, type Answers } from '../rules';
import { adultTattooAndId, preferNotToSay, survivorInDanger, workerDurhamYouth } from '../rules/answers.examples';
import {
  answer,
  backButton,
  collectConsoleErrors,
  completeJourney,
  continueButton,
  expectStep,
  languageSwitch,
  radio,
  setLocale,
  startWizard,
  summaryServiceIds,
  expect,
} from './support/wizard';

/** Issue 4: a French speaker can do everything an English speaker can, and gets the same referrals. */

// Each parity test runs two full journeys.
test.describe.configure({ timeout: 180_000 });

const journeys: { name: string; answers: Answers }[] = [
  { name: 'a survivor in danger', answers: survivorInDanger },
  { name: 'a worker with a 16-year-old First Nations client in Durham who needs housing', answers: workerDurhamYouth },
  { name: 'an adult needing tattoo removal and ID', answers: adultTattooAndId },
  { name: '"prefer not to say" to everything', answers: preferNotToSay },
  {
    name: 'a trainer, not sure about danger, Métis, under 16 in Ottawa, several needs',
    answers: {
      role: 'trainer',
      danger: 'unsure',
      age: 'under-16',
      region: 'ottawa',
      indigenous: 'metis',
      needs: ['learn-more', 'restraining-order', 'report-tip'],
    },
  },
];

for (const journey of journeys) {
  test(`in French, the same referrals as in English: ${journey.name}`, async ({ page, context }) => {
    const errors = collectConsoleErrors(page);
    await startWizard(page, { locale: 'fr' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await completeJourney(page, journey.answers);
    const french = await summaryServiceIds(page);
    // The French summary is in French: the heading and the services' French names.
    await expect(
      page.getByRole('listitem', { name: getService(french[0] as never).name.fr, exact: true }),
    ).toBeVisible();

    const englishPage = await context.newPage();
    await startWizard(englishPage, { locale: 'en' });
    await completeJourney(englishPage, journey.answers);
    const english = await summaryServiceIds(englishPage);

    expect(french).toEqual(english);
    expect(french).toEqual(resultsOrder(journey.answers, planReferrals(journey.answers)));
    expect(errors).toEqual([]);
  });
}

test('the language switch on a middle step keeps the step and the answers, and sets <html lang>', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const answers: Answers = {
    role: 'self',
    danger: 'no',
    age: '16-17',
    inCare: 'yes',
    region: 'durham',
    indigenous: 'no',
    needs: ['counselling'],
  };
  await startWizard(page, { locale: 'en' });
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);
  await answer(page, 'role', 'self');
  await expectStep(page, 'danger');
  await answer(page, 'danger', 'no');
  await expectStep(page, 'age');
  await answer(page, 'age', '16-17');
  await expectStep(page, 'inCare');
  await radio(page, 'inCare', 'yes').check();

  // English → French on the care question.
  await languageSwitch(page, 'en').click();
  setLocale(page, 'fr');
  await expectStep(page, 'inCare');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(languageSwitch(page, 'fr')).toBeVisible();
  expect(page.url(), 'the switch keeps the one address').toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  // The earlier answers are kept: Back shows the age chosen in English, selected, in French.
  await backButton(page).click();
  await expectStep(page, 'age');
  await expect(page.getByRole('radio', { name: fr.age.options['16-17'], exact: true })).toBeChecked();
  await continueButton(page).click();
  await expectStep(page, 'inCare');
  await answer(page, 'inCare', 'yes');
  await expectStep(page, 'region');
  await answer(page, 'region', 'durham');
  await expectStep(page, 'indigenous');
  await answer(page, 'indigenous', 'no');
  await expectStep(page, 'needs');
  await answer(page, 'needs', ['counselling']);
  await expectStep(page, 'review');
  // The review shows every answer, in French.
  const main = page.getByRole('main');
  for (const text of [fr.role.options.self, fr.age.options['16-17'], fr.needs.options.counselling])
    await expect(main).toContainText(text);
  await page.getByRole('button', { name: fr.review.confirm, exact: true }).click();
  await expectStep(page, 'summary');
  const ids = await summaryServiceIds(page);
  expect(ids).toEqual(resultsOrder(answers, planReferrals(answers)));

  // French → English on the summary: same place, same plan, <html lang="en">.
  await languageSwitch(page, 'fr').click();
  setLocale(page, 'en');
  await expectStep(page, 'summary');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await summaryServiceIds(page)).toEqual(ids);
  await expect(page.getByRole('heading', { level: 1, name: en.summary.heading.you })).toBeVisible();
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(errors).toEqual([]);
});

test('the French pages say they are French from the first byte, and the safety page links across', async ({ page }) => {
  await page.goto('/fr/securite/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: fr.safetyPage.heading })).toBeVisible();
  // The page offers the hotline, so it says the hotline's own duty to report (at its foot), in each language.
  await expect(page.getByRole('contentinfo')).toContainText(
    `${fr.helpBar.hotlineNote} ${fr.common.hotlineDutyToReport}`,
  );
  await languageSwitch(page, 'fr').click();
  await expect(page).toHaveURL(/\/safety\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: en.safetyPage.heading })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(
    `${en.helpBar.hotlineNote} ${en.common.hotlineDutyToReport}`,
  );
});

test('each wizard page names its first step in the title from the first byte, before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, t, lang] of [
    ['/', en, 'en'],
    ['/fr/', fr, 'fr'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(`${t.role.title} – ${t.meta.siteName}`);
  }
  await context.close();
});
