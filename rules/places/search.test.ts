import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import type { RegionId } from '../answers.schema';
import { locales } from '../locale';
import { regions } from '../regions';
import { searchRegions } from '../regions/search';
import { placeRowSchema, type PlaceRow } from './place.schema';
import { placesData } from './places.data';
import { searchPlaces, unambiguousArea, type PlaceMatch } from './search';

const rows = z.array(placeRowSchema).parse(placesData);
const reserves = rows.filter((row) => row.kind === 'first-nation-reserve-or-settlement');
const others = rows.filter((row) => row.kind !== 'first-nation-reserve-or-settlement');
const label = (row: PlaceRow) => `${row.name} (${row.kind}, ${row.areas.join('+')})`;

/** The areas of the exact matches: more than one means the name is shared, and the person must choose. */
const exactAreas = (matches: readonly PlaceMatch[]) =>
  new Set(matches.filter((match) => match.quality === 'exact').map((match) => match.area));

describe.each(locales)('every row of ontario-places.csv finds its area (%s)', (locale) => {
  it.each(others.map((row) => [label(row), row] as const))('%s', (_label, row) => {
    const matches = searchPlaces(row.name, locale);
    const exact = exactAreas(matches);
    // Its own row is an exact match, for each of its areas.
    for (const area of row.areas) {
      expect(matches.some((m) => m.quality === 'exact' && m.area === area && m.kind === row.kind)).toBe(true);
    }
    // First comes its area; for a name shared by places in other areas, all of them come first, in any order.
    const firstAreas = new Set(matches.slice(0, exact.size).map((match) => match.area));
    for (const area of row.areas) expect(firstAreas.has(area)).toBe(true);
    if (exact.size === 1) expect(matches[0].area).toBe(row.areas[0]);
    // Chosen for the person only when the name is not shared.
    expect(unambiguousArea(matches)).toBe(exact.size === 1 ? row.areas[0] : undefined);
    // The areas' own ranking agrees.
    expect(row.areas.every((area) => searchRegions(regions, row.name).slice(0, exact.size).includes(area))).toBe(true);
    expect(matches.every((match) => match.reserve === (match.kind === 'first-nation-reserve-or-settlement'))).toBe(
      true,
    );
  });
});

describe.each(locales)('every reserve and settlement finds the area around it, flagged (%s)', (locale) => {
  it.each(reserves.map((row) => [label(row), row] as const))('%s', (_label, row) => {
    const own = searchPlaces(row.name, locale).filter((m) => m.name === row.name && m.quality === 'exact');
    expect(own.map((m) => m.area).sort()).toEqual(
      rows
        .filter((r) => r.name === row.name)
        .flatMap((r) => r.areas)
        .sort(),
    );
    for (const match of own) expect(match.reserve).toBe(true);
  });
});

