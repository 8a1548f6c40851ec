/**
 * The response headers that a meta tag cannot carry (issue 23), written for three kinds of host from the same plan:
 *
 * - `out/_headers` for Netlify and Cloudflare Pages;
 * - `out/serve.json` for `serve`, which `npm start`, Playwright and the flake check run (`scripts/serve.sh`);
 * - `deploy/nginx-headers.conf` for nginx, to include in the site's server block (`deploy/nginx.conf`).
 *
 * Every page gets its own Content-Security-Policy: the one `scripts/postbuild.mjs` wrote into its meta tag (read back
 * from the built HTML, so whatever inline scripts a page has, the header lists the same hashes) plus
 * `frame-ancestors 'none'`, which a meta policy cannot set. The other headers are the same on every response, so
 * that a host's own responses (its 404 for an unknown address, say) carry them too.
 *
 * Called by `scripts/postbuild.mjs`; `node scripts/headers.mjs [out] [nginx file]` writes them again.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** On every response: they do not depend on what is served, and they cost nothing where they do not apply. */
export const siteWide = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Browsers only heed it over HTTPS; a year, without includeSubDomains: the tool does not own its domain's other hosts.
  'Strict-Transport-Security': 'max-age=31536000',
  // frame-ancestors does the job in every current browser; this covers the responses that carry no page policy
  // (a host's own 404 on Netlify or Cloudflare Pages) and browsers from before CSP 2.
  'X-Frame-Options': 'DENY',
};

/** Pages, and every other file whose name does not change with its content (the `.txt` RSC payloads, the 404 page). */
export const noStore = { 'Cache-Control': 'no-store' };

/** `/_next/static/` is content-hashed (or under the build's own id): a new build gives new names, never new bytes. */
export const staticPrefix = '_next/static/';
export const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/** The files this module writes into the export: planned as ordinary files would be, but left out of the plan. */
export const written = ['_headers', 'serve.json'];

/** The page `serve` and nginx answer an unknown address with (status 404). */
export const notFoundPage = '404.html';

