import { describe, expect, it } from 'vitest';
import { checkDirectory } from './check-directory';
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
});
