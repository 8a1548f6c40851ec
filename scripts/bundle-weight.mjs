/**
 * What an exported page loads first, and how many bytes that is gzipped: the HTML itself (its inline scripts
 * included), the JavaScript of its `<script src>` tags and the CSS of its `<link rel="stylesheet">` tags. Scripts
 * marked `noModule` are left out: browsers that run modules (every browser the site supports) never fetch them.
 *
 * Used by `scripts/bench.mjs` (every page of the app and of a bare Next.js page) and by
 * `scripts/check-bundle-budget.mjs` (the wizard pages, against `scripts/bench-baseline.json`), so both count the
 * same way. Gzip at zlib's default level 6, which is what `serve` (the `compression` middleware) sends.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipLevel = 6;

/** Gzipped length of a buffer or string. */
export const gzipBytes = (content) => gzipSync(content, { level: gzipLevel }).length;

/** Every `.html` file under `dir`, as paths relative to it, sorted. */
export function htmlPages(dir) {
  const pages = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return pages.sort();
}

/** The URL path a page file is served at: `index.html` → `/`, `fr/index.html` → `/fr/`, `404.html` → `/404.html`. */
export const routeOf = (page) =>
  page === 'index.html' ? '/' : page.endsWith('/index.html') ? `/${page.slice(0, -'index.html'.length)}` : `/${page}`;

const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];

/** The first-load assets an HTML page names: module scripts and stylesheets, each once, in document order. */
export function assetsOf(html) {
  const scripts = [];
  const styles = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && !/\snoModule\b/i.test(tag) && !scripts.includes(src)) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href && /\srel="stylesheet"/i.test(tag) && !styles.includes(href)) styles.push(href);
  }
  return { scripts, styles };
}

const fileOf = (dir, url) => join(dir, decodeURIComponent(url.split(/[?#]/)[0]));

/**
 * The gzipped first-load bytes of one page of an exported site in `dir`: `{ route, html, js, css, total, files }`.
 * Throws when the page names a file that is not in the export.
 */
export function pageWeight(dir, page) {
  const html = readFileSync(join(dir, page));
  const { scripts, styles } = assetsOf(html.toString('utf8'));
  const files = [];
  const sum = (urls, kind) =>
    urls.reduce((total, url) => {
      const file = fileOf(dir, url);
      if (!existsSync(file)) throw new Error(`${page} names ${url}, which is not in ${dir}/`);
      const bytes = gzipBytes(readFileSync(file));
      files.push({ kind, url, bytes });
      return total + bytes;
    }, 0);
  const htmlBytes = gzipBytes(html);
  const js = sum(scripts, 'js');
  const css = sum(styles, 'css');
  return {
    route: routeOf(page),
    page,
    html: htmlBytes,
    js,
    css,
    total: htmlBytes + js + css,
    requests: 1 + files.length,
    files,
  };
}

/** `pageWeight` for every page of an export. */
export const siteWeights = (dir) => htmlPages(dir).map((page) => pageWeight(dir, page));

/** Bytes as kB with one decimal (1 kB = 1,000 bytes, as gzip figures are usually quoted). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
