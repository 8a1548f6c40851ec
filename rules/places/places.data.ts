import type { PlaceRowInput } from './place.schema';
import rows from './places.data.json';

/**
 * Every row of shared/reference/ontario-places.csv (688 Ontario places and the housing service-manager area that
 * serves each; read ontario-places.md beside it for how it was built and its limits), in the order of the CSV, with
 * every column and source. `npm run places` writes them to places.data.json (do not edit it by hand: a test fails
 * when it and the CSV differ); this module gives them their type. JSON types its strings as any string, so the
 * kinds and area ids are asserted here and checked where it counts: the build-time check (rules/check-directory.ts)
 * and the tests parse every row against the place schema.
 * Only the build-time check and the tests read this module; the browser gets places.index.ts.
 */
export const placesData = rows as PlaceRowInput[];
