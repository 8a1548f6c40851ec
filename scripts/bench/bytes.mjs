/**
 * The bytes of the benchmark (step 1): the gzipped first-load bytes of every exported page of the app and of the bare
 * Next.js pages (counted by ../bundle-weight.mjs, as scripts/check-bundle-budget.mjs counts them), and the ratios
 * the budgets are set on.
 */
import { kB, siteWeights } from '../bundle-weight.mjs';
import { bareOut, round } from './common.mjs';

/** Weigh the app's export in `appOut` and the bare export: every page, the wizard pages, the bare page, the floor. */
export function weighSites(appOut) {
  const app = siteWeights(appOut);
  const bare = siteWeights(bareOut);
  const byRoute = (site, route) => site.find((p) => p.route === route);
  const bareHome = byRoute(bare, '/');
  const wizard = byRoute(app, '/');
  const wizardFr = byRoute(app, '/fr/');
  if (!bareHome || !wizard) throw new Error('the wizard page or the bare page is missing from the export');
  const ratio = round(wizard.total / bareHome.total, 3);
  const ratioFr = wizardFr ? round(wizardFr.total / bareHome.total, 3) : null;
  const stackFloor = bare.find((p) => p.page === 'floor.html' || p.page === 'floor/index.html');
  if (!stackFloor) throw new Error('the stack-floor page is missing from the bare export');
  const floorRatio = round(stackFloor.total / bareHome.total, 3);
  return { app, bare, wizard, wizardFr, bareHome, stackFloor, ratio, ratioFr, floorRatio };
}

/** The `--bytes-only` table: the wizard pages against the stack floor and the bare page. */
export function bytesOnlyRows({ wizard, wizardFr, stackFloor, bareHome, ratio }) {
  return [
    ['first-load bytes (gzip 6)', 'total', 'html + js + css'],
    ...[wizard, wizardFr, stackFloor, bareHome]
      .filter(Boolean)
      .map((p) => [
        `${p === stackFloor ? 'stack floor' : p === bareHome ? 'bare Next page' : `wizard ${p.route}`}`,
        kB(p.total),
        `${kB(p.html)} + ${kB(p.js)} + ${kB(p.css)}`,
      ]),
    ['wizard ÷ stack floor', `${round(wizard.total / stackFloor.total, 3).toFixed(3)}×`, 'the budget: at most 1.46×'],
    ['wizard ÷ bare page', `${ratio.toFixed(2)}×`, ''],
  ];
}