export const defaultNginxFile = fileURLToPath(new URL('../deploy/nginx-headers.conf', import.meta.url));

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
function filesUnder(dir) {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

const entities = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** The policy in a built page's CSP meta tag. */
export function metaPolicy(html) {
  const match = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/);
  return match ? match[1].replace(/&(amp|quot|#x27|#39|lt|gt);/g, (e) => entities[e]) : null;
}

/** The header policy of a page: its meta policy, plus what only a header can say. */
export const headerPolicy = (meta) => `${meta}; frame-ancestors 'none'`;

/**
 * The addresses a file answers at: its own path, and its folder's for an `index.html` (`trailingSlash` is on). Only
 * for names that need no percent-encoding in an address, so that every host matches the same text: the hosts differ
 * in whether they match an address before or after decoding it.
 */
export function urlsOf(file) {
  if (!/^[\w.~!$&'()*+,;=:@/-]+$/.test(file))
    throw new Error(`${file}: a name that needs percent-encoding in an address.`);
  const urls = [`/${file}`];
  if (file === 'index.html' || file.endsWith('/index.html')) urls.unshift(`/${file.slice(0, -'index.html'.length)}`);
  return urls;
}

/**
 * What every file of the export is served with: `own` is what only this file (or its kind) has, `headers` is all of
 * it. The three writers below turn the same plan into each host's format.
 */
export function planHeaders(outDir) {
  const files = [];
  for (const file of filesUnder(outDir)) {
    if (written.includes(file)) continue;
    let own;
    if (file.startsWith(staticPrefix)) own = { ...immutable };
    else if (file.endsWith('.html')) {
      const meta = metaPolicy(readFileSync(join(outDir, file), 'utf8'));
      if (!meta) throw new Error(`${file} has no CSP meta tag: scripts/postbuild.mjs writes it before the headers.`);
      own = { 'Content-Security-Policy': headerPolicy(meta), ...noStore };
    } else own = { ...noStore };
    files.push({ file, urls: urlsOf(file), own, headers: { ...siteWide, ...own } });
  }
  if (!files.some((f) => f.file === notFoundPage)) throw new Error(`${outDir} has no ${notFoundPage}.`);
  return files;
}

/** A header value goes into three formats as it is: keep out what any of them would read differently. */
function checkValue(name, value) {
  if (/["$\\\r\n]/.test(value)) throw new Error(`${name}: ${value} has a character nginx or _headers would misread.`);
}

// Cloudflare Pages' documented limits for _headers: 100 rules, 2,000 characters a line.
export const cloudflareLimits = { rules: 100, lineLength: 2000 };

/**
 * `_headers` (Netlify and Cloudflare Pages). For any address, each header comes from one rule only: Cloudflare joins
 * the values of a header that two matching rules set (two Cache-Control values, or two policies in one CSP header),
 * and Netlify keeps one of them. So `/*` has the site-wide headers and nothing else, `/_next/static/*` its
 * Cache-Control, and every other file an exact rule of its own (no pattern can say "all but /_next/static/").
 */
export function headersFile(plan) {
  const block = (path, headers) =>
    [path, ...Object.entries(headers).map(([name, value]) => (checkValue(name, value), `  ${name}: ${value}`))].join(
      '\n',
    );
  const blocks = [block('/*', siteWide), block(`/${staticPrefix}*`, immutable)];
  for (const { file, urls, own } of plan) {
    if (file.startsWith(staticPrefix)) continue;
    for (const url of urls) blocks.push(block(url, own));
  }
  const text = [
    '# Written by scripts/headers.mjs from the built pages: do not edit, `npm run build` writes it again.',
    '# Each header comes from one rule only for any address: Cloudflare Pages joins the values of a header two',
    "# matching rules set. A page's policy is its meta tag's, plus frame-ancestors.",
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
  if (blocks.length > cloudflareLimits.rules) {
    throw new Error(`_headers has ${blocks.length} rules; Cloudflare Pages reads at most ${cloudflareLimits.rules}.`);
  }
  const long = text.split('\n').find((line) => line.length > cloudflareLimits.lineLength);
  if (long)
    throw new Error(
      `_headers has a line of ${long.length} characters; Cloudflare Pages reads at most ${cloudflareLimits.lineLength}: ${long.slice(0, 80)}…`,
    );
  return text;
}

/** minimatch (which serve-handler matches `source` with) reads these as pattern characters. */
const globEscape = (path) => path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
const keyValues = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

// serve's schema for serve.json (@zeit/schemas): at most 50 `headers` entries.
export const serveLimits = { entries: 50 };

/**
 * `serve.json`, which `serve` finds in the folder it serves. serve-handler matches `source` against the file it is
 * about to send, not the address, and merges every matching entry in order (a later value wins): `**` first, then
 * `_next/static/**` replaces its Cache-Control, then each page adds its policy. Its 404 for an unknown address is
 * `404.html`, matched as that file, so it carries the 404 page's headers. No directory listings: a folder without a
 * page is an unknown address.
 */
export function serveJson(plan) {
  const headers = [
    { source: '**', headers: keyValues({ ...siteWide, ...noStore }) },
    { source: `${staticPrefix}**`, headers: keyValues(immutable) },
  ];
  for (const { file, own } of plan) {
    if (!own['Content-Security-Policy']) continue;
    headers.push({
      source: globEscape(file),
      headers: keyValues({ 'Content-Security-Policy': own['Content-Security-Policy'] }),
    });
  }
  if (headers.length > serveLimits.entries) {
    throw new Error(
      `serve.json would have ${headers.length} header entries; serve accepts at most ${serveLimits.entries}.`,
    );
  }
  return { directoryListing: false, headers };
}

/**
 * The nginx snippet. nginx drops every `add_header` of the enclosing block in a location that has one of its own, so
 * each location lists all its headers; `always` puts them on error responses too. An unknown address (or a folder
 * with no page, which nginx would answer 403) gets the 404 page with status 404, and so that page's headers.
 */
export function nginxSnippet(plan) {
  const location = (match, headers) =>
    [
      `location ${match} {`,
      ...Object.entries(headers).map(
        ([name, value]) => (checkValue(name, value), `    add_header ${name} "${value}" always;`),
      ),
      '}',
    ].join('\n');
  const blocks = [
    `error_page 403 404 =404 /${notFoundPage};`,
    location('/', { ...siteWide, ...noStore }),
    location(`/${staticPrefix}`, { ...siteWide, ...immutable }),
  ];
  for (const { file, headers } of plan) {
    if (headers['Content-Security-Policy']) blocks.push(location(`= "/${file}"`, headers));
  }
  return [
    '# Written by scripts/headers.mjs from the built pages in out/: do not edit, `npm run build` writes it again.',
    '# Include it in the server block whose root is the out/ folder: see deploy/nginx.conf.',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** Write all three for the export in `outDir`. */
export function writeHeaders(outDir = 'out', nginxFile = defaultNginxFile) {
  const plan = planHeaders(outDir);
  writeFileSync(join(outDir, '_headers'), headersFile(plan));
  writeFileSync(join(outDir, 'serve.json'), `${JSON.stringify(serveJson(plan), null, 2)}\n`);
  mkdirSync(dirname(nginxFile), { recursive: true });
  writeFileSync(nginxFile, nginxSnippet(plan));
  return plan;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? 'out';
  const plan = writeHeaders(outDir, process.argv[3]);
  console.log(
    `headers: ${plan.length} files of ${outDir}/ in ${outDir}/_headers, ${outDir}/serve.json and the nginx snippet`,
  );
}
