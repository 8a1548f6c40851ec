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
};

module.exports = nextConfig;
