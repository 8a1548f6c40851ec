import type { Page } from '@playwright/test';
import { test } from '@playwright/test';
import { getRegion, type Locale } from '../rules';
import {
  answer,
  continueButton,
  driveTo,
  everyStepAnswers,
  expect,
  expectStep,
  messagesFor,
  regionSelect,
  setLocale,
  startWizard,
} from './support/wizard';

/**
 * Issue 19: a person who knows only their town finds their area; the summary names local help they can call today.
 */
test.describe.configure({ timeout: 120_000 });

const locales = ['en', 'fr'] as const;

/** To the area question, as a survivor aged 25 or more, not in danger. */
async function toAreaQuestion(page: Page, locale: Locale) {
  const { inCare: _inCare, ...rest } = everyStepAnswers;
  await driveTo(page, { ...rest, role: 'self', danger: 'no', age: '25-plus' }, { locale, stopAt: 'region' });
}

const searchBox = (page: Page, locale: Locale) => page.getByRole('searchbox', { name: messagesFor(locale).region.searchLabel });
const areaName = (id: Parameters<typeof getRegion>[0], locale: Locale) => getRegion(id).name[locale];

test.describe('the area question finds any Ontario place', () => {
  for (const locale of locales) {
    const t = messagesFor(locale);

    test(`a town chooses its area for the person, and Enter in the search keeps it (${locale})`, async ({ page }) => {
      await toAreaQuestion(page, locale);
      await searchBox(page, locale).fill('Scarborough');
      await expect(regionSelect(page)).toHaveValue('toronto');
      await expect(page.getByRole('status').filter({ hasText: t.region.chosen(t.region.placeInArea('Scarborough (Toronto)', areaName('toronto', locale))) })).toBeVisible();
      await searchBox(page, locale).press('Enter');
      await expect(regionSelect(page)).toHaveValue('toronto');
      await expectStep(page, 'region');
      await continueButton(page).click();
      await expectStep(page, 'indigenous');
      // A town typed without its space, and one the old list did not know.
      await page.getByRole('button', { name: t.common.back, exact: true }).click();
      await searchBox(page, locale).fill('thunderbay');
      await expect(regionSelect(page)).toHaveValue('thunder-bay');
      await searchBox(page, locale).fill('Sarnia');
      await expect(regionSelect(page)).toHaveValue('lambton');
    });

    test(`a name two areas share offers both, each with what tells them apart, and chooses neither (${locale})`, async ({ page }) => {
      await toAreaQuestion(page, locale);
      await searchBox(page, locale).fill('Perth');
      await expect(regionSelect(page)).toHaveValue('');
      const options = regionSelect(page).locator('option');
      await expect(options.filter({ hasText: areaName('lanark', locale) })).toHaveCount(1);
      await expect(options.filter({ hasText: areaName('stratford', locale) })).toHaveCount(1);
      await expect(page.getByRole('status').filter({ hasText: t.region.matches(2) })).toBeVisible();
      await regionSelect(page).selectOption('lanark');
      await continueButton(page).click();
      await expectStep(page, 'indigenous');
    });

    test(`a First Nation reserve finds the area around it and says what that means for housing (${locale})`, async ({ page }) => {
      await toAreaQuestion(page, locale);
      await searchBox(page, locale).fill('Moose Factory 68');
      await expect(regionSelect(page)).toHaveValue('cochrane');
      await expect(page.getByText(t.region.reserveNote('Moose Factory 68'))).toBeVisible();
    });

    test(`no match says what to do next, and "Outside Ontario" leads to the list (${locale})`, async ({ page }) => {
      await toAreaQuestion(page, locale);
      await searchBox(page, locale).fill('Springfield XYZ');
      await expect(page.getByRole('status').filter({ hasText: t.region.noMatches })).toBeVisible();
      // The whole list is there to pick from.
      await expect(regionSelect(page).locator('option', { hasText: areaName('toronto', locale) })).toHaveCount(1);
      await regionSelect(page).selectOption('outside-ontario');
      await continueButton(page).click();
      await expectStep(page, 'indigenous');
    });

    test(`the worker's one-page form has the same search (${locale})`, async ({ page }) => {
      setLocale(page, locale);
      await startWizard(page, { locale, role: 'worker' });
      await page.getByRole('button', { name: t.onePage.open, exact: true }).click();
      await expectStep(page, 'onePage' as never).catch(() => {});
      await page.getByRole('heading', { level: 1, name: t.onePage.heading }).waitFor();
      const box = searchBox(page, locale);
      await box.fill('Etobicoke');
      await expect(page.getByRole('combobox', { name: t.region.legend.them })).toHaveValue('toronto');
    });
  }
});

test.describe('answers the search does not change', () => {
  test('choosing from the list without searching still works', async ({ page }) => {
    await startWizard(page);
    await answer(page, 'role', 'self');
    await answer(page, 'danger', 'no');
    await answer(page, 'age', '25-plus');
    await answer(page, 'region', 'durham');
    await expectStep(page, 'indigenous');
  });
});
