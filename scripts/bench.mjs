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
 *  4. drives each named journey to the summary and counts the interactions (clicks, key presses) it needs;
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
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kB, siteWeights } from './bundle-weight.mjs';
import { hasCompileHint, withoutCompileHint } from './compile-hints.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const builtAppOut = join(benchDir, 'app-out');
const bareDir = join(benchDir, 'bare');
const bareOut = join(bareDir, 'out');
const resultsFile = join(root, 'bench-results', 'latest.json');
const baselineFile = join(root, 'scripts', 'bench-baseline.json');
const buildLock = '/tmp/next-build.lock';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The same flags as the Playwright config (e2e/playwright.config.ts). */
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const cpuSlowdown = 4;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const skipBuild = args.includes('--skip-build');
const lighthouseRuns = option('--runs', 3);
const timedJourneys = option('--journeys', 3);
const waitQuietSeconds = option('--wait-quiet', 0);
const throttledLoads = option('--loads', 7);
const measureWithoutHint = args.includes('--without-compile-hint');
/** `--bytes-only`: build, weigh every page and refresh the byte baseline, without Lighthouse or timed journeys. */
const bytesOnly = args.includes('--bytes-only');

/** The budgets of issue 7 (README, "Performance"). */
const budgets = {
  bytesRatio: 1.35,
  bytesRatioAim: 1.25,
  webFonts: 0,
  requests: 12,
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1500,
  tbtMs: 100,
  cls: 0,
  stepMedianMs: 50,
  stepWorstMs: 100,
};

const log = (message) => console.log(`\n== bench: ${message}`);

/** With `--wait-quiet S`: wait (up to S seconds) until the 1-minute load average is below the number of CPUs. */
async function waitForQuiet() {
  const deadline = Date.now() + waitQuietSeconds * 1000;
  if (waitQuietSeconds > 0 && loadavg()[0] >= cpus().length)
    log(`waiting up to ${waitQuietSeconds} s for a quieter machine`);
  while (loadavg()[0] >= cpus().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5000));
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Builds and bytes

function buildApp() {
  log('building the app (waiting for /tmp/next-build.lock)');
  mkdirSync(benchDir, { recursive: true });
  // The lock is held for the build and the copy: out/ is shared with every other build and browser test.
  run(
    'flock',
    [
      buildLock,
      'sh',
      '-c',
      'NEXT_TELEMETRY_DISABLED=1 npm run build && rm -rf .bench/app-out && cp -r out .bench/app-out',
    ],
    {
      cwd: root,
    },
  );
}

