/**
 * What every part of the benchmark shares: where things are, the command-line options, the budgets of issue 7, the
 * browser's flags, and small helpers (log, wait for a quiet machine, median, round, run a command).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../chromium.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = join(root, '.bench');
export const builtAppOut = join(benchDir, 'app-out');
export const bareDir = join(benchDir, 'bare');
export const bareOut = join(bareDir, 'out');
export const resultsFile = join(root, 'bench-results', 'latest.json');
export const baselineFile = join(root, 'scripts', 'bench-baseline.json');
export const buildLock = '/tmp/next-build.lock';
export { chromiumFlags, chromiumPath } from '../chromium.mjs';
export const cpuSlowdown = 4;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
export const skipBuild = args.includes('--skip-build');
export const lighthouseRuns = option('--runs', 3);
export const timedJourneys = option('--journeys', 3);
export const waitQuietSeconds = option('--wait-quiet', 0);
export const throttledLoads = option('--loads', 7);
export const measureWithoutHint = args.includes('--without-compile-hint');
/** `--bytes-only`: build, weigh every page and refresh the byte baseline, without Lighthouse or timed journeys. */
export const bytesOnly = args.includes('--bytes-only');

/** The budgets of issue 7 (README, "Performance"). */
export const budgets = {
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

export const log = (message) => console.log(`\n== bench: ${message}`);

/** With `--wait-quiet S`: wait (up to S seconds) until the 1-minute load average is below the number of CPUs. */
export async function waitForQuiet() {
  const deadline = Date.now() + waitQuietSeconds * 1000;
  if (waitQuietSeconds > 0 && loadavg()[0] >= cpus().length)
    log(`waiting up to ${waitQuietSeconds} s for a quieter machine`);
  while (loadavg()[0] >= cpus().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5000));
}
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

export function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}`);
}

/** The installed version of a package. */
export const version = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Chromium through Playwright, as the end-to-end tests launch it (scripts/chromium.mjs). */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch(chromiumLaunchOptions);
}
