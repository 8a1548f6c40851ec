import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askHeadersFile,
  askNginx,
  askServe,
  disagreements,
  parseHeadersFile,
  parseNginx,
  unknownAddress,
} from './headers-check.mjs';
import { headersFile, planHeaders, serveJson, siteWide, writeHeaders, type PlannedFile } from './headers.mjs';

/**
 * Issue 23: the build writes the headers a meta tag cannot carry for three kinds of host. These tests build a small
 * export shaped like Next's (pages with their own meta policy, RSC payloads, hashed chunks, a 404 page), write the
 * three files for it, and read each back in its host's terms: serve.json through serve's own handler, _headers by
 * its rules, the nginx snippet by nginx's choice of location (checked against nginx 1.22 by hand, README Deploy).
 * The site-wide headers' values are taken from headers.mjs: e2e/headers.spec.ts writes them out as the issue lists
 * them, and checks them on the served export.
 */

const policy = (hash: string) =>
  `default-src 'none'; script-src 'self' 'sha256-${hash}='; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'`;
const page = (meta: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${meta}"/>` +
  `<script src="/_next/static/chunks/a1b2c3.js" async=""></script></head><body><script>self.__next_f.push([1])</script></body></html>`;

/** Every page of the fixture and its meta policy; `odd!(x)` has characters a glob would read as a pattern. */
const pages: Record<string, string> = {
  'index.html': policy('home'),
  'safety/index.html': policy('safety'),
  'fr/securite/index.html': policy('securite'),
  'odd!(x)/index.html': policy('odd'),
  '404.html': policy('notfound'),
};
const others = [
  'index.txt',
  'safety/__next.!KGVuKQ.safety.__PAGE__.txt',
  '_next/static/chunks/a1b2c3.js',
  '_next/static/build-id/_buildManifest.js',
];

const frameAncestors = "; frame-ancestors 'none'";
const forPage = (file: string) => ({
  ...siteWide,
  'Content-Security-Policy': `${pages[file]}${frameAncestors}`,
  'Cache-Control': 'no-store',
});

let root: string;
let out: string;
let nginxFile: string;
let plan: PlannedFile[];

function makeExport(dir: string) {
  for (const [file, meta] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), page(meta));
  }
  for (const file of others) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `// ${file}`);
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'headers-'));
  out = join(root, 'out');
  nginxFile = join(root, 'deploy', 'nginx-headers.conf');
  makeExport(out);
  plan = writeHeaders(out, nginxFile);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const readHeadersFile = () => parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'));
const readNginx = () => parseNginx(readFileSync(nginxFile, 'utf8'));

describe('the headers for the hosts, from one plan', () => {
  it('plans every file of the export but the two it writes', () => {
    expect(plan.map((f) => f.file).sort()).toEqual([...Object.keys(pages), ...others].sort());
  });

  it('_headers, serve.json and the nginx snippet agree with each other at every address of every file, and for an unknown one', async () => {
    expect(await disagreements(out, nginxFile)).toEqual([]);
  });

  it("gives every page, in all three, its own meta policy plus frame-ancestors 'none', no-store and the site-wide headers", async () => {
    const rules = readHeadersFile();
    const nginx = readNginx();
    const served = await askServe(out, ['/', '/safety/', '/fr/securite/', '/odd!(x)/']);
    for (const [file, url] of [
      ['index.html', '/'],
      ['safety/index.html', '/safety/'],
      ['fr/securite/index.html', '/fr/securite/'],
      ['odd!(x)/index.html', '/odd!(x)/'],
    ]) {
      expect(served[url], `serve ${url}`).toEqual({ status: 200, headers: forPage(file) });
      expect(askHeadersFile(rules, url), `_headers ${url}`).toEqual({ headers: forPage(file), twice: [] });
      expect(askHeadersFile(rules, `/${file}`), `_headers /${file}`).toEqual({ headers: forPage(file), twice: [] });
      expect(askNginx(nginx, out, url), `nginx ${url}`).toEqual({ status: 200, headers: forPage(file) });
    }
  });

  it('caches hashed assets for a year as immutable, and stores nothing else (the .txt payloads included)', async () => {
    const chunk = '/_next/static/chunks/a1b2c3.js';
    const payload = '/safety/__next.!KGVuKQ.safety.__PAGE__.txt';
    const served = await askServe(out, [chunk, payload]);
    const asset = { ...siteWide, 'Cache-Control': 'public, max-age=31536000, immutable' };
    const other = { ...siteWide, 'Cache-Control': 'no-store' };
    expect(served[chunk].headers).toEqual(asset);
    expect(served[payload].headers).toEqual(other);
    expect(askHeadersFile(readHeadersFile(), chunk).headers).toEqual(asset);
    expect(askNginx(readNginx(), out, payload).headers).toEqual(other);
  });

  it('answers an unknown address with the 404 page, status 404, and its headers (serve, nginx); a _headers host only with the site-wide ones', async () => {
    const served = await askServe(out, [unknownAddress, '/_next/static/']);
    expect(served[unknownAddress]).toEqual({ status: 404, headers: forPage('404.html') });
    // A folder with no page is no directory listing: it is an unknown address too.
    expect(served['/_next/static/']).toEqual({ status: 404, headers: forPage('404.html') });
    expect(askNginx(readNginx(), out, unknownAddress)).toEqual({ status: 404, headers: forPage('404.html') });
    expect(askNginx(readNginx(), out, '/_next/static/')).toEqual({ status: 404, headers: forPage('404.html') });
    expect(askHeadersFile(readHeadersFile(), unknownAddress).headers).toEqual(siteWide);
  });
});

