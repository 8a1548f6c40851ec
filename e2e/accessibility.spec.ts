import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import type { Locale } from '../rules';
import {
  continueButton,
  driveTo,
  everyStepAnswers,
  messagesFor,
  safetyPath,
  startWizard,
  type Step,
  expect,
} from './support/wizard';

/**
 * Issue 4: axe (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing on any screen of the flow, in English and French, at
 * desktop width and at 320 px.
 */

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Screen = Step | 'role-error' | 'region-error' | 'safety';
const screens: Screen[] = [
  'role',
  'role-error',
  'danger',
  'emergency',
  'age',
  'inCare',
  'region',
  'region-error',
  'indigenous',
  'needs',
  'review',
  'summary',
  'safety',
];

const viewports = [
  { name: 'desktop 1280×800', size: { width: 1280, height: 800 } },
  { name: 'mobile 320×640', size: { width: 320, height: 640 } },
];

/** Bring the page to a screen, by the answers that pass through every step. */
async function open(page: Page, screen: Screen, locale: Locale) {
  const t = messagesFor(locale);
  switch (screen) {
    case 'safety':
      await page.goto(safetyPath[locale]);
      await expect(page.getByRole('heading', { level: 1, name: t.safetyPage.heading })).toBeVisible();
      return;
    case 'role-error':
      await startWizard(page, { locale });
      await continueButton(page).click();
      await expect(page.getByRole('alert', { name: t.errors.summaryTitle })).toBeVisible();
      return;
    case 'region-error':
      await driveTo(page, everyStepAnswers, { locale, stopAt: 'region' });
      await continueButton(page).click();
      await expect(page.getByRole('alert', { name: t.errors.summaryTitle })).toBeVisible();
      return;
    default:
      await startWizard(page, { locale });
      await driveTo(page, everyStepAnswers, { locale, stopAt: screen });
  }
}

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
      for (const screen of screens) {
        test(`${screen} (${locale}) has no WCAG 2.2 AA violations`, async ({ page }) => {
          await open(page, screen, locale);
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
