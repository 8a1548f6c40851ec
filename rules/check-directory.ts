import { z } from './zod';
import { buildPlacesIndex } from './places/build-index';
import { placeRowSchema } from './places/place.schema';
import { placesData } from './places/places.data';
import { placesIndex } from './places/places.index';
import { regionSchema } from './regions/region.schema';
import { regionsData } from './regions/regions.data';
import { serviceSchema } from './services/service.schema';
import { servicesData } from './services/services.data';

/**
 * Check the service directory, the 47 areas and the Ontario places against their schemas, and throw on the first
 * problem. The root layouts call this while the site is built, so bad data fails the build, never a person's
 * summary; the browser never loads the schemas, nor the places' full rows. The directory tests check the same data.
 */
export function checkDirectory(
  services: unknown = servicesData,
  regions: unknown = regionsData,
  places: unknown = placesData,
  index: string = placesIndex,
): void {
  z.array(serviceSchema).parse(services);
  z.array(regionSchema).parse(regions);
  const rows = z.array(placeRowSchema).parse(places);
  // The browser searches the index, so an index that no longer says what the rows say must not ship.
  if (buildPlacesIndex(rows) !== index) {
    throw new Error('rules/places/places.index.ts is out of date with places.data.ts: run `npm run places`.');
  }
}
