import { test } from '@playwright/test';
import { answerForNeutralSite, expectHelpInView } from './support/safety';
import {
  exitHost,
  exitLink,
  expectStep,
  messagesFor,
  setLocale,
  startWizard,
  stepHeading,
  waitForHydration,
  expect,
  withoutJavaScript,
} from './support/wizard';

/**
 * Before the page has come to life (JavaScript off, a script lost on the way, Continue pressed too early), the start
 * page says what is wrong and what still works, and keeps 911, the hotline and the exit.
 */

// Let the page register a service worker if it tries to, so the test can see it (the config blocks them by default).
test.use({ serviceWorkers: 'allow' });

test.describe('before the page has come to life: without JavaScript, a script lost, Continue pressed too early', () => {
  for (const locale of ['en', 'fr'] as const) {
    test(`the start page says the questions need it, hides what cannot work, and keeps 911, the hotline and the exit (${locale})`, async ({
      browser,
      baseURL,
    }) => {
      const t = messagesFor(locale);
      // Some browsers turn JavaScript off for privacy (Tor Browser at its safest setting, for one).
      await withoutJavaScript(browser, { baseURL, viewport: { width: 320, height: 568 } }, async (page) => {
        await page.goto(locale === 'en' ? '/' : '/fr/');
        const notice = page.getByRole('region', { name: t.role.noScript.heading, exact: true });
        await expect(notice).toBeVisible();
        for (const line of [t.role.noScript.body, t.role.stillWorks, t.role.noScript.exit])
          await expect(notice).toContainText(line);
        await expect(page.getByRole('region', { name: t.role.loadFailed.heading })).toHaveCount(0);
        // The question and the plain-title switch cannot work without scripts, so they are not offered.
        await expect(page.getByRole('radio')).toHaveCount(0);
        await expect(page.getByRole('button', { name: t.common.continue, exact: true })).toHaveCount(0);
        await expect(page.getByRole('checkbox')).toHaveCount(0);
        await expectHelpInView(page, locale, 'without JavaScript');
        await expect(exitLink(page, locale)).toBeInViewport();
        await expect(page.getByRole('link', { name: t.role.safetyLink, exact: true })).toBeVisible();
      });
    });
  }

  for (const locale of ['en', 'fr'] as const) {
    test(`when a script of the page fails to arrive, the start page says so and hides the question; the exit still leaves (${locale})`, async ({
      page,
    }) => {
      const t = messagesFor(locale);
      // A bad connection: one of the page's scripts never arrives, so React never takes over.
      let aborted = '';
      await page.route('**/_next/static/chunks/*.js', (route) => {
        if (aborted) return route.continue();
        aborted = route.request().url();
        return route.abort('connectionreset');
      });
      await answerForNeutralSite(page, locale);
      await page.setViewportSize({ width: 320, height: 568 });
      await page.goto(locale === 'en' ? '/' : '/fr/');
      const notice = page.getByRole('region', { name: t.role.loadFailed.heading, exact: true });
      await expect(notice).toBeVisible();
      expect(aborted, 'a script was held back').not.toBe('');
      for (const line of [t.role.loadFailed.body, t.role.stillWorks, t.role.loadFailed.exit])
        await expect(notice).toContainText(line);
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByRole('button', { name: t.common.continue, exact: true })).toHaveCount(0);
      await expectHelpInView(page, locale, 'a script failed to load');
      await exitLink(page, locale).click();
      await page.waitForURL(`${exitHost[locale]}**`);
      await expect(page).toHaveTitle('Weather');
    });
  }

  for (const locale of ['en', 'fr'] as const) {
    test(`Continue pressed before the page has finished loading says so; once it has, the same choice goes on (${locale})`, async ({
      page,
    }) => {
      const t = messagesFor(locale);
      setLocale(page, locale);
      // A slow connection: the page's scripts are held back until the test lets them through.
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_next/static/chunks/*.js', async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(locale === 'en' ? '/' : '/fr/', { waitUntil: 'domcontentloaded' });
      const self = page.getByRole('radio', { name: t.role.options.self, exact: true });
      await self.check();
      await page.getByRole('button', { name: t.common.continue, exact: true }).click();
      const notice = page.getByRole('alert').filter({ hasText: t.role.stillLoading });
      await expect(notice).toBeVisible();
      await expect(stepHeading(page, 'role')).toBeVisible();
      release();
      await waitForHydration(page);
      await expect(notice).toBeHidden();
      await expect(self).toBeChecked();
      await page.getByRole('button', { name: t.common.continue, exact: true }).click();
      await expectStep(page, 'danger');
    });
  }

  test('with JavaScript, neither notice is shown and the question is', async ({ page }) => {
    const t = messagesFor('en');
    await startWizard(page);
    await expect(page.getByRole('region', { name: t.role.loadFailed.heading })).toBeHidden();
    await expect(page.getByText(t.role.loadFailed.body)).toBeHidden();
    await expect(page.getByRole('region', { name: t.role.noScript.heading })).toHaveCount(0);
    await expect(page.getByText(t.role.noScript.body)).toHaveCount(0);
    await expect(page.getByText(t.role.stillLoading)).toBeHidden();
    await expect(page.getByRole('radio', { name: t.role.options.self, exact: true })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: t.role.plainTitle })).toBeVisible();
  });
});
