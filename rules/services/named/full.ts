import type { NamedContactCard, NamedServiceCard, NamedServiceInput } from '../named.schema';
import { namedServicesData } from './index';
import { namedChecked, namedProvenance, type NamedProvenance } from './provenance';

/** How provenance.ts names a contact: its number, `sms:`/`tty:`/`mailto:`/`chat:` forms, URL or street address. */
export function contactKey(contact: NamedContactCard): string {
  switch (contact.kind) {
    case 'phone':
      return contact.ext ? `${contact.number} x${contact.ext}` : contact.number;
    case 'text':
      return `sms:${contact.number}`;
    case 'tty':
      return `tty:${contact.number ?? contact.label.en}`;
    case 'email':
      return `mailto:${contact.address}`;
    case 'address':
      return contact.address;
    case 'chat':
      return `chat:${contact.url}`;
    default:
      return contact.url;
  }
}

/**
 * The named entries with their provenance put back: each contact's source and day checked, the entry's own
 * sources and day checked. A contact with no source in `provenance` comes out without one, so the schema check
 * fails on it; `unmatched` lists the provenance that names no entry or no contact, for the same check.
 */
export function withProvenance(
  cards: readonly NamedServiceCard[],
  provenance: Readonly<Record<string, NamedProvenance>>,
): { entries: NamedServiceInput[]; unmatched: string[] } {
  const unmatched: string[] = Object.keys(provenance)
    .filter((id) => !cards.some((card) => card.id === id))
    .map((id) => `${id}: provenance for no entry`);
  const entries = cards.map((card) => {
    const record = provenance[card.id];
    const checked = record?.checked ?? namedChecked;
    const keys = card.contacts.map(contactKey);
    for (const key of Object.keys(record?.contacts ?? {})) {
      if (!keys.includes(key)) unmatched.push(`${card.id}: a source for "${key}", which is no contact of it`);
    }
    const contacts = card.contacts.map((contact, i) => {
      const found = record?.contacts[keys[i]!];
      const { source, checked: contactChecked } =
        typeof found === 'string' ? { source: found, checked } : (found ?? { source: undefined, checked });
      return { ...contact, source, checked: contactChecked };
    });
    return { ...card, contacts, checked, ...(record?.sources ? { sources: record.sources } : {}) } as NamedServiceInput;
  });
  return { entries, unmatched };
}

/** Every named entry with its provenance: for the build-time check, the tests and `npm run stale`, not the browser. */
export const namedServicesFull: NamedServiceInput[] = withProvenance(namedServicesData, namedProvenance).entries;

/** Every page behind a named entry, each once: its contacts' sources, then its own. A card can list them. */
export function sourcesOf(id: string): string[] {
  const record = namedProvenance[id];
  if (!record) return [];
  const contactSources = Object.values(record.contacts).map((found) =>
    typeof found === 'string' ? found : found.source,
  );
  return [...new Set([...contactSources, ...(record.sources ?? [])])];
}
