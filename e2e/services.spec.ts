import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import { en } from '../components/content/en';
import { servicesMessages } from '../components/services/content';
import { mainPhone, searchPlaces, unambiguousArea, type DirectoryNeed, type Locale } from '../rules';
import { browseCount, browseDirectory } from '../rules/browse';
import {
  exitHost,
  exitLink,
  expect,
  languageSwitch,
  messagesFor,
  privacyProbe,
  servicesPath,
  waitForHydration,
  withoutJavaScript,
  wizardPath,
  type PrivacyProbe,
} from './support/wizard';

/**
 * Issue 21, part 2: every service without the questions, at /services/ and /fr/services/. Narrowed by a typed place
 * and a kind of help, in both languages, with the quick exit and the help bar; nothing leaves the browser and
 * nothing is kept; the address never changes; axe finds nothing.
 */

// Let the page register a service worker if it tries to, so the test can see it (the config blocks them by default).
test.use({ serviceWorkers: 'allow' });

const total = browseCount(browseDirectory());
const emptyStorage = { cookies: [], localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 };

const needLabel = (need: DirectoryNeed, locale: Locale) => messagesFor(locale).needs.options[need];

async function openServices(page: Page, locale: Locale) {
  await page.goto(servicesPath[locale]);
  await expect(page.getByRole('heading', { level: 1, name: servicesMessages[locale].services.heading })).toBeVisible();
  await waitForHydration(page, page.getByRole('searchbox', { name: messagesFor(locale).region.searchLabel }));
}

/** The entries the page lists, in order. */
const listed = (page: Page) =>
  page.locator('[data-entry-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')));

async function expectNoTrace(page: Page, probe: PrivacyProbe, where: string) {
  expect.soft(probe.crossOrigin(), `cross-origin requests (${where})`).toEqual([]);
  expect.soft(probe.afterLoad(), `requests after the page had loaded (${where})`).toEqual([]);
  expect.soft(await probe.cspViolations(), `CSP violations (${where})`).toEqual([]);
  expect.soft(await probe.storage(), `cookies, storage and service workers (${where})`).toEqual(emptyStorage);
}

async function expectHelpAndExitInView(page: Page, locale: Locale) {
  const helpBar = page.getByRole('complementary', { name: messagesFor(locale).helpBar.label });
  for (const id of ['emergency-911', 'human-trafficking-hotline'] as const) {
    await expect(helpBar.locator(`a[href="tel:${mainPhone(id).replace(/\D/g, '')}"]`)).toBeInViewport();
  }
  await expect(exitLink(page, locale)).toBeInViewport();
}

const journeys = [
  { locale: 'en', place: 'Sarnia', need: 'housing' },
  { locale: 'fr', place: 'Scarborough', need: 'counselling' },
] as const;

