import { z } from './zod';
import { buildPlacesIndex } from './places/build-index';
import { placeRowSchema } from './places/place.schema';
import { placesData } from './places/places.data';
import { placesIndex } from './places/places.index';
import { regionSchema } from './regions/region.schema';
import { regionsData } from './regions/regions.data';
import { namedServiceSchema, type NamedService, type NamedServiceCard } from './services/named.schema';
import { namedServicesData } from './services/named';
import { withProvenance } from './services/named/full';
import { checkNamedTables } from './services/named/json.schema';
import { namedProvenance, type NamedProvenance } from './services/named/provenance';
import { serviceIds, serviceSchema, type Service } from './services/service.schema';
import { servicesData } from './services/services.data';

/**
 * The rules a schema cannot say alone: every id once; an entry marked `high` holds no medium-confidence contact;
 * a named entry serves at least one area and can be reached by phone, text or the web.
 */
function checkConsistency(services: readonly Service[], named: readonly NamedService[]): void {
  const problems: string[] = [];
  const seen = new Set<string>(serviceIds);
  for (const entry of named) {
    if (seen.has(entry.id)) problems.push(`${entry.id}: the id is used twice`);
    seen.add(entry.id);
    if (Array.isArray(entry.areas) && entry.areas.length === 0 && !entry.areasUnconfirmed?.length) {
      problems.push(`${entry.id}: serves no area`);
    }
    if (!entry.contacts.some((contact) => ['phone', 'text', 'web', 'chat'].includes(contact.kind))) {
      problems.push(`${entry.id}: no phone, text or web contact`);
    }
    if (entry.minAge !== undefined && entry.maxAge !== undefined && entry.minAge > entry.maxAge) {
      problems.push(`${entry.id}: minAge is over maxAge`);
    }
  }
  for (const entry of [...services, ...named]) {
    if (entry.confidence === 'high' && entry.contacts.some((contact) => contact.confidence !== 'high')) {
      problems.push(`${entry.id}: marked high but holds a medium-confidence contact`);
    }
  }
  if (problems.length > 0) throw new Error(`The service directory has problems:\n${problems.join('\n')}`);
}

/** The data `checkDirectory` checks; each part defaults to the project's own. */
export type DirectoryData = {
  services: unknown;
  regions: unknown;
  named: unknown;
  provenance: unknown;
  places: unknown;
  index: string;
};

/**
 * Check the service directory (the 23 categories, and the named entries with their provenance put back), the 47
 * areas and the Ontario places against their schemas and the rules above, and throw on the first problem: a named
 * entries' file with an unknown key or text key, a source for no contact, a contact below medium confidence or
 * without its source, a phone number written another way, an unknown area or need id, a places index out of date
 * with its rows. The root layouts call this while the site is built, so bad data fails the build, never a person's
 * summary; the browser never loads the schemas, the named entries' provenance nor the places' full rows. The
 * directory tests check the same data.
 */
export function checkDirectory(data: Partial<DirectoryData> = {}): void {
  const {
    services = servicesData,
    regions = regionsData,
    named = namedServicesData,
    provenance = namedProvenance,
    places = placesData,
    index = placesIndex,
  } = data;
  // The named entries' files as written (an unknown key or text key), before the loader's result is checked.
  checkNamedTables();
  const parsedServices = z.array(serviceSchema).parse(services);
  z.array(regionSchema).parse(regions);
  // Put the provenance back first (on data of any shape: the schema below rejects what is malformed).
  const { entries, unmatched } = withProvenance(
    named as NamedServiceCard[],
    provenance as Record<string, NamedProvenance>,
  );
  if (unmatched.length > 0)
    throw new Error(`The directory's provenance names what is not there:\n${unmatched.join('\n')}`);
  const parsedNamed = z.array(namedServiceSchema).parse(entries);
  checkConsistency(parsedServices, parsedNamed);
  const rows = z.array(placeRowSchema).parse(places);
  // The browser searches the index, so an index that no longer says what the rows say must not ship.
  if (buildPlacesIndex(rows) !== index) {
    throw new Error('rules/places/places.index.ts is out of date with places.data.ts: run `npm run places`.');
  }
}
