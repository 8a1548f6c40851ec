import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../components/content/en';
import { fr } from '../components/content/fr';
import { decisionGraph } from '../machines/graph';
import { walkOf } from '../machines/trainer';
import { triageMachine } from '../machines/triage.machine';
import { getRegion, planReferrals, type Answers, type Locale, type ServiceId } from '../rules';
import { findScenario, scenarios } from '../rules/scenarios';
import { shareFragment } from '../rules/share';
import { compareAnswers, withAnswer } from '../rules/what-if';
import { privacyProbe, summaryListReady } from './support/wizard';

/**
 * Trainer mode (issue 5), in the exported site: a scenario stepped through with the current step marked in the
 * decision graph, the graph against the machine, what-if in the page, share links (good and tampered), and axe.
 */

const trainerPath = { en: '/trainer/', fr: '/fr/formation/' } as const satisfies Record<Locale, string>;
import { trainerMessages } from '../components/trainer/content';
import { plainTransitionText } from '../components/trainer/graph-labels';

/** The wizard's strings with the trainer page's own under `trainer`, as the trainer page shows them. */
const messages = {
  en: { ...en, trainer: { ...en.trainer, ...trainerMessages.en } },
  fr: { ...fr, trainer: { ...fr.trainer, ...trainerMessages.fr } },
};
const graph = decisionGraph();

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
});
test.afterEach(() => {
  expect(pageErrors, 'no console errors or uncaught errors on the trainer page').toEqual([]);
});

