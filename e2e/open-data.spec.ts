import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { servicesMessages } from '../components/services/content';
import { namedServices, services, type Locale } from '../rules';
import { hsdsId } from '../rules/hsds/export';
import { hsdsFiles, hsdsPath } from '../rules/hsds/files';
import { hsdsFileSchemas } from '../rules/hsds/schema';
import { dataPath, exitLink, expect, privacyProbe, waitForHydration } from './support/wizard';

/**
 * Issue 21, part 3: the open data page in both languages, and the HSDS files it links, downloaded from the built
 * site as someone would and checked against the schema. The page itself loads nothing after load: the files are
 * fetched only when a link is followed.
 */

test.use({ serviceWorkers: 'allow' });

const emptyStorage = { cookies: [], localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 };

async function openData(page: Page, locale: Locale) {
  await page.goto(dataPath[locale]);
  await expect(page.getByRole('heading', { level: 1, name: servicesMessages[locale].data.heading })).toBeVisible();
  await waitForHydration(page, page.getByRole('link', { name: servicesMessages[locale].data.servicesLink }));
}

const serviceIds = [...services.map((s) => s.id), ...namedServices.map((e) => e.id)].map((id) => hsdsId('service', id));

for (const locale of ['en', 'fr'] as const) {
  test(`the open data page loads nothing after load, keeps nothing, and its files download and parse as HSDS 3.0 (${locale})`, async ({
    page,
  }) => {
    const probe = await privacyProbe(page);
    await openData(page, locale);
    await probe.markLoaded();
    await expect(exitLink(page, locale)).toBeVisible();
    const d = servicesMessages[locale].data;
    for (const text of [d.licence, d.limits]) await expect(page.getByText(text)).toBeVisible();
    expect(probe.afterLoad(), 'requests after load, before any file is chosen').toEqual([]);
    const historyLength = await page.evaluate(() => history.length);
    const before = probe.requests.length;

    const fetched: string[] = [];
    for (const language of ['en', 'fr'] as const) {
      for (const file of hsdsFiles) {
        const link = page.locator(`a[href="${hsdsPath(language, file)}"]`);
        await expect(link).toHaveAttribute('download', '');
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(`${file}.json`);
        const records = hsdsFileSchemas[file].parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
        if (file === 'services') expect(new Set(records.map((r) => r.id))).toEqual(new Set(serviceIds));
        else expect(records).toHaveLength(namedServices.length);
        fetched.push(hsdsPath(language, file));
      }
    }
    // Only the files, when chosen (each came down above); still on the page, with no history entry. (Chromium hands a
    // download to the browser, so the page may not report its request; any request it does report must be a file.)
    expect(fetched).toHaveLength(hsdsFiles.length * 2);
    expect(
      probe.requests
        .slice(before)
        .map((r) => new URL(r.url).pathname)
        .filter((path) => !fetched.includes(path)),
    ).toEqual([]);
    expect(probe.afterLoad()).toEqual([]);
    expect(probe.crossOrigin()).toEqual([]);
    expect(await probe.cspViolations()).toEqual([]);
    expect(await probe.storage()).toEqual(emptyStorage);
    await expect(page).toHaveURL(new RegExp(`${dataPath[locale]}$`));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });
}

test('the files are served as JSON, with the site’s headers', async ({ request }) => {
  for (const locale of ['en', 'fr'] as const) {
    for (const file of hsdsFiles) {
      const response = await request.get(hsdsPath(locale, file));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(response.headers()['cache-control']).toBe('no-store');
      hsdsFileSchemas[file].parse(await response.json());
    }
  }
});

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const viewport of [
  { name: 'desktop 1280×800', size: { width: 1280, height: 800 } },
  { name: 'mobile 320×640', size: { width: 320, height: 640 } },
]) {
  test.describe(`axe on the open data page at ${viewport.name}`, () => {
    test.use({ viewport: viewport.size });
    for (const locale of ['en', 'fr'] as const) {
      test(`has no WCAG 2.2 AA violations (${locale})`, async ({ page }) => {
        await openData(page, locale);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}