describe('names shared by places in different areas', () => {
  it.each(locales)('never show two places with one label (%s)', (locale) => {
    const queries = [...rows.map((row) => row.name), ...regions.flatMap((r) => [r.name.en, r.name.fr])];
    for (const query of queries) {
      const matches = searchPlaces(query, locale);
      const labels = matches.map((match) => `${match.label}`);
      expect(new Set(labels).size, `${query}: ${labels.join(' / ')}`).toBe(labels.length);
    }
  });

  const table: [string, [string, RegionId][]][] = [
    [
      'Perth',
      [
        ['Perth (town, Lanark County)', 'lanark'],
        ['Perth County', 'stratford'],
      ],
    ],
    [
      'Hamilton',
      [
        ['Hamilton (city)', 'hamilton'],
        ['Hamilton (township, Northumberland County)', 'northumberland'],
      ],
    ],
    [
      'Sudbury',
      [
        ['Sudbury (Greater Sudbury)', 'greater-sudbury'],
        ['Sudbury, Unorganized, North Part', 'manitoulin-sudbury'],
      ],
    ],
    [
      'York',
      [
        ['York (Toronto)', 'toronto'],
        ['York Region', 'york'],
      ],
    ],
    [
      'Simcoe',
      [
        ['Simcoe County', 'simcoe'],
        ['Simcoe (Norfolk County)', 'norfolk'],
      ],
    ],
    [
      'Nipissing',
      [
        ['Nipissing (township, Parry Sound District)', 'parry-sound'],
        ['Nipissing District', 'nipissing'],
      ],
    ],
    [
      'Prescott',
      [
        ['Prescott (town, Leeds and Grenville)', 'leeds-grenville'],
        ['United Counties of Prescott and Russell', 'prescott-russell'],
      ],
    ],
    [
      'Six Nations 40',
      [
        ['Six Nations 40 (Brant)', 'brantford'],
        ['Six Nations 40 (Haldimand-Norfolk)', 'norfolk'],
      ],
    ],
    [
      'New Credit',
      [
        ['New Credit 40A (Brant)', 'brantford'],
        ['New Credit 40A (Haldimand-Norfolk)', 'norfolk'],
      ],
    ],
    [
      'Fort Albany',
      [
        ['Fort Albany 67 (Cochrane District)', 'cochrane'],
        ['Fort Albany 67 (Kenora District)', 'kenora'],
      ],
    ],
    [
      'Sabaskong Bay',
      [
        ['Sabaskong Bay 35C (Kenora District)', 'kenora'],
        ['Sabaskong Bay 35C (Rainy River District)', 'rainy-river'],
      ],
    ],
    [
      'French River',
      [
        ['French River (municipality, Sudbury District)', 'manitoulin-sudbury'],
        ['French River 13', 'parry-sound'],
      ],
    ],
    [
      'Dundas',
      [
        ['Dundas (Hamilton)', 'hamilton'],
        ['United Counties of Stormont, Dundas and Glengarry', 'cornwall'],
      ],
    ],
    [
      'Algoma, Unorganized, North Part',
      [
        ['Algoma, Unorganized, North Part (outside the Sault North Planning Board townships)', 'algoma'],
        ['Algoma, Unorganized, North Part (Sault North Planning Board townships)', 'sault-ste-marie'],
      ],
    ],
  ];
  it.each(table)('%s offers each, labelled', (query, expected) => {
    const matches = searchPlaces(query, 'en').map((match) => [match.label, match.area]);
    for (const pair of expected) expect(matches).toContainEqual(pair);
  });

  it('says in French what tells them apart', () => {
    const labels = searchPlaces('Perth', 'fr').map((match) => match.label);
    expect(labels.slice(0, 2)).toEqual(['Perth (ville, comté de Lanark)', 'Comté de Perth']);
    expect(searchPlaces('Nipissing', 'fr')[0].label).toBe('Nipissing (canton, district de Parry Sound)');
    expect(searchPlaces('Oxford', 'fr')[0].label).toBe('Comté d’Oxford');
    expect(searchPlaces('Prescott and Russell', 'fr').map((m) => m.label)).toContain(
      'Comtés unis de Prescott et Russell',
    );
  });
});