const scenario = (id: string) => {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

/** Open the trainer page and wait until its script runs (the scenario buttons then work). */
async function openTrainer(page: Page, locale: Locale = 'en', hash = ''): Promise<void> {
  await page.goto(`${trainerPath[locale]}${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: messages[locale].trainer.heading })).toBeVisible();
  await expect(page.locator('[data-trainer-page]')).toBeVisible();
  await page.waitForFunction(() => document.title.includes('–'));
}

/** The scenario's button: "Open summary" or "Step through", with the scenario's name hidden after it. */
const scenarioButton = (page: Page, id: string, action: 'openSummary' | 'stepThrough', locale: Locale = 'en') =>
  page.getByRole('button', { name: `${messages[locale].trainer.scenarios[action]} (${scenario(id).name[locale]})`, exact: true });

/** The text alternative's list of steps, and the step it marks as current (aria-current="step"). */
const statesList = (page: Page) => page.locator('[data-graph-states]');
const currentInList = (page: Page) => statesList(page).locator('li[aria-current="step"]');

/**
 * The label of the drawing's arrow from one state to another, as one line: its lines (one <tspan> each, wrapped at
 * spaces) joined with spaces.
 */
const arrowLabel = (page: Page, arrowId: string) =>
  page.locator(`svg[data-graph] g[data-arrow="${arrowId}"] tspan`).evaluateAll((spans) => spans.map((s) => s.textContent ?? '').join(' '));

/** The running wizard's step (the trainer page's other panels have form fields too). */
const wizardStep = (page: Page) => page.locator('[data-step]');

async function expectCurrent(page: Page, step: string, locale: Locale = 'en'): Promise<void> {
  await expect(currentInList(page), `the steps list marks ${step} as current`).toHaveCount(1);
  await expect(currentInList(page)).toHaveAttribute('data-node-id', step);
  await expect(currentInList(page)).toContainText(messages[locale].trainer.graph.current);
  await expect(page.locator('svg[data-graph] g[data-current="true"]'), `the drawing highlights ${step}`).toHaveAttribute('data-node-id', step);
  await expect(page.locator('svg[data-graph] g[data-current="true"]')).toHaveCount(1);
  await expect(page.locator('[data-step]'), 'the wizard shows the same step').toHaveAttribute('data-step', step);
}

/** Service ids of the running wizard's summary (the only elements carrying `data-service-id`). */
const summaryServices = async (page: Page) => {
  await summaryListReady(page);
  return (await page.locator('[data-service-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id')))).sort();
};

test.describe('stepping through a scenario', () => {
  test('marks the current step in the graph at every step, lights the path, and ends on the expected plan', async ({ page }) => {
    const s = scenario('durham-16-first-nations-in-care');
    const walk = walkOf(s.answers);
    expect(walk.steps).toContain('inCare');
    await openTrainer(page);
    await scenarioButton(page, s.id, 'stepThrough').click();
    await expect(page.locator('[data-session-name]')).toHaveText(messages.en.trainer.scenarios.nowShowing(s.name.en));

    const t = messages.en;
    for (const [i, step] of walk.steps.entries()) {
      await expectCurrent(page, step);
      // Every step visited so far is lit in the drawing.
      for (const visited of walk.steps.slice(0, i + 1)) {
        await expect(page.locator(`svg[data-graph] g[data-node-id="${visited}"]`)).toHaveAttribute('data-visited', 'true');
      }
      if (step === 'summary') break;
      // The answers are already chosen: each question shows the scenario's answer selected.
      const w = wizardStep(page);
      if (step === 'role') await expect(w.getByRole('radio', { name: t.role.options[s.answers.role], exact: true })).toBeChecked();
      if (step === 'danger') await expect(w.getByRole('radio', { name: t.danger.options[s.answers.danger], exact: true })).toBeChecked();
      if (step === 'age') await expect(w.getByRole('radio', { name: t.age.options[s.answers.age], exact: true })).toBeChecked();
      if (step === 'inCare') await expect(w.getByRole('radio', { name: t.inCare.options[s.answers.inCare!], exact: true })).toBeChecked();
      if (step === 'region') await expect(w.getByRole('combobox')).toHaveValue(s.answers.region);
      if (step === 'indigenous') await expect(w.getByRole('radio', { name: t.indigenous.options[s.answers.indigenous], exact: true })).toBeChecked();
      if (step === 'needs') for (const need of s.answers.needs) await expect(w.getByRole('checkbox', { name: t.needs.options[need], exact: true })).toBeChecked();
      const next = step === 'review' ? t.review.confirm : t.common.continue;
      await w.getByRole('button', { name: next, exact: true }).click();
    }

    expect(await summaryServices(page)).toEqual([...s.expected].sort());
    // The transitions taken are exactly the machine's own walk for these answers.
    const taken = await page.locator('[data-graph-transitions] tr[data-taken="true"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-edge-id')));
    expect(taken.sort()).toEqual([...walk.edges].sort());
    // …and the arrows they are drawn on are lit.
    for (const id of walk.edges) {
      const edge = graph.edges.find((e) => e.id === id)!;
      await expect(page.locator(`svg[data-graph] g[data-arrow="${edge.source}>${edge.target}"]`)).toHaveAttribute('data-lit', 'true');
    }
    // Back goes to the review, and the graph follows.
    await wizardStep(page).getByRole('button', { name: t.common.back, exact: true }).click();
    await expectCurrent(page, 'review');
  });

  test('opening a summary marks the summary as current and lights the path the answers take', async ({ page }) => {
    const s = scenario('toronto-15-in-danger');
    await openTrainer(page);
    await scenarioButton(page, s.id, 'openSummary').click();
    await expectCurrent(page, 'summary');
    expect(await summaryServices(page)).toEqual([...s.expected].sort());
    for (const step of walkOf(s.answers).steps) {
      await expect(page.locator(`[data-graph-states] li[data-node-id="${step}"]`)).toContainText(step === 'summary' ? messages.en.trainer.graph.current : messages.en.trainer.graph.visited);
    }
    // Keyboard focus moves to the wizard, which now shows the scenario.
    await expect(page.locator('#trainer-wizard-heading')).toBeFocused();
    // Restart clears the answers and goes back to the start, through the transition from any step.
    await wizardStep(page).getByRole('button', { name: en.common.restart, exact: true }).click();
    await expectCurrent(page, 'role');
    await expect(page.locator('[data-graph-transitions] tr[data-edge-id="#triage|triage.restart|0"]')).toHaveAttribute('data-taken', 'true');
  });
});

test.describe('the decision graph', () => {
  test('lists exactly the machine’s states and transitions, with their guards, in the drawing and in text', async ({ page }) => {
    await openTrainer(page);
    const configStates = Object.keys(triageMachine.config.states ?? {});
    const listed = await statesList(page).locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-node-id')));
    expect(listed).toEqual(graph.nodes.map((n) => n.id));
    expect([...listed].sort()).toEqual([...configStates].sort());

    const rows = page.locator('[data-graph-transitions] tbody tr');
    await expect(rows).toHaveCount(graph.edges.length);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-edge-id'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())]));
    expect(cells).toEqual(
      graph.edges.map((e) => [
        e.id,
        e.fromAnyState ? messages.en.trainer.graph.anyStepRow : e.source,
        e.event,
        e.guard ?? messages.en.trainer.graph.noGuard,
        plainTransitionText(e, messages.en.trainer.graph.arrows),
        e.target,
        messages.en.trainer.graph.takenNo,
      ]),
    );
    // Every config transition is there: count each event's candidates in the raw config.
    const configCount = [triageMachine.config, ...Object.values(triageMachine.config.states ?? {})].reduce(
      (n, state) => n + Object.values(state.on ?? {}).reduce((m: number, t) => m + (Array.isArray(t) ? t.length : 1), 0),
      0,
    );
    expect(graph.edges).toHaveLength(configCount);

    // The drawing: one box per state plus "any step", and every transition on some arrow.
    const svg = page.getByRole('img', { name: messages.en.trainer.graph.title });
    await expect(svg).toBeVisible();
    const boxes = await svg.locator('g[data-node-id]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node-id')));
    expect([...boxes].sort()).toEqual([graph.anyStateId, ...graph.nodes.map((n) => n.id)].sort());
    // Each transition is on the arrow between its two states, in plain words, never as the machine names it.
    for (const edge of graph.edges) {
      const label = await arrowLabel(page, `${edge.source}>${edge.target}`);
      expect(label, edge.id).toContain(plainTransitionText(edge, messages.en.trainer.graph.arrows));
      expect(label, edge.id).not.toContain(edge.event);
      if (edge.guard) expect(label, edge.id).not.toContain(edge.guard);
    }
  });

  test('labels the arrows in plain words in the page’s language, while the table keeps the event type and guard', async ({ page }) => {
    const edgeId = (source: string, event: string, target: string) => graph.edges.find((e) => e.source === source && e.event === event && e.target === target)!.id;
    const row = (id: string) => page.locator(`[data-graph-transitions] tr[data-edge-id="${id}"]`);

    await openTrainer(page);
    expect(await arrowLabel(page, 'review>age')).toBe('Change: Age');
    await expect(row(edgeId('review', 'answers.change', 'age')).locator('code')).toHaveText(['review', 'answers.change', 'isChangeOf(age)', 'age']);
    await expect(row(edgeId('review', 'answers.change', 'age'))).toContainText('Change: Age');
    expect(await arrowLabel(page, 'age>inCare')).toBe('Continue (16 or 17, 18 to 24, or age not given)');
    await expect(row(edgeId('age', 'age.submit', 'inCare')).locator('code')).toHaveText(['age', 'age.submit', 'asksAboutCareForAnswer', 'inCare']);
    expect(await arrowLabel(page, `${graph.anyStateId}>role`)).toBe('Start again');
    await expect(row(`${graph.anyStateId}|triage.restart|0`).locator('code')).toHaveText(['triage.restart', 'role']);
    await expect(page.locator('[data-graph-transitions] thead th')).toHaveText(
      (['from', 'event', 'guard', 'plainLabel', 'to', 'taken'] as const).map((k) => messages.en.trainer.graph[k]),
    );

    await openTrainer(page, 'fr');
    expect(await arrowLabel(page, 'review>age')).toBe('Modifier\u00a0: Âge');
    expect(await arrowLabel(page, 'danger>emergency')).toBe('Continuer (en danger ou en cas de doute)');
    await expect(row(edgeId('review', 'answers.change', 'age')).locator('code')).toHaveText(['review', 'answers.change', 'isChangeOf(age)', 'age']);
    await expect(row(edgeId('review', 'answers.change', 'age'))).toContainText('Modifier\u00a0: Âge');
  });
});

test.describe('what if', () => {
  const changes: [string, keyof Answers, string, string][] = [
    ['metis-adult-thunder-bay-housing', 'danger', 'yes', en.danger.options.yes],
    ['metis-adult-thunder-bay-housing', 'age', 'under-16', en.age.options['under-16']],
    ['toronto-15-in-danger', 'region', 'durham', getRegion('durham').name.en],
  ];
  for (const [id, question, value, label] of changes) {
    test(`${id}: changing ${question} to ${value} shows the referrals that come and go, and the rules`, async ({ page }) => {
      const s = scenario(id);
      const expected = compareAnswers(s.answers, withAnswer(s.answers, question, value as never));
      await openTrainer(page);
      await scenarioButton(page, id, 'openSummary').click();
      const panel = page.locator('[data-trainer-panel="what-if"]');
      await panel.getByLabel(en.review.labels[question as Exclude<keyof Answers, 'needs'>], { exact: true }).selectOption({ label });
      const listed = async (kind: string) =>
        (await panel.locator(`[data-change="${kind}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-change-service')))).sort();
      await expect.poll(() => listed('added')).toEqual(expected.added.map((c) => c.serviceId).sort());
      expect(await listed('removed')).toEqual(expected.removed.map((c) => c.serviceId).sort());
      expect(await listed('priority')).toEqual(expected.priorityChanged.map((c) => c.serviceId).sort());
      expect(expected.added.length + expected.removed.length).toBeGreaterThan(0);
      for (const change of [...expected.added, ...expected.removed]) {
        const item = panel.locator(`[data-change-service="${change.serviceId}"]`);
        for (const rule of change.rules) await expect(item.locator(`[data-rule-id="${rule.ruleId}"]`)).toContainText(rule.description);
      }
      // Side by side: the changed plan lists the added services, the current one the removed ones.
      for (const c of expected.added) await expect(panel.locator(`[data-what-if-plan="after"] [data-plan-service="${c.serviceId}"]`)).toContainText(messages.en.trainer.whatIf.added);
      for (const c of expected.removed) await expect(panel.locator(`[data-what-if-plan="before"] [data-plan-service="${c.serviceId}"]`)).toContainText(messages.en.trainer.whatIf.removed);
      await panel.getByRole('button', { name: messages.en.trainer.whatIf.reset }).click();
      await expect(panel.getByText(messages.en.trainer.whatIf.noChange)).toBeVisible();
    });
  }
});

