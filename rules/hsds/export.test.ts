import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHsds } from '../../scripts/write-hsds';
import { locales, type Locale } from '../locale';
import { services } from '../services';
import { namedServicesFull } from '../services/named/full';
import { hsdsId, uuidV5 } from './export';
import { hsdsFiles, hsdsPath, type HsdsFile } from './files';
import { hsdsFileSchemas, hsdsPublisher, metadataSchema, serviceSchema, type Hsds } from './schema';

/**
 * The open data as the build writes it (scripts/write-hsds.ts, into a temporary folder here): every file valid
 * against the HSDS 3.0 objects it holds (rules/hsds/schema.ts), every service of the app in it and nothing else,
 * every contact of the directory in it with its own source and date, and nothing about a person.
 */

let dir: string;
const files = {} as Record<Locale, { organizations: Hsds['organization'][]; services: Hsds['service'][] }>;
const raw = {} as Record<Locale, Record<HsdsFile, unknown>>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hsds-'));
  writeHsds(dir);
  for (const locale of locales) {
    raw[locale] = {} as Record<HsdsFile, unknown>;
    for (const file of hsdsFiles)
      raw[locale][file] = JSON.parse(readFileSync(join(dir, hsdsPath(locale, file)), 'utf8'));
    files[locale] = {
      organizations: hsdsFileSchemas.organizations.parse(raw[locale].organizations),
      services: hsdsFileSchemas.services.parse(raw[locale].services),
    };
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every value of a JSON tree, with its key and path. */
function* walk(value: unknown, path = ''): Generator<{ path: string; key: string; value: unknown }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      yield { path: `${path}.${key}`, key, value: child };
      yield* walk(child, `${path}.${key}`);
    }
  }
}

