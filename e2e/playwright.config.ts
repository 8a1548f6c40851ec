import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * Playwright runs against the exported static site (`out/`), served as `npm start` serves it (`scripts/serve.sh`:
 * `serve`, with compression and the response headers the build wrote), in Debian's Chromium with the benchmark's
 * flags (scripts/chromium.mjs; CHROMIUM_PATH overrides the browser).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // Full journeys on a shared, sometimes heavily loaded machine: 120 s a test, not Playwright's 30 s. A spec that
  // needs more says so with `test.describe.configure`.
  timeout: 120_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The way `npm start` serves: `serve` with the response headers the build wrote into the export's serve.json.
    // E2E_OUT_DIR serves another copy of the export (e.g. to test while a new build is being written).
    command: `sh ../scripts/serve.sh ${process.env.E2E_OUT_DIR ?? '../out'} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