test.describe('share links', () => {
  test('a link made on the page opens the same scenario on its summary', async ({ page }) => {
    const s = scenario('worker-unsure-of-age');
    await openTrainer(page);
    await scenarioButton(page, s.id, 'openSummary').click();
    const link = await page.getByLabel(messages.en.trainer.share.label, { exact: true }).inputValue();
    expect(link).toContain(`${trainerPath.en}#${shareFragment(s.answers)}`);
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.locator('[data-session-name]')).toHaveText(messages.en.trainer.scenarios.nowShowing(messages.en.trainer.scenarios.shared));
    await expectCurrent(page, 'summary');
    expect(await summaryServices(page)).toEqual([...s.expected].sort());
  });

  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const adult = scenarios[1].answers;
  const tampered: [string, string, keyof typeof messages.en.trainer.linkError.problems][] = [
    ['characters that do not belong', '#a=%%%not-base64!!', 'notBase64url'],
    ['a cut-off link', `#a=${b64(JSON.stringify(adult)).slice(0, 30)}`, 'notJson'],
    ['an answer changed to one the tool cannot give', `#a=${b64(JSON.stringify({ ...adult, age: '99' }))}`, 'notAnswers'],
    ['a field added', `#a=${b64(JSON.stringify({ ...adult, name: 'Someone' }))}`, 'notAnswers'],
  ];
  for (const [name, hash, problem] of tampered) {
    test(`a tampered link (${name}) shows a clear error and loads nothing`, async ({ page }) => {
      await openTrainer(page, 'en', hash);
      const alert = page.getByRole('alert').filter({ hasText: messages.en.trainer.linkError.heading });
      await expect(alert).toContainText(messages.en.trainer.linkError.heading);
      await expect(alert).toContainText(messages.en.trainer.linkError.problems[problem]);
      await expect(alert).toContainText(messages.en.trainer.linkError.body);
      // Nothing was loaded: the wizard is on its start step with no answers.
      await expectCurrent(page, 'role');
      await expect(page.locator('[data-session-name]')).toHaveText(messages.en.trainer.scenarios.nowShowing(messages.en.trainer.scenarios.own));
      await expect(wizardStep(page).getByRole('radio', { checked: true })).toHaveCount(0);
    });
  }

  test('a tampered link shows the error in French on the French page', async ({ page }) => {
    await openTrainer(page, 'fr', '#a=@@@');
    const alert = page.getByRole('alert').filter({ hasText: messages.fr.trainer.linkError.heading });
    await expect(alert).toContainText(messages.fr.trainer.linkError.problems.notBase64url);
    await expectCurrent(page, 'role', 'fr');
  });
});

