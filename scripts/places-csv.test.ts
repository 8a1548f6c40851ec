import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlacesIndex } from '../rules/places/build-index';
import { placesData } from '../rules/places/places.data';
import { areasNamed, parseCsv, placeRowsFromCsv, renderPlacesData, renderPlacesIndex } from './places-csv';

describe('reading the places CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""",\r\n"two\nlines",x,,\n')).toEqual([
      ['a', 'b, c', 'say "hi"', ''],
      ['two\nlines', 'x', '', ''],
    ]);
  });

  it("reads the area ids a service_manager_area names, a reserve's surrounding area and both of a split", () => {
    expect(areasNamed('lennox-addington — County of Lennox and Addington (PELASS)')).toEqual(['lennox-addington']);
    expect(
      areasNamed(
        'none listed (reserve/settlement is not in MMAH list); geographically inside thunder-bay — District of Thunder Bay Social Services Administration Board',
      ),
    ).toEqual(['thunder-bay']);
    expect(
      areasNamed(
        'algoma — Algoma DSSAB (TWOMO), EXCEPT the Sault North Planning Board townships, which are sault-ste-marie — DSSAB of Sault Ste. Marie',
      ),
    ).toEqual(['algoma', 'sault-ste-marie']);
  });
});

const root = path.resolve(__dirname, '..');
const csvFile = path.resolve(root, '../shared/reference/ontario-places.csv');

// The CSV lives beside the repository (shared/), as the other reference files the tests compare with.
describe.runIf(existsSync(csvFile))('the committed places modules against shared/reference/ontario-places.csv', () => {
  const rows = existsSync(csvFile) ? placeRowsFromCsv(readFileSync(csvFile, 'utf8')) : [];

  it('keeps every row and column of the CSV: run `npm run places` after the CSV changes', () => {
    expect(placesData).toEqual(rows);
  });

  it('are the files the generator writes', () => {
    const read = (file: string) => readFileSync(path.join(root, 'rules/places', file), 'utf8');
    expect(read('places.data.json')).toBe(renderPlacesData(rows));
    expect(read('places.index.ts')).toBe(
      renderPlacesIndex(buildPlacesIndex(placesData as Parameters<typeof buildPlacesIndex>[0])),
    );
  });
});
