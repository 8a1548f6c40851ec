import type { RegionAnswer, RegionId } from '../answers.schema';
import { regionIds } from '../region-ids';
import { regionGroups } from './region-groups';
import type { Region } from './region.schema';
import { regionsData } from './regions.data';

/**
 * The 47 service-manager areas, in the order the region question lists them. As for the services, the schema
 * checks them in the tests and in every build (`rules/check-directory.ts`), not in the browser.
 */
export const regions: readonly Region[] = regionsData;

const byId = new Map<RegionId, Region>(regions.map((region) => [region.id, region]));

/** The area for a region id; every id in `regionIds` has one (checked by the region tests). */
export function getRegion(id: RegionId): Region {
  const region = byId.get(id);
  if (!region) throw new Error(`No entry for region "${id}".`);
  return region;
}

/** True when the answer names one of the 47 areas (not "outside Ontario" and not "prefer not to say"). */
export function isRegionId(answer: RegionAnswer | undefined): answer is RegionId {
  return answer !== undefined && (regionIds as readonly string[]).includes(answer);
}

export { regionGroups, regionIds };
export type { Region };
export { matchedMunicipality, normalizeForSearch, searchRegions } from './search';
