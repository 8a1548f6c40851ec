import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../components/content/en';
import { decisionGraph } from '../machines/graph';
import { edgeKinds, walkOf } from '../machines/trainer';
import { triageMachine } from '../machines/triage.machine';
import { getRegion, planReferrals, type Answers, type Locale, type ServiceId } from '../rules';
import { scenarios } from '../rules/trainer/scenarios';
import { shareFragment } from '../rules/trainer/share';
import { compareAnswers, withAnswer } from '../rules/trainer/what-if';
import { plainTransitionText } from '../components/trainer/graph-labels';
import { privacyProbe } from './support/wizard';
import {
  failOnPageErrors,
  messages,
  openTrainer,
  scenario,
  scenarioButton,
  scenarioHeading,
  summaryServices,
  trainerPath,
  wizardStep,
} from './support/trainer';

/**
 * Trainer mode (issues 5 and 22), in the exported site: a scenario stepped through with the current screen marked in
 * "How the screens connect", the picture against the machine, what-if in the page, share links (good and tampered),
 * and axe. The referral map, "Guess first", the handout and shared what-if changes: e2e/trainer-teaching.spec.ts.
 */

const graph = decisionGraph();
const kinds = edgeKinds(graph);

failOnPageErrors();

/** The text alternative's list of screens, and the screen it marks as current (aria-current="step"). */
const statesList = (page: Page) => page.locator('[data-graph-states]');
const currentInList = (page: Page) => statesList(page).locator('li[aria-current="step"]');

/** The label of the drawing's arrow from one state to another, as one line (its wrapped lines joined with spaces). */
const arrowLabel = (page: Page, arrowId: string) =>
  page
    .locator(`svg[data-graph] g[data-arrow="${arrowId}"] tspan`)
    .evaluateAll((spans) => spans.map((s) => s.textContent ?? '').join(' '));

/** The "How the screens connect" disclosure: its summary, and whether it is open. */
const screensSummary = (page: Page, locale: Locale = 'en') =>
  page.locator('summary').getByText(messages[locale].trainer.graph.summary, { exact: true });
const screensPanel = (page: Page) => page.locator('details[data-trainer-panel="screens"]');

/** "Also show the Back, Change and Start again arrows". */
const showAllArrows = (page: Page, locale: Locale = 'en') =>
  page.getByRole('checkbox', { name: messages[locale].trainer.graph.showAll });

async function expectCurrent(page: Page, step: string, locale: Locale = 'en'): Promise<void> {
  await expect(currentInList(page), `the list of screens marks ${step} as current`).toHaveCount(1);
  await expect(currentInList(page)).toHaveAttribute('data-node-id', step);
  await expect(currentInList(page)).toContainText(messages[locale].trainer.graph.current);
  await expect(
    page.locator('svg[data-graph] g[data-current="true"]'),
    `the drawing highlights ${step}`,
  ).toHaveAttribute('data-node-id', step);
  await expect(page.locator('svg[data-graph] g[data-current="true"]')).toHaveCount(1);
  await expect(page.locator('[data-step]'), 'the wizard shows the same step').toHaveAttribute('data-step', step);
}