describe('forgiving of how people type', () => {
  const table: [string, RegionId][] = [
    // case, accents, punctuation
    ['TORONTO', 'toronto'],
    ['orleans', 'ottawa'],
    ['Orléans', 'ottawa'],
    ['mattice val cote', 'cochrane'],
    ['Niagara on the Lake', 'niagara'],
    ['niagara-on-the-lake', 'niagara'],
    ['burks falls', 'parry-sound'],
    ["Burk's Falls", 'parry-sound'],
    ['oconnor', 'thunder-bay'],
    ['Edwardsburgh Cardinal', 'leeds-grenville'],
    ['Sioux Narrows–Nestor Falls', 'kenora'],
    // Saint, St, St., Ste, Ste., Sainte
    ['St Catharines', 'niagara'],
    ['St. Catharines', 'niagara'],
    ['Saint Catharines', 'niagara'],
    ['saint-thomas', 'st-thomas'],
    ['Sault Ste Marie', 'sault-ste-marie'],
    ['Sault Ste. Marie', 'sault-ste-marie'],
    ['Sault Sainte Marie', 'sault-ste-marie'],
    ['Sault-Sainte-Marie', 'sault-ste-marie'],
    ['st charles', 'manitoulin-sudbury'],
    ['Saint-Charles', 'manitoulin-sudbury'],
    ['st marys', 'stratford'],
    // missing spaces
    ['thunderbay', 'thunder-bay'],
    ['saultstemarie', 'sault-ste-marie'],
    ['saultsaintemarie', 'sault-ste-marie'],
    ['northbay', 'nipissing'],
    ['stcatharines', 'niagara'],
    ['richmondhill', 'york'],
    // French area names
    ['Grand Sudbury', 'greater-sudbury'],
    ['Grand-Sudbury', 'greater-sudbury'],
    ['Région de Peel', 'peel'],
    ['comté de Lanark', 'lanark'],
    ['District de Kenora', 'kenora'],
    ['Comtés unis de Prescott et Russell', 'prescott-russell'],
    // prefixes, as typed one letter at a time
    ['missis', 'peel'],
    ['thund', 'thunder-bay'],
    ['scarb', 'toronto'],
    ['kapus', 'cochrane'],
    // area names, and the kind of place said along with the name
    ['Durham', 'durham'],
    ['Durham Region', 'durham'],
    ['Peel Region', 'peel'],
    ['County of Perth', 'stratford'],
    ['Perth County', 'stratford'],
    ['Town of Perth', 'lanark'],
    ['City of Toronto', 'toronto'],
    ['Township of King', 'york'],
    ['Sudbury District', 'manitoulin-sudbury'],
    ['Kingston Ontario', 'kingston'],
    ['Hamilton, ON', 'hamilton'],
    // a name and the municipality or county it is in
    ['Perth Lanark', 'lanark'],
    ['Scarborough Toronto', 'toronto'],
    // parts of a name written alone
    ['Orignal', 'prescott-russell'],
    ['The Nation', 'prescott-russell'],
    ['Nation', 'prescott-russell'],
    ['Golden Lake', 'renfrew'],
    ['West Bay', 'manitoulin-sudbury'],
    // one typo, when nothing matches without it
    ['Missisauga', 'peel'],
    ['Sudbry', 'greater-sudbury'],
    ['Kapuskasnig', 'cochrane'],
    // the wrong areas the short lists gave (issue 19)
    ['King', 'york'],
    ['Brock', 'durham'],
    ['Dundas', 'hamilton'],
  ];
  it.each(table)('%s finds %s first', (query, area) => {
    expect(searchPlaces(query, 'en')[0]?.area).toBe(area);
    expect(searchRegions(regions, query)[0]).toBe(area);
  });

  it('finds Mississauga from "missis", ranking exact names first, then names starting with it, then words', () => {
    const labels = searchPlaces('missis', 'en').map((m) => m.label);
    expect(labels[0]).toBe('Mississauga');
    const qualities = searchPlaces('perth', 'en').map((m) => m.quality);
    expect(qualities).toEqual([...qualities].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(qualities.slice(0, 3)).toEqual(['exact', 'exact', 'prefix']);
  });
  const order = ['exact', 'prefix', 'word', 'close'];

  it('gives the same answer in both languages, only the labels differ', () => {
    for (const query of ['Perth', 'Sudbury', 'Algoma', 'Six Nations']) {
      expect(searchPlaces(query, 'fr').map((m) => m.area)).toEqual(searchPlaces(query, 'en').map((m) => m.area));
    }
  });
});

describe('the area chosen for the person', () => {
  it.each([
    ['Scarborough', 'toronto'],
    ['Toronto', 'toronto'],
    ['thunderbay', 'thunder-bay'],
    ['Mississauga', 'peel'],
    ['King', 'york'],
    ['Dundas', 'hamilton'],
    ['Kenora', 'kenora'],
    ['Tyendinaga Mohawk Territory', 'hastings'],
  ] as const)('is the one area of %s', (query, area) => {
    expect(unambiguousArea(searchPlaces(query, 'en'))).toBe(area);
  });

  it.each([
    'Perth',
    'Sudbury',
    'York',
    'Simcoe',
    'Hamilton',
    'Nipissing',
    'Algoma',
    'missis',
    'Six Nations',
    'Vancouver',
  ])('is none for %s, whose best matches lead to more than one area, or to none', (query) => {
    expect(unambiguousArea(searchPlaces(query, 'en'))).toBeUndefined();
  });
});

describe('no match', () => {
  it.each(['Vancouver', 'Montréal', 'Gatineau', 'zzzz', 'qwerty uiop', '!!!', '', '   '])(
    '"%s" gives an empty list',
    (query) => {
      expect(searchPlaces(query, 'en')).toEqual([]);
    },
  );
});