test.describe('accessibility', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  async function expectNoViolations(page: Page, where: string) {
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(
      violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`),
      `axe on ${where}`,
    ).toEqual([]);
  }

  for (const locale of ['en', 'fr'] as const) {
    const t = messages[locale];
    test.describe(`in ${locale}`, () => {
      // axe over a page this size (the graph, its table of every transition) takes a while on a busy machine.
      test.describe.configure({ timeout: 300_000 });

      test('passes axe on load, and on a question while stepping through', async ({ page }) => {
        await openTrainer(page, locale);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expectNoViolations(page, `${trainerPath[locale]} on load`);
        await scenarioButton(page, scenarios[0].id, 'stepThrough', locale).click();
        await expectCurrent(page, 'role', locale);
        await wizardStep(page).getByRole('button', { name: t.common.continue, exact: true }).click();
        await expectCurrent(page, 'danger', locale);
        await expectNoViolations(page, `${trainerPath[locale]} on a question`);
      });

      test('passes axe on a summary, with why and a what-if change', async ({ page }) => {
        await openTrainer(page, locale);
        await scenarioButton(page, 'metis-adult-thunder-bay-housing', 'openSummary', locale).click();
        await expectCurrent(page, 'summary', locale);
        await page.locator('[data-trainer-panel="what-if"]').getByLabel(t.review.labels.danger, { exact: true }).selectOption({ label: t.danger.options.yes });
        await expect(page.locator('[data-trainer-panel="what-if"] [data-change="added"]')).toHaveCount(1);
        await expectNoViolations(page, `${trainerPath[locale]} on a summary, with a what-if change`);
      });

      test('passes axe with every outcome listed', async ({ page }) => {
        await openTrainer(page, locale);
        await page.getByRole('button', { name: t.trainer.outcomes.compute }).click();
        await expect(page.locator('[data-outcome]').first()).toBeVisible({ timeout: 180_000 });
        await expectNoViolations(page, `${trainerPath[locale]} with every outcome listed`);
      });
    });
  }
});

test('the summary links to trainer mode when the person using the tool is a trainer', async ({ page }) => {
  const s = scenario('trainer-london-training');
  await openTrainer(page);
  await scenarioButton(page, s.id, 'openSummary').click();
  await expect(wizardStep(page).getByRole('link', { name: messages.en.trainer.summaryLink })).toHaveAttribute('href', trainerPath.en);
  expect(planReferrals(s.answers).map((r) => r.serviceId)).toContain('regional-coalition' satisfies ServiceId);
});

test('trainer mode keeps the site’s promises: nothing sent, nothing stored, nothing blocked by the security policy', async ({ page }) => {
  const probe = await privacyProbe(page);
  await openTrainer(page);
  await probe.markLoaded();
  await scenarioButton(page, 'toronto-15-in-danger', 'openSummary').click();
  await expectCurrent(page, 'summary');
  await page.locator('[data-trainer-panel="what-if"]').getByLabel(en.review.labels.age, { exact: true }).selectOption({ label: en.age.options['25-plus'] });
  await expect(page.locator('[data-trainer-panel="what-if"] [data-change="removed"]').first()).toBeVisible();
  expect(probe.crossOrigin()).toEqual([]);
  expect(probe.afterLoad()).toEqual([]);
  expect(await probe.cspViolations()).toEqual([]);
  const storage = await probe.storage();
  expect(storage).toMatchObject({ cookies: [], localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
});
