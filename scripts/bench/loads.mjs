/** Step 5 of the benchmark: page loads in Chromium with Slow 4G and a CPU slowdown applied, timed by the browser. */
import { loadavg } from 'node:os';
import { cpuSlowdown, launchChromium, log, median, round, throttledLoads, waitForQuiet } from './common.mjs';

/**
 * Lighthouse's mobile Slow 4G as it applies it to a real connection ("devtools" throttling): the simulated 150 ms
 * round trip and 1,638.4 kbps scaled by its own adjustment factors (×3.75 latency per request, ×0.9 throughput).
 */
export const appliedSlow4G = {
  latency: 150 * 3.75,
  downloadThroughput: (1638.4 * 0.9 * 1024) / 8,
  uploadThroughput: (675 * 0.9 * 1024) / 8,
};

/** Runs in the page before its scripts: paint times, long tasks and the moment React has hydrated `selector`. */
function loadTimer(selector) {
  const load = { longTasks: [], lcp: null, hydrated: null };
  window.__load = load;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => load.longTasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (load.lcp = e.startTime))).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  });
  const poll = () => {
    const el = document.querySelector(selector);
    if (el && Object.keys(el).some((key) => key.startsWith('__reactFiber'))) load.hydrated = performance.now();
    else setTimeout(poll, 4);
  };
  poll();
}

/** Load each page `throttledLoads` times, alternating, each in a fresh context; medians per page. */
export async function runThrottledLoads(targets) {
  const browser = await launchChromium();
  const samples = new Map(targets.map((t) => [t.label, []]));
  try {
    await waitForQuiet();
    log(
      `loading ${targets.map((t) => t.label).join(' and ')} ${throttledLoads} times each with Slow 4G applied and ${cpuSlowdown}× CPU slowdown (load average ${loadavg()[0].toFixed(1)})`,
    );
    for (let i = 0; i < throttledLoads; i++) {
      for (const { label, url, selector } of targets) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...appliedSlow4G });
        await page.addInitScript(loadTimer, selector);
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__load.hydrated !== null, null, { timeout: 60_000 });
        await page.waitForTimeout(1000); // let the long-task and paint observers report
        const m = await page.evaluate(() => ({
          ...window.__load,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        }));
        samples.get(label).push({
          fcpMs: round(m.fcp),
          lcpMs: round(m.lcp ?? m.fcp),
          hydratedMs: round(m.hydrated),
          blockingMs: round(m.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
          longestTaskMs: round(Math.max(0, ...m.longTasks)),
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const keys = ['fcpMs', 'lcpMs', 'hydratedMs', 'blockingMs', 'longestTaskMs'];
  return Object.fromEntries(
    [...samples].map(([label, runs]) => [
      label,
      { runs, median: Object.fromEntries(keys.map((k) => [k, round(median(runs.map((r) => r[k])))])) },
    ]),
  );
}
