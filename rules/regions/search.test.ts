import { describe, expect, it } from 'vitest';
import { getRegion, regions, searchRegions } from './index';
import { matchedMunicipality } from './search';

describe('searching the 47 areas', () => {
  it.each([
    ['Mississauga', 'peel'],
    ['brampton', 'peel'],
    ['Oshawa', 'durham'],
    ['Whitby', 'durham'],
    ['Kitchener', 'waterloo'],
    ['Guelph', 'wellington'],
    ['Barrie', 'simcoe'],
    ['Timmins', 'cochrane'],
    ['North Bay', 'nipissing'],
    ['Belleville', 'hastings'],
    ['Brockville', 'leeds-grenville'],
    ['St. Catharines', 'niagara'],
  ] as const)('finds the area of the municipality %s (%s)', (query, region) => {
    expect(searchRegions(regions, query)).toContain(region);
  });

  it.each([
    ['Toronto', 'toronto'],
    ['durham', 'durham'],
    ['Thunder', 'thunder-bay'],
    ['Sault Ste Marie', 'sault-ste-marie'],
    ['grand sudbury', 'greater-sudbury'],
    ['Kenora', 'kenora'],
  ] as const)('finds the area by its own name %s (%s)', (query, region) => {
    expect(searchRegions(regions, query)).toContain(region);
  });

  it('ignores accents and case', () => {
    expect(searchRegions(regions, 'RÉGION DE DURHAM')).toEqual(['durham']);
  });

  it('matches nothing for a place outside the list, and everything for an empty query', () => {
    expect(searchRegions(regions, 'Vancouver')).toEqual([]);
    expect(searchRegions(regions, '  ')).toHaveLength(47);
  });

  it('says which municipality matched when the area name did not', () => {
    expect(matchedMunicipality(getRegion('peel'), 'mississ', 'en')).toBe('Mississauga');
    expect(matchedMunicipality(getRegion('toronto'), 'toronto', 'en')).toBeUndefined();
  });

  it('resolves every area to a named service manager', () => {
    for (const region of regions) expect(region.serviceManager.en.length, region.id).toBeGreaterThan(3);
  });
});
