import { describe, expect, it } from 'vitest';
import { checkDirectory } from './check-directory';
import { placesData } from './places/places.data';
import { placesIndex } from './places/places.index';
import { regionsData } from './regions/regions.data';
import { servicesData } from './services/services.data';

describe('checkDirectory (run by every build)', () => {
  it('passes the directory and the areas as they are', () => {
    expect(() => checkDirectory()).not.toThrow();
  });

  const source = 'https://www.ontario.ca/page/anti-human-trafficking-services-and-supports';
  it.each([
    ['a phone number written another way', { contacts: [{ kind: 'phone', number: '(833) 900-1010', source }] }],
    ['a contact without its source page', { contacts: [{ kind: 'phone', number: '1-833-900-1010' }] }],
    ['a date that is not YYYY-MM-DD', { checked: '28/11/2026' }],
    ['a French text left empty', { offers: { en: 'Help.', fr: '' } }],
  ])('fails the build on %s', (_what, change) => {
    // The same entry with only the valid form of the change passes, so each case fails for its own reason.
    expect(() => checkDirectory([{ ...servicesData[1], contacts: [{ kind: 'phone', number: '1-833-900-1010', source }] }], regionsData)).not.toThrow();
    const broken = [{ ...servicesData[1], ...change }, ...servicesData.slice(2)];
    expect(() => checkDirectory(broken, regionsData)).toThrow();
  });

  it('fails the build on an area whose id is not one of the 47', () => {
    expect(() => checkDirectory(servicesData, [{ ...regionsData[0], id: 'atlantis' }])).toThrow();
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
    expect(() => checkDirectory(servicesData, regionsData, placesData, placesIndex)).not.toThrow();
    const broken = placesData.map((row) => (row === perth ? { ...row, ...change } : row));
    expect(() => checkDirectory(servicesData, regionsData, broken, placesIndex)).toThrow();
  });

  it('fails the build when the browser\'s index of places is not the one the rows give', () => {
    const moved = placesData.map((row) => (row === perth ? { ...row, areas: ['stratford'], serviceManagerArea: 'stratford — City of Stratford' } : row));
    expect(() => checkDirectory(servicesData, regionsData, moved, placesIndex)).toThrow(/npm run places/);
    expect(() => checkDirectory(servicesData, regionsData, placesData, placesIndex.replace('Perth|tc:Lanark', 'Perth'))).toThrow(/npm run places/);
  });
});

