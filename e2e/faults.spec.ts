import type { Page, Route } from '@playwright/test';
import { test } from '@playwright/test';
import { mainPhone, type Locale } from '../rules';
import { encodeAnswers } from '../rules/trainer/share';
import { scenarios } from '../rules/trainer/scenarios';
import { trainerMessages } from '../components/trainer/content';
import {
  backButton,
  collectConsoleErrors,
  driveTo,
  everyStepAnswers,
  exitHost,
  exitLink,
  expect,
  expectStep,
  messagesFor,
  privacyProbe,
  radio,
  safetyPath,
  setLocale,
  startWizard,
  stepHeading,
  waitForHydration,
  wizardPath,
} from './support/wizard';

/**
 * Issue 17: the safety promises under faults, as an attacker or a bad connection would test them. Each of the
 * page's own scripts in turn is delayed, blocked or damaged; odd addresses; every link of the tool; share links
 * changed after load; a double click on Back. The exit must leave with no history entry and the page blanked
 * first; 911, the hotline and the exit must stay; the tool must keep one history entry.
 */
test.describe.configure({ timeout: 180_000 });

const locales = ['en', 'fr'] as const;
const trainerPath = { en: '/trainer/', fr: '/fr/formation/' } as const;

/** The scripts a page loads by itself (its own chunks, not the browser's), read from its HTML as served. */
async function chunksOf(page: Page, path: string): Promise<string[]> {
  const html = await (await page.request.get(path)).text();
  return [...new Set([...html.matchAll(/\/_next\/static\/chunks\/[^"]+\.js/g)].map((m) => m[0]))];
}

type Fault = 'delayed' | 'blocked' | 'damaged';

/** Serve one chunk with a fault: held for 20 s, cut off, or sent as an HTML page with status 200. */
async function withFault(page: Page, chunk: string, fault: Fault): Promise<void> {
  await page.route(`**${chunk}`, async (route: Route) => {
    if (fault === 'blocked') return route.abort();
    if (fault === 'damaged')
      return route.fulfill({
        status: 200,
        contentType: 'application/javascript',
        body: '<!doctype html><title>Error</title>',
      });
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    await route.continue().catch(() => {});
  });
}

/**
 * The neutral site, held until `release` is called, so the page left behind can be checked while it leaves.
 */
async function holdNeutralSite(page: Page, locale: Locale) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${exitHost[locale]}**`, async (route) => {
    await released;
    await route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' });
  });
  return () => release();
}

type Leaving = { blanked: boolean; main: string; overlay: string };

/**
 * Report what the page shows at the moment it starts to leave (`beforeunload`): a test cannot read the page while
 * the navigation it started is held. Call before the page loads.
 */
async function watchLeaving(page: Page): Promise<Leaving[]> {
  const seen: Leaving[] = [];
  await page.exposeFunction('__reportLeaving', (leaving: Leaving) => seen.push(leaving));
  await page.addInitScript(() => {
    window.addEventListener('beforeunload', () => {
      const main = document.querySelector('main');
      (window as unknown as { __reportLeaving: (s: Leaving) => void }).__reportLeaving({
        blanked: document.body.classList.contains('exiting'),
        main: main ? getComputedStyle(main).visibility : 'no main',
        overlay: [...document.querySelectorAll('[role="alert"]')]
          .filter((el) => getComputedStyle(el).visibility !== 'hidden')
          .map((el) => el.textContent)
          .join(' '),
      });
    });
  });
  return seen;
}

/**
 * The exit, however it is set off, blanks the page and shows the neutral overlay before leaving, then leaves with
 * no history entry: Back leads to the page before the tool. `seen` comes from `watchLeaving`.
 */
async function expectExitLeavesCleanly(
  page: Page,
  locale: Locale,
  seen: Leaving[],
  setOff: () => Promise<void>,
  where: string,
) {
  const t = messagesFor(locale);
  const release = await holdNeutralSite(page, locale);
  const historyLength = await page.evaluate(() => history.length);
  const before = seen.length;
  await setOff();
  await expect
    .poll(() => seen.slice(before).at(-1), `the page is blanked at once, with the neutral overlay (${where})`)
    .toEqual({ blanked: true, main: 'hidden', overlay: t.exit.leaving });
  release();
  await page.waitForURL(`${exitHost[locale]}**`);
  expect(await page.evaluate(() => history.length), `no history entry (${where})`).toBe(historyLength);
  // Only the address matters here: the held script would hold the load event of the page before too.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page, `Back leads to the page before the tool (${where})`).toHaveURL(
    new RegExp(`${safetyPath[locale]}$`),
  );
}

/**
 * For each of the wizard page's own scripts in turn, on one page: open the page (after another, so Back has
 * somewhere to go) with that script faulty, wait until the rest has had time to come to life, and run `check`.
 */
async function forEachChunk(
  page: Page,
  locale: Locale,
  fault: Fault,
  check: (chunk: string, seen: Leaving[]) => Promise<void>,
) {
  const chunks = await chunksOf(page, wizardPath[locale]);
  expect(chunks.length, 'the page loads scripts of its own').toBeGreaterThan(3);
  const seen = await watchLeaving(page);
  for (const chunk of chunks) {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await withFault(page, chunk, fault);
    await page.goto(safetyPath[locale], { waitUntil: 'commit' });
    await page.goto(wizardPath[locale], { waitUntil: 'domcontentloaded' });
    await expect(
      page.getByRole('heading', { level: 1, name: messagesFor(locale).role.heading, exact: true }),
    ).toBeVisible();
    // By now the other scripts have arrived and part of the page has come to life: the moment the exit's old
    // inline script could no longer see the click.
    await page.waitForTimeout(1000);
    await check(chunk, seen);
  }
}

test.describe('the quick exit with any one of the page’s scripts delayed, blocked or damaged', () => {
  for (const locale of locales) {
    for (const fault of ['delayed', 'blocked', 'damaged'] as const) {
      test(`every chunk ${fault} in turn: the exit blanks the page and leaves with no history entry (${locale})`, async ({
        page,
      }) => {
        await forEachChunk(page, locale, fault, (chunk, seen) =>
          expectExitLeavesCleanly(
            page,
            locale,
            seen,
            () => exitLink(page, locale).click({ noWaitAfter: true }),
            `${chunk} ${fault}`,
          ),
        );
      });
    }

    test(`Shift pressed 3 times exits with each chunk held back in turn (${locale})`, async ({ page }) => {
      await forEachChunk(page, locale, 'delayed', (chunk, seen) =>
        expectExitLeavesCleanly(
          page,
          locale,
          seen,
          async () => {
            for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
          },
          `${chunk} delayed, Shift × 3`,
        ),
      );
    });
  }
});

test.describe('a script that arrives damaged is treated like one that never arrived', () => {
  for (const locale of locales) {
    test(`with each chunk damaged in turn, Continue either works or the page says it did not load completely (${locale})`, async ({
      browser,
      baseURL,
    }) => {
      const t = messagesFor(locale);
      const probePage = await browser.newPage({ baseURL });
      const chunks = await chunksOf(probePage, wizardPath[locale]);
      await probePage.close();
      let failedSeen = 0;
      for (const chunk of chunks) {
        const context = await browser.newContext({ baseURL });
        const page = await context.newPage();
        try {
          await withFault(page, chunk, 'damaged');
          setLocale(page, locale);
          await page.goto(wizardPath[locale]);
          await page.waitForLoadState('load');
          const loadFailed = page.getByRole('heading', { name: t.role.loadFailed.heading });
          const danger = stepHeading(page, 'danger');
          // Give the page the time a slow one would take; it must end in one of two states, never "still loading".
          await expect
            .poll(
              async () => {
                if (await loadFailed.isVisible()) return 'failed';
                const role = page.getByRole('radio', { name: t.role.options.self });
                if (await role.isVisible()) {
                  await role.check().catch(() => {});
                  await page
                    .getByRole('button', { name: t.common.continue, exact: true })
                    .click({ timeout: 1000 })
                    .catch(() => {});
                }
                return (await danger.isVisible()) ? 'works' : 'waiting';
              },
              { message: `${chunk} damaged: the page works or says it did not load`, timeout: 15_000 },
            )
            .not.toBe('waiting');
          if (await loadFailed.isVisible()) {
            failedSeen += 1;
            // What still works is said, the question is hidden, and 911 and the hotline are at the top.
            await expect(page.getByText(t.role.stillWorks)).toBeVisible();
            await expect(page.getByRole('radio', { name: t.role.options.self })).toBeHidden();
            await expect(page.getByText(t.role.stillLoading)).toBeHidden();
            await expect(page.locator('header a[href="tel:911"]')).toBeVisible();
          }
        } finally {
          await context.close();
        }
      }
      expect(failedSeen, 'some chunk is needed for the question, and its damage is reported').toBeGreaterThan(0);
    });
  }
});

test.describe('no address can take the exit, 911 and the hotline away', () => {
  const addresses = [
    ['//', '/', 'en'],
    ['//fr/', '/fr/', 'fr'],
    ['//trainer/', '/trainer/', 'en'],
    ['//safety/', '/safety/', 'en'],
    ['//fr/securite/', '/fr/securite/', 'fr'],
    ['//fr/formation/', '/fr/formation/', 'fr'],
    ['//services/', '/services/', 'en'],
    ['//fr/services/', '/fr/services/', 'fr'],
    ['//data/', '/data/', 'en'],
    ['//fr/donnees/', '/fr/donnees/', 'fr'],
    ['///', '/', 'en'],
    ['/fr//', '/fr/', 'fr'],
    ['/safety//', '/safety/', 'en'],
    ['//trainer//', '/trainer/', 'en'],
  ] as const;
  for (const [address, plain, locale] of addresses) {
    test(`${address} shows its page at ${plain}, with the exit, 911 and the hotline, no error and no CSP violation`, async ({
      page,
      baseURL,
    }) => {
      const probe = await privacyProbe(page);
      const errors = collectConsoleErrors(page);
      setLocale(page, locale);
      await page.goto(safetyPath[locale]);
      await page.goto(`${baseURL}${address}`);
      await probe.markLoaded();
      await expect(page).toHaveURL(new RegExp(`^https?://[^/]+${plain.replace(/\//g, '\\/')}$`));
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('header a[href="tel:911"]')).toBeVisible();
      await expect(
        page.locator(`header a[href="tel:${mainPhone('human-trafficking-hotline').replace(/\D/g, '')}"]`),
      ).toBeVisible();
      await waitForHydration(page, exitLink(page, locale));
      expect(await probe.cspViolations(), 'CSP violations').toEqual([]);
      expect(errors, 'errors on the page').toEqual([]);
      const historyLength = await page.evaluate(() => history.length);
      await exitLink(page, locale).click();
      await page.waitForURL(`${exitHost[locale]}**`);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
    });
  }

  test('an error outside every boundary of the shell still shows the exit, 911 and the hotline (app/global-error.tsx)', async ({
    page,
  }) => {
    const t = messagesFor('en');
    // The trainer page listens for a new share link before its shell renders: break that, and only the page's
    // last fail-safe (app/global-error.tsx) is left to catch it.
    await page.addInitScript(() => {
      const add = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, ...rest: unknown[]) => {
        if (type === 'hashchange') throw new Error('forced failure outside the shell');
        return (add as (...a: unknown[]) => void)(type, ...rest);
      }) as typeof window.addEventListener;
    });
    const probe = await privacyProbe(page);
    await page.goto(safetyPath.en);
    await page.goto(trainerPath.en);
    await expect(page.getByRole('heading', { level: 1, name: t.failSafe.heading })).toBeVisible();
    await expect(page.locator('header a[href="tel:911"]')).toBeVisible();
    await expect(page.getByRole('main')).toContainText(t.common.hotlineDutyToReport);
    // Still styled: the page's stylesheet outlives the layout that brought it, so the exit stays a red button.
    await expect(exitLink(page)).toHaveCSS('background-color', 'rgb(179, 0, 0)');
    expect(await probe.cspViolations(), 'CSP violations').toEqual([]);
    const historyLength = await page.evaluate(() => history.length);
    await exitLink(page).click();
    await page.waitForURL(`${exitHost.en}**`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });
});

