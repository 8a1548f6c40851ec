import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import { contactsFor, getService, isInDanger, planReferrals, resultsOrder, type Answers, type Locale } from '../rules';
import { survivorInDanger, workerDurhamYouthInCare, workerWhoKnowsNothing } from '../rules/answers.examples';
import {
  collectConsoleErrors,
  completeJourney,
  everyStepAnswers,
  expect,
  expectStep,
  messagesFor,
  startWizard,
  summaryServiceIds,
} from './support/wizard';
import { submitOnePage } from './model/ui';

/**
 * The worker's one-page form (issue 8) in the browser: the same plan as the step-by-step flow, the same error
 * handling as every step (issue 4), and axe on it; and the print stylesheet of the summary (issue 4): no navigation
 * or buttons, every contact and source URL printed as text.
 */

let consoleErrors: string[] = [];
test.beforeEach(({ page }) => {
  consoleErrors = collectConsoleErrors(page);
});
test.afterEach(() => {
  expect(consoleErrors, 'no console errors or page errors').toEqual([]);
});

const group = (page: Page, legend: string) => page.getByRole('group', { name: legend, exact: true });

/** A worker on the danger question, then "Answer all questions on one page". */
async function openOnePage(page: Page, locale: Locale = 'en') {
  const t = messagesFor(locale);
  await startWizard(page, { locale, role: 'worker' });
  await page.getByRole('button', { name: t.onePage.open, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.onePage.heading })).toBeFocused();
}

const workerCases: { name: string; answers: Answers }[] = [
  {
    name: 'a 16-year-old First Nations client in Durham, in care, who needs housing',
    answers: workerDurhamYouthInCare,
  },
  {
    name: 'an adult in danger in Thunder Bay who needs court support',
    answers: {
      role: 'worker',
      danger: 'yes',
      age: '25-plus',
      region: 'thunder-bay',
      indigenous: 'metis',
      needs: ['court-support', 'report-tip'],
    },
  },
  {
    name: 'a client whose every answer is "prefer not to say"',
    answers: workerWhoKnowsNothing,
  },
];

test.describe('the one-page form for workers', () => {
  for (const { name, answers } of workerCases) {
    test(`gives the same list as planReferrals: ${name}`, async ({ page }) => {
      const t = messagesFor('en');
      await openOnePage(page);
      await submitOnePage(page, answers);
      // In danger (yes or not sure), the emergency step comes first, as in the step-by-step flow.
      if (isInDanger(answers.danger)) {
        await expectStep(page, 'emergency');
        await page.getByRole('button', { name: t.emergency.toSummary, exact: true }).click();
      }
      await expectStep(page, 'summary');
      expect(await summaryServiceIds(page)).toEqual(resultsOrder(answers, planReferrals(answers)));
      // The summary lists the answers it used, each with a Change.
      await expect(page.getByText(t.summary.answersUsed, { exact: true })).toBeVisible();
    });
  }

  test('in danger: the emergency step with 911 first and one way on, the summary, and Back through both to the form with its answers', async ({
    page,
  }) => {
    const t = messagesFor('en');
    const answers: Answers = { ...survivorInDanger, role: 'worker', needs: ['housing'] };
    await openOnePage(page);
    await submitOnePage(page, answers);
    await expectStep(page, 'emergency');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: '911', exact: true })).toBeVisible();
    // Every question is answered: nothing to skip, and the one button leads to the list.
    await expect(page.getByRole('button', { name: t.emergency.skip, exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: t.emergency.continue.them, exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: t.emergency.toSummary, exact: true }).click();
    await expectStep(page, 'summary');
    expect(await summaryServiceIds(page)).toEqual(resultsOrder(answers, planReferrals(answers)));
    await page.getByRole('button', { name: t.common.back, exact: true }).click();
    await expectStep(page, 'emergency');
    await page.getByRole('button', { name: t.common.back, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.onePage.heading })).toBeVisible();
    await expect(
      group(page, t.danger.legend.them).getByRole('radio', { name: t.danger.options.yes, exact: true }),
    ).toBeChecked();
    await expect(page.getByRole('combobox', { name: t.region.legend.them })).toHaveValue('toronto');
  });

  test('asks the care question only for the ages it applies to', async ({ page }) => {
    const t = messagesFor('en');
    await openOnePage(page);
    const care = group(page, t.inCare.legend.them);
    const age = group(page, t.age.legend.them);
    await expect(care).toHaveCount(0);
    await age.getByRole('radio', { name: t.age.options['16-17'], exact: true }).check();
    await expect(care).toBeVisible();
    await age.getByRole('radio', { name: t.age.options['25-plus'], exact: true }).check();
    await expect(care).toHaveCount(0);
  });

  for (const locale of ['en', 'fr'] as const) {
    test(`submitted empty, shows the error summary with focus, "Error:" in the title and links to each question (${locale})`, async ({
      page,
    }) => {
      const t = messagesFor(locale);
      await openOnePage(page, locale);
      await page.getByRole('button', { name: t.onePage.submit, exact: true }).click();
      const summary = page.getByRole('alert').filter({ hasText: t.errors.summaryTitle });
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(new RegExp(`^${t.errors.titlePrefix}`));
      for (const field of ['danger', 'age', 'region', 'indigenous'] as const) {
        await expect(summary.getByRole('link', { name: t.errors.choose[field].them, exact: true })).toBeVisible();
      }
      // The link to the area goes to the area list.
      await summary.getByRole('link', { name: t.errors.choose.region.them, exact: true }).click();
      await expect(page.getByRole('combobox', { name: t.region.legend.them })).toBeFocused();
      // axe finds nothing, with the errors shown.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test('passes axe at 320 px, in French, before anything is chosen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openOnePage(page, 'fr');
    await expect(page).toHaveTitle(`${messagesFor('fr').onePage.title} – ${messagesFor('fr').meta.siteName}`);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('the printed summary', () => {
  test('Print prints the short cards; a worker’s “Print full details” opens every card’s details for the printout, and closes them again after', async ({
    page,
  }) => {
    const t = messagesFor('en');
    await completeJourney(page, { ...everyStepAnswers, role: 'worker' });
    await summaryServiceIds(page);
    // Stand in for the browser's print dialog: record how many cards' details were open when it was called.
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; openWhenPrinted?: number[] };
      w.print = () => {
        const all = [...document.querySelectorAll('details.more')] as HTMLDetailsElement[];
        w.openWhenPrinted = [all.filter((d) => d.open).length, all.length];
      };
    });
    const more = page.locator('details.more');
    expect(await more.count()).toBeGreaterThan(0);
    const openNow = () => more.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length);
    expect(await openNow(), 'closed on screen').toBe(0);
    const printed = () => page.evaluate(() => (window as unknown as { openWhenPrinted?: number[] }).openWhenPrinted);
    await page.getByRole('button', { name: t.summary.print, exact: true }).click();
    expect((await printed())?.[0], 'Print: the short cards, details closed').toBe(0);
    await page.getByRole('button', { name: t.summary.printFull, exact: true }).click();
    const [open, all] = (await printed())!;
    expect(open, 'Print full details: every card open').toBe(all);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await openNow(), 'closed again after printing').toBe(0);
  });

  test('“Print full details” is for workers only', async ({ page }) => {
    const t = messagesFor('en');
    await completeJourney(page, everyStepAnswers);
    await summaryServiceIds(page);
    await expect(page.getByRole('button', { name: t.summary.print, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: t.summary.printFull, exact: true })).toHaveCount(0);
  });

  test('leaves out the header, the exit and every button, and prints each contact and source as text', async ({
    page,
  }) => {
    const t = messagesFor('en');
    await completeJourney(page, everyStepAnswers);
    await page.emulateMedia({ media: 'print' });

    // No navigation and nothing to press on paper.
    await expect(page.getByRole('link', { name: new RegExp(t.exit.button) })).toBeHidden();
    await expect(page.getByRole('link', { name: new RegExp(t.language.label) })).toBeHidden();
    const visibleButtons = await page
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.textContent),
      );
    expect(visibleButtons).toEqual([]);

    // Every referral prints as its short card: its first phone number written out, and its other ways in (a third
    // number, email, sources) on the card, in its details for the full printout.
    const plan = planReferrals(everyStepAnswers);
    const phonesOf = (serviceId: (typeof plan)[number]['serviceId']) =>
      contactsFor(getService(serviceId), everyStepAnswers.region).flatMap((c) =>
        c.kind === 'phone' ? [c.number] : [],
      );
    for (const { serviceId } of plan) {
      const card = page.locator(`[data-service-id="${serviceId}"]`);
      await expect(card).toBeVisible();
      const service = getService(serviceId);
      for (const url of service.sources)
        await expect(card.locator('details.more').getByText(url, { exact: true }).last()).toBeHidden();
      const [first] = phonesOf(serviceId);
      if (first) await expect(card.getByText(first, { exact: true }).first(), `${serviceId}: ${first}`).toBeVisible();
      for (const contact of contactsFor(service, everyStepAnswers.region)) {
        if (contact.kind === 'phone')
          await expect(
            card.getByText(contact.number, { exact: true }),
            `${serviceId}: ${contact.number}`,
          ).not.toHaveCount(0);
        if ('url' in contact)
          await expect(card.locator(`a[href="${contact.url}"]`), `${serviceId}: ${contact.url}`).not.toHaveCount(0);
      }
    }
    // The full printout (every card's details open, as "Print full details" leaves them) prints every number.
    await page
      .locator('details.more')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const { serviceId } of plan)
      for (const number of phonesOf(serviceId))
        await expect(
          page.locator(`[data-service-id="${serviceId}"]`).getByText(number, { exact: true }).first(),
          `full printout: ${serviceId}: ${number}`,
        ).toBeVisible();
    await page
      .locator('details.more')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = false)));
    await expect(page.locator('[data-service-id="emergency-911"]').getByText('911', { exact: true })).toBeVisible();
    await expect(
      page
        .locator('[data-service-id="human-trafficking-hotline"]')
        .getByText('1-833-900-1010', { exact: true })
        .first(),
    ).toBeVisible();

    // And the answers the list is based on, without their Change buttons.
    await expect(page.getByText(t.summary.answersUsed, { exact: true })).toBeVisible();

    // Chromium makes a PDF of it: the printout exists and is not empty.
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
