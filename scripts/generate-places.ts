/**
 * Brings shared/reference/ontario-places.csv into the project: writes rules/places/places.data.json (every row,
 * with its sources, for the build-time check and the tests; places.data.ts types it) and
 * rules/places/places.index.ts (the compact index the browser searches). Run it after the CSV changes:
 * `npm run places [path/to/ontario-places.csv]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from '../rules/zod';
import { buildPlacesIndex } from '../rules/places/build-index';
import { placeRowSchema } from '../rules/places/place.schema';
import { placeRowsFromCsv, renderPlacesData, renderPlacesIndex } from './places-csv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const csvFile = path.resolve(process.argv[2] ?? path.join(root, '../shared/reference/ontario-places.csv'));

const rows = placeRowsFromCsv(readFileSync(csvFile, 'utf8'));
// Check before writing, so a bad row stops here with the schema's message rather than at the next build.
const parsed = z.array(placeRowSchema).parse(rows);
writeFileSync(path.join(root, 'rules/places/places.data.json'), renderPlacesData(rows));
writeFileSync(path.join(root, 'rules/places/places.index.ts'), renderPlacesIndex(buildPlacesIndex(parsed)));
console.log(`${rows.length} places from ${path.relative(root, csvFile)} written to rules/places/.`);
