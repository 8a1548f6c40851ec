import { test, type Page } from '@playwright/test';
import type { Locale } from '../rules';
import { expectExitInView, expectHelpInView } from './support/safety';
import {
  backButton,
  continueUnanswered,
  allSteps,
  driveTo,
  everyStepAnswers,
  messagesFor,
  safetyPath,
  startWizard,
  type Step,
  expect,
} from './support/wizard';

/**
 * On a small or zoomed screen, the exit, 911 and the hotline stay in view on every step, nothing scrolls sideways,
 * and the sticky header never covers what has the focus.
 */

// Let the page register a service worker if it tries to, so the test can see it (the config blocks them by default).
test.use({ serviceWorkers: 'allow' });

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
      await startWizard(page, { locale });
      await continueUnanswered(page);
      await checkBothEnds(page, 'start, with the error shown');
      const seen: Step[] = [];
      await driveTo(page, everyStepAnswers, {
        onStep: async (step) => {
          seen.push(step);
          await checkBothEnds(page, step);
        },
      });
      expect(seen).toEqual(allSteps);
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
    expect(seen).toEqual(allSteps);
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
    expect(checked).toEqual(allSteps.filter((step) => step !== 'role'));
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
