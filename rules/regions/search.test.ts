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

  // The short lists of "major municipalities" each area used to carry, now found through every place of
  // shared/reference/ontario-places.csv; each still finds its area first.
  it.each([
    ['Oshawa', 'durham'],
    ['Whitby', 'durham'],
    ['Ajax', 'durham'],
    ['Pickering', 'durham'],
    ['Clarington', 'durham'],
    ['Mississauga', 'peel'],
    ['Brampton', 'peel'],
    ['Caledon', 'peel'],
    ['Markham', 'york'],
    ['Vaughan', 'york'],
    ['Richmond Hill', 'york'],
    ['Newmarket', 'york'],
    ['Aurora', 'york'],
    ['Oakville', 'halton'],
    ['Burlington', 'halton'],
    ['Milton', 'halton'],
    ['Halton Hills', 'halton'],
    ['St. Catharines', 'niagara'],
    ['Niagara Falls', 'niagara'],
    ['Welland', 'niagara'],
    ['Barrie', 'simcoe'],
    ['Orillia', 'simcoe'],
    ['Frontenac County', 'kingston'],
    ['Prince Edward County', 'lennox-addington'],
    ['Belleville', 'hastings'],
    ['Quinte West', 'hastings'],
    ['Brockville', 'leeds-grenville'],
    ['Gananoque', 'leeds-grenville'],
    ['Prescott', 'leeds-grenville'],
    ['Smiths Falls', 'lanark'],
    ['Pembroke', 'renfrew'],
    ['Stormont, Dundas and Glengarry', 'cornwall'],
    ['Haliburton County', 'kawartha-lakes'],
    ['Kitchener', 'waterloo'],
    ['Waterloo', 'waterloo'],
    ['Cambridge', 'waterloo'],
    ['Guelph', 'wellington'],
    ['Perth County', 'stratford'],
    ['St. Marys', 'stratford'],
    ['Middlesex County', 'london'],
    ['Elgin County', 'st-thomas'],
    ['Essex County', 'windsor'],
    ['Pelee', 'windsor'],
    ['County of Brant', 'brantford'],
    ['Haldimand County', 'norfolk'],
    ['Sudbury', 'greater-sudbury'],
    ['Wawa', 'algoma'],
    ['Tarbutt', 'algoma'],
    ['Macdonald, Meredith and Aberdeen Additional', 'algoma'],
    ['Timmins', 'cochrane'],
    ['Cochrane', 'cochrane'],
    ['Mattice-Val Côté', 'cochrane'],
    ['Kenora', 'kenora'],
    ['Sioux Narrows–Nestor Falls', 'kenora'],
    ['Tehkummah', 'manitoulin-sudbury'],
    ['St.-Charles', 'manitoulin-sudbury'],
    ['Sables-Spanish Rivers', 'manitoulin-sudbury'],
    ['North Bay', 'nipissing'],
    ['Parry Sound', 'parry-sound'],
    ['Rainy River', 'rainy-river'],
    ['Sault Ste. Marie', 'sault-ste-marie'],
    ['Prince', 'sault-ste-marie'],
    ['Thunder Bay', 'thunder-bay'],
  ] as const)("finds %s in %s first, as the area's former list of municipalities did", (query, region) => {
    expect(searchRegions(regions, query)[0]).toBe(region);
  });

  // Issue 19: the short lists put these in the wrong area, or found them only by a longer name.
  it.each([
    ['Nipissing', 'parry-sound'],
    ['Perth', 'lanark'],
    ['King', 'york'],
    ['Brock', 'durham'],
    ['Dundas', 'hamilton'],
  ] as const)('finds %s in %s first, where ontario-places.csv puts it', (query, region) => {
    expect(searchRegions(regions, query)[0]).toBe(region);
  });

  it('offers both areas of a name two places share, as well as the first', () => {
    expect(searchRegions(regions, 'Perth').slice(0, 2)).toEqual(['lanark', 'stratford']);
    expect(searchRegions(regions, 'Nipissing').slice(0, 2)).toEqual(['parry-sound', 'nipissing']);
    expect(searchRegions(regions, 'Sudbury').slice(0, 2)).toEqual(['greater-sudbury', 'manitoulin-sudbury']);
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