test.describe('every movement within the tool keeps one history entry', () => {
  for (const locale of locales) {
    const t = messagesFor(locale);
    for (const hydrated of [true, false]) {
      test(`the skip link moves focus to the content without changing the address (${locale}, ${hydrated ? 'after' : 'before'} the script has taken over)`, async ({
        page,
      }) => {
        if (!hydrated) await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
        setLocale(page, locale);
        await page.goto(safetyPath[locale]);
        await page.goto(wizardPath[locale]);
        if (hydrated) await waitForHydration(page, exitLink(page, locale));
        const before = await page.evaluate(() => ({ url: location.href, length: history.length }));
        await page.keyboard.press('Tab');
        await expect(page.getByRole('link', { name: t.skipLink })).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('main')).toBeFocused();
        expect(await page.evaluate(() => ({ url: location.href, length: history.length }))).toEqual(before);
      });
    }
  }

  /** Every link to a page of the tool (and within the page) on a screen, followed one by one from a fresh load. */
  async function followEveryToolLink(page: Page, path: string, locale: Locale) {
    setLocale(page, locale);
    const hrefs = await (async () => {
      await page.goto(path);
      await waitForHydration(page, exitLink(page, locale));
      return page
        .locator('a[href]')
        .evaluateAll((links) =>
          links
            .filter((a) => (a as HTMLAnchorElement).origin === location.origin && !a.classList.contains('btn-exit'))
            .map((a) => a.getAttribute('href') ?? ''),
        );
    })();
    expect(hrefs.length, `${path} has links of the tool`).toBeGreaterThan(0);
    for (const [index, href] of hrefs.entries()) {
      await page.goto(safetyPath[locale]);
      await page.goto(path);
      await waitForHydration(page, exitLink(page, locale));
      const length = await page.evaluate(() => history.length);
      const link = page.locator(`a[href="${href}"]`).first();
      const here = new URL(page.url());
      const target = new URL(href, here);
      // The wizard's language switch changes the language in place once the script runs (it says so).
      const inPlace = (await link.getAttribute('data-in-place')) !== null;
      const leaves = !inPlace && (target.pathname !== here.pathname || target.search !== here.search);
      // Followed with the keyboard: the skip link shows only when focused.
      await link.focus();
      await Promise.all([
        leaves ? page.waitForURL((url) => url.pathname === target.pathname) : null,
        page.keyboard.press('Enter'),
      ]);
      await page.waitForLoadState('load');
      await expect
        .poll(() => page.evaluate(() => history.length), `${path}: link ${index} (${href}) adds no history entry`)
        .toBe(length);
    }
  }

  for (const locale of locales) {
    test(`the start screen, the safety page and the trainer page: no link adds a history entry (${locale})`, async ({
      page,
    }) => {
      await followEveryToolLink(page, wizardPath[locale], locale);
      await followEveryToolLink(page, safetyPath[locale], locale);
      await followEveryToolLink(page, trainerPath[locale], locale);
    });
  }

  test('the page for an address that does not exist: its way back replaces it', async ({ page }) => {
    const t = messagesFor('en');
    await page.goto(safetyPath.en);
    await page.goto('/no-such-page/');
    await waitForHydration(page, exitLink(page, 'en').or(page.locator('a.btn-exit')).first());
    const length = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: t.notFound.back }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.role.heading, exact: true })).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${safetyPath.en}$`));
  });

  test('the page-wide fail-safe: Start again replaces the page', async ({ page }) => {
    const t = messagesFor('en');
    await page.addInitScript(() => {
      Object.defineProperty(window, 'ResizeObserver', {
        configurable: true,
        value: function brokenResizeObserver() {
          throw new Error('forced failure for the page-wide fail-safe test');
        },
      });
    });
    await page.goto(safetyPath.en);
    // With the plain title on, the address is not the one Start again links to: a plain link would push.
    await page.goto('/?title=plain');
    const restart = page.getByRole('link', { name: t.failSafe.restart, exact: true });
    await expect(restart).toBeVisible();
    const length = await page.evaluate(() => history.length);
    await restart.click();
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  for (const locale of locales) {
    test(`a whole worker journey, every Back and Change, and the trainer's link on a trainer's summary: one history entry (${locale})`, async ({
      page,
    }) => {
      const t = messagesFor(locale);
      await page.goto(safetyPath[locale]);
      await startWizard(page, { locale });
      const length = await page.evaluate(() => history.length);
      await driveTo(page, { ...everyStepAnswers, role: 'trainer' }, { locale });
      await expectStep(page, 'summary');
      expect(await page.evaluate(() => history.length), 'answering every question').toBe(length);
      await backButton(page).click();
      await expectStep(page, 'review');
      await page.getByRole('button', { name: t.review.confirm, exact: true }).click();
      await expectStep(page, 'summary');
      const trainerLink = page.locator(`main a[href^="${trainerPath[locale]}"]`).first();
      await trainerLink.click();
      await expect(page).toHaveURL(new RegExp(`${trainerPath[locale]}`));
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      expect(await page.evaluate(() => history.length), 'the trainer page took the wizard’s place').toBe(length);
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${safetyPath[locale]}$`));
    });
  }
});

