import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { serviceIds, serviceSchema, type ServiceInput } from './service.schema';
import { servicesData } from './services.data';
import { getService, mainPhone, services } from './index';
import { allReferenceText, phoneDigits, phonePattern, referenceDir } from './research.testing';

/** The research file every fact of the 23 categories must come from. */
const factsPath = path.join(referenceDir, 'service-facts.md');

/** Every text of an entry (both languages of every localized field and every contact label). */
function textsOf(entry: ServiceInput): string[] {
  const localized = [entry.name, entry.offers, entry.expect, entry.serves, entry.hours, entry.languages];
  const labels = entry.contacts.map((contact) => contact.label);
  return [...localized, ...labels].flatMap((text) => (text ? [text.en, text.fr] : []));
}

/** Every French text of an entry. */
function frenchTextsOf(entry: ServiceInput): string[] {
  const localized = [entry.name, entry.offers, entry.expect, entry.serves, entry.hours, entry.languages];
  const labels = entry.contacts.map((contact) => contact.label);
  return [...localized, ...labels].flatMap((text) => (text ? [text.fr] : []));
}

/** Every phone number in the directory: contact numbers, plus any number written in a text. */
const directoryPhones: { id: string; number: string }[] = servicesData.flatMap((entry) => [
  ...entry.contacts.flatMap((contact) =>
    (contact.kind === 'phone' || contact.kind === 'tty') && contact.number
      ? [{ id: entry.id, number: contact.number }]
      : [],
  ),
  ...textsOf(entry).flatMap((text) => (text.match(phonePattern) ?? []).map((number) => ({ id: entry.id, number }))),
]);

/** Every URL in the directory: contact URLs, contact sources and entry sources. */
const directoryUrls: { id: string; url: string }[] = servicesData.flatMap((entry) => [
  ...entry.sources.map((url) => ({ id: entry.id, url })),
  ...entry.contacts.flatMap((contact) => [
    { id: entry.id, url: contact.source },
    ...(contact.kind === 'web' || contact.kind === 'chat' ? [{ id: entry.id, url: contact.url }] : []),
  ]),
]);

describe('service directory', () => {
  it('parses against the service schema', () => {
    expect(z.array(serviceSchema).safeParse(servicesData).success).toBe(true);
  });

  it.each(servicesData.map((entry) => [entry.id, entry] as const))('parses the entry for %s', (_id, entry) => {
    const result = serviceSchema.safeParse(entry);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has exactly one entry per service id, in the order of serviceIds', () => {
    expect(servicesData.map((entry) => entry.id)).toEqual([...serviceIds]);
    expect(services).toHaveLength(serviceIds.length);
    expect(services.map((service) => service.id)).toEqual([...serviceIds]);
    expect(new Set(services.map((service) => service.id)).size).toBe(serviceIds.length);
  });

  it('finds every service id with getService', () => {
    for (const id of serviceIds) expect(getService(id).id).toBe(id);
  });

  it.each(servicesData.map((entry) => [entry.id, entry] as const))(
    'gives %s at least one source and a real checked date',
    (_id, entry) => {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A real calendar day: 2026-02-30 would roll over and fail this round trip.
      expect(new Date(`${entry.checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(entry.checked);
    },
  );

  it('lists the source of every contact among the entry sources', () => {
    const missing = servicesData.flatMap((entry) =>
      entry.contacts
        .filter((contact) => !entry.sources.includes(contact.source))
        .map((c) => `${entry.id}: ${c.source}`),
    );
    expect(missing).toEqual([]);
  });

  it('never lists the outdated Ontario helpline 1-833-999-9211', () => {
    expect(directoryPhones.length).toBeGreaterThan(0);
    expect(directoryPhones.filter(({ number }) => phoneDigits(number) === '8339999211')).toEqual([]);
    expect(JSON.stringify(servicesData)).not.toMatch(/833\D{0,3}999\D{0,3}9211/);
  });

  it('keeps other outdated facts out (old Victim Support Line hours and languages, VQRP+ dollar caps)', () => {
    const texts = servicesData.flatMap(textsOf).join('\n');
    expect(texts).not.toMatch(/14 (languages|langues)/i);
    expect(texts).not.toMatch(/\b8\s*a\.?m\.?\s*(–|-|to)\s*10\s*p\.?m/i);
    expect(texts).not.toMatch(/\$\s*\d|\d\s*\$/);
  });

  it('uses only http or https URLs', () => {
    expect(directoryUrls.length).toBeGreaterThan(0);
    expect(directoryUrls.filter(({ url }) => !/^https?:\/\//.test(url))).toEqual([]);
  });

  it('writes French the way ontario.ca does', () => {
    const french = servicesData.flatMap(frenchTextsOf);
    // « Trafic des personnes » is smuggling, not trafficking.
    expect(french.filter((text) => /trafic des personnes/i.test(text))).toEqual([]);
    expect(french.filter((text) => text.includes('24/7'))).toEqual([]);
    // Doublets or « personnes survivantes », never the point médian.
    expect(french.filter((text) => text.includes('·'))).toEqual([]);
  });

  it('gives 911 and the hotline a main phone number, the one every screen shows', () => {
    expect(mainPhone('emergency-911')).toBe('911');
    expect(mainPhone('human-trafficking-hotline')).toBe('1-833-900-1010');
    expect(() => mainPhone('foundational-training')).toThrow(/no phone number/);
  });

  it('marks region-only contacts with a region and the province-wide lines without one', () => {
    const toronto = getService('care-unit-toronto').contacts;
    const durham = getService('care-unit-durham').contacts;
    expect(toronto.every((contact) => 'region' in contact && contact.region === 'toronto')).toBe(true);
    expect(durham.every((contact) => 'region' in contact && contact.region === 'durham')).toBe(true);
    const hotline = getService('human-trafficking-hotline').contacts;
    expect(hotline.some((contact) => 'region' in contact && contact.region !== undefined)).toBe(false);
  });
});

describe.runIf(existsSync(factsPath))('service directory against shared/reference/service-facts.md', () => {
  const facts = existsSync(factsPath) ? readFileSync(factsPath, 'utf8') : '';
  const factsLower = facts.toLowerCase();
  const factPhones = new Set((facts.match(phonePattern) ?? []).map(phoneDigits));

  it('finds numbers in the research file to compare with', () => {
    expect(factPhones.size).toBeGreaterThan(10);
    expect(factPhones.has('8339001010')).toBe(true);
  });

  it('takes every phone number from the research file', () => {
    const unknown = directoryPhones.filter(({ number }) =>
      number === '911' ? !/\b911\b/.test(facts) : !factPhones.has(phoneDigits(number)),
    );
    expect(unknown).toEqual([]);
  });

  it('takes every contact and source URL from a host the research files name', () => {
    // The OPP's number is in service-facts.md; the page behind it is cited in local-organizations.md.
    const research = allReferenceText.toLowerCase();
    const unknown = directoryUrls.filter(({ url }) => {
      const host = new URL(url).hostname.toLowerCase();
      return !research.includes(host) && !research.includes(host.replace(/^www\./, ''));
    });
    expect(unknown).toEqual([]);
  });

  it('takes every email address from the research file', () => {
    const addresses = servicesData.flatMap((entry) =>
      entry.contacts.flatMap((contact) => (contact.kind === 'email' ? [contact.address] : [])),
    );
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !factsLower.includes(address.toLowerCase()))).toEqual([]);
  });
});
