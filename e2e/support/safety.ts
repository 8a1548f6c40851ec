import type { Locator, Page } from '@playwright/test';
import { mainPhone, type Locale } from '../../rules';
import { exitHost, exitLink, messagesFor, type PrivacyProbe, expect } from './wizard';

/**
 * The checks the safety promises share across the specs (privacy, quick exit, no JavaScript, layout, fail-safe):
 * the neutral site the exit leaves for, the exit and the help bar in view, and no trace left.
 */

/** Nothing kept: what the browser holds for the site after a journey, when it holds nothing. */
const emptyStorage = { cookies: [], localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 };

/** The neutral site the exit leaves for, answered locally: the tests never reach the real one. */
export function answerForNeutralSite(page: Page, locale: Locale) {
  return page.route(`${exitHost[locale]}**`, (route) =>
    route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
  );
}

/** The exit link (by default the page's own) is inside the viewport and nothing covers its centre. */
export async function expectExitInView(page: Page, where: string, link: Locator = exitLink(page)) {
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

/** Nothing sent elsewhere, nothing sent after load, nothing blocked by the security policy and nothing kept. */
export async function expectNoTrace(page: Page, probe: PrivacyProbe, where: string) {
  expect.soft(probe.crossOrigin(), `cross-origin requests (${where})`).toEqual([]);
  expect.soft(probe.afterLoad(), `requests after the page had loaded (${where})`).toEqual([]);
  expect.soft(await probe.cspViolations(), `CSP violations (${where})`).toEqual([]);
  expect.soft(await probe.storage(), `cookies, storage and service workers (${where})`).toEqual(emptyStorage);
}

/** 911 and the hotline are in the help bar, visible and inside the viewport: never more than one glance away. */
export async function expectHelpInView(page: Page, locale: Locale, where: string) {
  const helpBar = page.getByRole('complementary', { name: messagesFor(locale).helpBar.label });
  for (const id of ['emergency-911', 'human-trafficking-hotline'] as const) {
    const call = helpBar.locator(`a[href="tel:${mainPhone(id).replace(/\D/g, '')}"]`);
    await expect.soft(call, `${id} in the help bar (${where})`).toBeVisible();
    await expect.soft(call, `${id} in the help bar, in view (${where})`).toBeInViewport();
  }
}
