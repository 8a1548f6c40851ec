import { test, type Locator, type Page } from '@playwright/test';
import { getService, mainPhone, type Answers, type Locale } from '../rules';
import {
  answer,
  backButton,
  completeJourney,
  continueButton,
  driveTo,
  everyStepAnswers,
  exitHost,
  exitLink,
  radio,
  expectStep,
  messagesFor,
  privacyProbe,
  safetyPath,
  servicesPath,
  dataPath,
  setLocale,
  startWizard,
  stepHeading,
  summaryServiceIds,
  type PrivacyProbe,
  type Step,
  waitForHydration,
  expect,
} from './support/wizard';

// Full journeys on a shared, sometimes heavily loaded machine: room beyond the default 60 s.
test.describe.configure({ timeout: 120_000 });

/**
 * Issue 3: a survivor may be on a shared or watched phone. Nothing may leave the browser, nothing may be kept, and
 * the quick exit must leave at once without a way Back.
 */

// Let the page register a service worker if it tries to, so the test can see it (the config blocks them by default).
test.use({ serviceWorkers: 'allow' });

const emptyStorage = { cookies: [], localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 };

/** The neutral site the exit leaves for, answered locally: the tests never reach the real one. */
function answerForNeutralSite(page: Page, locale: Locale) {
  return page.route(`${exitHost[locale]}**`, (route) =>
    route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
  );
}

/** The exit link (by default the page's own) is inside the viewport and nothing covers its centre. */
async function expectExitInView(page: Page, where: string, link: Locator = exitLink(page)) {
  await expect.soft(link, `exit visible (${where})`).toBeVisible();
  const box = await link.boundingBox();
  const viewport = page.viewportSize()!;
  expect.soft(box, `exit has a box (${where})`).not.toBeNull();
  if (box) {
    const inside =
      box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
    expect
      .soft(inside, `exit inside the ${viewport.width}×${viewport.height} viewport (${where}): ${JSON.stringify(box)}`)
      .toBe(true);
  }
  const hit = await link.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return top === el || (top !== null && el.contains(top)) ? 'link' : (top?.outerHTML.slice(0, 120) ?? 'nothing');
  });
  expect.soft(hit, `nothing covers the exit (${where})`).toBe('link');
}

async function expectNoTrace(page: Page, probe: PrivacyProbe, where: string) {
  expect.soft(probe.crossOrigin(), `cross-origin requests (${where})`).toEqual([]);
  expect.soft(probe.afterLoad(), `requests after the page had loaded (${where})`).toEqual([]);
  expect.soft(await probe.cspViolations(), `CSP violations (${where})`).toEqual([]);
  expect.soft(await probe.storage(), `cookies, storage and service workers (${where})`).toEqual(emptyStorage);
}

