/** Step 2 of the benchmark: Lighthouse (mobile preset) on a served page, `--runs` times, with the medians. */
import { cpus, loadavg } from 'node:os';
import { chromiumFlags, chromiumPath, lighthouseRuns, log, median, round, waitForQuiet } from './common.mjs';

/**
 * `applied`: Lighthouse's own "devtools" throttling, which slows the real connection and CPU while the page loads,
 * in place of its default simulation from an unthrottled load (a cross-check; the budgets use the default).
 */
export async function runLighthouse(url, origin, label, { applied = false } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs = [];
  for (let i = 1; i <= lighthouseRuns; i++) {
    await waitForQuiet();
    log(
      `Lighthouse run ${i} of ${lighthouseRuns} on the ${label} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`,
    );
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumFlags],
    });
    try {
      // No config: Lighthouse's default is the mobile preset with simulated throttling (Slow 4G, 4× CPU).
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        ...(applied ? { throttlingMethod: 'devtools' } : {}),
      });
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const audit = (id) => lhr.audits[id];
      const requests = audit('network-requests').details?.items ?? [];
      const failing = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id].score})`),
      );
      runs.push({
        performance: round(lhr.categories.performance.score * 100),
        accessibility: round(lhr.categories.accessibility.score * 100),
        bestPractices: round(lhr.categories['best-practices'].score * 100),
        seo: round(lhr.categories.seo.score * 100),
        fcpMs: round(audit('first-contentful-paint').numericValue),
        lcpMs: round(audit('largest-contentful-paint').numericValue),
        tbtMs: round(audit('total-blocking-time').numericValue),
        cls: round(audit('cumulative-layout-shift').numericValue, 3),
        speedIndexMs: round(audit('speed-index').numericValue),
        requests: requests.length,
        webFonts: requests.filter((r) => r.resourceType === 'Font').length,
        thirdParty: requests.filter((r) => !String(r.url).startsWith(origin) && !String(r.url).startsWith('data:'))
          .length,
        transferBytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
        requestUrls: requests.map((r) => String(r.url).replace(origin, '')),
        benchmarkIndex: round(lhr.environment?.benchmarkIndex ?? 0),
        loadAverage: round(loadavg()[0], 1),
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment?.hostUserAgent,
        notPerfect: failing,
      });
    } finally {
      await chrome.kill();
    }
  }
  const keys = [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'fcpMs',
    'lcpMs',
    'tbtMs',
    'cls',
    'speedIndexMs',
    'requests',
    'webFonts',
    'thirdParty',
    'transferBytes',
    'benchmarkIndex',
    'loadAverage',
  ];
  return { runs, median: Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) };
}
