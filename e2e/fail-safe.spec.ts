import { test, type Page } from '@playwright/test';
import { getService, mainPhone } from '../rules';
import { answerForNeutralSite, expectExitInView, expectHelpInView } from './support/safety';
import {
  driveTo,
  everyStepAnswers,
  exitHost,
  exitLink,
  expectStep,
  messagesFor,
  safetyPath,
  servicesPath,
  dataPath,
  waitForHydration,
  expect,
  withoutJavaScript,
} from './support/wizard';

/**
 * The fallback screens: when the wizard or the page around it fails, and for an address that does not exist, the
 * page still shows the exit, 911 and the hotline, and a way back.
 */

// Let the page register a service worker if it tries to, so the test can see it (the config blocks them by default).
test.use({ serviceWorkers: 'allow' });

test.describe('fail-safe', () => {
  test('a forced error shows the fail-safe screen with 911 and the hotline, and a way to start again', async ({
    page,
  }) => {
    // There is no test hook to make the wizard fail, so break something it needs: the summary formats the date
    // its contact details were checked with Intl.DateTimeFormat while it renders. A browser where that throws makes
    // the summary's render throw, which the FailSafe error boundary must catch.
    const t = messagesFor('en');
    await driveTo(page, everyStepAnswers, { stopAt: 'review' });
    await page.evaluate(() => {
      Object.defineProperty(Intl, 'DateTimeFormat', {
        configurable: true,
        value: function brokenDateTimeFormat() {
          throw new Error('forced failure for the fail-safe test');
        },
      });
    });
    await page.getByRole('button', { name: t.review.confirm, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.failSafe.heading })).toBeVisible();
    const main = page.getByRole('main');
    const hotline = getService('human-trafficking-hotline');
    const hotlinePhone = mainPhone('human-trafficking-hotline');
    await expect(main.getByRole('link', { name: '911', exact: true })).toHaveAttribute('href', 'tel:911');
    await expect(main.getByRole('link', { name: hotlinePhone, exact: true })).toHaveAttribute(
      'href',
      `tel:${hotlinePhone.replace(/-/g, '')}`,
    );
    await expect(main).toContainText(hotline.name.en);
    // The hotline is offered here, so its own duty to report is said here too, at the foot of the screen.
    await expect(page.getByRole('contentinfo')).toContainText(t.common.hotlineDutyToReport);
    // The exit is still there, and Start again gives a working wizard.
    await expect(exitLink(page)).toBeVisible();
    await page.getByRole('button', { name: t.failSafe.restart, exact: true }).click();
    await expectStep(page, 'role');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  });
});

test.describe('a failure outside the wizard', () => {
  for (const [where, locale, path] of [
    ['the safety page', 'en', safetyPath.en],
    ['the French safety page', 'fr', safetyPath.fr],
    ['the services page', 'en', servicesPath.en],
    ['the French services page', 'fr', servicesPath.fr],
    ['the open data page', 'en', dataPath.en],
    ['the wizard page', 'en', '/'],
  ] as const) {
    test(`on ${where}, a failure in the shell still shows the exit, 911, the hotline and its duty to report`, async ({
      page,
    }) => {
      const t = messagesFor(locale);
      // Break something the shell (the header) uses once it has rendered: its ResizeObserver. The error is outside
      // the wizard's own fail-safe, so only the page-wide one around the shell can catch it.
      await page.addInitScript(() => {
        Object.defineProperty(window, 'ResizeObserver', {
          configurable: true,
          value: function brokenResizeObserver() {
            throw new Error('forced failure for the page-wide fail-safe test');
          },
        });
      });
      await answerForNeutralSite(page, locale);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: t.failSafe.heading })).toBeVisible();
      await expectHelpInView(page, locale, where);
      await expect(page.getByRole('main')).toContainText(t.common.hotlineDutyToReport);
      await expect(page.getByRole('link', { name: t.failSafe.restart, exact: true })).toHaveAttribute('href', path);
      const historyLength = await page.evaluate(() => history.length);
      await exitLink(page, locale).click();
      await page.waitForURL(`${exitHost[locale]}**`);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
    });
  }
});

test.describe('the page for an address that does not exist', () => {
  test.use({ viewport: { width: 320, height: 568 } });
  const en = messagesFor('en');
  const fr = messagesFor('fr');
  const missing = '/no-such-page/';
  /** The exit there is labelled in both languages, like the rest of the page. */
  const bilingualExit = (page: Page) =>
    page.getByRole('link', {
      name: `${en.exit.hidden} ${en.exit.button} ${fr.exit.hidden} ${fr.exit.button}`,
      exact: true,
    });

  async function openMissing(page: Page) {
    await answerForNeutralSite(page, 'en');
    await page.goto(safetyPath.en);
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: en.notFound.heading })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: fr.notFound.heading })).toBeVisible();
  }

  test('has the quick exit in view at 320 px, with 911 and the hotline, and the exit leaves with location.replace', async ({
    page,
  }) => {
    await openMissing(page);
    const link = bilingualExit(page);
    await expect(link).toHaveAttribute('href', exitHost.en);
    await expectExitInView(page, 'the not-found page', link);
    for (const id of ['emergency-911', 'human-trafficking-hotline'] as const) {
      await expect(page.locator(`a[href="tel:${mainPhone(id).replace(/\D/g, '')}"]`)).toHaveCount(2);
    }
    // The hotline is offered, so its own duty to report is said, in each language.
    await expect(page.locator('section[lang="en"]')).toContainText(en.common.hotlineDutyToReport);
    await expect(page.locator('section[lang="fr"]')).toContainText(fr.common.hotlineDutyToReport);
    await waitForHydration(page, link);
    const historyLength = await page.evaluate(() => history.length);
    await link.click();
    await page.waitForURL(`${exitHost.en}**`);
    expect(await page.evaluate(() => history.length), 'the exit replaces the page in the history').toBe(historyLength);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${safetyPath.en}$`));
  });

  test('Shift pressed 3 times exits there too', async ({ page }) => {
    await openMissing(page);
    await waitForHydration(page, bilingualExit(page));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(`${exitHost.en}**`);
    await expect(page).toHaveTitle('Weather');
  });

  test('with JavaScript disabled, its exit link still leaves', async ({ browser, baseURL }) => {
    await withoutJavaScript(browser, { baseURL, viewport: { width: 320, height: 568 } }, async (page) => {
      await answerForNeutralSite(page, 'en');
      await page.goto(missing);
      await bilingualExit(page).click();
      await page.waitForURL(`${exitHost.en}**`);
      await expect(page).toHaveTitle('Weather');
    });
  });
});
