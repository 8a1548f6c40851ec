import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';
import { everyScreen, messagesFor, openScreen, expect } from './support/wizard';

/**
 * Issue 4: axe (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing on any screen of the flow, in English and French, at
 * desktop width and at 320 px.
 */

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const viewports = [
  { name: 'desktop 1280×800', size: { width: 1280, height: 800 } },
  { name: 'mobile 320×640', size: { width: 320, height: 640 } },
];

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`).join('\n')}`,
    )
    .join('\n');
}

for (const viewport of viewports) {
  test.describe(`axe at ${viewport.name}`, () => {
    test.use({ viewport: viewport.size });
    test('the page for an address that does not exist (in both languages) has no WCAG 2.2 AA violations', async ({
      page,
    }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: messagesFor('fr').notFound.heading })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(
        results.violations,
        `axe violations on the not-found page (${viewport.name}):\n${describeViolations(results.violations)}`,
      ).toEqual([]);
    });
    for (const locale of ['en', 'fr'] as const) {
      for (const screen of everyScreen) {
        test(`${screen} (${locale}) has no WCAG 2.2 AA violations`, async ({ page }) => {
          await openScreen(page, screen, locale);
          const results = await new AxeBuilder({ page }).withTags(tags).analyze();
          const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(
            found,
            `axe violations on ${screen} (${locale}, ${viewport.name}):\n${describeViolations(results.violations)}`,
          ).toEqual([]);
        });
      }
    }
  });
}