test.describe('stepping through a scenario', () => {
  test('marks the current screen in the picture at every step, lights the path, and ends on the expected plan', async ({
    page,
  }) => {
    const s = scenario('durham-16-first-nations-in-care');
    const walk = walkOf(s.answers);
    expect(walk.steps).toContain('inCare');
    await openTrainer(page);
    await scenarioButton(page, s.id, 'stepThrough').click();
    await expect(page.locator('[data-session-name]')).toHaveText(messages.en.trainer.scenarios.nowShowing(s.name.en));
    // Keyboard focus moves to the wizard, which now shows the first screen, and "How the screens connect" opens.
    await expect(
      page.getByRole('heading', { name: messages.en.trainer.flow.wizardHeading, exact: true }),
    ).toBeFocused();
    await expect(screensPanel(page)).toHaveAttribute('open', '');
    await expect(page.getByRole('img', { name: messages.en.trainer.graph.title })).toBeVisible();

    const t = messages.en;
    for (const [i, step] of walk.steps.entries()) {
      await expectCurrent(page, step);
      for (const visited of walk.steps.slice(0, i + 1)) {
        await expect(page.locator(`svg[data-graph] g[data-node-id="${visited}"]`)).toHaveAttribute(
          'data-visited',
          'true',
        );
      }
      if (step === 'summary') break;
      // The answers are already chosen: each question shows the scenario's answer selected.
      const w = wizardStep(page);
      if (step === 'role')
        await expect(w.getByRole('radio', { name: t.role.options[s.answers.role], exact: true })).toBeChecked();
      if (step === 'danger')
        await expect(w.getByRole('radio', { name: t.danger.options[s.answers.danger], exact: true })).toBeChecked();
      if (step === 'age')
        await expect(w.getByRole('radio', { name: t.age.options[s.answers.age], exact: true })).toBeChecked();
      if (step === 'inCare')
        await expect(w.getByRole('radio', { name: t.inCare.options[s.answers.inCare!], exact: true })).toBeChecked();
      if (step === 'region') await expect(w.getByRole('combobox')).toHaveValue(s.answers.region);
      if (step === 'indigenous')
        await expect(
          w.getByRole('radio', { name: t.indigenous.options[s.answers.indigenous], exact: true }),
        ).toBeChecked();
      if (step === 'needs')
        for (const need of s.answers.needs)
          await expect(w.getByRole('checkbox', { name: t.needs.options[need], exact: true })).toBeChecked();
      const next = step === 'review' ? t.review.confirm : t.common.continue;
      await w.getByRole('button', { name: next, exact: true }).click();
    }

    expect(await summaryServices(page)).toEqual([...s.expected].sort());
    // The transitions taken are exactly the machine's own walk for these answers, all forward, all drawn and lit.
    const taken = await page
      .locator('[data-graph-transitions] tr[data-taken="true"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-edge-id')));
    expect(taken.sort()).toEqual([...walk.edges].sort());
    for (const id of walk.edges) {
      const edge = graph.edges.find((e) => e.id === id)!;
      await expect(page.locator(`svg[data-graph] g[data-arrow="${edge.source}>${edge.target}"]`)).toHaveAttribute(
        'data-lit',
        'true',
      );
      await expect(page.locator(`[data-graph-moves] li[data-edge-id="${id}"]`)).toHaveAttribute('data-taken', 'true');
    }
    // Back goes to the review, and the picture follows.
    await wizardStep(page).getByRole('button', { name: t.common.back, exact: true }).click();
    await expectCurrent(page, 'review');
  });

  test('opening a scenario marks the summary as current, lights the path the answers take, and takes the keyboard to the scenario', async ({
    page,
  }) => {
    const s = scenario('toronto-15-in-danger');
    await openTrainer(page);
    await scenarioButton(page, s.id, 'open').click();
    await expectCurrent(page, 'summary');
    expect(await summaryServices(page)).toEqual([...s.expected].sort());
    for (const step of walkOf(s.answers).steps) {
      await expect(page.locator(`[data-graph-states] li[data-node-id="${step}"]`)).toContainText(
        step === 'summary' ? messages.en.trainer.graph.current : messages.en.trainer.graph.visited,
      );
    }
    await expect(scenarioHeading(page)).toBeFocused();
    await expect(scenarioHeading(page)).toHaveText(messages.en.trainer.scenarios.nowShowing(s.name.en));
    // The scenario's heading is at the top of the view, just under the sticky header.
    const headerBottom = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
    await expect
      .poll(async () => (await scenarioHeading(page).boundingBox())!.y - headerBottom)
      .toBeGreaterThanOrEqual(-1);
    expect((await scenarioHeading(page).boundingBox())!.y - headerBottom).toBeLessThan(40);
    // Restart clears the answers and goes back to the start, through the transition from any step.
    await wizardStep(page).getByRole('button', { name: en.common.restart, exact: true }).click();
    await expectCurrent(page, 'role');
    await expect(page.locator('[data-graph-transitions] tr[data-edge-id="#triage|triage.restart|0"]')).toHaveAttribute(
      'data-taken',
      'true',
    );
  });
});

