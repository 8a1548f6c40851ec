import type { Page } from '@playwright/test';
import { test } from '@playwright/test';
import { getRegion, type Locale } from '../rules';
import {
  answer,
  completeJourney,
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
const locales = ['en', 'fr'] as const;

/** To the area question, as a survivor aged 25 or more, not in danger. */
async function toAreaQuestion(page: Page, locale: Locale) {
  const { inCare: _inCare, ...rest } = everyStepAnswers;
  await driveTo(page, { ...rest, role: 'self', danger: 'no', age: '25-plus' }, { locale, stopAt: 'region' });
}

const searchBox = (page: Page, locale: Locale) =>
  page.getByRole('searchbox', { name: messagesFor(locale).region.searchLabel });
const areaName = (id: Parameters<typeof getRegion>[0], locale: Locale) => getRegion(id).name[locale];

test.describe('the area question finds any Ontario place', () => {
  for (const locale of locales) {
    const t = messagesFor(locale);

    test(`a town chooses its area for the person, and Enter in the search keeps it (${locale})`, async ({ page }) => {
      await toAreaQuestion(page, locale);
      await searchBox(page, locale).fill('Scarborough');
      await expect(regionSelect(page)).toHaveValue('toronto');
      await expect(
        page.getByRole('status').filter({
          hasText: t.region.chosen(t.region.placeInArea('Scarborough (Toronto)', areaName('toronto', locale))),
        }),
      ).toBeVisible();
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

    test(`a name two areas share offers both, each with what tells them apart, and chooses neither (${locale})`, async ({
      page,
    }) => {
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

    test(`a First Nation reserve finds the area around it and says what that means for housing (${locale})`, async ({
      page,
    }) => {
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

test.describe('the results name local help a person can call today', () => {
  for (const locale of locales) {
    const t = messagesFor(locale);

    test(`next steps first: one named contact for each need picked, linked to its card; the area's own organizations in the community card (${locale})`, async ({
      page,
    }) => {
      await completeJourney(
        page,
        {
          role: 'self',
          danger: 'no',
          age: '25-plus',
          region: 'halton',
          indigenous: 'no',
          needs: ['emergency-shelter', 'counselling'],
        },
        { locale },
      );
      const next = page.getByRole('region', { name: t.local.nextStepsHeading });
      await expect(next).toBeVisible();
      const items = next.locator('[data-next-step]');
      await expect(items).toHaveCount(3);
      await expect(items.nth(0)).toContainText(t.local.forNeed(t.needs.short['emergency-shelter']));
      await expect(items.nth(1)).toContainText(t.local.forNeed(t.needs.short.counselling));
      await expect(items.nth(2)).toHaveAttribute('data-next-step', 'human-trafficking-hotline');
      // Each item links to a card further down, and following it keeps one history entry.
      const length = await page.evaluate(() => history.length);
      for (let i = 0; i < 3; i++) {
        const href = await items.nth(i).getByRole('link').first().getAttribute('href');
        expect(href).toMatch(/^#(named|service)-/);
        await expect(page.locator(href!)).toHaveCount(1);
      }
      await items.nth(0).getByRole('link').first().click();
      expect(await page.evaluate(() => history.length)).toBe(length);
      // The next steps come before every section.
      const nextTop = await next.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const firstSection = await page
        .locator('main section[aria-labelledby^="section-"]')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(nextTop).toBeLessThan(firstSection);
      // Halton's own anti-trafficking team inside the community services card.
      await expect(
        page.locator('[data-local-list="community-aht-services"] [data-named-id="savis-halton"]'),
      ).toBeVisible();
      // The shelter need's named entries sit under Housing.
      await expect(page.locator('section[aria-labelledby="section-housing"] [data-named-id]').first()).toBeVisible();
    });

    test(`a worker with a child in London gets the children's aid society's name and 24/7 number with the duty to report (${locale})`, async ({
      page,
    }) => {
      await completeJourney(
        page,
        { role: 'worker', danger: 'no', age: 'under-16', region: 'london', indigenous: 'no', needs: [] },
        { locale },
      );
      const duty = page.locator('[data-note="duty-to-report-child"] [data-childrens-aid]');
      await expect(duty).toContainText("Children's Aid Society of London and Middlesex");
      await expect(duty.getByRole('link', { name: locale === 'en' ? '519-455-9000' : '519 455-9000' })).toHaveAttribute(
        'href',
        'tel:5194559000',
      );
      await expect(page.locator('[data-local-list="childrens-aid-society"]')).toContainText(
        "Children's Aid Society of London and Middlesex",
      );
    });

    test(`an area with no named organization says so and offers the hotline (${locale})`, async ({ page }) => {
      await completeJourney(
        page,
        { role: 'self', danger: 'no', age: '25-plus', region: 'kenora', indigenous: 'no', needs: [] },
        { locale },
      );
      await expect(page.locator('[data-local-list="community-aht-services"]')).toContainText(t.local.noneInArea);
    });
  }
});
