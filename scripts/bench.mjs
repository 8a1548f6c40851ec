#!/usr/bin/env node
/**
 * `npm run bench`: the performance benchmark of the wizard (issue 7). A script, not a test: it measures, prints one
 * table, writes `bench-results/latest.json` and refreshes the committed byte baseline `scripts/bench-baseline.json`
 * that `scripts/check-bundle-budget.mjs` checks in CI. In one run, on this machine:
 *
 *  1. builds the app (holding /tmp/next-build.lock, which every build and browser test on this machine takes around
 *     the shared `out/`) and copies `out/` to `.bench/app-out`; generates and builds beside it a bare Next.js
 *     hello-world static export in `.bench/bare/` with the same installed packages, and in it a "stack floor" page
 *     (one question on xstate, @xstate/react, react-hook-form, the resolver and zod/mini, as the app imports them);
 *     prints, for every exported page of both, the gzipped bytes of what it loads first (HTML with its inline
 *     scripts, `<script src>` JavaScript, `<link rel=stylesheet>` CSS), the ratio of the wizard page's total to the
 *     bare page's, and the stack floor's ratio: what any wizard on this stack ships before its own content;
 *  2. serves `.bench/app-out` with compression (`serve` on a free loopback port, stopped by its PID at the end) and
 *     runs Lighthouse (mobile preset, default simulated throttling) three times on the wizard page: median scores,
 *     LCP, TBT, CLS, the requests of the first load and the web fonts downloaded; then three times on the bare page,
 *     served the same way, as the framework floor under the same conditions (Lighthouse's simulated 4× CPU slowdown
 *     multiplies whatever this machine does: its benchmarkIndex and load average are printed with the figures);
 *     and three times more on the wizard page with the same throttling applied to the load ("devtools" throttling),
 *     as a cross-check of the simulation;
 *  3. in Playwright under 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate), times each step change of a journey
 *     through every step: from the press (the click event's timestamp, marked in the page) to the frame that first
 *     paints the new step's `[data-step-heading]` (a MutationObserver sees it, a requestAnimationFrame callback runs
 *     just before that frame is painted, and a message posted from there runs just after); then again unthrottled;
 *  4. drives each named journey to the summary and counts the interactions (clicks, key presses) it needs (each
 *     journey is the walk of its answers, machines/walk.ts, its controls found by role and accessible name);
 *  5. loads the wizard page and the bare page in Chromium with Lighthouse's Slow 4G applied to the connection and a
 *     4× CPU slowdown, and takes the first paint, the largest paint, the moment React has hydrated the page and the
 *     blocking time of its long tasks, as the browser reports them (a cross-check of Lighthouse's simulated figures).
 *
 * Options: `--skip-build` reuses `.bench/app-out` and `.bench/bare/out` from an earlier run; `--runs N` sets the
 * number of Lighthouse runs (default 3); `--journeys N` the number of timed journeys (default 3); `--loads N` the
 * number of throttled loads of each page (default 7); `--without-compile-hint` measures a copy of the app's build
 * with V8's compile hint taken off its scripts (`scripts/compile-hints.mjs`), to show what the hint does, and leaves
 * the committed baseline alone; `--bytes-only` builds both, prints the first-load bytes (the wizard against the stack
 * floor) and refreshes the baseline, without Lighthouse or timed journeys; `--wait-quiet S` waits up to S seconds before each timed phase for the load average
 * to drop below the number of CPUs (times taken on a busy machine are inflated, and the table says so).
 */
import { existsSync } from 'node:fs';
import { buildApp, buildBare, copyWithoutCompileHint } from './bench/build.mjs';
import { bytesOnlyRows, weighSites } from './bench/bytes.mjs';
import { bareOut, builtAppOut, bytesOnly, measureWithoutHint, skipBuild } from './bench/common.mjs';
import { runJourneys } from './bench/journeys.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { runThrottledLoads } from './bench/loads.mjs';
import { printTable, report, writeBaseline } from './bench/report.mjs';
import { startServer, stopServer } from './bench/serve.mjs';

// The parts live in scripts/bench/: common.mjs (paths, options, budgets), build.mjs, bytes.mjs, serve.mjs,
// lighthouse.mjs, journeys.mjs with journeys.ts (the timed and counted journeys), loads.mjs and report.mjs.

async function main() {
  if (!skipBuild) {
    buildApp();
    buildBare();
  } else if (!existsSync(builtAppOut) || !existsSync(bareOut)) {
    throw new Error('--skip-build needs .bench/app-out and .bench/bare/out from an earlier run');
  }
  const appOut = measureWithoutHint ? copyWithoutCompileHint(builtAppOut) : builtAppOut;

  const weights = weighSites(appOut);
  if (bytesOnly) {
    printTable(bytesOnlyRows(weights));
    writeBaseline(weights);
    return;
  }

  const appServer = await startServer(appOut);
  const bareServer = await startServer(bareOut);
  let lighthouseResult;
  let bareLighthouse;
  let appliedLighthouse;
  let browserResult;
  let loadResult;
  try {
    lighthouseResult = await runLighthouse(`${appServer.origin}/`, appServer.origin, 'wizard page');
    // The framework floor under the same conditions: what a hello-world page scores on this machine right now.
    bareLighthouse = await runLighthouse(`${bareServer.origin}/`, bareServer.origin, 'bare Next.js page');
    appliedLighthouse = await runLighthouse(
      `${appServer.origin}/`,
      appServer.origin,
      'wizard page with the throttling applied',
      { applied: true },
    );
    browserResult = await runJourneys(`${appServer.origin}/`);
    loadResult = await runThrottledLoads([
      { label: 'wizard', url: `${appServer.origin}/`, selector: '[data-step="role"]' },
      { label: 'bare', url: `${bareServer.origin}/`, selector: 'h1' },
    ]);
  } finally {
    await stopServer(appServer.child);
    await stopServer(bareServer.child);
  }
  report({ weights, lighthouseResult, bareLighthouse, appliedLighthouse, browserResult, loadResult });
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