test.describe('how the screens connect', () => {
  test('draws the forward paths by default and every transition on request, each in plain words, with the statechart’s names only for developers', async ({
    page,
  }) => {
    await openTrainer(page);
    const t = messages.en.trainer.graph;
    const svg = page.getByRole('img', { name: t.title });
    // Second to the referral map: closed until asked for.
    await expect(svg).toBeHidden();
    await screensSummary(page).click();
    await expect(svg).toBeVisible();
    const forward = graph.edges.filter((e) => kinds.get(e.id) === 'forward');
    const arrowsOf = (edges: typeof graph.edges) => [...new Set(edges.map((e) => `${e.source}>${e.target}`))].sort();
    const drawn = () =>
      svg.locator('g[data-arrow]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-arrow')).sort());

    // Forward paths only: one box per screen, no Back, Change or Start again.
    await expect.poll(drawn).toEqual(arrowsOf(forward));
    const boxes = await svg
      .locator('g[data-node-id]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node-id')));
    expect([...boxes].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    await expect(page.locator('[data-graph-moves] li')).toHaveCount(forward.length);
    for (const edge of forward) {
      const label = await arrowLabel(page, `${edge.source}>${edge.target}`);
      expect(label, edge.id).toContain(plainTransitionText(edge, t.arrows));
    }

    // On request, every transition, each on the arrow between its two screens in plain words, never as the machine names it.
    await showAllArrows(page).check();
    await expect.poll(drawn).toEqual(arrowsOf(graph.edges));
    await expect(page.locator('[data-graph-moves] li')).toHaveCount(graph.edges.length);
    for (const edge of graph.edges) {
      const label = await arrowLabel(page, `${edge.source}>${edge.target}`);
      expect(label, edge.id).toContain(plainTransitionText(edge, t.arrows));
      expect(label, edge.id).not.toContain(edge.event);
      if (edge.guard) expect(label, edge.id).not.toContain(edge.guard);
    }
    expect(await arrowLabel(page, 'review>age')).toBe('Change: Age');
    expect(await arrowLabel(page, 'age>inCare')).toBe('Continue (16 or 17, 18 to 24, or age not given)');
    expect(await arrowLabel(page, `${graph.anyStateId}>role`)).toBe('Start again');

    // The developers' table: hidden until opened, then every transition with its event, guard and states.
    const table = page.locator('[data-graph-transitions]');
    await expect(table).toBeHidden();
    await page.getByText(t.developerSummary).click();
    await expect(table).toBeVisible();
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(graph.edges.length);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-edge-id'),
        ...[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
      ]),
    );
    expect(cells).toEqual(
      graph.edges.map((e) => [
        e.id,
        e.fromAnyState ? t.anyStepRow : e.source,
        e.event,
        e.guard ?? t.noGuard,
        plainTransitionText(e, t.arrows),
        e.target,
        t.takenNo,
      ]),
    );
    // Every transition of the machine's config is there: count each event's candidates.
    const configCount = [triageMachine.config, ...Object.values(triageMachine.config.states ?? {})].reduce(
      (n, state) =>
        n + Object.values(state.on ?? {}).reduce((m: number, tr) => m + (Array.isArray(tr) ? tr.length : 1), 0),
      0,
    );
    expect(graph.edges).toHaveLength(configCount);
  });

  test('labels the screens and the arrows in French on the French page', async ({ page }) => {
    await openTrainer(page, 'fr');
    const t = messages.fr;
    await expect(page.locator('svg[data-graph] g[data-node-id="emergency"] text')).toHaveText(t.emergency.title);
    await expect(page.locator('svg[data-graph] g[data-node-id="summary"] text')).toHaveText(t.summary.title);
    expect(await arrowLabel(page, 'danger>emergency')).toBe('Continuer (en danger ou en cas de doute)');
    await screensSummary(page, 'fr').click();
    await showAllArrows(page, 'fr').check();
    expect(await arrowLabel(page, 'review>age')).toBe('Modifier\u00a0: Âge');
  });
});

