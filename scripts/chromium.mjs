/**
 * The browser the end-to-end tests (e2e/playwright.config.ts) and the benchmark (scripts/bench/) run: Debian's
 * Chromium, since browsers cannot be downloaded on these machines (CHROMIUM_PATH overrides it), with the same flags.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** As Playwright takes them: the config's `launchOptions`, and `chromium.launch`. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumFlags };
