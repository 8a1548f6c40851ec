import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { regionIds } from '../region-ids';
import { buildPlacesIndex, sharedNames } from './build-index';
import { decodeIndex } from './entries';
import { placeRowSchema } from './place.schema';
import { placesData } from './places.data';
import { placesIndex } from './places.index';

const rows = z.array(placeRowSchema).parse(placesData);

describe('the places of shared/reference/ontario-places.csv', () => {
  it('parses against the place schema', () => {
    expect(z.array(placeRowSchema).safeParse(placesData).success).toBe(true);
  });

  it('has the 688 rows ontario-places.md counts, by kind', () => {
    const count = (kind: string) => rows.filter((row) => row.kind === kind).length;
    expect(rows).toHaveLength(688);
    expect(count('municipality')).toBe(414);
    expect(count('upper-tier')).toBe(30);
    expect(count('unorganized')).toBe(16);
    expect(count('community')).toBe(83);
    expect(count('first-nation-reserve-or-settlement')).toBe(145);
  });

  it('counts 241 lower-tier and 173 single-tier municipalities, the published Ontario totals', () => {
    const municipalities = rows.filter((row) => row.kind === 'municipality');
    expect(municipalities.filter((row) => row.type.includes('lower-tier'))).toHaveLength(241);
    expect(municipalities.filter((row) => row.type.includes('single-tier'))).toHaveLength(173);
  });

  it('reaches every one of the 47 areas', () => {
    const reached = new Set(rows.flatMap((row) => row.areas));
    expect([...regionIds].filter((id) => !reached.has(id))).toEqual([]);
  });

  it('gives each row one area, except the two unorganized parts of Algoma the research left split', () => {
    const split = rows.filter((row) => row.areas.length > 1);
    expect(split.map((row) => row.name)).toEqual([
      'Algoma, Unorganized, South East Part',
      'Algoma, Unorganized, North Part',
    ]);
    for (const row of split) expect(row.areas).toEqual(['algoma', 'sault-ste-marie']);
  });

  // Moved from regions.test.ts ("names each municipality in one region only"), when the areas' short lists of
  // municipalities gave way to every place of the CSV: a name may now lead to two areas only where the CSV has
  // two places of that name.
  it('names each place in one area, except the places the CSV itself gives the same name', () => {
    const areasByName = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = row.name.toLocaleLowerCase('en-CA');
      const areas = areasByName.get(key) ?? new Set<string>();
      if (row.areas.length === 1) areas.add(row.areas[0]);
      areasByName.set(key, areas);
    }
    const inTwoAreas = [...areasByName].filter(([, areas]) => areas.size > 1).map(([name]) => name);
    // Hamilton: the city, and the township in Northumberland County. The reserves straddle two census divisions.
    expect(inTwoAreas.sort()).toEqual([
      'fort albany 67',
      'hamilton',
      'new credit 40a',
      'sabaskong bay 35c',
      'six nations 40',
    ]);
  });

  it('has one row for each census code', () => {
    const codes = rows.flatMap((row) => (row.csd ? [row.csd] : []));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('puts the Township of Nipissing in Parry Sound District, served by the Parry Sound board', () => {
    const township = rows.find((row) => row.name === 'Nipissing' && row.kind === 'municipality');
    expect(township?.csd).toBe('3549071');
    expect(township?.areas).toEqual(['parry-sound']);
  });
});

describe('the browser index (places.index.ts)', () => {
  it('is the one the rows give: run `npm run places` after changing the CSV', () => {
    expect(placesIndex).toBe(buildPlacesIndex(rows));
  });

  it('holds every row, with its areas and kind, and no source', () => {
    const entries = decodeIndex(placesIndex);
    expect(entries).toHaveLength(rows.length);
    const line = (e: { name: string; areas: readonly string[]; kind: string }) =>
      `${e.name}|${e.areas.join('+')}|${e.kind}`;
    expect(entries.map(line).sort()).toEqual(rows.map(line).sort());
    expect(placesIndex).not.toMatch(/https?:|www\./);
  });

  it('gives back, decoded, the qualifier each row was given', () => {
    const withQualifier = decodeIndex(placesIndex).filter((entry) => entry.qualifier);
    // Every community "part of" a municipality (all but Moose Factory), every upper tier, and the shared names below.
    expect(withQualifier).toHaveLength(82 + 30 + sharedNames(rows).size);
    expect(withQualifier.find((entry) => entry.name === 'Perth')?.qualifier).toEqual({
      type: 't',
      tier: 'c',
      tierName: 'Lanark',
    });
    expect(
      withQualifier.find((entry) => entry.name === 'Hamilton' && entry.areas[0] === 'hamilton')?.qualifier,
    ).toEqual({ type: 'c', tier: undefined, tierName: undefined });
    expect(withQualifier.find((entry) => entry.name === 'Scarborough')?.qualifier).toEqual({ partOf: 'Toronto' });
    expect(withQualifier.find((entry) => entry.name === 'County of Lanark')?.qualifier).toEqual({
      type: undefined,
      tier: 'c',
      tierName: 'Lanark',
    });
  });

  it('finds the shared names: a name in two areas, or a municipality whose name a place or area elsewhere holds', () => {
    const names = [...sharedNames(rows)].map((i) => `${rows[i].name} (${rows[i].areas.join('+')})`);
    expect(names.sort()).toEqual(
      [
        'Barrie (simcoe)',
        'Fort Albany 67 (cochrane)',
        'Fort Albany 67 (kenora)',
        'French River (manitoulin-sudbury)',
        'Hamilton (hamilton)',
        'Hamilton (northumberland)',
        'Lake of the Woods (rainy-river)',
        'New Credit 40A (brantford)',
        'New Credit 40A (norfolk)',
        'Nipissing (parry-sound)',
        'Perth (lanark)',
        'Prescott (leeds-grenville)',
        'Prince (sault-ste-marie)',
        'Sabaskong Bay 35C (kenora)',
        'Sabaskong Bay 35C (rainy-river)',
        'Sault Ste. Marie (sault-ste-marie)',
        'Severn (simcoe)',
        'Six Nations 40 (brantford)',
        'Six Nations 40 (norfolk)',
        'Spanish (algoma)',
        'Tay (simcoe)',
      ].sort(),
    );
  });

  it('stays small: under 6 kB gzipped (the page ships it)', async () => {
    const { gzipSync } = await import('node:zlib');
    const bytes = gzipSync(placesIndex, { level: 9 }).length;
    console.log(`places index: ${placesIndex.length} characters, ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThan(6 * 1024);
  });
});

describe('the full rows stay out of the browser', () => {
  it('are not reached from rules/index.ts, which the browser loads', () => {
    const root = path.resolve(__dirname, '../..');
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)'/gm)) {
        const target = path.resolve(path.dirname(file), specifier);
        // A module named with its extension (a .ts, or a JSON data file, which imports nothing) is that file.
        visit(/\.(ts|json)$/.test(target) ? target : `${target}${existsSync(`${target}.ts`) ? '.ts' : '/index.ts'}`);
      }
    };
    visit(path.join(root, 'rules/index.ts'));
    const modules = [...reached].map((file) => path.relative(root, file));
    expect(modules).toContain('rules/places/places.index.ts');
    expect(modules.filter((file) => /places\.data|place\.schema|build-index|check-directory/.test(file))).toEqual([]);
  });
});