test.describe('what if', () => {
  const changes: [string, keyof Answers, string, string][] = [
    ['metis-adult-thunder-bay-housing', 'danger', 'yes', en.danger.options.yes],
    ['metis-adult-thunder-bay-housing', 'age', 'under-16', en.age.options['under-16']],
    ['toronto-15-in-danger', 'region', 'durham', getRegion('durham').name.en],
  ];
  for (const [id, question, value, label] of changes) {
    test(`${id}: changing ${question} to ${value} shows the referrals that come and go, and the rules, in plain words`, async ({
      page,
    }) => {
      const s = scenario(id);
      const expected = compareAnswers(s.answers, withAnswer(s.answers, question, value as never));
      await openTrainer(page);
      await scenarioButton(page, id, 'open').click();
      const panel = page.getByRole('region', { name: messages.en.trainer.whatIf.heading });
      await panel
        .getByLabel(en.review.labels[question as Exclude<keyof Answers, 'needs'>], { exact: true })
        .selectOption({ label });
      const listed = async (kind: string) =>
        (
          await panel
            .locator(`[data-change="${kind}"]`)
            .evaluateAll((els) => els.map((el) => el.getAttribute('data-change-service')))
        ).sort();
      await expect.poll(() => listed('added')).toEqual(expected.added.map((c) => c.serviceId).sort());
      expect(await listed('removed')).toEqual(expected.removed.map((c) => c.serviceId).sort());
      expect(await listed('priority')).toEqual(expected.priorityChanged.map((c) => c.serviceId).sort());
      expect(expected.added.length + expected.removed.length).toBeGreaterThan(0);
      for (const change of [...expected.added, ...expected.removed]) {
        const item = panel.locator(`[data-change-service="${change.serviceId}"]`);
        for (const rule of change.rules) {
          // The rule in plain words with the sentence of Ontario's page it comes from, never its id.
          await expect(item.locator(`[data-rule-id="${rule.ruleId}"]`)).toContainText(
            rule.source.quote.replace(/^- /, ''),
          );
          await expect(item).not.toContainText(rule.ruleId);
        }
      }
      for (const c of expected.added)
        await expect(panel.locator(`[data-what-if-plan="after"] [data-plan-service="${c.serviceId}"]`)).toContainText(
          messages.en.trainer.whatIf.added,
        );
      for (const c of expected.removed)
        await expect(panel.locator(`[data-what-if-plan="before"] [data-plan-service="${c.serviceId}"]`)).toContainText(
          messages.en.trainer.whatIf.removed,
        );
      // The change is the map's too: its answer is the one chosen there.
      await expect(page.locator('[data-changed]')).toBeVisible();
      await panel.getByRole('button', { name: messages.en.trainer.whatIf.reset }).click();
      await expect(panel.getByText(messages.en.trainer.whatIf.noChange)).toBeVisible();
      await expect(page.locator('[data-changed]')).toBeHidden();
    });
  }
});

