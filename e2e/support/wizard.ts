import {
  expect as baseExpect,
  test,
  type Browser,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test';
import type { Messages } from '../../components/content/en';
import { steps } from '../../machines/triage.machine';
import { flow } from '../../machines/walk';
import { asksAboutCare, type Answers, type Locale, type Need, type RegionAnswer, type Role } from '../../rules';
import { youthInDangerEveryStep } from '../../rules/answers.examples';
import {
  controlsFor,
  messagesFor,
  optionLabel,
  stepHeadingText,
  voiceOf,
  type QuestionStep,
  type Step,
  type StepValue,
  type Voice,
} from './labels';

export {
  controlsFor,
  messagesFor,
  optionLabel,
  regionLabel,
  stepHeadingText,
  voiceOf,
  type Control,
  type QuestionStep,
  type Step,
  type StepValue,
} from './labels';

/**
 * Helpers that drive the wizard the way a person does: by the visible labels of its questions and options, taken
 * from the content files, never by CSS classes. The only attributes read are the ones the spec makes a contract
 * (`data-service-id`, `data-priority`, `data-step-heading`).
 */

/**
 * `expect` with a longer wait: these machines run several browsers at once, and a step can take more than the
 * default 5 s to render under load. Still web-first: it returns as soon as the condition holds.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

/** The paths of the wizard and the safety page in each language. */
export const wizardPath = { en: '/', fr: '/fr/' } as const satisfies Record<Locale, string>;
export const safetyPath = { en: '/safety/', fr: '/fr/securite/' } as const satisfies Record<Locale, string>;
/** The paths of the services page and the open data page in each language (issue 21). */
export const servicesPath = { en: '/services/', fr: '/fr/services/' } as const satisfies Record<Locale, string>;
export const dataPath = { en: '/data/', fr: '/fr/donnees/' } as const satisfies Record<Locale, string>;
/** Where the quick exit goes, in each language. */
export const exitHost = { en: 'https://weather.gc.ca/', fr: 'https://meteo.gc.ca/' } as const satisfies Record<
  Locale,
  string
>;

/** What each page's wizard run knows: its language and the voice its role gives. */
type WizardState = { locale: Locale; role?: Role };
const state = new WeakMap<Page, WizardState>();

function ctx(page: Page): { locale: Locale; t: Messages; voice: Voice; role?: Role } {
  const s = state.get(page) ?? { locale: 'en' as Locale };
  return { locale: s.locale, t: messagesFor(s.locale), voice: voiceOf(s.role), role: s.role };
}

/** Tell the helpers which role was chosen when it was chosen without `answer` (by keyboard, say). */
export function rememberRole(page: Page, role: Role): void {
  state.set(page, { ...(state.get(page) ?? { locale: 'en' }), role });
}

/** Tell the helpers the language changed (after the language switch). */
export function setLocale(page: Page, locale: Locale): void {
  state.set(page, { ...(state.get(page) ?? {}), locale });
}

/** The document title the wizard gives each step: "<step> – <site name>", with "Error: " first on an error. */
export function stepTitle(step: Step, t: Messages, { error = false } = {}): string {
  return `${error ? t.errors.titlePrefix : ''}${t[step].title} – ${t.meta.siteName}`;
}

/** The level-1 heading of a step, by its role and name. */
export function stepHeading(page: Page, step: Step): Locator {
  const { t, voice } = ctx(page);
  return page.getByRole('heading', { level: 1, name: stepHeadingText(step, t, voice), exact: true });
}

/** Wait until the given step is on screen, with its heading and its title (on the summary, its whole list). */
export async function expectStep(page: Page, step: Step): Promise<void> {
  const { t } = ctx(page);
  await expect(stepHeading(page, step), `the ${step} step should be on screen`).toBeVisible();
  await expect(page).toHaveTitle(stepTitle(step, t));
  if (step === 'summary') await summaryListReady(page);
}

/** The summary paints its heading first and its list just after: wait until the list is there. */
export async function summaryListReady(page: Page): Promise<void> {
  await expect(page.locator('[data-summary-list]'), 'the summary list should be complete').toHaveAttribute(
    'aria-busy',
    'false',
  );
}

/** The "Continue" button of a question. */
export const continueButton = (page: Page): Locator =>
  page.getByRole('button', { name: ctx(page).t.common.continue, exact: true });
/** Press Continue with the question not answered, and wait for the error summary it brings. */
export async function continueUnanswered(page: Page): Promise<void> {
  await continueButton(page).click();
  await expect(page.getByRole('alert', { name: ctx(page).t.errors.summaryTitle })).toBeVisible();
}
/** The in-page Back button. */
export const backButton = (page: Page): Locator =>
  page.getByRole('button', { name: ctx(page).t.common.back, exact: true });
/** The quick exit link; its name carries the hidden "Emergency" prefix. */
export const exitLink = (page: Page, locale: Locale = ctx(page).locale): Locator => {
  const t = messagesFor(locale);
  return page.getByRole('link', { name: `${t.exit.hidden} ${t.exit.button}`, exact: true });
};
/** The language switch: "Français" on English pages, "English" on French ones (with a hidden hint after it). */
export const languageSwitch = (page: Page, locale: Locale = ctx(page).locale): Locator => {
  const t = messagesFor(locale);
  return page.getByRole('link', { name: `${t.language.label} (${t.language.hint})`, exact: true });
};

/**
 * Wait until React has hydrated the page, so a click is handled by the app and not by the browser (a native form
 * submission before hydration would be blocked by the CSP's form-action; a link of the tool would add a history
 * entry). React marks the DOM nodes it owns with `__reactProps$…` keys; nothing visible distinguishes a hydrated page
 * from the static HTML. By default the first control of the main content is checked; pass `element` to check another.
 */
export async function waitForHydration(
  page: Page,
  element: Locator = page.locator('main button, main input').first(),
): Promise<void> {
  await expect
    .poll(() => element.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps'))), {
      message: 'the page should hydrate',
    })
    .toBe(true);
}

/**
 * Open the wizard in a language and wait until the script has taken over. With `role`, choose it and continue to
 * the danger question.
 */
export async function startWizard(
  page: Page,
  { locale = 'en', role }: { locale?: Locale; role?: Role } = {},
): Promise<void> {
  state.set(page, { locale });
  await page.goto(wizardPath[locale]);
  await expect(stepHeading(page, 'role')).toBeVisible();
  await waitForHydration(page);
  if (role) {
    await answer(page, 'role', role);
    await expectStep(page, 'danger');
  }
}

/** The radios of a question step (legend = the group's name). */
export function radio(page: Page, step: Exclude<QuestionStep, 'region' | 'needs'>, value: string): Locator {
  const { t, locale } = ctx(page);
  return page.getByRole('radio', { name: optionLabel(step, value as never, t, locale), exact: true });
}
/** The region select, labelled by the region question. */
export function regionSelect(page: Page): Locator {
  const { t, voice } = ctx(page);
  return page.getByRole('combobox', { name: t.region.legend[voice], exact: true });
}
/** One need's checkbox. */
export function needCheckbox(page: Page, need: Need): Locator {
  const { t } = ctx(page);
  return page.getByRole('checkbox', { name: t.needs.options[need], exact: true });
}

/** Pick an option by its label (or set the checkboxes, or the select), then press Continue. */
export async function answer<S extends QuestionStep>(page: Page, step: S, value: StepValue[S]): Promise<void> {
  const { t, locale } = ctx(page);
  await expect(stepHeading(page, step)).toBeVisible();
  if (step === 'region') {
    await regionSelect(page).selectOption({ label: optionLabel('region', value as RegionAnswer, t, locale) });
  } else if (step === 'needs') {
    const chosen = value as Need[];
    for (const need of Object.keys(t.needs.options) as Need[]) {
      const box = needCheckbox(page, need);
      if ((await box.isChecked()) !== chosen.includes(need)) await box.setChecked(chosen.includes(need));
    }
  } else {
    await radio(page, step as Exclude<QuestionStep, 'region' | 'needs'>, value as string).check();
  }
  if (step === 'role') state.set(page, { ...(state.get(page) ?? { locale }), role: value as Role });
  await continueButton(page).click();
}

/**
 * The answers the UI gives for a set of answers: the care question only exists for some ages. Throws when the
 * answers are not a set the wizard can produce (care asked but not answered, or answered but never asked).
 */
export function reachableAnswers(answers: Answers): Answers {
  if (asksAboutCare(answers.age) !== (answers.inCare !== undefined)) {
    throw new Error(
      `The wizard cannot produce ${JSON.stringify(answers)}: care is asked iff the age is 16–17, 18–24 or not given.`,
    );
  }
  return answers;
}
export function isReachable(answers: Answers): boolean {
  return asksAboutCare(answers.age) === (answers.inCare !== undefined);
}

export type DriveOptions = {
  locale?: Locale;
  /** Stop when this step is on screen, before answering it. */
  stopAt?: Step;
  /** Called each time a new step is on screen (after its heading is visible). */
  onStep?: (step: Step) => Promise<void>;
};

/**
 * Drive the wizard from `answers`, from its start step (opening it first if the page is still blank): role, danger (yes or not sure go
 * through the emergency screen and on to the questions), age, care only when it is asked, region, identity, needs,
 * review, summary. Checks that every step it expects comes next.
 */
export async function driveTo(
  page: Page,
  answers: Answers,
  { locale, stopAt, onStep }: DriveOptions = {},
): Promise<void> {
  reachableAnswers(answers);
  const visit = async (step: Step): Promise<boolean> => {
    await expectStep(page, step);
    if (onStep) await onStep(step);
    return step === stopAt;
  };
  // A page not yet on the site is started here; otherwise the wizard must be on its start step (after
  // `startWizard` or a restart).
  if (!page.url().startsWith('http')) await startWizard(page, { locale: locale ?? 'en' });
  const { t, locale: pageLocale } = ctx(page);
  await expect(stepHeading(page, 'role')).toBeVisible();
  if (onStep) await onStep('role');
  if (stopAt === 'role') return;
  // The walk (machines/walk.ts): each step it visits, in order, and the event that leaves it.
  const { steps, end } = flow(answers);
  for (const [i, { step, event }] of steps.entries()) {
    if (i > 0 && (await visit(step as Step))) return;
    if (event.type.endsWith('.submit')) {
      await answer(page, step as QuestionStep, (event as { value: StepValue[QuestionStep] }).value);
    } else {
      for (const control of controlsFor(event, t, voiceOf(answers.role), pageLocale)) {
        await page.getByRole(control.role, { name: control.name, exact: true }).click();
      }
    }
  }
  await visit(end as Step);
}

/** A full journey from the answers to the summary. */
export async function completeJourney(
  page: Page,
  answers: Answers,
  options: Omit<DriveOptions, 'stopAt'> = {},
): Promise<void> {
  await driveTo(page, answers, options);
}

/** The summary's referrals, in order, by their `data-service-id`. */
export async function summaryServiceIds(page: Page): Promise<string[]> {
  await expect(stepHeading(page, 'summary')).toBeVisible();
  await summaryListReady(page);
  return page
    .locator('[data-service-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id') ?? ''));
}
/** The summary's referrals, in order, with their `data-priority`. */
export async function summaryPriorities(page: Page): Promise<Record<string, string>> {
  await expect(stepHeading(page, 'summary')).toBeVisible();
  await summaryListReady(page);
  const pairs = await page
    .locator('[data-service-id]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-service-id') ?? '', el.getAttribute('data-priority') ?? '']),
    );
  return Object.fromEntries(pairs);
}

/** Console errors and uncaught page errors, collected from now on. Assert the array is empty at the end. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

type RequestRecord = { url: string; method: string; resourceType: string; afterLoad: boolean };
type StorageState = {
  cookies: string[];
  localStorage: number;
  sessionStorage: number;
  indexedDB: string[];
  caches: string[];
  serviceWorkers: number;
};

export type PrivacyProbe = {
  /** Every request the page made, with whether it came after the load event and network idle. */
  requests: RequestRecord[];
  /** Requests to an origin other than the app's, except the exit destination (fulfilled locally). */
  crossOrigin: () => string[];
  /** Requests made after their document's load event, except the exit destination. */
  afterLoad: () => string[];
  /** Call once the first page is loaded: waits for load and network idle. */
  markLoaded: () => Promise<void>;
  /** CSP violations seen by the page so far (kept on window by an init script). */
  cspViolations: () => Promise<string[]>;
  /** Cookies and the storage the page can see. */
  storage: () => Promise<StorageState>;
};

/**
 * Watch a page for anything that could leave a trace or leave the browser: every request is routed and recorded;
 * cross-origin requests are aborted (nothing may go out), except the neutral exit site, which is answered locally so
 * the quick exit can be tested without the internet. An init script counts CSP violations on `window`.
 */