/** A bare Next.js App Router hello world, written fresh each run; it uses the project's node_modules by a symlink. */
function buildBare() {
  log('building the bare Next.js page in .bench/bare/');
  mkdirSync(bareDir, { recursive: true });
  const link = join(bareDir, 'node_modules');
  if (!existsSync(link)) symlinkSync('../../node_modules', link, 'dir');
  const files = {
    'app/layout.tsx': [
      "import type { ReactNode } from 'react';",
      '',
      'export default function RootLayout({ children }: { children: ReactNode }) {',
      '  return (',
      '    <html lang="en">',
      '      <body>{children}</body>',
      '    </html>',
      '  );',
      '}',
    ],
    'app/page.tsx': ['export default function Page() {', '  return <h1>Hello, world!</h1>;', '}'],
    // The stack floor: the least any wizard on this stack ships. One radio question in a react-hook-form form,
    // checked by a zod/mini schema through the resolver, answered into an XState machine read by @xstate/react,
    // with the same imports as the app and nothing else (no content, no styles).
    'app/floor/page.tsx': [
      "'use client';",
      '',
      "import { zodResolver } from '@hookform/resolvers/zod';",
      "import { createActorContext } from '@xstate/react';",
      "import { useForm } from 'react-hook-form';",
      "import { assign, setup } from 'xstate';",
      "import { config, enum as oneOf, strictObject } from 'zod/mini';",
      '',
      'config({ jitless: true });',
      "const choices = ['yes', 'no'] as const;",
      'const schema = strictObject({ danger: oneOf(choices) });',
      'type Danger = (typeof choices)[number];',
      '',
      'const machine = setup({',
      "  types: {} as { context: { danger?: Danger }; events: { type: 'ANSWER'; danger: Danger } | { type: 'BACK' } },",
      '}).createMachine({',
      '  context: {},',
      "  initial: 'question',",
      '  states: {',
      "    question: { on: { ANSWER: { target: 'done', actions: assign({ danger: ({ event }) => event.danger }) } } },",
      "    done: { on: { BACK: 'question' } },",
      '  },',
      '});',
      'const Triage = createActorContext(machine);',
      '',
      'function Step() {',
      '  const state = Triage.useSelector((s) => s);',
      '  const actor = Triage.useActorRef();',
      '  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema) });',
      "  if (state.matches('done')) {",
      '    return (',
      '      <p>',
      '        You answered {state.context.danger}.{" "}',
      `        <button type="button" onClick={() => actor.send({ type: 'BACK' })}>Back</button>`,
      '      </p>',
      '    );',
      '  }',
      '  return (',
      "    <form noValidate onSubmit={handleSubmit(({ danger }) => actor.send({ type: 'ANSWER', danger }))}>",
      '      <fieldset>',
      '        <legend>Are you in danger right now?</legend>',
      '        {choices.map((choice) => (',
      '          <label key={choice}>',
      '            <input type="radio" value={choice} {...register(\'danger\')} /> {choice}',
      '          </label>',
      '        ))}',
      '      </fieldset>',
      '      {formState.errors.danger && <p role="alert">Choose an answer.</p>}',
      '      <button type="submit">Continue</button>',
      '    </form>',
      '  );',
      '}',
      '',
      'export default function Floor() {',
      '  return (',
      '    <Triage.Provider>',
      '      <Step />',
      '    </Triage.Provider>',
      '  );',
      '}',
    ],
    'next.config.js': [
      '// Generated by scripts/bench.mjs: the framework floor the wizard page is compared with.',
      "module.exports = { output: 'export', typescript: { ignoreBuildErrors: true } };",
    ],
    'tsconfig.json': [
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            lib: ['dom', 'dom.iterable', 'ES2023'],
            strict: true,
            noEmit: true,
            module: 'esnext',
            moduleResolution: 'bundler',
            jsx: 'react-jsx',
            isolatedModules: true,
            skipLibCheck: true,
            plugins: [{ name: 'next' }],
          },
          include: ['**/*.ts', '**/*.tsx'],
          exclude: ['node_modules', 'out', '.next'],
        },
        null,
        2,
      ),
    ],
  };
  for (const [name, lines] of Object.entries(files)) {
    mkdirSync(dirname(join(bareDir, name)), { recursive: true });
    writeFileSync(join(bareDir, name), `${lines.join('\n')}\n`);
  }
  rmSync(bareOut, { recursive: true, force: true });
  run(process.execPath, [join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: bareDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Serving and Lighthouse

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** `serve` (with compression, its default) on a free loopback port; resolves once it answers. */
async function startServer(dir) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules', 'serve', 'build', 'main.js'),
      dir,
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-port-switching',
      '--no-request-logging',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return { origin, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('serve did not answer within 10 s');
}

/** Stop the server this script started, by its own PID. */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
}

/**
 * `applied`: Lighthouse's own "devtools" throttling, which slows the real connection and CPU while the page loads,
 * in place of its default simulation from an unthrottled load (a cross-check; the budgets use the default).
 */
async function runLighthouse(url, origin, label, { applied = false } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs = [];
  for (let i = 1; i <= lighthouseRuns; i++) {
    await waitForQuiet();
    log(
      `Lighthouse run ${i} of ${lighthouseRuns} on the ${label} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`,
    );
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumFlags],
    });
    try {
      // No config: Lighthouse's default is the mobile preset with simulated throttling (Slow 4G, 4× CPU).
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        ...(applied ? { throttlingMethod: 'devtools' } : {}),
      });
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const audit = (id) => lhr.audits[id];
      const requests = audit('network-requests').details?.items ?? [];
      const failing = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id].score})`),
      );
      runs.push({
        performance: round(lhr.categories.performance.score * 100),
        accessibility: round(lhr.categories.accessibility.score * 100),
        bestPractices: round(lhr.categories['best-practices'].score * 100),
        seo: round(lhr.categories.seo.score * 100),
        fcpMs: round(audit('first-contentful-paint').numericValue),
        lcpMs: round(audit('largest-contentful-paint').numericValue),
        tbtMs: round(audit('total-blocking-time').numericValue),
        cls: round(audit('cumulative-layout-shift').numericValue, 3),
        speedIndexMs: round(audit('speed-index').numericValue),
        requests: requests.length,
        webFonts: requests.filter((r) => r.resourceType === 'Font').length,
        thirdParty: requests.filter((r) => !String(r.url).startsWith(origin) && !String(r.url).startsWith('data:'))
          .length,
        transferBytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
        requestUrls: requests.map((r) => String(r.url).replace(origin, '')),
        benchmarkIndex: round(lhr.environment?.benchmarkIndex ?? 0),
        loadAverage: round(loadavg()[0], 1),
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment?.hostUserAgent,
        notPerfect: failing,
      });
    } finally {
      await chrome.kill();
    }
  }
  const keys = [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'fcpMs',
    'lcpMs',
    'tbtMs',
    'cls',
    'speedIndexMs',
    'requests',
    'webFonts',
    'thirdParty',
    'transferBytes',
    'benchmarkIndex',
    'loadAverage',
  ];
  return { runs, median: Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) };
}

// ---------------------------------------------------------------------------------------------------------------
// 3 and 4. Journeys in Playwright

/**
 * The named journeys, each a list of [step, what is done there]. A radio answer is 2 interactions (the option, then
 * Continue); the region list is 3 (open it, pick the area, Continue); needs are one per box ticked, then Continue;
 * the emergency step's and the review's buttons are 1.
 */
const journeys = {
  'survivor in danger, shortest': [
    ['role', { radio: 'self' }],
    ['danger', { radio: 'yes' }],
    ['emergency', 'skip'],
  ],
  'survivor in danger, every step': [
    ['role', { radio: 'self' }],
    ['danger', { radio: 'yes' }],
    ['emergency', 'continue'],
    ['age', { radio: '16-17' }],
    ['inCare', { radio: 'no' }],
    ['region', { select: 'durham' }],
    ['indigenous', { radio: 'first-nations' }],
    ['needs', { checkboxes: ['housing', 'counselling'] }],
    ['review', 'confirm'],
  ],
  'survivor not in danger, adult': [
    ['role', { radio: 'self' }],
    ['danger', { radio: 'no' }],
    ['age', { radio: '25-plus' }],
    ['region', { select: 'hamilton' }],
    ['indigenous', { radio: 'no' }],
    ['needs', { checkboxes: ['tattoo-removal', 'id-replacement'] }],
    ['review', 'confirm'],
  ],
  'worker full journey': [
    ['role', { radio: 'worker' }],
    ['danger', { radio: 'no' }],
    ['age', { radio: '16-17' }],
    ['inCare', { radio: 'no' }],
    ['region', { select: 'durham' }],
    ['indigenous', { radio: 'first-nations' }],
    ['needs', { checkboxes: ['housing'] }],
    ['review', 'confirm'],
  ],
  'prefer not to say to everything': [
    ['role', { radio: 'self' }],
    ['danger', { radio: 'no' }],
    ['age', { radio: 'unknown' }],
    ['inCare', { radio: 'unknown' }],
    ['region', { select: 'unknown' }],
    ['indigenous', { radio: 'unknown' }],
    ['needs', { checkboxes: [] }],
    ['review', 'confirm'],
  ],
};
const timedJourney = 'survivor in danger, every step';

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

/** Drive one journey from the start step to the summary; returns the number of interactions it took. */
async function drive(page, journey, name) {
  let interactions = 0;
  const press = async (selector) => {
    await page.locator(selector).click();
    interactions += 1;
  };
  for (let i = 0; i < journey.length; i++) {
    const [step, action] = journey[i];
    const next = journey[i + 1]?.[0] ?? 'summary';
    const scope = `[data-step="${step}"]`;
    await page
      .locator(`${scope} [data-step-heading]`)
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Error(`${name}: the ${step} step did not appear`);
      });
    const recorded = await page.evaluate(() => window.__bench?.responses.length ?? 0);
    if (action === 'skip') await press(`${scope} button.btn-secondary`);
    else if (action === 'continue' || action === 'confirm') await press(`${scope} button.btn-primary`);
    else {
      if (action.radio) await press(`${scope} input[type="radio"][value="${action.radio}"]`);
      if (action.select) {
        await page.locator(`${scope} select`).selectOption(action.select);
        interactions += 2; // open the list, pick the area
      }
      for (const value of action.checkboxes ?? []) await press(`${scope} input[type="checkbox"][value="${value}"]`);
      await press(`${scope} button[type="submit"]`);
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

async function runJourneys(url) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
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

// ---------------------------------------------------------------------------------------------------------------
// 5. Loads under applied throttling

/**
 * Lighthouse's mobile Slow 4G as it applies it to a real connection ("devtools" throttling): the simulated 150 ms
 * round trip and 1,638.4 kbps scaled by its own adjustment factors (×3.75 latency per request, ×0.9 throughput).
 */
const appliedSlow4G = {
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
async function runThrottledLoads(targets) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
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

// ---------------------------------------------------------------------------------------------------------------
// Report

function printTable(rows) {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r) =>
    `  ${r
      .map((cell, i) => (cell ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd()}`;
  console.log();
  console.log(line(['', 'measured', 'budget', '']));
  for (const r of rows) console.log(r.length === 1 ? `\n  ${r[0]}` : line(r));
}

/** A copy of an exported site whose scripts do not start with the compile hint. */
function copyWithoutCompileHint(dir) {
  const copy = `${dir}-without-compile-hint`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true });
  const chunks = join(copy, '_next', 'static', 'chunks');
  let stripped = 0;
  for (const name of readdirSync(chunks).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(join(chunks, name), 'utf8');
    if (!hasCompileHint(code)) continue;
    writeFileSync(join(chunks, name), withoutCompileHint(code));
    stripped += 1;
  }
  log(`measuring a copy of the app without the compile hint (taken off ${stripped} scripts)`);
  return copy;
}

async function main() {
  if (!skipBuild) {
    buildApp();
    buildBare();
  } else if (!existsSync(builtAppOut) || !existsSync(bareOut)) {
    throw new Error('--skip-build needs .bench/app-out and .bench/bare/out from an earlier run');
  }
  const appOut = measureWithoutHint ? copyWithoutCompileHint(builtAppOut) : builtAppOut;

  const app = siteWeights(appOut);
  const bare = siteWeights(bareOut);
  const byRoute = (site, route) => site.find((p) => p.route === route);
  const bareHome = byRoute(bare, '/');
  const wizard = byRoute(app, '/');
  const wizardFr = byRoute(app, '/fr/');
  if (!bareHome || !wizard) throw new Error('the wizard page or the bare page is missing from the export');
  const ratio = round(wizard.total / bareHome.total, 3);
  const ratioFr = wizardFr ? round(wizardFr.total / bareHome.total, 3) : null;
  const stackFloor = bare.find((p) => p.page === 'floor.html' || p.page === 'floor/index.html');
  if (!stackFloor) throw new Error('the stack-floor page is missing from the bare export');
  const floorRatio = round(stackFloor.total / bareHome.total, 3);
  if (bytesOnly) {
    printTable([
      ['first-load bytes (gzip 6)', 'total', 'html + js + css'],
      ...[wizard, wizardFr, stackFloor, bareHome]
        .filter(Boolean)
        .map((p) => [
          `${p === stackFloor ? 'stack floor' : p === bareHome ? 'bare Next page' : `wizard ${p.route}`}`,
          kB(p.total),
          `${kB(p.html)} + ${kB(p.js)} + ${kB(p.css)}`,
        ]),
      ['wizard ÷ stack floor', `${round(wizard.total / stackFloor.total, 3).toFixed(3)}×`, 'the budget: at most 1.46×'],
      ['wizard ÷ bare page', `${ratio.toFixed(2)}×`, ''],
    ]);
    writeBaseline({ wizard, wizardFr, bareHome, stackFloor, ratio });
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
  const lh = lighthouseResult.median;
  const floor = bareLighthouse.median;
  const step = browserResult.stepResponse;
  const step1 = browserResult.stepResponseUnthrottled;

  const check = (name, value, limit, met, shown) => ({ name, value, limit, met, shown });
  const budgetChecks = [
    check(
      'wizard first-load bytes ÷ bare Next page',
      ratio,
      `≤ ${budgets.bytesRatio}× (aim ${budgets.bytesRatioAim}×)`,
      ratio <= budgets.bytesRatio,
      `${ratio.toFixed(2)}×`,
    ),
    check(
      'web fonts downloaded',
      lh.webFonts,
      `${budgets.webFonts}`,
      lh.webFonts <= budgets.webFonts,
      `${lh.webFonts}`,
    ),
    check(
      'requests on first load',
      lh.requests,
      `≤ ${budgets.requests}`,
      lh.requests <= budgets.requests,
      `${lh.requests}`,
    ),
    check(
      'Lighthouse performance',
      lh.performance,
      `≥ ${budgets.performance}`,
      lh.performance >= budgets.performance,
      `${lh.performance}`,
    ),
    check(
      'Lighthouse accessibility',
      lh.accessibility,
      `${budgets.accessibility}`,
      lh.accessibility >= budgets.accessibility,
      `${lh.accessibility}`,
    ),
    check(
      'Lighthouse best practices',
      lh.bestPractices,
      `${budgets.bestPractices}`,
      lh.bestPractices >= budgets.bestPractices,
      `${lh.bestPractices}`,
    ),
    check('Lighthouse SEO', lh.seo, `${budgets.seo}`, lh.seo >= budgets.seo, `${lh.seo}`),
    check('LCP', lh.lcpMs, `≤ ${budgets.lcpMs} ms`, lh.lcpMs <= budgets.lcpMs, `${lh.lcpMs} ms`),
    check('TBT', lh.tbtMs, `≤ ${budgets.tbtMs} ms`, lh.tbtMs <= budgets.tbtMs, `${lh.tbtMs} ms`),
    check('CLS', lh.cls, `${budgets.cls}`, lh.cls <= budgets.cls, `${lh.cls}`),
    check(
      `step response, median (${cpuSlowdown}× CPU)`,
      step.medianMs,
      `≤ ${budgets.stepMedianMs} ms`,
      step.medianMs <= budgets.stepMedianMs,
      `${step.medianMs} ms`,
    ),
    check(
      `step response, worst (${cpuSlowdown}× CPU)`,
      step.worstMs,
      `≤ ${budgets.stepWorstMs} ms`,
      step.worstMs <= budgets.stepWorstMs,
      `${step.worstMs} ms`,
    ),
  ];

  const bytesRow = (label, p) => [
    `${label} ${p.route}`,
    `${kB(p.total)}`,
    '',
    `html ${kB(p.html)} + js ${kB(p.js)} + css ${kB(p.css)}, ${p.requests} files`,
  ];
  const rows = [
    ['First-load bytes, gzipped (HTML with inline scripts + <script src> JS + stylesheets)'],
    ...app.map((p) => bytesRow('app ', p)),
    ...bare.map((p) => bytesRow('bare', p)),
    [
      `Budgets${measureWithoutHint ? ', measured WITHOUT the compile hint' : ''} (Lighthouse: median of ${lighthouseRuns} mobile runs; steps: ${step.samples.length} step changes over ${timedJourneys} journeys)`,
    ],
    ...budgetChecks.map((c) => [c.name, c.shown, c.limit, c.met ? 'met' : 'NOT MET']),
    ['Also measured'],
    ['French wizard /fr/ ÷ bare Next page', ratioFr === null ? '-' : `${ratioFr.toFixed(2)}×`, '', ''],
    [
      'stack floor ÷ bare Next page',
      `${floorRatio.toFixed(2)}×`,
      '',
      'one question: xstate, @xstate/react, react-hook-form, resolver, zod/mini; no content or styles',
    ],
    [
      'wizard above the stack floor',
      kB(wizard.total - stackFloor.total),
      '',
      'the app: its code, both languages, the directory, styles',
    ],
    ['Lighthouse FCP / Speed Index', `${lh.fcpMs} ms / ${lh.speedIndexMs} ms`, '', ''],
    [
      'bare Next page, same conditions: performance / LCP / TBT',
      `${floor.performance} / ${floor.lcpMs} ms / ${floor.tbtMs} ms`,
      '',
      'the framework floor on this machine',
    ],
    [
      'Lighthouse with Slow 4G and 4× CPU applied ("devtools" throttling): performance / LCP / TBT',
      `${appliedLighthouse.median.performance} / ${appliedLighthouse.median.lcpMs} ms / ${appliedLighthouse.median.tbtMs} ms`,
      '',
      `median of ${lighthouseRuns}; a cross-check`,
    ],
    [
      'Lighthouse benchmarkIndex (this machine, median)',
      `${lh.benchmarkIndex}`,
      '',
      'a Moto G Power class phone scores about 264',
    ],
    [
      'load average during Lighthouse / step timing',
      `${lh.loadAverage} / ${step.loadAverage}`,
      `< ${cpus().length}`,
      lh.loadAverage >= cpus().length || step.loadAverage >= cpus().length ? 'BUSY: times are inflated' : '',
    ],
    ['step response without slowdown, median / worst', `${step1.medianMs} ms / ${step1.worstMs} ms`, '', ''],
    [
      'summary list fully painted after "See the services" (4× CPU), median / worst',
      `${step.summaryListMs.median} ms / ${step.summaryListMs.worst} ms`,
      '',
      'its heading paints first',
    ],
    ['third-party requests', `${lh.thirdParty}`, '0', ''],
    [
      `Loads with Slow 4G applied and ${cpuSlowdown}× CPU (Chromium's own timings, median of ${throttledLoads}): first paint / largest paint / hydrated / long-task blocking`,
    ],
    ...Object.entries(loadResult).map(([label, r]) => [
      label === 'wizard' ? 'wizard page' : 'bare Next page',
      `${r.median.fcpMs} / ${r.median.lcpMs} / ${r.median.hydratedMs} / ${r.median.blockingMs} ms`,
      '',
      `longest task ${r.median.longestTaskMs} ms`,
    ]),
    ['Interactions to reach the summary (clicks or key presses)'],
    ...Object.entries(browserResult.interactions).map(([name, count]) => [name, `${count}`, '', '']),
  ];
  printTable(rows);
  const unmet = budgetChecks.filter((c) => !c.met);
  console.log(
    `\n  ${budgetChecks.length - unmet.length} of ${budgetChecks.length} budgets met${unmet.length ? `; not met: ${unmet.map((c) => c.name).join(', ')}` : ''}.`,
  );
  const notPerfect = [...new Set(lighthouseResult.runs.flatMap((r) => r.notPerfect))];
  if (notPerfect.length) console.log(`  Lighthouse audits below full score in some run: ${notPerfect.join('; ')}`);

  const measuredAt = new Date().toISOString();
  const results = {
    measuredAt,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGB: round(totalmem() / 2 ** 30, 1),
      node: process.version,
    },
    versions: {
      next: version('next'),
      react: version('react'),
      lighthouse: version('lighthouse'),
      playwright: version('@playwright/test'),
      chromium: lighthouseResult.runs[0]?.userAgent,
    },
    bytes: { gzipLevel: 6, app, bare, wizardRatio: ratio, wizardFrRatio: ratioFr, stackFloorRatio: floorRatio },
    lighthouse: lighthouseResult,
    bareLighthouse,
    appliedLighthouse,
    stepResponse: step,
    stepResponseUnthrottled: step1,
    interactions: browserResult.interactions,
    playwrightFirstLoad: browserResult.playwrightFirstLoad,
    throttledLoads: { network: 'Lighthouse mobile Slow 4G, applied', ...appliedSlow4G, cpuSlowdown, ...loadResult },
    budgets: budgetChecks,
  };
  mkdirSync(dirname(resultsFile), { recursive: true });
  if (measureWithoutHint) {
    const file = resultsFile.replace(/\.json$/, '-without-compile-hint.json');
    writeFileSync(file, `${JSON.stringify({ ...results, withoutCompileHint: true }, null, 2)}\n`);
    console.log(`\n  Wrote ${file.replace(`${root}/`, '')} (the committed baseline is left as it is)`);
    return;
  }
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n  Wrote ${resultsFile.replace(`${root}/`, '')}`);
  writeBaseline({ wizard, wizardFr, bareHome, stackFloor, ratio });
}

/** The installed version of a package. */
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Writes scripts/bench-baseline.json, the bytes check-bundle-budget.mjs compares every build with. */
function writeBaseline({ wizard, wizardFr, bareHome, stackFloor, ratio }) {
  const measuredAt = new Date().toISOString();
  const pick = ({ html, js, css, total }) => ({ html, js, css, total });
  const previous = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;
  const baseline = {
    about:
      'First-load bytes (gzip level 6) of the wizard pages, written by `npm run bench`. scripts/check-bundle-budget.mjs fails CI when a page grows more than 5% beyond its total here. Commit this file when a change of size is intended.',
    measuredAt,
    next: version('next'),
    pages: Object.fromEntries([wizard, wizardFr].filter(Boolean).map((p) => [p.route, pick(p)])),
    bare: { '/': pick(bareHome), floor: pick(stackFloor) },
    ratio,
    floorRatio: round(wizard.total / stackFloor.total, 3),
  };
  writeFileSync(baselineFile, `${JSON.stringify(baseline, null, 2)}\n`);
  const before = previous?.pages?.['/']?.total;
  console.log(`  Wrote scripts/bench-baseline.json (wizard / ${before ? `${kB(before)} → ` : ''}${kB(wizard.total)})`);
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
