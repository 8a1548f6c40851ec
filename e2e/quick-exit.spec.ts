import { test } from '@playwright/test';
import { answerForNeutralSite, expectNoTrace } from './support/safety';
import {
  driveTo,
  everyStepAnswers,
  exitHost,
  exitLink,
  radio,
  messagesFor,
  privacyProbe,
  safetyPath,
  startWizard,
  waitForHydration,
  expect,
  withoutJavaScript,
} from './support/wizard';

/**
 * Issue 3: the quick exit must leave at once, without a way Back and without leaving answers behind: by its
 * button, by Shift pressed 3 times, before the page's script has taken over and with JavaScript off.
 */

// Let the page register a service worker if it tries to, so the test can see it (the config blocks them by default).
test.use({ serviceWorkers: 'allow' });

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
      await withoutJavaScript(browser, { baseURL }, async (page) => {
        await answerForNeutralSite(page, locale);
        await page.goto(locale === 'en' ? '/' : '/fr/');
        await exitLink(page, locale).click();
        await page.waitForURL(`${exitHost[locale]}**`);
        await expect(page).toHaveTitle('Weather');
      });
    });
  }
});
