#!/usr/bin/env node
/**
 * After `npm run build`: fail when a wizard page's first-load bytes (HTML with its inline scripts + `<script src>`
 * JavaScript + stylesheets, gzipped, counted by `bundle-weight.mjs` exactly as `npm run bench` counts them) grow
 * more than 5% beyond the committed baseline in `scripts/bench-baseline.json`.
 *
 * Bytes are stable from build to build, so they can be checked in CI; times are not, so nothing here is timed.
 * When a change of size is intended, run `npm run bench` (it rewrites the baseline) and commit the new baseline.
 * Usage: `node scripts/check-bundle-budget.mjs [out]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kB, pageWeight } from './bundle-weight.mjs';

const outDir = process.argv[2] ?? 'out';
const baselineFile = new URL('./bench-baseline.json', import.meta.url);
/** How much a page may grow beyond its baseline before CI fails. */
const tolerance = 1.05;

const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
const pages = Object.entries(baseline.pages ?? {});
if (pages.length === 0) {
  console.error('check-bundle-budget: scripts/bench-baseline.json lists no page: run `npm run bench` to write it.');
  process.exit(1);
}

/**
 * How far back gzip (deflate) can find a repeat: a 32 KiB window less the 262 bytes of its lookahead. The inlined
 * stylesheet (experimental.inlineCss) stands in the page twice, in the <style> and in the RSC payload: while the
 * second copy starts within this reach of the first, it costs almost nothing; one byte beyond, it costs its whole
 * gzipped size (about 4 kB), as /fr/ did once its first screen grew by a few hundred bytes.
 */
const gzipReach = 32768 - 262;

/**
 * How far the inlined stylesheet's second copy stands from its first, in bytes, at its farthest: the payload's copy
 * is escaped as a JSON string, so it drifts a little further with each quote. Null if the page has no such copy.
 */
function cssWindow(html) {
  const css = html.match(/<style[^>]*>([\s\S]*?)<\/style>/)?.[1];
  if (!css || css.length < 40) return null;
  const first = html.indexOf(css);
  const second = html.indexOf(css.slice(0, 40), first + 1);
  if (second < 0) return null;
  const drift = Buffer.byteLength(JSON.stringify(css)) - 2 - Buffer.byteLength(css);
  return { distance: Buffer.byteLength(html.slice(first, second)) + drift };
}

/** The file of an exported route: `/` → `index.html`, `/fr/` → `fr/index.html` (trailingSlash is on). */
const fileOf = (route) => `${route.replace(/^\//, '')}index.html`;

let failed = false;
/** A page whose stylesheet copy fell out of gzip's reach: its own failure, with its own message above. */
let outOfReach = false;
for (const [route, base] of pages) {
  const page = fileOf(route);
  if (!existsSync(join(outDir, page))) {
    console.error(`check-bundle-budget: ${join(outDir, page)} is missing: run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const now = pageWeight(outDir, page);
  const ratio = now.total / base.total;
  const over = ratio > tolerance;
  failed ||= over;
  console.log(
    `check-bundle-budget: ${route} loads ${kB(now.total)} first (html ${kB(now.html)} + js ${kB(now.js)} + css ${kB(now.css)}, ` +
      `${now.total} bytes); baseline ${kB(base.total)} (${base.total} bytes); ratio ${ratio.toFixed(3)} (limit ${tolerance.toFixed(2)})` +
      (over ? ' — TOO BIG' : ''),
  );
  const window = cssWindow(readFileSync(join(outDir, page), 'utf8'));
  if (window) {
    const far = window.distance > gzipReach;
    outOfReach ||= far;
    console.log(
      `check-bundle-budget: ${route} has its stylesheet's second copy ${window.distance} bytes after the first ` +
        `(gzip reaches back ${gzipReach}: ${far ? 'OUT OF REACH' : `${gzipReach - window.distance} bytes to spare`})`,
    );
    if (far)
      console.error(
        `check-bundle-budget: ${route}: gzip can no longer see that the page's stylesheet is written twice, so the ` +
          'page costs about 4 kB more. Shorten what stands between the <style> and the payload (the stylesheet ' +
          'itself, the head, or the HTML of the first screen).',
      );
  }
  if (over) {
    const grew = (key) => (now[key] > base[key] ? ` ${key} +${kB(now[key] - base[key])}` : '');
    console.error(
      `check-bundle-budget: ${route} grew by ${kB(now.total - base.total)} (${grew('html')}${grew('js')}${grew('css')} ).`,
    );
  } else if (ratio < 0.95) {
    console.log(
      `check-bundle-budget: ${route} is more than 5% under its baseline: run \`npm run bench\` and commit scripts/bench-baseline.json to lock the gain in.`,
    );
  }
}
if (outOfReach && !failed) process.exit(1);
if (failed) {
  console.error(
    'check-bundle-budget: the wizard page grew more than 5% beyond scripts/bench-baseline.json. Find what was added ' +
      '(a heavy import, trainer-only code reaching the wizard, a library imported as a whole), or, if the growth is ' +
      'intended, run `npm run bench` and commit the new baseline.',
  );
  process.exit(1);
}
console.log('check-bundle-budget: within 5% of the baseline.');
