import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { regionIds, regionIdsByGroup } from '../region-ids';
import { regionSchema } from './region.schema';
import { regionsData } from './regions.data';
import { getRegion, regions } from './index';

describe('regions', () => {
  it('parses against the region schema', () => {
    expect(z.array(regionSchema).safeParse(regionsData).success).toBe(true);
  });

  it('has exactly the 47 ids of regionIds, in the same order', () => {
    expect(regions).toHaveLength(47);
    expect(regions.map((region) => region.id)).toEqual([...regionIds]);
  });

  it('has 37 municipal service managers and 10 district boards: the north’s areas but Greater Sudbury, a city', () => {
    expect(regions.filter((region) => region.kind === 'municipal')).toHaveLength(37);
    expect(regions.filter((region) => region.kind === 'district')).toHaveLength(10);
    expect(
      regions
        .filter((region) => region.kind === 'district')
        .map((region) => region.id)
        .sort(),
    ).toEqual(regionIdsByGroup.north.filter((id) => id !== 'greater-sudbury').sort());
  });

  it('puts each region in the group rules/region-ids.ts gives it', () => {
    expect(Object.values(regionIdsByGroup).flat()).toEqual([...regionIds]);
    for (const [group, ids] of Object.entries(regionIdsByGroup)) {
      for (const id of ids) expect(getRegion(id).group, id).toBe(group);
    }
  });

  it('marks every district board as verified (its name is in O. Reg. 278/98)', () => {
    for (const region of regions.filter((r) => r.kind === 'district')) {
      expect(region.serviceManagerVerified, region.id).toBe(true);
      expect(region.sources, region.id).toContain('https://www.ontario.ca/laws/regulation/980278/v13');
    }
  });

  it('gives every region a source and a valid checked date', () => {
    for (const region of regions) {
      expect(region.sources.length, region.id).toBeGreaterThan(0);
      expect(region.checked, region.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const date = new Date(`${region.checked}T00:00:00Z`);
      expect(Number.isNaN(date.getTime()), region.id).toBe(false);
      expect(date.toISOString().slice(0, 10), region.id).toBe(region.checked);
    }
  });

  // "Names each municipality in one region only" moved to rules/places/places.test.ts with the municipalities,
  // which are now every place of shared/reference/ontario-places.csv rather than a short list per area.

  it('gives every region a name and a service manager in both languages', () => {
    for (const region of regions) {
      expect(region.name.en.trim(), region.id).not.toBe('');
      expect(region.name.fr.trim(), region.id).not.toBe('');
      expect(region.serviceManager.en.trim(), region.id).not.toBe('');
      expect(region.serviceManager.fr.trim(), region.id).not.toBe('');
    }
  });

  it('cites the housing source among the sources of the region', () => {
    for (const region of regions) {
      if (region.housing) expect(region.sources, region.id).toContain(region.housing.source);
    }
  });

  it('gives no phone for Hastings, whose numbers were seen only on a third-party copy', () => {
    expect(getRegion('hastings').housing?.phone).toBeUndefined();
  });
});

const serviceManagersFile = path.resolve(__dirname, '../../../shared/reference/service-managers.md');

describe.runIf(existsSync(serviceManagersFile))('regions against shared/reference/service-managers.md', () => {
  const text = existsSync(serviceManagersFile) ? readFileSync(serviceManagersFile, 'utf8') : '';
  /** Every phone number written in the file, digits only and without a leading long-distance 1. */
  const phonesInFile = new Set(
    [...text.matchAll(/(?:\b1[-.\s]?)?\(?\b\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4}\b/g)].map((match) =>
      match[0].replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''),
    ),
  );

  it('finds phone numbers in the file', () => {
    expect(phonesInFile.size).toBeGreaterThan(0);
  });

  it('takes every housing phone number from the file', () => {
    for (const region of regions) {
      for (const phone of [region.housing?.phone, region.housing?.tollFree]) {
        if (phone === undefined) continue;
        const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
        expect(phonesInFile.has(digits), `${region.id}: ${phone}`).toBe(true);
      }
    }
  });

  it('takes every housing URL and housing source from the file', () => {
    for (const region of regions) {
      if (!region.housing) continue;
      if (region.housing.url) expect(text, region.id).toContain(region.housing.url);
      expect(text, region.id).toContain(region.housing.source);
    }
  });

  it('gives a housing contact only to the regions the file lists', () => {
    const listed = new Set([...text.matchAll(/^\| ([a-z-]+) \| https?:\/\//gm)].map((match) => match[1]));
    expect(listed.size).toBeGreaterThan(0);
    for (const region of regions) {
      expect(region.housing !== undefined, region.id).toBe(listed.has(region.id));
    }
  });
});
