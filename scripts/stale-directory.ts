/**
 * Lists directory entries (services and regions) whose `checked` date is more than 12 months old, so that
 * someone calls those numbers and opens those links again. Prints a report; exits 0 (a report, not a gate).
 * Usage: npm run stale [-- --today=YYYY-MM-DD]
 */
import { regions, services } from '../rules';

const todayArg = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
const today = todayArg ? new Date(`${todayArg}T00:00:00Z`) : new Date();
const limit = new Date(today);
limit.setUTCFullYear(limit.getUTCFullYear() - 1);

type Entry = { kind: 'service' | 'region'; id: string; checked: string; sources: readonly string[] };
const entries: Entry[] = [
  ...services.map((s) => ({ kind: 'service' as const, id: s.id, checked: s.checked, sources: s.sources })),
  ...regions.map((r) => ({ kind: 'region' as const, id: r.id, checked: r.checked, sources: r.sources })),
];

const stale = entries.filter((e) => new Date(`${e.checked}T00:00:00Z`) < limit).sort((a, b) => a.checked.localeCompare(b.checked));
const newest = entries.reduce((d, e) => (e.checked > d ? e.checked : d), '');
const oldest = entries.reduce((d, e) => (e.checked < d ? e.checked : d), '9999-12-31');

console.log(`Directory freshness on ${today.toISOString().slice(0, 10)} (stale = checked before ${limit.toISOString().slice(0, 10)})`);
console.log(`  ${services.length} services, ${regions.length} regions; checked between ${oldest} and ${newest}`);
if (stale.length === 0) {
  console.log('  No entry is older than 12 months.');
} else {
  console.log(`  ${stale.length} entries older than 12 months:`);
  for (const e of stale) console.log(`  - ${e.kind} ${e.id}: checked ${e.checked}; re-check ${e.sources[0]}`);
}
