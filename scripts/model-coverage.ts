/**
 * Prints how much of the triage statechart the model-based test paths (`modelPaths`, e2e/model/coverage.ts)
 * exercise: states and transitions covered out of every one the definition declares. Exits 1 under 100 %, so CI
 * fails when a new state or transition has no test path. Run with `npx tsx scripts/model-coverage.ts`.
 */
import { buildModelPaths, deadControls, describeEvent, measureCoverage, modelPaths } from '../e2e/model/coverage';

const percent = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;
const line = (what: string, n: number, total: number) => `${what} covered: ${n}/${total} (${percent(n, total)})`;

const stages = buildModelPaths();
const shortestOnly = measureCoverage(stages.shortest.map((c, i) => ({ name: `shortest ${i + 1}`, events: c.events })));
const report = measureCoverage(modelPaths);

console.log(
  `model paths: ${modelPaths.length} (${modelPaths.reduce((n, p) => n + p.events.length, 0)} events), chosen from ` +
    `${stages.shortest.length} shortest paths + ${stages.completion.length} completion paths`,
);
console.log(
  `shortest paths alone: ${shortestOnly.states.covered.length}/${shortestOnly.states.total} states, ` +
    `${shortestOnly.transitions.covered.length}/${shortestOnly.transitions.total} transitions`,
);
console.log(line('states', report.states.covered.length, report.states.total));
console.log(line('transitions', report.transitions.covered.length, report.transitions.total));

for (const state of report.states.uncovered) console.log(`  uncovered state: ${state}`);
for (const transition of report.transitions.uncovered) console.log(`  uncovered transition: ${transition.id}`);
for (const ignored of report.ignored) console.log(`  event the machine ignores: ${ignored}`);

// Not coverage failures, but gaps between the UI and the machine, each worth a bug report.
if (report.uiGaps.length > 0) {
  console.log(`events a path needs that the UI does not offer there: ${report.uiGaps.length}`);
  for (const gap of report.uiGaps) console.log(`  ${gap}`);
}
const dead = deadControls();
if (dead.length > 0) {
  console.log(`controls the UI offers that the machine ignores: ${dead.length}`);
  for (const control of dead) console.log(`  ${control.name} (${control.path.map(describeEvent).join(' → ')})`);
}

const complete =
  report.states.uncovered.length === 0 && report.transitions.uncovered.length === 0 && report.ignored.length === 0;
if (!complete) console.log('FAIL: the model paths do not cover every state and transition.');
process.exit(complete ? 0 : 1);
