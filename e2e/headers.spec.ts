import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import { test, type APIResponse, type Frame, type Page } from '@playwright/test';
import { mainPhone } from '../rules';
import { collectConsoleErrors, exitHost, expect, messagesFor } from './support/wizard';

/**
 * Issue 23: the response headers a meta tag cannot carry, as the server `npm start` runs sends them
 * (`scripts/serve.sh`, with the serve.json the build wrote). The pages are read from the export being served, so a
 * new page is checked without a change here. The expected values are written out below, as the issue lists them,
 * rather than taken from `scripts/headers.mjs`, so that a change there has to change this file too.
 */

// The export being served (E2E_OUT_DIR as the Playwright config reads it: relative to e2e/).
const outDir = resolve(__dirname, process.env.E2E_OUT_DIR ?? '../out');

const siteWide = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
  'x-frame-options': 'DENY',
};
const noStore = 'no-store';
const immutable = 'public, max-age=31536000, immutable';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(outDir, path).split(sep).join('/')];
  });
}
const files = filesUnder(outDir);
/** Every page and its address (`trailingSlash`: a folder's index.html); 404.html answers unknown addresses. */
const pages = files
  .filter((f) => f.endsWith('/index.html') || f === 'index.html')
  .map((f) => `/${f.slice(0, -'index.html'.length)}`);
const payloads = files.filter((f) => f.endsWith('.txt')).map((f) => `/${f}`);
const unknownAddress = '/no-such-page/';
/** Chromium logs the 404 status of the unknown address itself as a console error: that one is expected. */
const besidesThe404 = (errors: string[]) =>
  errors.filter((e) => !(e.includes('status of 404 (Not Found)') && e.includes(`${unknownAddress})`)));

/** The policy in the page's own meta tag, from the body of the same response. */
async function metaPolicyOf(response: APIResponse): Promise<string> {
  const meta = (await response.text()).match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  expect(meta, `a CSP meta tag in ${response.url()}`).not.toBeNull();
  return meta![1]
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The headers every HTML response must carry: the site-wide ones, its meta policy plus frame-ancestors, no-store. */
async function expectPageHeaders(response: APIResponse, where: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(siteWide)) expect.soft(headers[name], `${name} (${where})`).toBe(value);
  expect.soft(headers['cache-control'], `Cache-Control (${where})`).toBe(noStore);
  expect
    .soft(headers['content-security-policy'], `the CSP header is the meta policy plus frame-ancestors (${where})`)
    .toBe(`${await metaPolicyOf(response)}; frame-ancestors 'none'`);
}