test.describe('trainer mode reads a share link whenever it changes', () => {
  for (const locale of locales) {
    const tt = trainerMessages[locale];
    const scenario = scenarios[0];
    const good = encodeAnswers(scenario.answers);
    test(`a new link after load opens, a damaged one says so, and opening a scenario clears both (${locale})`, async ({
      page,
    }) => {
      setLocale(page, locale);
      await page.goto(trainerPath[locale]);
      await waitForHydration(page, exitLink(page, locale));
      const nowShowing = page.locator('[data-session-name]');
      const problem = page.locator('[data-share-error]');
      const setHash = (hash: string) => page.evaluate((h) => (location.hash = h), hash);

      await setHash(`a=${good}`);
      await expect(nowShowing).toHaveText(tt.scenarios.nowShowing(tt.scenarios.shared));
      await expect(stepHeading(page, 'summary')).toBeVisible();

      await setHash('a=damaged$');
      await expect(problem).toBeVisible();
      await expect(problem).toContainText(tt.linkError.heading);
      await expect(nowShowing, 'the damaged link loads nothing').not.toHaveText(
        tt.scenarios.nowShowing(tt.scenarios.shared),
      );

      await setHash(`a%3D${good}`);
      await expect(problem, 'a good link clears the message').toBeHidden();
      await expect(nowShowing).toHaveText(tt.scenarios.nowShowing(tt.scenarios.shared));

      await setHash(`A=${good}`);
      await expect(nowShowing).toHaveText(tt.scenarios.nowShowing(tt.scenarios.shared));
      await expect(problem).toBeHidden();

      await setHash('b=1');
      await expect(problem).toContainText(tt.linkError.problems.noScenario);

      // Opening a scenario from the page: the message goes, and so does the bad fragment from the address.
      const length = await page.evaluate(() => history.length);
      await page.locator('[data-scenario-id]').first().getByRole('button').first().click();
      await expect(problem).toBeHidden();
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(await page.evaluate(() => history.length)).toBe(length);
      await page.reload();
      await waitForHydration(page, exitLink(page, locale));
      await expect(problem, 'a reload does not bring the old link back').toBeHidden();
    });
  }
});

test.describe('Back in the page', () => {
  for (const locale of locales) {
    test(`a double click on Back goes back one step, not two (${locale})`, async ({ page }) => {
      await driveTo(page, everyStepAnswers, { locale, stopAt: 'indigenous' });
      await backButton(page).dblclick();
      await expectStep(page, 'region');
      await page.waitForTimeout(300);
      await expectStep(page, 'region');
      // Two separate clicks still go back two steps.
      await backButton(page).click();
      await expectStep(page, 'inCare');
      await backButton(page).click();
      await expectStep(page, 'age');
      await expect(radio(page, 'age', everyStepAnswers.age)).toBeChecked();
    });
  }
});
