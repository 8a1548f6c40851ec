import { test } from '@playwright/test';
import config from './playwright.config';
import { driveTo, everyStepAnswers, expect, expectStep, messagesFor, radio, safetyPath } from './support/wizard';

/**
 * Issue 3: after a Back that brings the page back, the wizard starts blank. Playwright turns Chromium's
 * back/forward cache off by default; this file turns it back on, as it is in a person's browser, so the page really
 * comes back from the cache (`pageshow` with `persisted`), and checks which way it came back.
 */
test.use({
  launchOptions: { ...(config.use?.launchOptions ?? {}), ignoreDefaultArgs: ['--disable-back-forward-cache'] },
});

test.describe('coming back with Back', () => {
  test('after leaving the wizard by a link and pressing Back, the wizard starts blank, though the page came back from the back/forward cache', async ({
    page,
  }) => {
    const t = messagesFor('en');
    // Record how the page came back: from the back/forward cache (persisted) or loaded again.
    await page.addInitScript(() => {
      window.addEventListener('pageshow', (event) => {
        (window as unknown as { __restoredFromCache?: boolean }).__restoredFromCache = event.persisted;
      });
    });
    await driveTo(page, everyStepAnswers, { stopAt: 'indigenous' });
    await radio(page, 'indigenous', 'metis').check();
    // Leave by an ordinary link (the safety page), as someone might, then come back.
    await page.goto(safetyPath.en);
    await expect(page.getByRole('heading', { level: 1, name: t.safetyPage.heading })).toBeVisible();
    // A page restored from the cache fires pageshow, not load: wait only for the navigation to commit.
    await page.goBack({ waitUntil: 'commit' });
    await expectStep(page, 'role');
    await expect(page.getByRole('radio', { checked: true }), 'no answer is still chosen').toHaveCount(0);
    const restored = await page.evaluate(
      () => (window as unknown as { __restoredFromCache?: boolean }).__restoredFromCache,
    );
    expect(restored, 'the page came back from the back/forward cache, with the wizard in memory').toBe(true);
  });
});
