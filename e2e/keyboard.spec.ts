import { test, type Page } from '@playwright/test';
import { asksAboutCare, isInDanger, planReferrals, resultsOrder, type Answers, type Locale, type Need } from '../rules';
import { plainAdult } from '../rules/answers.examples';
import {
  continueButton,
  expectStep,
  focusedStepHeading,
  messagesFor,
  needCheckbox,
  radio,
  regionSelect,
  rememberRole,
  startWizard,
  stepHeadingText,
  stepTitle,
  summaryServiceIds,
  tabTo,
  voiceOf,
  type QuestionStep,
  type Step,
  expect,
} from './support/wizard';

/**
 * Issue 4: the whole journey by keyboard alone (Tab, Space, arrow keys, Enter; never a click), with focus on the new
 * step's heading after every step change and a title that names the step; and the error summary that takes focus.
 */

/** After a step change: focus is on the new step's heading, and the title names the step. */
async function expectFocusOnStep(page: Page, step: Step, locale: Locale, answers: Pick<Answers, 'role'>) {
  const t = messagesFor(locale);
  await expect(focusedStepHeading(page), `focus on the ${step} heading`).toBeFocused();
  await expect(focusedStepHeading(page)).toHaveText(stepHeadingText(step, t, voiceOf(answers.role)));
  await expect(page).toHaveTitle(stepTitle(step, t));
}

/** Choose a radio by keyboard: Tab into the group (first radio when none is checked), then arrow down to it. */
async function chooseRadio(
  page: Page,
  step: Exclude<QuestionStep, 'region' | 'needs'>,
  values: readonly string[],
  value: string,
) {
  await tabTo(page, radio(page, step, values[0]));
  const index = values.indexOf(value);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radio(page, step, value)).toBeChecked();
  await expect(radio(page, step, value)).toBeFocused();
}

async function pressContinue(page: Page) {
  await tabTo(page, continueButton(page));
  await page.keyboard.press('Enter');
}

async function keyboardJourney(page: Page, locale: Locale, answers: Answers) {
  const t = messagesFor(locale);
  const voice = voiceOf(answers.role);
  await startWizard(page, { locale });

  await chooseRadio(page, 'role', Object.keys(t.role.options), answers.role);
  rememberRole(page, answers.role);
  await pressContinue(page);
  await expectFocusOnStep(page, 'danger', locale, answers);

  await chooseRadio(page, 'danger', Object.keys(t.danger.options), answers.danger);
  await pressContinue(page);
  if (isInDanger(answers.danger)) {
    await expectFocusOnStep(page, 'emergency', locale, answers);
    await tabTo(page, page.getByRole('button', { name: t.emergency.continue[voice], exact: true }));
    await page.keyboard.press('Enter');
  }
  await expectFocusOnStep(page, 'age', locale, answers);

  await chooseRadio(page, 'age', Object.keys(t.age.options), answers.age);
  await pressContinue(page);
  if (asksAboutCare(answers.age)) {
    await expectFocusOnStep(page, 'inCare', locale, answers);
    await chooseRadio(page, 'inCare', Object.keys(t.inCare.options), answers.inCare!);
    await pressContinue(page);
  }
  await expectFocusOnStep(page, 'region', locale, answers);

  // The region is a select: Tab to it, then arrow down through its options (a closed select changes value on
  // ArrowDown) to the one wanted.
  const select = regionSelect(page);
  await tabTo(page, select);
  const target = await select.evaluate(
    (el, value) => [...(el as HTMLSelectElement).options].findIndex((o) => o.value === value),
    answers.region,
  );
  expect(target, `${answers.region} is an option`).toBeGreaterThan(0);
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(answers.region);
  await pressContinue(page);
  await expectFocusOnStep(page, 'indigenous', locale, answers);

  await chooseRadio(page, 'indigenous', Object.keys(t.indigenous.options), answers.indigenous);
  await pressContinue(page);
  await expectFocusOnStep(page, 'needs', locale, answers);

  // Needs: Tab forward to each chosen checkbox, in page order, and press Space.
  const order = Object.keys(t.needs.options) as Need[];
  for (const need of [...answers.needs].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
    await tabTo(page, needCheckbox(page, need));
    await page.keyboard.press('Space');
    await expect(needCheckbox(page, need)).toBeChecked();
  }
  await pressContinue(page);
  await expectFocusOnStep(page, 'review', locale, answers);

  await tabTo(page, page.getByRole('button', { name: t.review.confirm, exact: true }));
  await page.keyboard.press('Enter');
  await expectFocusOnStep(page, 'summary', locale, answers);
  expect(await summaryServiceIds(page)).toEqual(resultsOrder(answers, planReferrals(answers)));
}

// Keyboard journeys press many keys, one at a time: give them room on a slow machine.
test.describe.configure({ timeout: 180_000 });