export async function privacyProbe(page: Page): Promise<PrivacyProbe> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('privacyProbe needs the baseURL from the Playwright config');
  const appOrigin = new URL(baseURL).origin;
  const exitOrigins = Object.values(exitHost).map((url) => new URL(url).origin);
  const isExit = (url: string) => exitOrigins.includes(new URL(url).origin);
  const requests: RequestRecord[] = [];
  /** Whether the current document has fired its load event; a new main-frame navigation starts again. */
  let loaded = false;

  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}: ${event.sample}`);
    });
  });
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loaded = false;
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      afterLoad: loaded,
    });
  });
  page.on('load', () => {
    loaded = true;
  });
  page.on('websocket', (ws) =>
    requests.push({ url: ws.url(), method: 'WEBSOCKET', resourceType: 'websocket', afterLoad: loaded }),
  );
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (isExit(url)) {
      await route.fulfill({ body: '<!doctype html><title>Weather</title><h1>Weather</h1>', contentType: 'text/html' });
    } else if (new URL(url).origin !== appOrigin) {
      await route.abort('blockedbyclient');
    } else {
      await route.continue();
    }
  });

  const isHttp = (url: string) => url.startsWith('http:') || url.startsWith('https:') || url.startsWith('ws');
  return {
    requests,
    crossOrigin: () =>
      requests
        .filter((r) => isHttp(r.url) && new URL(r.url).origin !== appOrigin && !isExit(r.url))
        .map((r) => `${r.method} ${r.url}`),
    afterLoad: () =>
      requests.filter((r) => r.afterLoad && !isExit(r.url)).map((r) => `${r.method} ${r.resourceType} ${r.url}`),
    markLoaded: async () => {
      await page.waitForLoadState('load');
      await page.waitForLoadState('networkidle');
    },
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    storage: async () => {
      const cookies = (await page.context().cookies()).map((c) => `${c.name}@${c.domain}`);
      const inPage = await page.evaluate(async () => ({
        localStorage: window.localStorage.length,
        sessionStorage: window.sessionStorage.length,
        indexedDB: (await indexedDB.databases()).map((db) => db.name ?? '(unnamed)'),
        caches: 'caches' in window ? await caches.keys() : [],
        serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      }));
      return { cookies, ...inPage };
    },
  };
}

/** Press Tab until `target` has focus (at most `max` presses): keyboard only, no clicks. */
export async function tabTo(page: Page, target: Locator, { max = 300, reverse = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `Tab should reach ${target}`).toBeFocused();
}

/** The h1 (or labelled heading) that carries focus after a step change. */
export const focusedStepHeading = (page: Page): Locator => page.locator('[data-step-heading]');

/** Answers that visit every step, for tests that need to stop on each one. */
export const everyStepAnswers: Answers = youthInDangerEveryStep;
/** Every step of the step-by-step flow, in order: the machine's steps but the worker's one-page form. */
export const allSteps: Step[] = steps.filter((step): step is Step => step !== 'onePage');

/**
 * Runs `run` on a page of a fresh browser context with JavaScript off (as some browsers set it for privacy: Tor
 * Browser at its safest, for one), and closes the context after. `options` adds to the context's (a small screen).
 */
export async function withoutJavaScript(
  browser: Browser,
  options: BrowserContextOptions,
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ ...options, javaScriptEnabled: false });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** A screen of the flow: each step, the two error states a person meets first, and the safety page. */
export type Screen = Step | 'role-error' | 'region-error' | 'safety';
export const everyScreen: Screen[] = [...allSteps, 'role-error', 'region-error', 'safety'];

/** Bring the page to a screen, by the answers that pass through every step. */
export async function openScreen(page: Page, screen: Screen, locale: Locale): Promise<void> {
  const t = messagesFor(locale);
  switch (screen) {
    case 'safety':
      await page.goto(safetyPath[locale]);
      await expect(page.getByRole('heading', { level: 1, name: t.safetyPage.heading })).toBeVisible();
      return;
    case 'role-error':
      await startWizard(page, { locale });
      await continueUnanswered(page);
      return;
    case 'region-error':
      await driveTo(page, everyStepAnswers, { locale, stopAt: 'region' });
      await continueUnanswered(page);
      return;
    default:
      await startWizard(page, { locale });
      await driveTo(page, everyStepAnswers, { locale, stopAt: screen });
  }
}
