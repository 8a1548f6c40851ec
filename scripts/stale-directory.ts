/**
 * Lists what in the directory was last checked more than 12 months ago, so that someone calls those numbers and
 * opens those links again: the 23 categories, the named entries (with their provenance: rules/services/named/) and
 * the 47 areas, each entry and each contact by its own date. Prints a report; exits 0 (a report, not a gate).
 * Usage: npm run stale [-- --today=YYYY-MM-DD]
 */
import { regions, services } from '../rules';
import { namedServicesFull } from '../rules/services/named/full';

const todayArg = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
const today = todayArg ? new Date(`${todayArg}T00:00:00Z`) : new Date();
const limit = new Date(today);
limit.setUTCFullYear(limit.getUTCFullYear() - 1);

type Contact = { kind: string; checked: string; source: string } & Partial<
  Record<'number' | 'url' | 'address', string>
>;
type Entry = {
  kind: 'service' | 'named' | 'region';
  id: string;
  checked: string;
  sources: readonly string[];
  contacts: readonly Contact[];
};
const entries: Entry[] = [
  ...services.map((s) => ({
    kind: 'service' as const,
    id: s.id,
    checked: s.checked,
    sources: s.sources,
    contacts: s.contacts,
  })),
  ...namedServicesFull.map((n) => ({
    kind: 'named' as const,
    id: n.id,
    checked: n.checked,
    sources: [...n.contacts.map((c) => c.source), ...(n.sources ?? [])],
    contacts: n.contacts,
  })),
  ...regions.map((r) => ({ kind: 'region' as const, id: r.id, checked: r.checked, sources: r.sources, contacts: [] })),
];

const isStale = (checked: string) => new Date(`${checked}T00:00:00Z`) < limit;
const stale = entries.filter((e) => isStale(e.checked)).sort((a, b) => a.checked.localeCompare(b.checked));
const staleContacts = entries.flatMap((e) =>
  isStale(e.checked) ? [] : e.contacts.filter((c) => isStale(c.checked)).map((c) => ({ entry: e, contact: c })),
);
const dates = entries.flatMap((e) => [e.checked, ...e.contacts.map((c) => c.checked)]);
const newest = dates.reduce((d, e) => (e > d ? e : d), '');
const oldest = dates.reduce((d, e) => (e < d ? e : d), '9999-12-31');
const contactCount = entries.reduce((n, e) => n + e.contacts.length, 0);

console.log(
  `Directory freshness on ${today.toISOString().slice(0, 10)} (stale = checked before ${limit.toISOString().slice(0, 10)})`,
);
console.log(
  `  ${services.length} services, ${namedServicesFull.length} named entries, ${regions.length} regions, ${contactCount} contacts; checked between ${oldest} and ${newest}`,
);
if (stale.length === 0 && staleContacts.length === 0) {
  console.log('  No entry or contact is older than 12 months.');
} else {
  if (stale.length > 0) console.log(`  ${stale.length} entries older than 12 months:`);
  for (const e of stale)
    console.log(
      `  - ${e.kind} ${e.id}: checked ${e.checked}; re-check ${e.sources[0]} and its ${e.contacts.length} contacts`,
    );
  if (staleContacts.length > 0)
    console.log(`  ${staleContacts.length} contacts older than 12 months in newer entries:`);
  for (const { entry, contact } of staleContacts) {
    console.log(
      `  - ${entry.kind} ${entry.id}, ${contact.kind} ${contact.number ?? contact.url ?? contact.address ?? ''}: checked ${contact.checked}; re-check ${contact.source}`,
    );
  }
}
