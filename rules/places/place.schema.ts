import { z } from '../zod';
import { regionIdSchema } from '../answers.schema';
import { placeKinds } from './labels';

const text = z.string().check(z.minLength(1));

/**
 * A source as the CSV writes it: a web address, sometimes followed by a note in brackets
 * ("https://… (per service-managers.md)").
 */
const sourceSchema = text.check(
  z.refine((source) => {
    const url = source.split(' ')[0];
    return /^https?:\/\/\S+$/.test(url) && URL.canParse(url) && /^(| \(.+\))$/.test(source.slice(url.length));
  }, 'A source is a web address, optionally followed by a note in brackets.'),
);

/**
 * One row of shared/reference/ontario-places.csv, every column kept as written, plus `areas`: the area ids read
 * from its `service_manager_area` column (a reserve's is the area around it). The full rows stay on the build and
 * in the tests; the browser gets the compact index built from them (places.index.ts).
 */
export const placeRowSchema = z
  .strictObject({
    /** The CSV's `municipality` column: the place's name. */
    name: text,
    type: text,
    /** The CSV's `upper_tier_or_district` column. */
    within: text,
    /** The CSV's `service_manager_area` column, verbatim. */
    serviceManagerArea: text,
    areas: z.array(regionIdSchema).check(z.minLength(1)),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    /** Statistics Canada's census subdivision (7 digits) or, for a county or region, census division (4 digits). */
    csd: z.optional(z.string().check(z.regex(/^35\d{2}(\d{3})?$/))),
    kind: z.enum(placeKinds),
    notes: z.optional(text),
  })
  .check(
    z.refine(
      (row) => row.areas.every((id) => row.serviceManagerArea.includes(`${id} — `)),
      'Every area of a place is named in its service_manager_area column.',
    ),
    z.refine(
      (row) =>
        (row.kind === 'first-nation-reserve-or-settlement') ===
        row.serviceManagerArea.includes('geographically inside'),
      'A reserve or settlement, and only one, gives the area around it ("geographically inside").',
    ),
    z.refine((row) => new Set(row.areas).size === row.areas.length, 'A place names each of its areas once.'),
  );
export type PlaceRow = z.infer<typeof placeRowSchema>;
export type PlaceRowInput = z.input<typeof placeRowSchema>;
