import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../../components/content/en';
import { fr } from '../../components/content/fr';
import { trainerMessages } from '../../components/trainer/content';
import { answerLabel } from '../../components/content/answer-text';
import { questionOrder } from '../../rules/questions';
import { findScenario } from '../../rules/trainer/scenarios';
import type { Answers, Locale, QuestionId } from '../../rules';
import { summaryListReady } from './wizard';

/**
 * Helpers for the trainer page's browser tests (e2e/trainer*.spec.ts): the page's strings, and its parts found by
 * role and label, with the names taken from the content files. Data attributes are only read for state (which
 * services are lit), never to find what a person would click.
 */

export const trainerPath = { en: '/trainer/', fr: '/fr/formation/' } as const satisfies Record<Locale, string>;

/** The wizard's strings with the trainer page's own under `trainer`, as the trainer page shows them. */
export const messages = {
  en: { ...en, trainer: { ...en.trainer, ...trainerMessages.en } },
  fr: { ...fr, trainer: { ...fr.trainer, ...trainerMessages.fr } },
};
export type TrainerStrings = (typeof messages)['en'];

/** Fail a test on any console error or uncaught error on the page. */
export function failOnPageErrors(): void {
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  });
  test.afterEach(() => {
    expect(errors, 'no console errors or uncaught errors on the trainer page').toEqual([]);
  });
}

export const scenario = (id: string) => {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

/** Open the trainer page and wait until its script runs (the scenario buttons then work). */
export async function openTrainer(page: Page, locale: Locale = 'en', hash = ''): Promise<void> {
  await page.goto(`${trainerPath[locale]}${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: messages[locale].trainer.heading })).toBeVisible();
  await expect(page.locator('[data-trainer-page]')).toBeVisible();
  await page.waitForFunction(() => document.title.includes('–'));
}

/** A scenario's button: "Open" or "Step through the screens", with the scenario's name hidden after it. */
export const scenarioButton = (page: Page, id: string, action: 'open' | 'stepThrough', locale: Locale = 'en') =>
  page.getByRole('button', {
    name: `${messages[locale].trainer.scenarios[action]} (${scenario(id).name[locale]})`,
    exact: true,
  });

/** The heading of the open scenario ("Now showing: …"). */
export const scenarioHeading = (page: Page, locale: Locale = 'en') =>
  // The accessible name has its spaces normalized: the French no-break space before the colon reads as a space.
  page.getByRole('heading', {
    level: 2,
    name: new RegExp(`^${escapeRegExp(messages[locale].trainer.scenarios.nowShowing('')).replace(/\s/g, '\\s')}`),
  });

/** The referral map. */
export const referralMap = (page: Page, locale: Locale = 'en') =>
  page.getByRole('region', { name: messages[locale].trainer.map.heading, exact: true });

/** One question of the map, by its number and label ("3. Age"). */
export const mapQuestion = (page: Page, question: QuestionId, locale: Locale = 'en') =>
  referralMap(page, locale).getByRole('group', {
    name: `${questionOrder.indexOf(question) + 1}. ${messages[locale].review.labels[question]}`,
    exact: true,
  });

/** The button of one answer of the map. */
export function mapAnswer(page: Page, question: QuestionId, value: string, locale: Locale = 'en'): Locator {
  const t = messages[locale];
  const answers = (question === 'needs' ? { needs: [value] } : { [question]: value }) as Partial<Answers>;
  return mapQuestion(page, question, locale).getByRole('button', {
    name: answerLabel(question, answers, t, locale)!,
    exact: true,
  });
}

/** The services the map lights, each once, sorted. */
export const litServices = async (page: Page) =>
  [
    ...new Set(
      await page
        .locator('[data-referral-map] [data-map-service][data-lit="true"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-map-service'))),
    ),
  ].sort();

/** The services of "This person's list" beside the map, in order. */
export const mapPlan = (page: Page) =>
  page
    .locator('[data-map-plan] [data-plan-service]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-plan-service')));

/** Service ids of the running wizard's summary (the only elements carrying `data-service-id`). */
export const summaryServices = async (page: Page) => {
  await summaryListReady(page);
  return (
    await page.locator('[data-service-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id')))
  ).sort();
};

/** The running wizard's step (the trainer page's other panels have form fields too). */
export const wizardStep = (page: Page) => page.locator('[data-step]');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
