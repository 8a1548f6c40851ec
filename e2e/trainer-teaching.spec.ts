import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decisionGraph } from '../machines/graph';
import {
  getService,
  planReferrals,
  referralRules,
  serviceIds,
  type Answers,
  type Locale,
  type QuestionId,
  type ServiceId,
} from '../rules';
import { shareFragment } from '../rules/trainer/share';
import { scoreGuess } from '../rules/trainer/guess';
import { clickAnswer, referralMap as mapOfRules } from '../rules/trainer/referral-map';
import { compareAnswers, withAnswer } from '../rules/trainer/what-if';
import { sourcePage } from '../components/trainer/source-quote';
import {
  failOnPageErrors,
  litServices,
  mapAnswer,
  mapPlan,
  messages,
  openTrainer,
  referralMap,
  scenario,
  scenarioButton,
  scenarioHeading,
  trainerPath,
} from './support/trainer';

/**
 * Issue 22: trainer mode a trainer who is not an engineer can teach from, in both languages: the referral map (fits
 * 1280 px, text at least 14 px, lit as `planReferrals` says, answers changed by a click), "Guess first", the printed
 * handout, a shared link with a what-if change, and no statechart names on the page by default.
 */

failOnPageErrors();

const locales = ['en', 'fr'] as const satisfies readonly Locale[];
const rulesMap = mapOfRules();
const graph = decisionGraph();
const sorted = <T>(items: readonly T[]) => [...items].sort();
const planIds = (answers: Answers) => planReferrals(answers).map((r) => r.serviceId);

/** The entry of the map an answer belongs to (the areas with no rule of their own are one entry). */
const entryOf = (question: QuestionId, value: string) =>
  rulesMap.questions.find((q) => q.question === question)!.answers.find((a) => a.values.includes(value))!;

/** Every piece of text a sighted reader can see on the page (screen-reader-only text counts too: it is stricter). */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (
        !parent ||
        ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE', 'DESC'].includes(parent.tagName) ||
        !node.textContent?.trim()
      )
        continue;
      if (parent.checkVisibility({ visibilityProperty: true })) texts.push(node.textContent.trim());
    }
    return texts;
  });

