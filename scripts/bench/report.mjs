/**
 * The benchmark's report: the table of figures against the budgets, `bench-results/latest.json`, and the committed
 * byte baseline `scripts/bench-baseline.json` that scripts/check-bundle-budget.mjs checks every build with.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { kB } from '../bundle-weight.mjs';
import {
  baselineFile,
  budgets,
  cpuSlowdown,
  lighthouseRuns,
  measureWithoutHint,
  resultsFile,
  root,
  round,
  throttledLoads,
  timedJourneys,
  version,
} from './common.mjs';
import { appliedSlow4G } from './loads.mjs';

export function printTable(rows) {
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

/** Print the full table (every page's bytes, the budgets, the other figures) and write the results and the baseline. */
export function report({ weights, lighthouseResult, bareLighthouse, appliedLighthouse, browserResult, loadResult }) {
  const { app, bare, wizard, wizardFr, bareHome, stackFloor, ratio, ratioFr, floorRatio } = weights;
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

export /** Writes scripts/bench-baseline.json, the bytes check-bundle-budget.mjs compares every build with. */
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
