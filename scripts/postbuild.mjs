#!/usr/bin/env node
/**
 * After `next build`, three steps over every exported page:
 *
 * 1. Mark the scripts it loads first with V8's compile hint (`scripts/compile-hints.mjs`), so that Chrome compiles
 *    them while they download rather than on the main thread while the page hydrates (issue 7).
 * 2. Give it a strict, hash-based Content-Security-Policy in a meta tag.
 *
 * A static export has no server to add a nonce, and Next puts its hydration data in inline scripts, so the only
 * way to a policy without 'unsafe-inline' is to hash each page's own inline scripts (and styles) after the
 * build and list those hashes. The meta tag goes first in <head>, right after <meta charset>, because a meta
 * policy only covers what the browser parses after it.
 *
 * 3. Write the response headers a meta tag cannot carry (`frame-ancestors`, `Cache-Control`, `Permissions-Policy`…)
 *    for Netlify and Cloudflare Pages, `serve` and nginx, from each page's meta policy (`scripts/headers.mjs`), and
 *    fail the build if the three disagree anywhere (`scripts/headers-check.mjs`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsOf } from './bundle-weight.mjs';
import { hasCompileHint, withCompileHint } from './compile-hints.mjs';
import { disagreements } from './headers-check.mjs';
import { writeHeaders } from './headers.mjs';

const outDir = process.argv[2] ?? 'out';
const nginxFile = process.argv[3]; // by default deploy/nginx-headers.conf

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for one page, given the hashes of its inline scripts and styles. */
export function policyFor(scriptHashes, styleHashes) {
  return [
    "default-src 'none'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    // data: for the tab's icon, inlined so that the browser fetches nothing after the page has loaded.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'none'",
    "manifest-src 'none'",
    "media-src 'none'",
    "worker-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

let pages = 0;
const hinted = new Set();
for (const file of htmlFiles(outDir)) {
  let html = readFileSync(file, 'utf8');
  for (const src of assetsOf(html).scripts) {
    if (!src.startsWith('/_next/') || hinted.has(src)) continue;
    const script = join(outDir, src);
    const code = readFileSync(script, 'utf8');
    if (!hasCompileHint(code)) writeFileSync(script, withCompileHint(code));
    hinted.add(src);
  }
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error(`${file} already has a CSP meta tag: run the build again rather than this script twice.`);
  }
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  if (/\sstyle="/.test(html)) {
    throw new Error(`${file} has a style="" attribute, which a policy without 'unsafe-hashes' blocks.`);
  }
  const policy = policyFor([...new Set(scripts.map(sha256))], [...new Set(styles.map(sha256))]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const charset = html.match(/<meta charSet="utf-8"\/>|<meta charset="utf-8"\s*\/?>/i);
  if (!charset) throw new Error(`${file} has no <meta charset>: cannot place the CSP first.`);
  html = html.replace(charset[0], `${charset[0]}${meta}`);
  writeFileSync(file, html);
  pages += 1;
}
console.log(
  `postbuild: compile hint on ${hinted.size} first-load scripts; hash-based CSP written into ${pages} pages of ${outDir}/`,
);

const planned = writeHeaders(outDir, nginxFile);
const problems = await disagreements(outDir, nginxFile);
if (problems.length) throw new Error(`The headers for the hosts disagree:\n${problems.join('\n')}`);
console.log(
  `postbuild: headers for ${planned.length} files in ${outDir}/_headers, ${outDir}/serve.json and the nginx snippet, which agree`,
);
