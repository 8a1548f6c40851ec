/**
 * Reads back what `scripts/headers.mjs` wrote, each in its host's own terms, and lists every address where the three
 * disagree with the plan (and so with each other):
 *
 * - `serve.json` through serve-handler itself, the code `serve` runs, checked first against serve's own schema;
 * - `_headers` by its rules (an exact path, or a prefix ending in `*`), with every rule that matches an address;
 *   a header set by two matching rules is reported, since Cloudflare Pages would join the two values;
 * - the nginx snippet by nginx's choice of location (exact, else longest prefix), its index file and `error_page`.
 *
 * The build runs it on every export (`scripts/postbuild.mjs`), and `scripts/headers.test.ts` on a small one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defaultNginxFile, immutable, noStore, notFoundPage, planHeaders, siteWide } from './headers.mjs';

/** The header names the plan decides; a host may add others (Content-Type, ETag…), which are not compared. */
const managed = [
  ...Object.keys(siteWide),
  ...Object.keys(noStore),
  ...Object.keys(immutable),
  'Content-Security-Policy',
];
const pick = (headers) => {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return Object.fromEntries(
    managed
      .filter((name) => lower[name.toLowerCase()] !== undefined)
      .map((name) => [name, String(lower[name.toLowerCase()])]),
  );
};

// serve-handler and serve's schema, resolved from `serve` itself: the exact code and version `npm start` runs.
const fromServe = createRequire(createRequire(import.meta.url).resolve('serve/package.json'));
const serveHandler = fromServe('serve-handler');
const Ajv = fromServe('ajv');
const serveSchema = fromServe('@zeit/schemas/deployment/config-static.js');

/** Answer `urls` as `serve <outDir>` would with its serve.json: status and the managed headers of each. */
export async function askServe(outDir, urls) {
  const config = JSON.parse(readFileSync(join(outDir, 'serve.json'), 'utf8'));
  const validate = new (Ajv.default ?? Ajv)({ allowUnionTypes: true }).compile(serveSchema);
  if (!validate(config)) throw new Error(`serve.json does not pass serve's schema: ${JSON.stringify(validate.errors)}`);
  // As serve's CLI does: the folder it was given, and ETags on.
  const server = createServer((req, res) => serveHandler(req, res, { ...config, public: outDir, etag: true }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address();
    const answers = {};
    for (const url of urls) {
      const response = await fetch(`http://127.0.0.1:${port}${url}`, { redirect: 'manual' });
      await response.arrayBuffer();
      answers[url] = { status: response.status, headers: pick(Object.fromEntries(response.headers)) };
    }
    return answers;
  } finally {
    server.closeAllConnections(); // fetch keeps them open for a while, which would hold close() up
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The rules of a `_headers` file: `[{ path, headers }]` in order. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      if (colon < 0 || !rules.length) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** What a `_headers` host sends for `url`, and the headers that more than one matching rule sets. */
export function askHeadersFile(rules, url) {
  const headers = {};
  const twice = [];
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? url.startsWith(rule.path.slice(0, -1)) : rule.path === url;
    if (!matches) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      if (name in headers) twice.push(name);
      headers[name] = value;
    }
  }
  return { headers: pick(headers), twice };
}

/** The locations and `error_page` of the nginx snippet. */
export function parseNginx(text) {
  const errorPage = text.match(/^error_page ([\d ]+) =(\d+) (\S+);$/m);
  if (!errorPage) throw new Error('nginx snippet: no error_page');
  const locations = [];
  for (const [, exact, path, body] of text.matchAll(/^location (= )?"?([^"\s]+)"? \{\n([\s\S]*?)^\}/gm)) {
    const headers = {};
    for (const [, name, value] of body.matchAll(/^\s+add_header (\S+) "([^"]*)" always;$/gm)) headers[name] = value;
    locations.push({ exact: Boolean(exact), path, headers });
  }
  return {
    errorPage: { codes: errorPage[1].trim().split(/\s+/).map(Number), status: Number(errorPage[2]), uri: errorPage[3] },
    locations,
  };
}

/** What nginx, with the snippet and `root` at `outDir`, answers for `url`: status and headers. */
export function askNginx(conf, outDir, url, redirects = 0) {
  if (redirects > 5) throw new Error(`nginx: internal redirect loop at ${url}`);
  const location =
    conf.locations.find((l) => l.exact && l.path === url) ??
    conf.locations.filter((l) => !l.exact && url.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const error = (code) => {
    if (!conf.errorPage.codes.includes(code)) return { status: code, headers: {} };
    return {
      status: conf.errorPage.status,
      headers: askNginx(conf, outDir, conf.errorPage.uri, redirects + 1).headers,
    };
  };
  const path = join(outDir, url);
  if (url.endsWith('/')) {
    // The index module: an internal redirect to the folder's index.html, where the location is chosen again.
    return existsSync(join(path, 'index.html'))
      ? askNginx(conf, outDir, `${url}index.html`, redirects + 1)
      : error(existsSync(path) ? 403 : 404);
  }
  if (!existsSync(path) || statSync(path).isDirectory()) return error(404); // a folder would be a 301 to url/; no such URL is planned
  return { status: 200, headers: pick(location?.headers ?? {}) };
}

/** An address no build has. */
export const unknownAddress = '/no-such-page-for-the-headers-check/';

const same = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Every disagreement between the plan, serve.json, _headers and the nginx snippet, as sentences; none is empty. */
export async function disagreements(outDir, nginxFile = defaultNginxFile) {
  const plan = planHeaders(outDir);
  const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
  const nginx = parseNginx(readFileSync(nginxFile, 'utf8'));
  const notFound = plan.find((f) => f.file === notFoundPage);
  // serve answers each file at its first address (it redirects `/x/index.html` and `/404.html` to cleaner ones), and
  // an unknown address with the 404 page.
  const serveUrls = plan.filter((f) => f.file !== notFoundPage).map((f) => f.urls[0]);
  const serve = await askServe(outDir, [...serveUrls, unknownAddress]);
  const problems = [];
  const compare = (host, url, answer, status, expected) => {
    if (answer.status !== undefined && answer.status !== status)
      problems.push(`${host} ${url}: status ${answer.status}, not ${status}`);
    if (!same(answer.headers, expected)) {
      problems.push(`${host} ${url}: ${JSON.stringify(answer.headers)}\n  instead of ${JSON.stringify(expected)}`);
    }
  };
  for (const { file, urls, headers } of plan) {
    for (const url of urls) {
      const fromFile = askHeadersFile(rules, url);
      if (fromFile.twice.length)
        problems.push(`_headers ${url}: ${fromFile.twice.join(', ')} set by more than one rule`);
      compare('_headers', url, fromFile, undefined, headers);
      compare('nginx', url, askNginx(nginx, outDir, url), 200, headers);
    }
    if (file !== notFoundPage) compare('serve', urls[0], serve[urls[0]], 200, headers);
  }
  compare('serve', unknownAddress, serve[unknownAddress], 404, notFound.headers);
  compare('nginx', unknownAddress, askNginx(nginx, outDir, unknownAddress), 404, notFound.headers);
  // A _headers host answers an unknown address with its own 404, which only the rules for every address reach.
  compare('_headers', unknownAddress, askHeadersFile(rules, unknownAddress), undefined, siteWide);
  return problems;
}
