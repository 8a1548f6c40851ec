/**
 * Every Ontario place of shared/reference/ontario-places.csv and the area that serves it, searched in the browser
 * from a compact index. The full rows, with their sources, are in places.data.ts for the build-time check and the
 * tests only: nothing here imports them.
 */
export { preparePlaceSearch, searchPlaces, unambiguousArea, type MatchQuality, type PlaceMatch } from './search';
export { placeKinds, type PlaceKind } from './labels';
