import { describe, expect, it } from 'vitest';
import { checkDirectory } from './check-directory';
import { regionsData } from './regions/regions.data';
import { namedServicesData } from './services/named';
import { servicesData } from './services/services.data';

const source = 'https://www.ontario.ca/page/anti-human-trafficking-services-and-supports';
const provenance = { source, checked: '2026-12-06', confidence: 'high' };

describe('checkDirectory (run by every build)', () => {
  it('passes the directory and the areas as they are', () => {
    expect(() => checkDirectory()).not.toThrow();
  });

  const phone = { kind: 'phone', number: '1-833-900-1010', ...provenance };
  it.each([
    ['a phone number written another way', { contacts: [{ ...phone, number: '(833) 900-1010' }] }],
    ['a contact without its source page', { contacts: [{ ...phone, source: undefined }] }],
    ['a contact without the day it was checked', { contacts: [{ ...phone, checked: undefined }] }],
    ['a contact below medium confidence', { contacts: [{ ...phone, confidence: 'low' }] }],
    ['an entry marked high that holds a medium-confidence contact', { contacts: [{ ...phone, confidence: 'medium' }] }],
    ['a date that is not YYYY-MM-DD', { checked: '28/11/2026' }],
    ['a French text left empty', { offers: { en: 'Help.', fr: '' } }],
  ])('fails the build on a category with %s', (_what, change) => {
    // The same entry with only the valid form of the change passes, so each case fails for its own reason.
    const valid = { ...servicesData[1], contacts: [phone], confidence: 'high' };
    expect(() => checkDirectory([valid, ...servicesData.slice(2)], regionsData)).not.toThrow();
    expect(() => checkDirectory([{ ...valid, ...change }, ...servicesData.slice(2)], regionsData)).toThrow();
  });

  const entry = {
    id: 'test-entry',
    kind: 'support',
    name: 'Test line',
    desc: { en: 'A line.', fr: 'Une ligne.' },
    areas: ['toronto'],
    needs: ['counselling'],
    contacts: [phone],
    checked: '2026-12-06',
    confidence: 'high',
  };
  it.each([
    ['a contact below medium confidence', { contacts: [{ ...phone, confidence: 'low' }] }],
    ['a contact without its source page', { contacts: [{ ...phone, source: undefined }] }],
    ['a contact with a malformed phone number', { contacts: [{ ...phone, number: '1 833 900 1010' }] }],
    ['a text number written another way', { contacts: [{ kind: 'text', number: 'TEXT 686868', ...provenance }] }],
    ['an unknown area id', { areas: ['atlantis'] }],
    ['an unknown need id', { needs: ['a-pony'] }],
    ['an unknown audience', { audience: ['everyone-but-you'] }],
    ['an entry marked high that holds a medium-confidence contact', { contacts: [{ ...phone, confidence: 'medium' }] }],
    ['no contact at all', { contacts: [] }],
    ['only an email address to reach it by', { contacts: [{ kind: 'email', address: 'help@example.org', ...provenance }] }],
    ['no area', { areas: [] }],
    ['an id already in use', { id: namedServicesData[0].id }],
    ['an id that is not kebab-case', { id: 'Test Entry' }],
    ['ages the wrong way round', { minAge: 25, maxAge: 16 }],
  ])('fails the build on a named entry with %s', (_what, change) => {
    expect(() => checkDirectory(servicesData, regionsData, [...namedServicesData, entry])).not.toThrow();
    expect(() => checkDirectory(servicesData, regionsData, [...namedServicesData, { ...entry, ...change }])).toThrow();
  });

  it('fails the build on an area whose id is not one of the 47', () => {
    expect(() => checkDirectory(servicesData, [{ ...regionsData[0], id: 'atlantis' }])).toThrow();
  });
});