describe('the check that the three agree', () => {
  /** Write the three again, change one file with `edit`, and return the disagreements the check finds. */
  async function afterEditing(file: string, edit: (text: string) => string) {
    writeHeaders(out, nginxFile);
    const path = file === 'nginx' ? nginxFile : join(out, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    try {
      return await disagreements(out, nginxFile);
    } finally {
      writeHeaders(out, nginxFile);
    }
  }

  it('finds a header two _headers rules set for one address (Cloudflare Pages would join the two values)', async () => {
    const problems = await afterEditing('_headers', (text) =>
      text.replace('/*\n', "/*\n  Content-Security-Policy: frame-ancestors 'none'\n"),
    );
    expect(problems.some((p) => p.includes('/safety/: Content-Security-Policy set by more than one rule'))).toBe(true);
  });

  it('finds a page whose policy is missing from serve.json', async () => {
    const problems = await afterEditing('serve.json', (text) => {
      const config = JSON.parse(text) as ReturnType<typeof serveJson>;
      config.headers = config.headers.filter((entry) => entry.source !== 'safety/index.html');
      return JSON.stringify(config);
    });
    expect(problems).toEqual([expect.stringMatching(/^serve \/safety\/: /)]);
  });

  it('finds a page the nginx snippet gives no location', async () => {
    const problems = await afterEditing('nginx', (text) =>
      text.replace(/location = "\/fr\/securite\/index.html" \{[^}]*\}/, ''),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^nginx \/fr\/securite\/: /),
      expect.stringMatching(/^nginx \/fr\/securite\/index.html: /),
    ]);
  });

  it('finds a serve.json that serve itself would refuse to start with', async () => {
    await expect(
      afterEditing('serve.json', (text) => text.replace('"directoryListing"', '"directoryListings"')),
    ).rejects.toThrow(/serve's schema/);
  });
});

describe('what the build refuses', () => {
  it('a page without its meta policy: postbuild writes it first, and there would be no policy to send', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-nometa-'));
    try {
      makeExport(dir);
      writeFileSync(join(dir, 'safety/index.html'), '<!DOCTYPE html><html><head><meta charSet="utf-8"/></head></html>');
      expect(() => planHeaders(dir)).toThrow(/safety\/index.html has no CSP meta tag/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('more rules than Cloudflare Pages reads, or more entries than serve accepts', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...plan.find((f) => f.file === 'safety/index.html')!,
      file: `p${i}/index.html`,
      urls: [`/p${i}/`, `/p${i}/index.html`],
    }));
    expect(() => headersFile(many)).toThrow(/Cloudflare Pages reads at most 100/);
    expect(() => serveJson(many)).toThrow(/serve accepts at most 50/);
  });
});
