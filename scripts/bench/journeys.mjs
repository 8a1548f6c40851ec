/**
 * Steps 3 and 4 of the benchmark, in Playwright: the step response times of a journey (under a CPU slowdown, then
 * without), and the interactions each named journey needs to reach the summary. The journeys are walks of the flow
 * (machines/walk.ts) described by journeys.ts, whose controls are found by role and accessible name, as a person
 * (and the browser suites) find them.
 */
import { loadavg } from 'node:os';
import { tsImport } from 'tsx/esm/api';
import { cpuSlowdown, launchChromium, log, median, round, timedJourneys, waitForQuiet } from './common.mjs';

/**
 * Runs in the page before its scripts. Records, for each step change, the time from the press (the click's event
 * timestamp, also left as a performance mark) to just after the frame that paints the new step's heading.
 */
function stepTimer() {
  const bench = { responses: [], pending: null, listResponses: [], pendingList: null };
  window.__bench = bench;
  const currentStep = () => document.querySelector('[data-step]')?.getAttribute('data-step') ?? null;
  addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('button')) return;
      performance.mark('bench:press', { startTime: event.timeStamp });
      bench.pending = {
        t0: event.timeStamp,
        from: currentStep(),
        heading: document.querySelector('[data-step-heading]'),
      };
    },
    true,
  );
  new MutationObserver(() => {
    // The summary paints its heading first and its list just after: time the list too, to the frame that shows it.
    const list = bench.pendingList;
    if (list && document.querySelector('[data-summary-list][aria-busy="false"]')) {
      bench.pendingList = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => bench.listResponses.push({ ms: performance.now() - list.t0 });
        channel.port2.postMessage(null);
      });
    }
    const pending = bench.pending;
    if (!pending) return;
    const heading = document.querySelector('[data-step-heading]');
    if (!heading || heading === pending.heading) return;
    bench.pending = null;
    const to = currentStep();
    if (to === 'summary') bench.pendingList = { t0: pending.t0 };
    // A requestAnimationFrame callback runs just before the frame that shows the new heading is painted; a
    // message posted from it is handled right after that paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.measure(`bench:step ${pending.from} → ${to}`, 'bench:press');
        bench.responses.push({ from: pending.from, to, ms: performance.now() - pending.t0 });
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
}

/** Open the wizard and wait until React has hydrated it (before that, a press would submit the plain HTML form). */
async function openWizard(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-step="role"]');
    return !!el && Object.keys(el).some((key) => key.startsWith('__reactFiber'));
  });
}

/**
 * Drive one journey (journeys.ts) from the start step to the summary, pressing each step's controls by role and
 * accessible name within the step; returns the number of interactions it took (picking an area in the list counts
 * 2: open it, pick the area).
 */
async function drive(page, journey, name) {
  let interactions = 0;
  for (const { step, controls, next } of journey) {
    const scope = page.locator(`[data-step="${step}"]`);
    await scope
      .locator('[data-step-heading]')
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Error(`${name}: the ${step} step did not appear`);
      });
    const recorded = await page.evaluate(() => window.__bench?.responses.length ?? 0);
    for (const control of controls) {
      const target = scope.getByRole(control.role, { name: control.name, exact: true });
      if (control.role === 'combobox') {
        await target.selectOption({ label: control.option });
        interactions += 2; // open the list, pick the area
      } else {
        await target.click();
        interactions += 1;
      }
    }
    await page
      .locator(`[data-step="${next}"] [data-step-heading]`)
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Error(`${name}: after the ${step} step, the ${next} step did not appear`);
      });
    await page.waitForFunction((n) => (window.__bench?.responses.length ?? 0) > n, recorded);
  }
  return interactions;
}

/** The named journeys and the timed one, described in TypeScript (journeys.ts) and loaded through tsx. */
const loadJourneys = () => tsImport('./journeys.ts', import.meta.url);

export async function runJourneys(url) {
  const { journeys, timedJourney } = await loadJourneys();
  const browser = await launchChromium();
  try {
    const newPage = async (slowdown) => {
      // A mid-range phone's screen (Lighthouse's Moto G Power); the network is the loopback, so only the CPU is slowed.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(stepTimer);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      if (slowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      }
      return { context, page, errors };
    };

    const timeJourneys = async (slowdown) => {
      await waitForQuiet();
      log(
        `timing ${timedJourneys} journeys ("${timedJourney}") at ${slowdown}× CPU slowdown (load average ${loadavg()[0].toFixed(1)})`,
      );
      const samples = [];
      /** From the press of "See the services" to the frame that paints the whole list. */
      const listSamples = [];
      for (let i = 0; i < timedJourneys; i++) {
        const { context, page, errors } = await newPage(slowdown);
        await openWizard(page, url);
        await drive(page, journeys[timedJourney], timedJourney);
        await page
          .waitForFunction(() => window.__bench.listResponses.length > 0, null, { timeout: 15_000 })
          .catch(() => {
            throw new Error('the summary list did not appear');
          });
        const responses = await page.evaluate(() => window.__bench.responses);
        samples.push(...responses.map((r) => ({ ...r, journey: i + 1, ms: round(r.ms, 1) })));
        listSamples.push(...(await page.evaluate(() => window.__bench.listResponses)).map((r) => round(r.ms, 1)));
        if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
        await context.close();
      }
      const times = samples.map((s) => s.ms);
      return {
        cpuSlowdown: slowdown,
        journey: timedJourney,
        journeys: timedJourneys,
        medianMs: round(median(times), 1),
        worstMs: round(Math.max(...times), 1),
        loadAverage: round(loadavg()[0], 1),
        samples,
        summaryListMs: {
          median: round(median(listSamples), 1),
          worst: round(Math.max(...listSamples), 1),
          samples: listSamples,
        },
      };
    };
    const stepResponse = await timeJourneys(cpuSlowdown);
    const stepResponseUnthrottled = await timeJourneys(1);

    log('counting the interactions of each named journey');
    const interactions = {};
    let firstLoad = null;
    for (const [name, journey] of Object.entries(journeys)) {
      const { context, page, errors } = await newPage(1);
      const requests = [];
      page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
      await openWizard(page, url);
      await page.waitForLoadState('networkidle');
      firstLoad ??= { requests: requests.length, webFonts: requests.filter((r) => r.type === 'font').length };
      interactions[name] = await drive(page, journey, name);
      if (errors.length) throw new Error(`${name}: errors in the page: ${errors.join('; ')}`);
      await context.close();
    }
    return {
      stepResponse,
      stepResponseUnthrottled,
      interactions,
      playwrightFirstLoad: firstLoad,
    };
  } finally {
    await browser.close();
  }
}