test.describe('the services page, narrowed by a typed place and a kind of help', () => {
  for (const { locale, place, need } of journeys) {
    test(`lists what the directory has for ${place} and “${needLabel(need, locale)}”, keeps the address, and the exit leaves (${locale})`, async ({
      page,
    }) => {
      const s = servicesMessages[locale];
      const t = messagesFor(locale);
      const area = unambiguousArea(searchPlaces(place, locale));
      expect(area, `${place} leads to one area`).toBeDefined();
      const probe = await privacyProbe(page);
      await page.route(`${exitHost[locale]}**`, (route) =>
        route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
      );
      await openServices(page, locale);
      await probe.markLoaded();
      const address = page.url();
      const historyLength = await page.evaluate(() => history.length);
      await expect(page.getByRole('status').filter({ hasText: s.services.count(total, total) })).toBeVisible();
      expect(await listed(page)).toHaveLength(total);
      await expectHelpAndExitInView(page, locale);

      await page.getByRole('searchbox', { name: t.region.searchLabel }).fill(place);
      const areaSelect = page.getByRole('combobox', { name: s.services.areaLabel, exact: true });
      await expect(areaSelect).toHaveValue(area!);
      await page
        .getByRole('combobox', { name: s.services.needLabel, exact: true })
        .selectOption({ label: needLabel(need, locale) });

      const sections = browseDirectory({ area: area!, need, french: locale === 'fr' });
      const expected = sections.flatMap((section) => section.items.map((item) => item.id));
      expect(expected.length, 'the filter keeps some services').toBeGreaterThan(0);
      await expect(
        page.getByRole('status').filter({ hasText: s.services.count(expected.length, total) }),
      ).toBeVisible();
      expect(await listed(page)).toEqual(expected);
      for (const section of sections.filter((sec) => sec.items.length > 0)) {
        await expect(
          page.getByRole('heading', { level: 2, name: new RegExp(`^${s.services.sections[section.id]}`) }),
        ).toBeVisible();
      }

      // What the person chose is in memory only: not in the address, not in the history, not in storage.
      expect(page.url()).toBe(address);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      await expectNoTrace(page, probe, 'after filtering');
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectHelpAndExitInView(page, locale);

      // "Show all services" brings the whole list back.
      await page.getByRole('button', { name: s.services.clear }).click();
      await expect(page.getByRole('status').filter({ hasText: s.services.count(total, total) })).toBeVisible();
      await expect(areaSelect).toHaveValue('');

      await exitLink(page, locale).click();
      await page.waitForURL(`${exitHost[locale]}**`);
      expect(await page.evaluate(() => history.length), 'the exit replaces the page in the history').toBe(
        historyLength,
      );
    });
  }

  for (const locale of ['en', 'fr'] as const) {
    test(`the first screen links to the page, which takes its place in the history (${locale})`, async ({ page }) => {
      const t = messagesFor(locale);
      await page.goto(wizardPath[locale]);
      await waitForHydration(page, page.getByRole('radio').first());
      const historyLength = await page.evaluate(() => history.length);
      await page.getByRole('link', { name: t.role.servicesLink, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${servicesPath[locale]}$`));
      await expect(
        page.getByRole('heading', { level: 1, name: servicesMessages[locale].services.heading }),
      ).toBeVisible();
      expect(await page.evaluate(() => history.length), 'no new history entry').toBe(historyLength);
    });
  }

  test('the language switch leads to the same page in French, and a place with no match says so', async ({ page }) => {
    await openServices(page, 'en');
    await expect(languageSwitch(page, 'en')).toHaveAttribute('href', servicesPath.fr);
    await page.getByRole('searchbox', { name: en.region.searchLabel }).fill('Zzyzx');
    await expect(
      page.getByRole('status').filter({ hasText: servicesMessages.en.services.noAreaMatches }),
    ).toBeVisible();
    expect(await listed(page)).toHaveLength(total);
  });

  test('shows the plain title when the page it came from asked for it (?title=plain)', async ({ page }) => {
    await page.goto(`${servicesPath.en}?title=plain`);
    await expect(page).toHaveTitle(en.meta.plainTitle);
  });
});

test.describe('the services page at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });
  for (const locale of ['en', 'fr'] as const) {
    test(`never breaks a phone number across lines, and never scrolls sideways (${locale})`, async ({ page }) => {
      await openServices(page, locale);
      await expectHelpAndExitInView(page, locale);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      const broken = await page
        .locator('main a[href^="tel:"], main a[href^="sms:"]')
        .evaluateAll((links) =>
          links.filter((link) => link.getClientRects().length !== 1).map((link) => link.textContent),
        );
      expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(50);
      expect(broken, 'numbers broken across lines').toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test('the whole directory is there, the filters that cannot work are hidden, and a note says why', async ({
    browser,
    baseURL,
  }) => {
    await withoutJavaScript(browser, { baseURL }, async (page) => {
      await page.goto(servicesPath.en);
      const s = servicesMessages.en;
      // Playwright's text matching skips <noscript>, so the note is found by its place.
      const note = page.locator('main noscript > p');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(s.services.noScript);
      await expect(page.getByRole('heading', { name: s.services.filtersHeading })).toBeHidden();
      expect(await listed(page)).toHaveLength(total);
      await expect(exitLink(page, 'en')).toBeVisible();
    });
  });
});

test.describe('privacy on the services page', () => {
  for (const locale of ['en', 'fr'] as const) {
    test(`no request after load, no CSP violation, nothing kept, over a search, a filter and a reset (${locale})`, async ({
      page,
    }) => {
      const probe = await privacyProbe(page);
      await openServices(page, locale);
      await probe.markLoaded();
      const s = servicesMessages[locale];
      await page.getByRole('searchbox', { name: messagesFor(locale).region.searchLabel }).fill('Thunder Bay');
      await page
        .getByRole('combobox', { name: s.services.needLabel, exact: true })
        .selectOption({ label: needLabel('emergency-shelter', locale) });
      // Every card's sources opened: links to other sites are only followed when chosen.
      for (const details of await page.locator('details.sources').all()) await details.locator('summary').click();
      await page.getByRole('button', { name: s.services.clear }).click();
      await expectNoTrace(page, probe, `services page (${locale})`);
    });
  }
});

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const viewport of [
  { name: 'desktop 1280×800', size: { width: 1280, height: 800 } },
  { name: 'mobile 320×640', size: { width: 320, height: 640 } },
]) {
  test.describe(`axe on the services page at ${viewport.name}`, () => {
    test.use({ viewport: viewport.size });
    for (const locale of ['en', 'fr'] as const) {
      test(`the whole list, and a narrowed one, have no WCAG 2.2 AA violations (${locale})`, async ({ page }) => {
        await openServices(page, locale);
        const whole = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(whole.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        await page.getByRole('searchbox', { name: messagesFor(locale).region.searchLabel }).fill('Toronto');
        await page
          .getByRole('combobox', { name: servicesMessages[locale].services.needLabel, exact: true })
          .selectOption({ label: needLabel('counselling', locale) });
        await page.locator('details.sources summary').first().click();
        const narrowed = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(narrowed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}
