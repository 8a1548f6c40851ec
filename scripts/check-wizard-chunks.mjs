#!/usr/bin/env node
/**
 * After `npm run build`: check that the wizard pages (`/` and `/fr/`) load none of the trainer's code and none of
 * the services page's (issue 21: the whole directory with its provenance, the browse filter), and print how much
 * JavaScript they load, gzipped, and the services page's. Usage: `node scripts/check-wizard-chunks.mjs [out]`.
 *
 * Survivors must never download the decision graph, its layout library (dagre), the outcome enumeration, the
 * what-if comparison, the share links or the scenario library: they are for trainers only (issue 5). Two checks:
 *
 * 1. In the build: no chunk a wizard page names (its `<script src>` tags and the chunk paths in its inline flight
 *    data) may contain `dagre` or a marker of trainer code. A marker is a string only trainer modules hold (a
 *    property name or literal that minification keeps). So that the check cannot pass by accident, every marker
 *    must appear in some chunk of the trainer page, and a chunk of the trainer page must hold dagre.
 * 2. In the source: following the imports from the wizard's routes (pages and layouts) must never reach a
 *    trainer-only module.
 *
 * It also checks that every script a wizard page loads first starts with V8's compile hint (`scripts/postbuild.mjs`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetsOf } from './bundle-weight.mjs';
import { hasCompileHint } from './compile-hints.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const outDir = resolve(root, process.argv[2] ?? 'out');
const wizardPages = ['index.html', 'fr/index.html'];
const trainerPages = ['trainer/index.html', 'fr/formation/index.html'];

/** Strings only trainer modules hold, with the module each stands for. */
export const trainerMarkers = {
  dagre: '@dagrejs/dagre (graph layout)',
  fromAnyState: 'machines/graph.ts',
  byPriority: 'rules/trainer/outcomes.ts',
  reasonsChanged: 'rules/trainer/what-if.ts',
  'not-base64url': 'rules/trainer/share.ts',
  'metis-adult-thunder-bay-housing': 'rules/trainer/scenarios.ts',
  'data-trainer-page': 'components/trainer/',
  'Trainer mode: how referrals work': 'components/trainer/content.ts (the trainer page’s strings)',
};

const servicesPages = ['services/index.html', 'fr/services/index.html'];

/** Strings only the services page's modules hold (components/services/, rules/browse.ts). */
export const servicesMarkers = {
  'data-services-count': 'components/services/services-page.tsx',
  'data-entry-kind': 'components/services/services-page.tsx',
  'Make the list shorter': 'components/services/content.ts (the services page’s strings)',
};

/** Source modules that only the services and open data pages (or the build) may import. */
const servicesOnly = [/^components\/services\//, /^rules\/browse\.ts$/, /^rules\/hsds\//];

/** Source modules that only the trainer page may import. */
const trainerOnly = [
  /^components\/trainer\//,
  /^rules\/trainer\//,
  /^machines\/(graph|trainer)\.ts$/,
  /^node_modules\/@dagrejs\//,
];
const wizardEntries = ['app/(en)/page.tsx', 'app/(fr)/fr/page.tsx', 'app/(en)/layout.tsx', 'app/(fr)/layout.tsx'];

let failed = false;
const fail = (message) => {
  console.error(`check-wizard-chunks: ${message}`);
  failed = true;
};

/** Every chunk a page names: its `<script src>` tags, and any chunk path in its inline flight data. */
export function chunksOf(html) {
  const chunks = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) chunks.add(m[1]);
  for (const m of html.matchAll(/\/_next\/static\/chunks\/[A-Za-z0-9_.~-]+\.js/g)) chunks.add(m[0]);
  return [...chunks].filter((src) => src.startsWith('/_next/'));
}

