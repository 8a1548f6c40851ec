import { z } from './zod';
import { regionSchema } from './regions/region.schema';
import { regionsData } from './regions/regions.data';
import { serviceSchema } from './services/service.schema';
import { servicesData } from './services/services.data';

/**
 * Check the service directory and the 47 areas against their schemas, and throw on the first problem. The root
 * layouts call this while the site is built, so bad data fails the build, never a person's summary; the browser
 * never loads the schemas. The directory tests check the same data.
 */
export function checkDirectory(services: unknown = servicesData, regions: unknown = regionsData): void {
  z.array(serviceSchema).parse(services);
  z.array(regionSchema).parse(regions);
}
