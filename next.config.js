/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: `next build` writes `out/`, which any static host serves. There is no server code.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) as its own step; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    rules: {
      // The directory's named entries (rules/services/named/*.json) ship with the wizard's first load: as modules
      // they are minified and bundled like code, not wrapped in `JSON.parse('…')` (scripts/json-module-loader.cjs).
      '*.json': {
        condition: { path: /rules\/services\/named\/[^/]+\.json$/ },
        loaders: [require.resolve('./scripts/json-module-loader.cjs')],
        as: '*.js',
      },
    },
  },
  experimental: {
    // The stylesheet goes into each page's <head> as a <style> (hashed into the page's CSP by scripts/postbuild.mjs):
    // no render-blocking request before the first question can paint on a slow connection (issue 7).
    inlineCss: true,
  },
};

module.exports = nextConfig;
