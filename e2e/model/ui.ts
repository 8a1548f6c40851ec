import { expect, type Locator, type Page } from '@playwright/test';
import { en, type Messages } from '../../components/content/en';
import { fr } from '../../components/content/fr';
import { voiceOf } from '../../components/content';
import { answerListQuestions, describeEvent } from './coverage';
import { questionOrder, type Step, type TriageEvent } from '../../machines/triage.machine';
import {
  selectCanGoBack,
  selectCanSkipQuestions,
  selectPlan,
  selectPlanAnswers,
  selectStep,
  type TriageSnapshot,
} from '../../machines/triage.selectors';
import { resultsSections, type Answers, type Locale, type Need, type QuestionId, type Referral } from '../../rules';
import { regionLabel, stepHeadingText, summaryListReady } from '../support/wizard';

/**
 * The model-based suite's link between machine events and the real page: one event is one thing a person does
 * (pick an option by its label and press Continue, press Back, a Change button, an emergency button, "Start
 * again", the worker's one-page form), and every step is checked by its `data-step` container and its heading.
 * Labels come from components/content/en.ts; nothing is found by CSS class.
 */

const t = en;

/** The wizard, opened and hydrated: React owns the page, so a click is handled by the app and not the browser. */
export async function openWizard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'role');
  await expect
    .poll(
      () =>
        page
          .locator('main button, main input')
          .first()
          .evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps'))),
      {
        message: 'the page should hydrate',
      },
    )
    .toBe(true);
}

/** The heading each step shows, in the voice the role gives (the same text the journeys expect). */
export function headingOf(step: Step, snapshot: TriageSnapshot): string {
  return step === 'onePage' ? t.onePage.heading : stepHeadingText(step, t, voiceOf(snapshot.context.answers.role));
}

const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });
const backButton = (page: Page) => button(page, t.common.back);
const continueButton = (page: Page) => button(page, t.common.continue);

/** The accessible name of a Change button in the list of answers (review and summary): "Change", then the question. */
export function changeButtonName(question: QuestionId): string {
  return `${t.common.change}${t.review.changeHidden(t.review.labels[question])}`;
}

type ShownReferral = { section: string; serviceId: string; priority: string };

/** The summary's referrals, in order: the heading of the section each is under, its `data-service-id` and `data-priority`. */
export async function summaryReferrals(page: Page): Promise<ShownReferral[]> {
  await summaryListReady(page);
  return page.locator('[data-service-id]').evaluateAll((els) =>
    els.map((el) => ({
      section: el.closest('section')?.querySelector('h2')?.textContent ?? '',
      serviceId: el.getAttribute('data-service-id') ?? '',
      priority: el.getAttribute('data-priority') ?? '',
    })),
  );
}

/** What the summary must show for a plan: its sections (`resultsSections`) in order, each referral under its heading. */
export function expectedSummary(answers: Answers, plan: readonly Referral[]): ShownReferral[] {
  return resultsSections(answers, plan).flatMap((section) =>
    section.referrals.map((r) => ({
      section: t.summary.sections[section.id],
      serviceId: r.serviceId,
      priority: r.priority,
    })),
  );
}

/**
 * Check that the page shows the state the machine is in: the step container and heading; Back exactly when the
 * machine takes it; on the danger step the one-page button exactly for a worker; on the emergency step the skip
 * button exactly when the machine takes it (not after the one-page form); on the review and the summary
 * exactly the Change buttons the model (e2e/model/coverage.ts) says the UI offers; on the summary the referrals of
 * `selectPlan`, in the summary's sections and order, with their priorities, and "Start again".
 */
export async function expectPageShows(page: Page, snapshot: TriageSnapshot, context: string): Promise<void> {
  const step = selectStep(snapshot);
  const container = page.locator('[data-step]');
  await expect(container, `${context}: the step on screen`).toHaveAttribute('data-step', step);
  await expect(container.getByRole('heading', { level: 1 }), `${context}: the ${step} heading`).toHaveText(
    headingOf(step, snapshot),
  );
  await expect(backButton(page), `${context}: Back shown exactly when the machine can go back`).toHaveCount(
    selectCanGoBack(snapshot) ? 1 : 0,
  );

  if (step === 'danger') {
    const offered = snapshot.can({ type: 'onePage.open' });
    await expect(button(page, t.onePage.open), `${context}: the one-page button (workers only)`).toHaveCount(
      offered ? 1 : 0,
    );
  }
  if (step === 'emergency') {
    const canSkip = selectCanSkipQuestions(snapshot);
    await expect(
      button(page, t.emergency.skip),
      `${context}: "skip the questions" exactly when the machine takes it`,
    ).toHaveCount(canSkip ? 1 : 0);
  }
  if (step === 'summary') {
    await summaryListReady(page);
    await openAnswersUsed(page);
  }
  if (step === 'review' || step === 'summary') {
    const expected = answerListQuestions(snapshot);
    // One round trip: the names of every button whose name starts with "Change", matched to the questions.
    const names = new Set(
      (await page.getByRole('button', { name: /^Change/ }).allTextContents()).map((n) => n.replace(/\s+/g, ' ').trim()),
    );
    const shown = questionOrder.filter((question) => names.has(changeButtonName(question)));
    expect(shown, `${context}: the Change buttons on the ${step}`).toEqual(expected);
  }
  if (step === 'summary') {
    expect(
      await summaryReferrals(page),
      `${context}: the summary shows selectPlan(snapshot) in its sections, in order`,
    ).toEqual(expectedSummary(selectPlanAnswers(snapshot)!, selectPlan(snapshot)));
    await expect(button(page, t.common.restart), `${context}: "Start again" on the summary`).toBeVisible();
  }
}