const journeys: { name: string; answers: Answers }[] = [
  {
    name: 'a survivor in danger, aged 16 or 17, in care, with needs',
    answers: {
      role: 'self',
      danger: 'yes',
      age: '16-17',
      inCare: 'yes',
      region: 'durham',
      indigenous: 'inuit',
      needs: ['housing', 'counselling', 'training'],
    },
  },
  {
    name: 'a worker, no danger, an adult in Peel',
    answers: {
      role: 'worker',
      danger: 'no',
      age: '25-plus',
      region: 'peel',
      indigenous: 'no',
      needs: ['court-support'],
    },
  },
];

for (const locale of ['en', 'fr'] as const) {
  test.describe(`keyboard only (${locale})`, () => {
    for (const journey of journeys) {
      test(`from start to summary: ${journey.name}`, async ({ page }) => {
        await keyboardJourney(page, locale, journey.answers);
      });
    }

    test('Continue with nothing chosen: the error summary takes focus, the title says so, its link goes to the first option', async ({
      page,
    }) => {
      const t = messagesFor(locale);
      await startWizard(page, { locale });
      await pressContinue(page);
      const summary = page.getByRole('alert', { name: t.errors.summaryTitle });
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(t.errors.choose.role);
      await expect(page).toHaveTitle(stepTitle('role', t, { error: true }));
      expect(await page.title()).toMatch(new RegExp(`^${t.errors.titlePrefix}`));
      // The message at the field is tied to the group.
      await expect(page.getByRole('group', { name: t.role.legend })).toHaveAccessibleDescription(
        new RegExp(t.errors.choose.role),
      );

      await page.keyboard.press('Tab');
      const link = summary.getByRole('link', { name: t.errors.choose.role });
      await expect(link).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(radio(page, 'role', 'self')).toBeFocused();
      await expect(page).toHaveURL(/\/(fr\/)?$/);

      // Choosing an answer and going on clears the error from the title.
      await page.keyboard.press('Space');
      await pressContinue(page);
      await expectFocusOnStep(page, 'danger', locale, { role: 'self' });
      await expect(page.getByRole('alert', { name: t.errors.summaryTitle })).toHaveCount(0);
    });

    test('the error summary on a question step (danger) and on the region select', async ({ page }) => {
      const t = messagesFor(locale);
      await startWizard(page, { locale });
      await chooseRadio(page, 'role', Object.keys(t.role.options), 'worker');
      rememberRole(page, 'worker');
      await pressContinue(page);
      await expectFocusOnStep(page, 'danger', locale, { role: 'worker' });
      await pressContinue(page);
      const summary = page.getByRole('alert', { name: t.errors.summaryTitle });
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(stepTitle('danger', t, { error: true }));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(radio(page, 'danger', 'yes')).toBeFocused();

      await page.keyboard.press('ArrowDown');
      await expect(radio(page, 'danger', 'no')).toBeChecked();
      await pressContinue(page);
      await expectFocusOnStep(page, 'age', locale, { role: 'worker' });
      await chooseRadio(page, 'age', Object.keys(t.age.options), '25-plus');
      await pressContinue(page);
      await expectFocusOnStep(page, 'region', locale, { role: 'worker' });
      await pressContinue(page);
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(t.errors.choose.region.them);
      await expect(page).toHaveTitle(stepTitle('region', t, { error: true }));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(regionSelect(page)).toBeFocused();
    });
  });
}

test('focus goes to the heading on Back, Change and restart too', async ({ page }) => {
  const t = messagesFor('en');
  await keyboardJourney(page, 'en', plainAdult);
  // Back from the summary.
  await tabTo(page, page.getByRole('button', { name: t.common.back, exact: true }), { reverse: true });
  await page.keyboard.press('Enter');
  await expectFocusOnStep(page, 'review', 'en', plainAdult);
  // Change the region from the review.
  await tabTo(
    page,
    page.getByRole('button', {
      name: `${t.common.change}${t.review.changeHidden(t.review.labels.region)}`,
      exact: true,
    }),
  );
  await page.keyboard.press('Enter');
  await expectFocusOnStep(page, 'region', 'en', plainAdult);
  await expect(regionSelect(page)).toHaveValue('toronto');
  await pressContinue(page);
  await expectFocusOnStep(page, 'review', 'en', plainAdult);
  await tabTo(page, page.getByRole('button', { name: t.review.confirm, exact: true }));
  await page.keyboard.press('Enter');
  await expectFocusOnStep(page, 'summary', 'en', plainAdult);
  // Start again.
  await tabTo(page, page.getByRole('button', { name: t.common.restart, exact: true }));
  await page.keyboard.press('Enter');
  await expectStep(page, 'role');
  await expectFocusOnStep(page, 'role', 'en', plainAdult);
});