const journeys: { name: string; locale: Locale; answers: Answers }[] = [
  {
    name: 'a survivor in danger',
    locale: 'en',
    answers: { role: 'self', danger: 'yes', age: '25-plus', region: 'toronto', indigenous: 'no', needs: [] },
  },
  {
    name: 'a worker with a 16-year-old First Nations client in Durham who needs housing',
    locale: 'en',
    answers: {
      role: 'worker',
      danger: 'no',
      age: '16-17',
      inCare: 'no',
      region: 'durham',
      indigenous: 'first-nations',
      needs: ['housing'],
    },
  },
  {
    name: 'someone who prefers not to say, in French',
    locale: 'fr',
    answers: {
      role: 'self',
      danger: 'unsure',
      age: 'unknown',
      inCare: 'unknown',
      region: 'unknown',
      indigenous: 'unknown',
      needs: [],
    },
  },
  {
    name: 'a trainer asking for every kind of help',
    locale: 'en',
    answers: {
      role: 'trainer',
      danger: 'no',
      age: 'under-16',
      region: 'thunder-bay',
      indigenous: 'metis',
      needs: [
        'safety-planning',
        'counselling',
        'addiction',
        'tattoo-removal',
        'id-replacement',
        'housing',
        'court-support',
        'restraining-order',
        'skills-training',
        'cultural-supports',
        'report-tip',
        'learn-more',
        'training',
      ],
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

test.describe('quick exit', () => {
  for (const locale of ['en', 'fr'] as const) {
    const t = messagesFor(locale);

    test(`"${t.exit.button}" leaves for the neutral site with location.replace: no history entry, Back does not return (${locale})`, async ({
      page,
    }) => {
      const probe = await privacyProbe(page);
      // The page the person was on before: Back must lead there, never to the wizard.
      await page.goto(safetyPath[locale]);
      await startWizard(page, { locale });
      await probe.markLoaded();
      await driveTo(page, everyStepAnswers, { stopAt: 'region' });
      const historyLength = await page.evaluate(() => history.length);
      await expectNoTrace(page, probe, 'before the exit');

      await exitLink(page).click();
      await page.waitForURL(`${exitHost[locale]}**`);
      await expect(page).toHaveTitle('Weather');
      expect(await page.evaluate(() => history.length), 'the exit replaces the wizard in the history').toBe(
        historyLength,
      );

      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${safetyPath[locale]}$`));
      await expect(page.getByRole('heading', { level: 1, name: t.safetyPage.heading })).toBeVisible();
      // Back on the site's origin after the exit: still nothing kept, nothing sent elsewhere.
      await expectNoTrace(page, probe, 'after the exit');
      // Forward goes to the neutral site again, not to the wizard.
      await page.goForward();
      await expect(page).toHaveURL(new RegExp(`^${exitHost[locale]}`));
    });
  }

  for (const locale of ['en', 'fr'] as const) {
    test(`before the page's script has taken over, the exit still leaves with location.replace (${locale})`, async ({
      page,
    }) => {
      // The page's own scripts never arrive, so React never hydrates: the exit is the server-rendered link, with
      // only the page guard, components/ui/page-guard.tsx, behind it.
      await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
      await answerForNeutralSite(page, locale);
      await page.goto(safetyPath[locale]);
      await page.goto(locale === 'en' ? '/' : '/fr/');
      await expect(
        page.getByRole('heading', { level: 1, name: messagesFor(locale).role.heading, exact: true }),
      ).toBeVisible();
      const historyLength = await page.evaluate(() => history.length);
      await exitLink(page, locale).click();
      await page.waitForURL(`${exitHost[locale]}**`);
      expect(await page.evaluate(() => history.length), 'the exit replaces the page in the history').toBe(
        historyLength,
      );
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${safetyPath[locale]}$`));
    });
  }

  test('the tool’s pages take each other’s place in the history, so after the exit none of them is left in it', async ({
    page,
  }) => {
    const en = messagesFor('en');
    const fr = messagesFor('fr');
    // A link of the tool follows with location.replace only once the script has taken over.
    const hydratedLink = async (name: string) => {
      const link = page.getByRole('link', { name });
      await waitForHydration(page, link);
      return link;
    };
    await privacyProbe(page);
    // The page the person was on before the tool (answered locally by the probe): Back after the exit leads there.
    await page.goto(exitHost.en);
    await startWizard(page);
    const historyLength = await page.evaluate(() => history.length);

    await (await hydratedLink(en.role.safetyLink)).click();
    await expect(page.getByRole('heading', { level: 1, name: en.safetyPage.heading })).toBeVisible();
    await (await hydratedLink(en.language.label)).click();
    await expect(page.getByRole('heading', { level: 1, name: fr.safetyPage.heading })).toBeVisible();
    await (await hydratedLink(fr.safetyPage.back)).click();
    await expect(page.getByRole('heading', { level: 1, name: fr.role.heading })).toBeVisible();
    expect(await page.evaluate(() => history.length), 'three pages of the tool, one history entry').toBe(historyLength);

    await exitLink(page, 'fr').click();
    await page.waitForURL(`${exitHost.fr}**`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.goBack();
    await expect(page).toHaveURL(exitHost.en);
  });

  test('the exit blanks the page and clears every answer before the neutral site arrives', async ({ page }) => {
    const t = messagesFor('en');
    // While the neutral site is on its way, the page left behind still runs: report what it shows, from the moment
    // it starts to leave (beforeunload) and on every change after, through a binding.
    type Snapshot = {
      when: string;
      mainVisibility: string;
      heading: string;
      radios: number;
      checked: number;
      alert: string;
    };
    const snapshots: Snapshot[] = [];
    await page.exposeFunction('__reportLeaving', (snapshot: Snapshot) => snapshots.push(snapshot));
    await page.addInitScript(() => {
      const report = (when: string) => {
        const main = document.querySelector('main');
        (window as unknown as { __reportLeaving: (s: unknown) => void }).__reportLeaving({
          when,
          mainVisibility: main ? getComputedStyle(main).visibility : 'no main',
          heading: document.querySelector('h1')?.textContent ?? '',
          radios: document.querySelectorAll('input[type="radio"]').length,
          checked: document.querySelectorAll('input[type="radio"]:checked').length,
          // What a screen reader is told: the text of an alert that is not hidden.
          alert: [...document.querySelectorAll('[role="alert"]')]
            .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.textContent)
            .map((el) => el.textContent)
            .join(' '),
        });
      };
      window.addEventListener('beforeunload', () => {
        report('beforeunload');
        // Report once more, when the heading on screen changes (the wizard re-renders), and then stop watching.
        const before = document.querySelector('h1')?.textContent;
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent === before) return;
          observer.disconnect();
          report('after');
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
    // Hold the neutral site's response until the page left behind has shown a cleared wizard.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${exitHost.en}**`, async (route) => {
      await released;
      await route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' });
    });
    await driveTo(page, everyStepAnswers, { stopAt: 'indigenous' });
    await radio(page, 'indigenous', 'metis').check();
    // Do not wait for the navigation the click starts: it is held until the checks below are done.
    await exitLink(page).click({ noWaitAfter: true });

    await expect.poll(() => snapshots.length, 'the page reports that it is leaving').toBeGreaterThan(0);
    expect(snapshots[0].when).toBe('beforeunload');
    expect(snapshots[0].mainVisibility, 'the page is blanked at once, before leaving').toBe('hidden');
    // The answers are cleared from memory: the wizard underneath goes back to its start, nothing chosen.
    await expect
      .poll(() => snapshots.at(-1)?.heading, 'the wizard is reset while the neutral site loads')
      .toBe(t.role.heading);
    expect(snapshots.at(-1)).toMatchObject({
      mainVisibility: 'hidden',
      radios: Object.keys(t.role.options).length,
      checked: 0,
    });
    // The blank page says, in neutral words, that something is loading, and a screen reader hears it.
    await expect.poll(() => snapshots.at(-1)?.alert, 'the overlay is shown and announced').toBe(t.exit.leaving);
    release();
    await page.waitForURL(`${exitHost.en}**`);
  });

  for (const locale of ['en', 'fr'] as const) {
    const t = messagesFor(locale);
    test(`Shift pressed 3 times exits, announcing the presses as they count (${locale})`, async ({ page }) => {
      const probe = await privacyProbe(page);
      await page.goto(safetyPath[locale]);
      await startWizard(page, { locale });
      await probe.markLoaded();
      await driveTo(page, everyStepAnswers, { stopAt: 'age' });
      const historyLength = await page.evaluate(() => history.length);
      const status = page.getByRole('status');

      await page.keyboard.press('Shift');
      await expect(status).toHaveText(t.exit.pressTwoMore);
      await page.keyboard.press('Shift');
      await expect(status).toHaveText(t.exit.pressOneMore);
      await page.keyboard.press('Shift');
      await page.waitForURL(`${exitHost[locale]}**`);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${safetyPath[locale]}$`));
      await expectNoTrace(page, probe, 'after the Shift exit');
    });
  }

  test('Shift held to type a capital letter does not count towards the exit', async ({ page }) => {
    const t = messagesFor('en');
    await startWizard(page);
    const status = page.getByRole('status');
    // Three capital letters, each typed with Shift held: none is a press towards the exit.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Shift');
    }
    // A lone Shift press afterwards is the first one.
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(t.exit.pressTwoMore);
    await expect(page).toHaveURL(/127\.0\.0\.1/);
  });

  for (const locale of ['en', 'fr'] as const) {
    test(`with JavaScript disabled, the exit link still leaves for the neutral site (${locale})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      try {
        const page = await context.newPage();
        await answerForNeutralSite(page, locale);
        await page.goto(locale === 'en' ? '/' : '/fr/');
        await exitLink(page, locale).click();
        await page.waitForURL(`${exitHost[locale]}**`);
        await expect(page).toHaveTitle('Weather');
      } finally {
        await context.close();
      }
    });
  }
});

test.describe('before the page has come to life: without JavaScript, a script lost, Continue pressed too early', () => {
  for (const locale of ['en', 'fr'] as const) {
    test(`the start page says the questions need it, hides what cannot work, and keeps 911, the hotline and the exit (${locale})`, async ({
      browser,
      baseURL,
    }) => {
      const t = messagesFor(locale);
      // Some browsers turn JavaScript off for privacy (Tor Browser at its safest setting, for one).
      const context = await browser.newContext({
        javaScriptEnabled: false,
        baseURL,
        viewport: { width: 320, height: 568 },
      });
      try {
        const page = await context.newPage();
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
      } finally {
        await context.close();
      }
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

/** 911 and the hotline are in the help bar, visible and inside the viewport: never more than one glance away. */
async function expectHelpInView(page: Page, locale: Locale, where: string) {
  const helpBar = page.getByRole('complementary', { name: messagesFor(locale).helpBar.label });
  for (const id of ['emergency-911', 'human-trafficking-hotline'] as const) {
    const call = helpBar.locator(`a[href="tel:${mainPhone(id).replace(/\D/g, '')}"]`);
    await expect.soft(call, `${id} in the help bar (${where})`).toBeVisible();
    await expect.soft(call, `${id} in the help bar, in view (${where})`).toBeInViewport();
  }
}

/** The page's language as the page says it (the wizard switches in place). */
const pageLocale = async (page: Page): Promise<Locale> =>
  (await page.locator('html').getAttribute('lang')) === 'fr' ? 'fr' : 'en';

test.describe('the exit control and the help bar at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  async function checkBothEnds(page: Page, where: string) {
    // Nothing wider than the screen (WCAG 1.4.10 Reflow): a sideways scroll would hide part of the header.
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect
      .soft(widths.scroll, `no horizontal scrolling at ${widths.client} px (${where})`)
      .toBeLessThanOrEqual(widths.client);
    const locale = await pageLocale(page);
    await expectExitInView(page, `${where}, top of the page`);
    await expectHelpInView(page, locale, `${where}, top of the page`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1))
      .toBe(true);
    await expectExitInView(page, `${where}, scrolled to the bottom`);
    await expectHelpInView(page, locale, `${where}, scrolled to the bottom`);
    // The help bar offers the hotline on every screen, so every screen says the hotline's own duty to report, at its
    // foot, where the bottom of the page now is.
    const t = messagesFor(locale);
    await expect
      .soft(page.getByRole('contentinfo'), `the hotline's duty to report (${where})`)
      .toContainText(`${t.helpBar.hotlineNote} ${t.common.hotlineDutyToReport}`);
    await expect
      .soft(page.getByRole('contentinfo'), `the hotline's duty to report in view at the bottom (${where})`)
      .toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  for (const locale of ['en', 'fr'] as const) {
    test(`the exit and the help bar stay in view on every step, which says the hotline's duty to report, with no sideways scrolling (${locale})`, async ({
      page,
    }) => {
      const t = messagesFor(locale);
      await startWizard(page, { locale });
      await continueButton(page).click();
      await expect(page.getByRole('alert', { name: t.errors.summaryTitle })).toBeVisible();
      await checkBothEnds(page, 'start, with the error shown');
      const seen: Step[] = [];
      await driveTo(page, everyStepAnswers, {
        onStep: async (step) => {
          seen.push(step);
          await checkBothEnds(page, step);
        },
      });
      expect(seen).toEqual([
        'role',
        'danger',
        'emergency',
        'age',
        'inCare',
        'region',
        'indigenous',
        'needs',
        'review',
        'summary',
      ]);
      await page.goto(safetyPath[locale]);
      await checkBothEnds(page, 'safety page');
    });
  }

  test('at 200% zoom (a 1280×800 screen seen as 640×400), the exit and the help bar stay in view on every step, with no sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await startWizard(page, { locale: 'fr' });
    const seen: Step[] = [];
    await driveTo(page, everyStepAnswers, {
      onStep: async (step) => {
        seen.push(step);
        await checkBothEnds(page, `${step}, 640×400`);
      },
    });
    expect(seen).toEqual([
      'role',
      'danger',
      'emergency',
      'age',
      'inCare',
      'region',
      'indigenous',
      'needs',
      'review',
      'summary',
    ]);
  });

  test('on a phone, each new step shows its Back button below the sticky header, with the heading focused', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await startWizard(page);
    const checked: Step[] = [];
    await driveTo(page, everyStepAnswers, {
      onStep: async (step) => {
        if (step === 'role') return;
        // The step's heading (on the area step, the label inside it) has the focus.
        await expect(page.locator('[data-step-heading]'), `focus on the ${step} step's heading`).toBeFocused();
        const back = backButton(page);
        await expect(back, `Back on the ${step} step`).toBeInViewport();
        const covered = await back.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return top === el || (top !== null && el.contains(top)) ? '' : (top?.outerHTML.slice(0, 100) ?? 'nothing');
        });
        expect(covered, `nothing covers Back on the ${step} step`).toBe('');
        checked.push(step);
      },
    });
    expect(checked).toEqual([
      'danger',
      'emergency',
      'age',
      'inCare',
      'region',
      'indigenous',
      'needs',
      'review',
      'summary',
    ]);
  });

  test('the sticky header never covers the focused control (WCAG 2.4.11)', async ({ page }) => {
    test.setTimeout(240_000);
    /** Tab through the whole page, forward then back; each focused control in <main> must be hit-testable. */
    async function walk(where: string) {
      for (const key of ['Tab', 'Shift+Tab']) {
        const seen = new Set<string>();
        for (let i = 0; i < 200; i++) {
          await page.keyboard.press(key);
          const state = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return { id: 'body', inMain: false, covered: '' };
            const r = el.getBoundingClientRect();
            // A link that wraps has one box per line: hit-test the centre of each; covered means the sticky header
            // (the banner with the exit) is what is drawn there.
            const header = document.querySelector('header');
            const covering = [...el.getClientRects()]
              .map((box) => document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2))
              .find((top) => top !== null && header !== null && header.contains(top) && !el.contains(top));
            return {
              id: `${el.tagName}:${el.id}:${el.textContent?.slice(0, 40)}:${Math.round(r.y + window.scrollY)}`,
              inMain: !!el.closest('main'),
              covered: covering ? `${el.outerHTML.slice(0, 100)} is under ${covering.outerHTML.slice(0, 100)}` : '',
            };
          });
          if (seen.has(state.id)) break;
          seen.add(state.id);
          if (state.inMain) expect.soft(state.covered, `focused control covered (${where}, ${key})`).toBe('');
        }
      }
    }
    await driveTo(page, everyStepAnswers, {
      onStep: async (step) => (['needs', 'review', 'summary'].includes(step) ? walk(step) : undefined),
    });
  });
});

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
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL,
      viewport: { width: 320, height: 568 },
    });
    try {
      const page = await context.newPage();
      await answerForNeutralSite(page, 'en');
      await page.goto(missing);
      await bilingualExit(page).click();
      await page.waitForURL(`${exitHost.en}**`);
      await expect(page).toHaveTitle('Weather');
    } finally {
      await context.close();
    }
  });
});