describe('uuidV5', () => {
  it('gives the RFC’s name-based UUIDs (Python’s documented example)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});

describe.each(locales)('the open data in %s', (locale) => {
  it('parses against the HSDS 3.0 schema of each file', () => {
    for (const file of hsdsFiles) expect(() => hsdsFileSchemas[file].parse(raw[locale][file])).not.toThrow();
  });

  it('holds every service of the app, once, and nothing else', () => {
    const expected = [...services.map((s) => s.id), ...namedServicesFull.map((e) => e.id)].map((id) =>
      hsdsId('service', id),
    );
    const ids = files[locale].services.map((s) => s.id);
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids)).toEqual(new Set(expected));
  });

  it('holds an organization for every named entry, and nothing else; each named service points to its own', () => {
    const expected = namedServicesFull.map((e) => hsdsId('organization', e.id));
    expect(files[locale].organizations.map((o) => o.id)).toEqual(expected);
    for (const entry of namedServicesFull) {
      const service = files[locale].services.find((s) => s.id === hsdsId('service', entry.id))!;
      expect(service.organization_id).toBe(hsdsId('organization', entry.id));
    }
    for (const service of services)
      expect(
        files[locale].services.find((s) => s.id === hsdsId('service', service.id))!.organization_id,
      ).toBeUndefined();
  });

  it('gives every record an id of its own in each file', () => {
    for (const file of hsdsFiles) {
      const ids = [...walk(raw[locale][file])].filter((v) => v.key === 'id').map((v) => v.value);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  it('has every phone, TTY and text number of the directory on its service, with the contact’s own source and day', () => {
    for (const entry of [...services, ...namedServicesFull]) {
      const service = files[locale].services.find((s) => s.id === hsdsId('service', entry.id))!;
      for (const contact of entry.contacts) {
        if (!('number' in contact) || !contact.number) continue;
        const phone = service.phones.find(
          (p) => p.number === contact.number && p.metadata[0]!.source === contact.source,
        );
        expect(phone, `${entry.id} ${contact.number}`).toBeDefined();
        expect(phone!.metadata[0]!.last_action_date).toBe(contact.checked);
        expect(phone!.metadata[0]!.confidence).toBe(contact.confidence);
      }
      // Nothing else: no number the directory does not hold for this entry.
      const numbers = entry.contacts.flatMap((c) => ('number' in c && c.number ? [c.number] : []));
      for (const phone of service.phones) expect(numbers, entry.id).toContain(phone.number);
    }
  });

  it('has every web, chat and email address of the directory on its service, and no other', () => {
    for (const entry of [...services, ...namedServicesFull]) {
      const service = files[locale].services.find((s) => s.id === hsdsId('service', entry.id))!;
      const urls = [service.url, ...service.additional_urls.map((u) => u.url)].filter(Boolean);
      const expected = entry.contacts.flatMap((c) => (c.kind === 'web' || c.kind === 'chat' ? [c.url] : []));
      expect([...urls].sort(), entry.id).toEqual([...expected].sort());
      const emails = entry.contacts.flatMap((c) => (c.kind === 'email' ? [c.address] : []));
      expect(service.email, entry.id).toBe(emails[0]);
    }
  });

  it('gives each service the day it was checked and the pages behind it', () => {
    for (const entry of [...services, ...namedServicesFull]) {
      const service = files[locale].services.find((s) => s.id === hsdsId('service', entry.id))!;
      expect(service.assured_date).toBe(entry.checked);
      const recordSources = service.metadata.filter((m) => m.field_name === 'service').map((m) => m.source);
      const expected = entry.sources?.length ? entry.sources : entry.contacts.map((c) => c.source);
      expect(recordSources, entry.id).toEqual([...expected]);
    }
  });

  it('keeps walk-in addresses as physical locations, on the organization and on its service', () => {
    const withAddress = namedServicesFull.filter((e) => e.contacts.some((c) => c.kind === 'address'));
    expect(withAddress.length).toBeGreaterThan(0);
    for (const entry of withAddress) {
      const organization = files[locale].organizations.find((o) => o.id === hsdsId('organization', entry.id))!;
      const service = files[locale].services.find((s) => s.id === hsdsId('service', entry.id))!;
      const addresses = entry.contacts.flatMap((c) => (c.kind === 'address' ? [c.address] : []));
      expect(organization.locations.map((l) => l.name)).toEqual(addresses);
      expect(service.service_at_locations.map((sal) => sal.location)).toEqual(organization.locations);
    }
  });

  it('holds nothing about a person', () => {
    const fields = new Set<string>();
    for (const file of hsdsFiles)
      for (const { key, value } of walk(raw[locale][file])) {
        fields.add(key);
        if (key === 'updated_by') expect(value).toBe(hsdsPublisher);
      }
    // HSDS's fields for people: a contact's name, title and department, an address's "attention", who assured a service.
    for (const personal of ['contacts', 'title', 'department', 'attention', 'assurer_email'])
      expect(fields).not.toContain(personal);
    // Every email address is one the directory holds for a service.
    const directoryEmails = [...services, ...namedServicesFull].flatMap((e) =>
      e.contacts.flatMap((c) => (c.kind === 'email' ? [c.address] : [])),
    );
    const text = JSON.stringify(raw[locale]);
    for (const email of text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) expect(directoryEmails).toContain(email);
  });

  it('uses the same ids in both languages', () => {
    const other = locale === 'en' ? 'fr' : 'en';
    const ids = (l: Locale) =>
      hsdsFiles.flatMap((file) => [...walk(raw[l][file])].filter((v) => v.key === 'id').map((v) => v.value));
    expect(ids(locale)).toEqual(ids(other));
  });
});

describe('the schema of the open data', () => {
  const service = () => structuredClone(files.en.services[0]!) as Record<string, unknown>;

  it('rejects a record with a field about a person, or a missing required field', () => {
    expect(
      serviceSchema.safeParse({ ...service(), contacts: [{ id: hsdsId('contact', 'x'), name: 'A. Person' }] }).success,
    ).toBe(false);
    expect(serviceSchema.safeParse({ ...service(), assurer_email: 'someone@example.org' }).success).toBe(false);
    const { status: _status, ...withoutStatus } = service();
    expect(serviceSchema.safeParse(withoutStatus).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service(), id: 'onwa' }).success).toBe(false);
  });

  it('rejects metadata written by a person', () => {
    const metadata = files.en.services[0]!.metadata[0]!;
    expect(metadataSchema.safeParse(metadata).success).toBe(true);
    expect(metadataSchema.safeParse({ ...metadata, updated_by: 'A. D. Ministrator' }).success).toBe(false);
  });
});