/** On the summary, the answers (with their Change buttons) are behind a disclosure: open it. */
export async function openAnswersUsed(page: Page): Promise<void> {
  const closed = page.locator('details[data-answers-used]:not([open]) > summary');
  if ((await closed.count()) > 0) await closed.click();
}

async function pickRadio(scope: Page | Locator, label: string): Promise<void> {
  await scope.getByRole('radio', { name: label, exact: true }).check();
}

/** Tick exactly `needs`: only the boxes whose state must change are clicked (one click each, by label). */
async function setNeeds(scope: Page | Locator, needs: readonly Need[], m: Messages = t): Promise<void> {
  const all = Object.keys(m.needs.options) as Need[];
  const box = (need: Need) => scope.getByRole('checkbox', { name: m.needs.options[need], exact: true });
  const checked = await scope
    .getByRole('checkbox')
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLInputElement).checked).map((el) => (el as HTMLInputElement).value),
    );
  for (const need of all) {
    if (checked.includes(need) !== needs.includes(need)) await box(need).setChecked(needs.includes(need));
  }
  const after = await scope
    .getByRole('checkbox')
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLInputElement).checked).map((el) => (el as HTMLInputElement).value),
    );
  expect(after.sort(), 'the needs ticked').toEqual([...needs].sort());
}

/** Fill in the worker's one-page form (in English unless told) with `answers` and submit it. */
export async function submitOnePage(page: Page, answers: Answers, locale: Locale = 'en'): Promise<void> {
  const t = locale === 'fr' ? fr : en;
  const group = (legend: string) => page.getByRole('group', { name: legend, exact: true });
  await pickRadio(group(t.danger.legend.them), t.danger.options[answers.danger]);
  await pickRadio(group(t.age.legend.them), t.age.options[answers.age]);
  if (answers.inCare !== undefined) await pickRadio(group(t.inCare.legend.them), t.inCare.options[answers.inCare]);
  await page
    .getByRole('combobox', { name: t.region.legend.them, exact: true })
    .selectOption({ label: regionLabel(answers.region, locale) });
  await pickRadio(group(t.indigenous.legend.them), t.indigenous.options[answers.indigenous]);
  await setNeeds(group(t.needs.legend.them), answers.needs, t);
  await button(page, t.onePage.submit).click();
}

/** Do on the page what `event` does to the machine, from the state `snapshot` (which gives the voice). */
export async function perform(page: Page, event: TriageEvent, snapshot: TriageSnapshot): Promise<void> {
  const voice = voiceOf(snapshot.context.answers.role);
  const answerAndContinue = async (label: string) => {
    await pickRadio(page.locator('[data-step]'), label);
    await continueButton(page).click();
  };
  switch (event.type) {
    case 'role.submit':
      return answerAndContinue(t.role.options[event.value]);
    case 'danger.submit':
      return answerAndContinue(t.danger.options[event.value]);
    case 'age.submit':
      return answerAndContinue(t.age.options[event.value]);
    case 'inCare.submit':
      return answerAndContinue(t.inCare.options[event.value]);
    case 'indigenous.submit':
      return answerAndContinue(t.indigenous.options[event.value]);
    case 'region.submit':
      await page
        .getByRole('combobox', { name: t.region.legend[voice], exact: true })
        .selectOption({ label: regionLabel(event.value, 'en') });
      return continueButton(page).click();
    case 'needs.submit':
      await setNeeds(page.locator('[data-step]'), event.value);
      return continueButton(page).click();
    case 'step.back':
      return backButton(page).click();
    case 'emergency.continue':
      return button(
        page,
        selectCanSkipQuestions(snapshot) ? t.emergency.continue[voice] : t.emergency.toSummary,
      ).click();
    case 'emergency.skipToSummary':
      return button(page, t.emergency.skip).click();
    case 'review.confirm':
      return button(page, t.review.confirm).click();
    case 'triage.restart':
      return button(page, t.common.restart).click();
    case 'onePage.open':
      return button(page, t.onePage.open).click();
    case 'onePage.submit':
      return submitOnePage(page, event.answers);
    case 'answers.change': {
      const step = selectStep(snapshot);
      if (step !== 'review' && step !== 'summary')
        throw new Error(`answers.change on ${step}: only the review and the summary have Change buttons`);
      const name = changeButtonName(event.question);
      if (step === 'summary') await openAnswersUsed(page);
      const found = button(page, name);
      // Fail at once, with the reason, rather than wait for a button that is not there.
      if ((await found.count()) === 0) {
        throw new Error(
          `The ${step} offers no "${name}" button: the UI cannot send ${describeEvent(event)} here, though the machine takes it.`,
        );
      }
      return found.first().click();
    }
  }
}