test.describe('share links', () => {
  test('a link made on the page opens the same scenario on its summary', async ({ page }) => {
    const s = scenario('worker-unsure-of-age');
    await openTrainer(page);
    await scenarioButton(page, s.id, 'open').click();
    const link = await page.getByLabel(messages.en.trainer.share.label, { exact: true }).inputValue();
    expect(link).toContain(`${trainerPath.en}#${shareFragment(s.answers)}`);
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.locator('[data-session-name]')).toHaveText(
      messages.en.trainer.scenarios.nowShowing(messages.en.trainer.scenarios.shared),
    );
    await expectCurrent(page, 'summary');
    expect(await summaryServices(page)).toEqual([...s.expected].sort());
  });

  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const adult = scenarios[1].answers;
  const tampered: [string, string, keyof typeof messages.en.trainer.linkError.problems][] = [
    ['characters that do not belong', '#a=%%%not-base64!!', 'notBase64url'],
    ['a cut-off link', `#a=${b64(JSON.stringify(adult)).slice(0, 30)}`, 'notJson'],
    [
      'an answer changed to one the tool cannot give',
      `#a=${b64(JSON.stringify({ ...adult, age: '99' }))}`,
      'notAnswers',
    ],
    ['a field added', `#a=${b64(JSON.stringify({ ...adult, name: 'Someone' }))}`, 'notAnswers'],
    [
      'a damaged what-if change',
      `#a=${b64(JSON.stringify(adult))}&w=${b64(JSON.stringify({ ...adult, danger: 'maybe' }))}`,
      'notAnswers',
    ],
  ];
  for (const [name, hash, problem] of tampered) {
    test(`a tampered link (${name}) shows a clear error and loads nothing`, async ({ page }) => {
      await openTrainer(page, 'en', hash);
      const alert = page.getByRole('alert').filter({ hasText: messages.en.trainer.linkError.heading });
      await expect(alert).toContainText(messages.en.trainer.linkError.heading);
      await expect(alert).toContainText(messages.en.trainer.linkError.problems[problem]);
      await expect(alert).toContainText(messages.en.trainer.linkError.body);
      await expect(alert).toBeInViewport();
      // Nothing was loaded: the wizard is on its start step with no answers.
      await expectCurrent(page, 'role');
      await expect(page.locator('[data-session-name]')).toHaveText(
        messages.en.trainer.scenarios.nowShowing(messages.en.trainer.scenarios.own),
      );
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
      violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(', ')}`,
      ),
      `axe on ${where}`,
    ).toEqual([]);
  }

  for (const locale of ['en', 'fr'] as const) {
    const t = messages[locale];
    test.describe(`in ${locale}`, () => {
      // axe over a page this size (the map, the picture, the developers' table) takes a while on a busy machine.
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

      test('passes axe on an open scenario, with a what-if change, every arrow and the developers’ details open', async ({
        page,
      }) => {
        await openTrainer(page, locale);
        await scenarioButton(page, 'metis-adult-thunder-bay-housing', 'open', locale).click();
        await expectCurrent(page, 'summary', locale);
        await page
          .getByRole('region', { name: t.trainer.whatIf.heading })
          .getByLabel(t.review.labels.danger, { exact: true })
          .selectOption({ label: t.danger.options.yes });
        await expect(page.locator('[data-trainer-panel="what-if"] [data-change="added"]')).toHaveCount(1);
        // Every disclosure opened, outer ones first ("How the screens connect", then its developers' details).
        for (const summary of await page.locator('details > summary').all()) await summary.click();
        await expect(screensPanel(page)).toHaveAttribute('open', '');
        await showAllArrows(page, locale).check();
        await expectNoViolations(page, `${trainerPath[locale]} on a scenario, with a what-if change`);
      });

      test('passes axe with every possible list shown', async ({ page }) => {
        await openTrainer(page, locale);
        await page.getByRole('button', { name: t.trainer.outcomes.compute }).click();
        await expect(page.locator('[data-outcome]').first()).toBeVisible({ timeout: 180_000 });
        await expectNoViolations(page, `${trainerPath[locale]} with every possible list`);
      });
    });
  }
});

test('the summary links to trainer mode when the person using the tool is a trainer', async ({ page }) => {
  const s = scenario('trainer-london-training');
  await openTrainer(page);
  await scenarioButton(page, s.id, 'open').click();
  await expect(wizardStep(page).getByRole('link', { name: messages.en.trainer.summaryLink })).toHaveAttribute(
    'href',
    trainerPath.en,
  );
  expect(planReferrals(s.answers).map((r) => r.serviceId)).toContain('regional-coalition' satisfies ServiceId);
});

test('trainer mode keeps the site’s promises: nothing sent, nothing stored, nothing blocked by the security policy', async ({
  page,
}) => {
  const probe = await privacyProbe(page);
  await openTrainer(page);
  await probe.markLoaded();
  await scenarioButton(page, 'toronto-15-in-danger', 'open').click();
  await expectCurrent(page, 'summary');
  await page
    .locator('[data-trainer-panel="what-if"]')
    .getByLabel(en.review.labels.age, { exact: true })
    .selectOption({ label: en.age.options['25-plus'] });
  await expect(page.locator('[data-trainer-panel="what-if"] [data-change="removed"]').first()).toBeVisible();
  // The map, Guess first and the developers' details send nothing either.
  await page
    .getByRole('group', { name: `1. ${en.review.labels.role}` })
    .getByRole('button', { name: en.role.options.worker, exact: true })
    .click();
  await page.getByRole('checkbox', { name: messages.en.trainer.scenarios.guessFirst }).check();
  await scenarioButton(page, 'toronto-15-in-danger', 'open').click();
  await page.getByRole('button', { name: messages.en.trainer.guess.reveal }).click();
  expect(probe.crossOrigin()).toEqual([]);
  expect(probe.afterLoad()).toEqual([]);
  expect(await probe.cspViolations()).toEqual([]);
  const storage = await probe.storage();
  expect(storage).toMatchObject({ cookies: [], localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
});