function pageChunks(page) {
  const file = join(outDir, page);
  if (!existsSync(file)) {
    console.error(`check-wizard-chunks: ${relative(root, file)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const html = readFileSync(file, 'utf8');
  const chunks = chunksOf(html);
  if (chunks.length === 0) fail(`${page} names no JavaScript chunk; the page format may have changed.`);
  // The scripts the page loads first (its `<script src>` tags, `noModule` left out), as against chunks it only names.
  const firstLoad = new Set(assetsOf(html).scripts);
  return chunks.map((src) => {
    const path = join(outDir, src);
    if (!existsSync(path)) {
      fail(`${page} names ${src}, which is not in ${relative(root, outDir)}/.`);
      return { src, body: Buffer.alloc(0), firstLoad: false };
    }
    return { src, body: readFileSync(path), firstLoad: firstLoad.has(src) };
  });
}

// 1. The build.
for (const page of wizardPages) {
  const chunks = pageChunks(page);
  let raw = 0;
  let gzipped = 0;
  for (const { src, body, firstLoad } of chunks) {
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
    const text = body.toString('utf8');
    const found = Object.keys(trainerMarkers).filter((marker) => text.includes(marker));
    if (found.length > 0)
      fail(
        `${page} loads ${src}, which holds trainer code: ${found.map((m) => `${m} (${trainerMarkers[m]})`).join(', ')}.`,
      );
    const services = Object.keys(servicesMarkers).filter((marker) => text.includes(marker));
    if (services.length > 0)
      fail(
        `${page} loads ${src}, which holds the services page's code: ${services.map((m) => `${m} (${servicesMarkers[m]})`).join(', ')}.`,
      );
    if (firstLoad && !hasCompileHint(text)) fail(`${page} loads ${src} first, which lacks the compile hint.`);
  }
  console.log(
    `check-wizard-chunks: /${page.replace(/index\.html$/, '')} loads ${chunks.length} chunks: ` +
      `${(raw / 1024).toFixed(1)} kB raw, ${(gzipped / 1024).toFixed(1)} kB gzipped (${gzipped} bytes gzipped).`,
  );
}
for (const page of trainerPages) {
  const text = pageChunks(page)
    .map(({ body }) => body.toString('utf8'))
    .join('\n');
  const missing = Object.keys(trainerMarkers).filter((marker) => !text.includes(marker));
  if (missing.length > 0)
    fail(
      `${page} does not hold the markers ${missing.join(', ')}: update trainerMarkers, or the check proves nothing.`,
    );
}

for (const page of servicesPages) {
  const chunks = pageChunks(page);
  const text = chunks.map(({ body }) => body.toString('utf8')).join('\n');
  const missing = Object.keys(servicesMarkers).filter((marker) => !text.includes(marker));
  if (missing.length > 0)
    fail(
      `${page} does not hold the markers ${missing.join(', ')}: update servicesMarkers, or the check proves nothing.`,
    );
  const gzipped = chunks.reduce((n, { body }) => n + gzipSync(body, { level: 9 }).length, 0);
  console.log(
    `check-wizard-chunks: /${page.replace(/index\.html$/, '')} loads ${chunks.length} chunks: ${(gzipped / 1024).toFixed(1)} kB gzipped (${gzipped} bytes gzipped).`,
  );
}

// 2. The source: follow relative and `@/` imports from the wizard's routes.
const importPattern =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
function resolveImport(from, spec) {
  if (spec.startsWith('@dagrejs/')) return `node_modules/${spec}`;
  let base;
  if (spec.startsWith('@/')) base = resolve(root, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(root, dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(ts|tsx|mjs|js)$/.test(candidate))
      return relative(root, candidate);
  }
  return null;
}
const seen = new Map();
const queue = wizardEntries.map((entry) => [entry, null]);
while (queue.length > 0) {
  const [file, importer] = queue.shift();
  if (seen.has(file)) continue;
  seen.set(file, importer);
  if (trainerOnly.some((pattern) => pattern.test(file))) {
    const chain = [file];
    for (let at = importer; at; at = seen.get(at)) chain.unshift(at);
    fail(`the wizard imports trainer-only ${file}: ${chain.join(' → ')}`);
    continue;
  }
  if (servicesOnly.some((pattern) => pattern.test(file))) {
    const chain = [file];
    for (let at = importer; at; at = seen.get(at)) chain.unshift(at);
    fail(`the wizard imports the services page's ${file}: ${chain.join(' → ')}`);
    continue;
  }
  if (file.startsWith('node_modules/')) continue;
  const source = readFileSync(join(root, file), 'utf8');
  for (const m of source.matchAll(importPattern)) {
    const target = resolveImport(file, m[1] ?? m[2]);
    if (target && !seen.has(target)) queue.push([target, file]);
  }
}
console.log(`check-wizard-chunks: followed ${seen.size} modules imported by the wizard's routes.`);

if (failed) process.exit(1);
console.log('check-wizard-chunks: no trainer code and no services page code on the wizard pages.');
