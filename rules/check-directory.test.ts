import { describe, expect, it } from 'vitest';
import { checkDirectory } from './check-directory';
import { placesData } from './places/places.data';
import { placesIndex } from './places/places.index';
import { regionsData } from './regions/regions.data';
import { namedServicesData } from './services/named';
import { namedProvenance } from './services/named/provenance';
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
    expect(() => checkDirectory({ services: [valid, ...servicesData.slice(2)] })).not.toThrow();
    expect(() => checkDirectory({ services: [{ ...valid, ...change }, ...servicesData.slice(2)] })).toThrow();
  });

  const card = {
    id: 'test-entry',
    kind: 'support',
    name: 'Test line',
    desc: { en: 'A line.', fr: 'Une ligne.' },
    areas: ['toronto'],
    needs: ['counselling'],
    contacts: [{ kind: 'phone', number: '1-833-900-1010', confidence: 'high' }],
    confidence: 'high',
  };
  const sourced = (contacts: Record<string, string>, more: object = {}) => ({ 'test-entry': { contacts, ...more } });
  const cardSources = sourced({ '1-833-900-1010': source });
  it.each<[string, object, object?]>([
    ['a contact below medium confidence', { contacts: [{ ...card.contacts[0], confidence: 'low' }] }],
    ['a contact without its source page', {}, sourced({})],
    ['a source page that is not a URL', {}, sourced({ '1-833-900-1010': 'ontario.ca' })],
    ['a day checked that is not YYYY-MM-DD', {}, sourced({ '1-833-900-1010': source }, { checked: '28/11/2026' })],
    ['a source for a contact it does not have', {}, sourced({ '1-833-900-1010': source, '416-314-2447': source })],
    ['provenance for an entry that does not exist', {}, { ...cardSources, 'no-such-entry': { contacts: {} } }],
    [
      'a malformed phone number',
      { contacts: [{ ...card.contacts[0], number: '1 833 900 1010' }] },
      sourced({ '1 833 900 1010': source }),
    ],
    [
      'a text number written another way',
      { contacts: [{ kind: 'text', number: 'TEXT 686868', confidence: 'high' }] },
      sourced({ 'sms:TEXT 686868': source }),
    ],
    ['an unknown area id', { areas: ['atlantis'] }],
    ['an unknown need id', { needs: ['a-pony'] }],
    ['an unknown audience', { audience: ['everyone-but-you'] }],
    [
      'an entry marked high that holds a medium-confidence contact',
      { contacts: [{ ...card.contacts[0], confidence: 'medium' }] },
    ],
    ['no contact at all', { contacts: [] }, sourced({})],
    [
      'only an email address to reach it by',
      { contacts: [{ kind: 'email', address: 'help@example.org', confidence: 'high' }] },
      sourced({ 'mailto:help@example.org': source }),
    ],
    ['no area', { areas: [] }],
    ['an id that is not kebab-case', { id: 'Test Entry' }, { 'Test Entry': cardSources['test-entry'] }],
    ['ages the wrong way round', { minAge: 25, maxAge: 16 }],
  ])('fails the build on a named entry with %s', (_what, change, provenanceChange = cardSources) => {
    const check = (entry: object, provenance: object) =>
      checkDirectory({ named: [...namedServicesData, entry], provenance: { ...namedProvenance, ...provenance } });
    expect(() => check(card, cardSources)).not.toThrow();
    expect(() => check({ ...card, ...change }, provenanceChange)).toThrow();
  });

  it('fails the build on a named entry whose id is already in use', () => {
    expect(() => checkDirectory({ named: [...namedServicesData, namedServicesData[0]] })).toThrow(/used twice/);
  });

  it('fails the build on an area whose id is not one of the 47', () => {
    expect(() => checkDirectory({ regions: [{ ...regionsData[0], id: 'atlantis' }] })).toThrow();
  });

  const perth = placesData.find((row) => row.name === 'Perth')!;
  it.each([
    ['a place whose area is not one of the 47', { areas: ['lanark-county'] }],
    ['a place whose area its row does not name', { areas: ['stratford'] }],
    ['a place without a source', { sources: [] }],
    ['a source that is not a web address', { sources: ['Statistics Canada, 2016 census'] }],
    ['a census code outside Ontario', { csd: '2466023' }],
    ['a municipality given as a reserve', { kind: 'first-nation-reserve-or-settlement' }],
  ])('fails the build on %s', (_what, change) => {
    expect(() => checkDirectory({ places: placesData, index: placesIndex })).not.toThrow();
    const broken = placesData.map((row) => (row === perth ? { ...row, ...change } : row));
    expect(() => checkDirectory({ places: broken })).toThrow();
  });

  it("fails the build when the browser's index of places is not the one the rows give", () => {
    const moved = placesData.map((row) =>
      row === perth ? { ...row, areas: ['stratford'], serviceManagerArea: 'stratford — City of Stratford' } : row,
    );
    expect(() => checkDirectory({ places: moved })).toThrow(/npm run places/);
    expect(() => checkDirectory({ index: placesIndex.replace('Perth|tc:Lanark', 'Perth') })).toThrow(/npm run places/);
  });
});
