import { test } from '@playwright/test';
import { planReferrals, resultsOrder, type Answers, type Locale } from '../rules';
import { parentWorriedAbout16 } from '../rules/answers.examples';
import {
  completeJourney,
  expect,
  messagesFor,
  startWizard,
  stepHeading,
  stepHeadingText,
  summaryServiceIds,
} from './support/wizard';

/**
 * Issue 21, part 1: "Someone I know" — family, friends and anyone worried about another person. The questions speak
 * of "them", the summary says how to help safely, and the rules send them to the hotline (advice and reports) and to
 * learning the signs, with the services the person could use.
 */

const locales: Locale[] = ['en', 'fr'];

for (const locale of locales) {
  const t = messagesFor(locale);

  test(`“Someone I know” through to a summary worded for them (${locale})`, async ({ page }) => {
    await startWizard(page, { locale });
    await expect(page.getByRole('radio', { name: t.role.options['someone-else'], exact: true })).toBeVisible();
    // The questions speak of the person, as they do for a worker.
    await completeJourney(page, parentWorriedAbout16, {
      locale,
      onStep: async (step) => {
        if (step === 'age' || step === 'needs')
          await expect(stepHeading(page, step)).toHaveText(stepHeadingText(step, t, 'them'));
      },
    });
    await expect(page.getByRole('heading', { level: 1, name: t.summary.heading.them })).toBeVisible();
    const guidance = page.getByRole('region', { name: t.summary.someoneElse.heading });
    await expect(guidance).toBeVisible();
    for (const line of t.summary.someoneElse.lines)
      await expect(guidance.getByText(line, { exact: true })).toBeVisible();
    // The plan the rules give, in the results' order: the hotline first, then what the person could use, and the signs.
    expect(await summaryServiceIds(page)).toEqual(
      resultsOrder(parentWorriedAbout16, planReferrals(parentWorriedAbout16)),
    );
    const hotline = page.locator('[data-service-id="human-trafficking-hotline"]');
    await expect(hotline.locator('[data-reason="hotline-someone-else"]')).toHaveCount(1);
    await expect(
      page.locator('[data-service-id="prevention-education"] [data-reason="prevention-someone-else"]'),
    ).toHaveCount(1);
    // No worker notes (duty to report, consent) for family and friends.
    await expect(page.locator('[data-note]')).toHaveCount(0);
  });
}

test('in danger still means 911 first for someone worried about another person', async ({ page }) => {
  const answers: Answers = { ...parentWorriedAbout16, danger: 'yes' };
  await completeJourney(page, answers);
  const ids = await summaryServiceIds(page);
  expect(ids.slice(0, 2)).toEqual(['emergency-911', 'human-trafficking-hotline']);
});