test.describe('the response headers, as npm start serves them', () => {
  test('the export has its pages, so the tests below have something to check', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        '/',
        '/fr/',
        '/safety/',
        '/fr/securite/',
        '/services/',
        '/fr/services/',
        '/data/',
        '/fr/donnees/',
      ]),
    );
    expect(files).toContain('404.html');
  });

  test("every page carries the headers, and its CSP header is its own meta policy plus frame-ancestors 'none'", async ({
    request,
  }) => {
    for (const path of pages) {
      const response = await request.get(path);
      expect.soft(response.status(), path).toBe(200);
      await expectPageHeaders(response, path);
    }
  });

  test('HTML is no-store, the hashed scripts every page loads are immutable, and the .txt payloads are not stored either', async ({
    request,
  }) => {
    const scripts = new Set<string>();
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) scripts.add(src);
    }
    expect(scripts.size).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src, 'every script is one of the hashed assets').toMatch(/^\/_next\/static\//);
      const headers = (await request.get(src)).headers();
      expect.soft(headers['cache-control'], src).toBe(immutable);
      expect.soft(headers['x-content-type-options'], src).toBe('nosniff');
      expect.soft(headers['content-security-policy'], `no page policy on ${src}`).toBeUndefined();
    }
    expect(payloads.length).toBeGreaterThan(0);
    for (const path of payloads) {
      const response = await request.get(path);
      expect.soft(response.status(), path).toBe(200);
      expect.soft(response.headers()['cache-control'], path).toBe(noStore);
      expect.soft(response.headers()['x-content-type-options'], path).toBe('nosniff');
    }
  });

  test('an unknown address gets status 404 and the 404 page, with its headers, its exit link, 911 and the hotline', async ({
    request,
    page,
  }) => {
    const response = await request.get(unknownAddress);
    expect(response.status()).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(outDir, '404.html'), 'utf8'));
    await expectPageHeaders(response, unknownAddress);
    // A folder with no page is not listed: it is an unknown address too.
    expect((await request.get('/_next/static/')).status()).toBe(404);

    const errors = collectConsoleErrors(page);
    const shown = await page.goto(unknownAddress);
    expect(shown?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: messagesFor('en').notFound.heading })).toBeVisible();
    await expect(page.locator(`a[href="${exitHost.en}"]`)).toBeVisible();
    for (const id of ['emergency-911', 'human-trafficking-hotline'] as const) {
      await expect(page.locator(`a[href="tel:${mainPhone(id).replace(/\D/g, '')}"]`).first()).toBeVisible();
    }
    expect(besidesThe404(errors)).toEqual([]);
  });

  test('every page loads with its headers and its meta policy together: no CSP violation, no console error', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective}: ${e.blockedURI || '(inline)'}`),
      );
    });
    for (const path of [...pages, unknownAddress]) {
      await page.goto(path, { waitUntil: 'load' });
      expect
        .soft(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path)
        .toEqual([]);
    }
    expect(besidesThe404(errors)).toEqual([]);
  });
});

test.describe('another site cannot frame the tool', () => {
  /**
   * Another site, on its own port of this machine: its one page frames the tool's address given after `?`. A real
   * server rather than a page the test makes up (page.route), which Chromium takes for a public site and stops from
   * framing a local address under its local network access rules, before the tool's headers are ever read.
   */
  let anotherSite: Server;
  let anotherOrigin: string;
  test.beforeAll(async ({ baseURL }) => {
    anotherSite = createServer((request, response) => {
      const path = decodeURIComponent(request.url!.split('?')[1] ?? '/');
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(`<!doctype html><title>Another site</title><iframe src="${new URL(path, baseURL)}"></iframe>`);
    });
    await new Promise<void>((resolve) => anotherSite.listen(0, '127.0.0.1', resolve));
    anotherOrigin = `http://127.0.0.1:${(anotherSite.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    anotherSite.closeAllConnections();
    await new Promise((resolve) => anotherSite.close(resolve));
  });

  async function frameFromAnotherSite(page: Page, path: string): Promise<Frame> {
    await page.goto(`${anotherOrigin}/?${encodeURIComponent(path)}`);
    const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
    await frame!.waitForLoadState('load');
    return frame!;
  }
  /** Every page of the tool (the 404 page included) has the quick exit. */
  const exitLinks = (frame: Frame) => frame.locator(`a[href="${exitHost.en}"], a[href="${exitHost.fr}"]`);

  for (const path of [...pages, unknownAddress]) {
    test(`${path} is refused inside another site's frame`, async ({ page }) => {
      const refusals: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
      });
      const frame = await frameFromAnotherSite(page, path);
      await expect.poll(() => refusals.length, 'the browser says frame-ancestors refused it').toBeGreaterThan(0);
      // Chromium puts its own error page in the frame instead of the tool.
      expect(frame.url()).toMatch(/^chrome-error:/);
      await expect(exitLinks(frame)).toHaveCount(0);
    });
  }

  test('the same page, passed through the test with and without its framing headers: refused, then shown (so the tests above can tell)', async ({
    page,
    baseURL,
  }) => {
    let strip = false;
    await page.route(`${baseURL}/`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if (strip) {
        delete headers['content-security-policy'];
        delete headers['x-frame-options'];
      }
      await route.fulfill({ response, headers });
    });
    const kept = await frameFromAnotherSite(page, '/');
    expect(kept.url()).toMatch(/^chrome-error:/);
    strip = true;
    const stripped = await frameFromAnotherSite(page, '/');
    expect(stripped.url()).toBe(`${baseURL}/`);
    await expect(exitLinks(stripped).first()).toBeVisible();
  });
});
