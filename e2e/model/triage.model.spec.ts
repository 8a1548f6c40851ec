import { expect, test } from '@playwright/test';
import { createActor } from 'xstate';
import { describeEvent, modelPaths, modelStates, modelTransitions, measureCoverage } from './coverage';
import { triageMachine } from '../../machines/triage.machine';
import { selectStep } from '../../machines/triage.selectors';
import { expectPageShows, openWizard, perform } from './ui';

/**
 * Model-based tests generated from the triage statechart (e2e/model/coverage.ts, xstate/graph): each path of
 * `modelPaths` runs in the exported site; after every event the page must show the step the machine is in, and
 * on the summary exactly the plan `selectPlan` gives. Together the paths visit every state and take every
 * transition of the machine definition (`npx tsx scripts/model-coverage.ts` prints the figures).
 */

test.describe.configure({ mode: 'parallel' });

/** Console errors and uncaught page errors during a test: there must be none. */
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
});
test.afterEach(() => {
  expect(pageErrors, 'no console errors or page errors').toEqual([]);
});

test('the model paths cover every state and every transition of the machine', () => {
  const report = measureCoverage(modelPaths);
  expect(report.states.uncovered, `of ${modelStates.length} states`).toEqual([]);
  expect(
    report.transitions.uncovered.map((t) => t.id),
    `of ${modelTransitions.length} transitions`,
  ).toEqual([]);
  expect(report.ignored).toEqual([]);
});

test.describe('every path of the statechart, in the browser', () => {
  for (const path of modelPaths) {
    test(path.name, async ({ page }) => {
      expect(path.uiGaps, 'every event of the path has a control on the page').toEqual([]);

      // A long path is many page actions: give each event its own time, so a loaded machine does not time out.
      test.setTimeout(30_000 + path.events.length * 8_000);
      const actor = createActor(triageMachine);
      actor.start();
      await openWizard(page);
      await expectPageShows(page, actor.getSnapshot(), 'on load');
      for (const [i, event] of path.events.entries()) {
        const before = actor.getSnapshot();
        const context = `event ${i + 1} of ${path.events.length} (${describeEvent(event)}), from ${selectStep(before)}`;
        await test.step(context, async () => {
          await perform(page, event, before);
          actor.send(event);
          await expectPageShows(page, actor.getSnapshot(), context);
        });
      }
      actor.stop();
    });
  }
});