for (const locale of locales) {
  const t = messages[locale];
  const tt = t.trainer;

  test.describe(`in ${locale}`, () => {
    test.use({ viewport: { width: 1280, height: 800 } });

    test('the referral map fits 1280 px without scrolling sideways, and its text is at least 14 px', async ({
      page,
    }) => {
      await openTrainer(page, locale);
      await scenarioButton(page, 'worker-unsure-of-age', 'open', locale).click();
      const map = referralMap(page, locale);
      await expect(map).toBeVisible();
      await expect(map.locator('[data-map-service][data-lit="true"]').first()).toBeVisible();
      const {
        page: pageWidth,
        map: mapWidth,
        overflowing,
        small,
      } = await map.evaluate((el) => {
        const viewport = document.documentElement.clientWidth;
        const overflowing: string[] = [];
        const small: string[] = [];
        for (const child of el.querySelectorAll('*')) {
          const box = child.getBoundingClientRect();
          if (box.width > 0 && (box.right > viewport + 0.5 || box.left < -0.5))
            overflowing.push(`${child.tagName} ${child.textContent?.slice(0, 40)}`);
        }
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!node.textContent?.trim() || !parent.checkVisibility()) continue;
          const size = parseFloat(getComputedStyle(parent).fontSize);
          if (size < 14) small.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
        }
        return {
          page: { scroll: document.documentElement.scrollWidth, client: viewport },
          map: { scroll: el.scrollWidth, client: el.clientWidth },
          overflowing,
          small,
        };
      });
      expect(pageWidth.scroll, 'the page does not scroll sideways').toBeLessThanOrEqual(pageWidth.client);
      expect(mapWidth.scroll, 'the map does not scroll sideways').toBeLessThanOrEqual(mapWidth.client);
      expect(overflowing).toEqual([]);
      expect(small, 'text smaller than 14 px in the map').toEqual([]);
      // Every question is there, in order, with every answer the wizard offers.
      for (const question of rulesMap.questions) {
        for (const answer of question.answers) {
          if (answer.values.length === 1)
            await expect(mapAnswer(page, question.question, answer.values[0], locale)).toBeVisible();
        }
      }
    });

    test('clicking answers on the map changes them, and the lit services and the list follow planReferrals', async ({
      page,
    }) => {
      const s = scenario('metis-adult-thunder-bay-housing');
      await openTrainer(page, locale);
      await scenarioButton(page, s.id, 'open', locale).click();
      let answers = s.answers;
      expect(await litServices(page)).toEqual(sorted(planIds(answers)));
      const clicks: [QuestionId, string][] = [
        ['age', '16-17'],
        ['inCare', 'yes'],
        ['region', 'toronto'],
        ['danger', 'unsure'],
        ['needs', 'housing'],
        ['needs', 'report-tip'],
        ['indigenous', 'no'],
        ['role', 'worker'],
        ['age', '25-plus'],
      ];
      for (const [question, value] of clicks) {
        answers = clickAnswer(answers, entryOf(question, value));
        await mapAnswer(page, question, value, locale).click();
        const expected = planIds(answers);
        await expect.poll(() => litServices(page), `after ${question} → ${value}`).toEqual(sorted(expected));
        expect(await mapPlan(page)).toEqual(expected);
        if (question !== 'needs')
          await expect(mapAnswer(page, question, value, locale)).toHaveAttribute('aria-pressed', 'true');
      }
      // The care question is not asked for 25 or older: its answers cannot be clicked, and the map says why.
      await expect(page.getByText(tt.map.notAsked)).toBeVisible();
      await expect(mapAnswer(page, 'inCare', 'yes', locale)).toHaveAttribute('aria-disabled', 'true');
      await mapAnswer(page, 'inCare', 'yes', locale).click({ force: true });
      expect(await litServices(page)).toEqual(sorted(planIds(answers)));
      // The change shows in What if?, against the scenario's answers, and can be undone.
      const panel = page.getByRole('region', { name: tt.whatIf.heading });
      const comparison = compareAnswers(s.answers, answers);
      const added = await panel
        .locator('[data-change="added"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-change-service')));
      expect(sorted(added)).toEqual(sorted(comparison.added.map((c) => c.serviceId)));
      await panel.getByRole('button', { name: tt.whatIf.reset }).click();
      await expect.poll(() => litServices(page)).toEqual(sorted(planIds(s.answers)));
    });

    test('“Guess first” hides the services, then reveals the list, the path on the map and how the guesses did', async ({
      page,
    }) => {
      // axe over the map takes a while on a busy machine.
      test.setTimeout(180_000);
      const s = scenario('toronto-15-in-danger');
      const plan = planReferrals(s.answers);
      await openTrainer(page, locale);
      await page.getByRole('checkbox', { name: tt.scenarios.guessFirst }).check();
      await scenarioButton(page, s.id, 'open', locale).click();
      const map = referralMap(page, locale);
      // Hidden: the answers show, the services do not, anywhere (map, list, why, what-if, the wizard's summary).
      await expect(mapAnswer(page, 'age', s.answers.age, locale)).toHaveAttribute('aria-pressed', 'true');
      await expect(map.locator('[data-map-service]')).toHaveCount(0);
      await expect(
        page.locator('[data-map-plan], [data-why-service], [data-what-if-plan], [data-service-id]'),
      ).toHaveCount(0);
      await expect(page.getByText(tt.flow.summaryHidden)).toBeVisible();
      for (const id of plan.map((r) => r.serviceId)) {
        await expect(
          page.getByText(getService(id).name[locale], { exact: true }).filter({ visible: true }),
          id,
        ).toHaveCount(
          // Only the class's guess list names them.
          1,
        );
      }
      // The class guesses: one right, one not on the list.
      const guessed: ServiceId[] = ['emergency-911', 'housing-service-manager'];
      for (const id of guessed)
        await page.getByRole('checkbox', { name: getService(id).name[locale], exact: true }).check();
      await page.getByRole('button', { name: tt.guess.reveal }).click();
      // Revealed: the map lights the path, the list and why show, and each guess is marked.
      await expect.poll(() => litServices(page)).toEqual(sorted(plan.map((r) => r.serviceId)));
      expect(await mapPlan(page)).toEqual(plan.map((r) => r.serviceId));
      await expect(page.locator('[data-why-service]')).toHaveCount(plan.length);
      const score = scoreGuess(guessed, plan);
      await expect(page.getByText(tt.guess.score(score.right.length, plan.length))).toBeVisible();
      for (const kind of ['right', 'wrong', 'missed'] as const) {
        const listed = await page
          .locator(`[data-guess="${kind}"] [data-guess-service]`)
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-guess-service')));
        expect(listed, kind).toEqual(score[kind]);
      }
      await expect(page.locator('[data-service-id]').first()).toBeVisible();
      // The guesses and the map, revealed, pass axe.
      const { violations } = await new AxeBuilder({ page })
        .include('[data-trainer-panel="scenario"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join(', ')}`,
        ),
      ).toEqual([]);
      // And hidden again, for the next round.
      await page.getByRole('button', { name: tt.guess.hide }).click();
      await expect(map.locator('[data-map-service]')).toHaveCount(0);
    });

    test('a shared link with a what-if change opens scrolled to the scenario, with the change kept', async ({
      page,
    }) => {
      const s = scenario('durham-16-first-nations-in-care');
      const changed = withAnswer(withAnswer(s.answers, 'region', 'peel'), 'needs', ['counselling', 'housing']);
      await openTrainer(page, locale, `#${shareFragment(s.answers, changed)}`);
      const heading = scenarioHeading(page, locale);
      await expect(heading).toHaveText(tt.scenarios.nowShowing(tt.scenarios.shared));
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      // Scrolled to the scenario, clear of the sticky header.
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      const headerBottom = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom - 1);
      expect((await heading.boundingBox())!.y, 'at the top of the view').toBeLessThan(headerBottom + 40);
      // The change is kept: the map and its list show the changed answers, What if? compares them with the link's.
      await expect(mapAnswer(page, 'needs', 'housing', locale)).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => litServices(page)).toEqual(sorted(planIds(changed)));
      await expect(page.locator('[data-changed]')).toBeVisible();
      const comparison = compareAnswers(s.answers, changed);
      const panel = page.getByRole('region', { name: tt.whatIf.heading });
      for (const kind of ['added', 'removed'] as const) {
        const listed = await panel
          .locator(`[data-change="${kind}"]`)
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-change-service')));
        expect(sorted(listed), kind).toEqual(sorted(comparison[kind].map((c) => c.serviceId)));
      }
      // The running wizard is on the link's own answers, and sharing again gives the same link.
      await expect(page.locator('[data-service-id]').first()).toBeVisible();
      const link = await page.getByLabel(tt.share.label, { exact: true }).inputValue();
      expect(link.endsWith(`${trainerPath[locale]}#${shareFragment(s.answers, changed)}`)).toBe(true);
      await expect(page.getByText(tt.share.withChange)).toBeVisible();
    });

    test('prints a one-page handout of the scenario: answers, services, why, and where each rule comes from', async ({
      page,
    }) => {
      const s = scenario('worker-unsure-of-age');
      await openTrainer(page, locale);
      await scenarioButton(page, s.id, 'open', locale).click();
      await expect(page.getByRole('button', { name: tt.scenario.print })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('[data-handout]');
      await expect(handout).toBeVisible();
      await expect(handout.getByRole('heading', { name: tt.handout.heading(s.name[locale]) })).toBeVisible();
      const listed = await handout
        .locator('[data-handout-service]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-handout-service')));
      expect(listed).toEqual(planIds(s.answers));
      await expect(handout).toContainText(sourcePage);
      for (const [question, label] of Object.entries(t.review.labels))
        if (s.answers[question as QuestionId] !== undefined) await expect(handout).toContainText(label);
      // Nothing else prints: not the map, not the wizard, not the header.
      await expect(referralMap(page, locale)).toBeHidden();
      await expect(page.locator('[data-step]')).toBeHidden();
      await expect(page.locator('header.site-header')).toBeHidden();
      // One page, inside the half-inch margins a browser leaves.
      const margin = '0.5in';
      const pdf = (
        await page.pdf({
          format: 'Letter',
          printBackground: false,
          margin: { top: margin, right: margin, bottom: margin, left: margin },
        })
      ).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, 'pages in the printout').toBe(1);
    });

    test('shows no state, event or guard name of the statechart, and no rule id, unless the developers’ details are opened', async ({
      page,
    }) => {
      await openTrainer(page, locale);
      await scenarioButton(page, 'durham-16-first-nations-in-care', 'open', locale).click();
      await expect(page.locator('[data-service-id]').first()).toBeVisible();
      const names = [
        ...graph.events,
        ...new Set(
          graph.edges.flatMap((e) => (e.guard ? e.guard.match(/[A-Za-z]+/g)!.filter((w) => /[a-z][A-Z]/.test(w)) : [])),
        ),
        ...graph.nodes.map((n) => n.id),
        ...planReferrals(scenario('durham-16-first-nations-in-care').answers).flatMap((r) => r.reasons),
        ...serviceIds.filter((id) => id.includes('-')),
      ];
      // A state id that is also a word of the page's own strings ("danger") is not a leak.
      const strings = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : [];
      // Nor is a word of a sentence quoted from Ontario's page ("the youth-in-transition worker program").
      const ownWords = [...strings(messages[locale]), ...referralRules.map((rule) => rule.source.quote)].join('\n');
      const leaks = names.filter(
        (name) => !new RegExp(`(^|[^\\w-])${name.replace(/\./g, '\\.')}($|[^\\w-])`).test(ownWords),
      );
      const text = (await visibleText(page)).join('\n');
      const found = leaks.filter((name) =>
        new RegExp(`(^|[^\\w.-])${name.replace(/\./g, '\\.')}($|[^\\w-])`).test(text),
      );
      expect(found).toEqual([]);
    });
  });
}
