// `number` comes straight from zod/mini, not from the `z` namespace the browser loads (rules/zod-functions.ts): this
// schema is read only by the build and the tests, and adding it to that namespace grew the wizard's first load.
import { number } from 'zod/mini';
import { z } from '../zod';

/**
 * The Open Referral HSDS 3.0 objects the build writes (scripts/write-hsds.ts), as zod schemas: each object's
 * required fields and the type of every field it may carry, from the specification's JSON schemas
 * (openreferral/specification, schema/*.json, version 3.0: organization, service, phone, service_area, schedule,
 * location, service_at_location, metadata). Read by the tests and the build only, never by a page.
 *
 * Stricter than HSDS on purpose, so a typo or a field about a person cannot slip in:
 * - objects are strict: only the HSDS fields listed here, plus three extensions HSDS allows when documented
 *   (docs/hsds/extending.md; the open data page and docs/features.md document them): `source` and `confidence` on
 *   metadata (HSDS 3.0 has no field for the page a fact was checked against), and `additional_urls` on a service
 *   (HSDS 3.0 has one `url`; 3.1 added this property, in this shape, for the others);
 * - the fields HSDS has for people (a `contact`'s name and title, `assurer_email`, an address's `attention`) are
 *   not among them, and `updated_by` must be the project, never a person.
 */

/** HSDS 3.0 ids have the format `uuid`. */
export const uuidSchema = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'An HSDS id is a UUID.'));
/** `format: uri`: every address the directory holds is a web page. */
const uriSchema = z.url({ protocol: /^https?$/ });
/** `datapackage_type: date`. */
const dateSchema = z.iso.date();

/** Who writes every metadata record: the project, never a person. */
export const hsdsPublisher = 'Ontario anti-human trafficking referral triage (project)';

/** metadata.json: required id, last_action_date, last_action_type, field_name, previous_value, replacement_value, updated_by. */
export const metadataSchema = z.strictObject({
  id: uuidSchema,
  resource_id: z.optional(uuidSchema),
  resource_type: z.optional(z.enum(['organization', 'service', 'phone', 'location', 'service_area', 'schedule'])),
  last_action_date: dateSchema,
  last_action_type: z.literal('verified'),
  field_name: z.string(),
  previous_value: z.string(),
  replacement_value: z.string(),
  updated_by: z.literal(hsdsPublisher),
  /** Extension: the page the record was compared with. */
  source: uriSchema,
  /** Extension: how sure the research is (rules/services/service.schema.ts). */
  confidence: z.enum(['high', 'medium']),
});

const metadata = z.array(metadataSchema).check(z.minLength(1));

/** phone.json: required id, number. `type` from RFC 6350, as the description says. */
export const phoneSchema = z.strictObject({
  id: uuidSchema,
  service_id: z.optional(uuidSchema),
  number: z.string().check(z.minLength(1)),
  extension: z.optional(number()),
  type: z.optional(z.enum(['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone'])),
  description: z.optional(z.string()),
  metadata,
});

/** service_area.json: required id. */
export const serviceAreaSchema = z.strictObject({
  id: uuidSchema,
  service_id: z.optional(uuidSchema),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
});

/** schedule.json: required id. Hours are kept as the sources write them, in `description`, not as RRULEs. */
export const scheduleSchema = z.strictObject({
  id: uuidSchema,
  service_id: z.optional(uuidSchema),
  description: z.optional(z.string()),
});

/** location.json: required id, location_type. */
export const locationSchema = z.strictObject({
  id: uuidSchema,
  location_type: z.enum(['physical', 'virtual']),
  organization_id: z.optional(uuidSchema),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  metadata,
});

/** service_at_location.json: required id; in JSON, the location is embedded. */
export const serviceAtLocationSchema = z.strictObject({
  id: uuidSchema,
  service_id: z.optional(uuidSchema),
  location_id: z.optional(uuidSchema),
  location: z.optional(locationSchema),
});

/** Extension, in HSDS 3.1's shape (url.json: id, label, url, service_id). */
export const additionalUrlSchema = z.strictObject({
  id: uuidSchema,
  service_id: z.optional(uuidSchema),
  label: z.optional(z.string()),
  url: uriSchema,
});

/** service.json: required id, name, status. */
export const serviceSchema = z.strictObject({
  id: uuidSchema,
  organization_id: z.optional(uuidSchema),
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  url: z.optional(uriSchema),
  email: z.optional(z.email()),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  application_process: z.optional(z.string()),
  eligibility_description: z.optional(z.string()),
  minimum_age: z.optional(number()),
  maximum_age: z.optional(number()),
  assured_date: z.optional(dateSchema),
  phones: z.array(phoneSchema),
  schedules: z.array(scheduleSchema),
  service_areas: z.array(serviceAreaSchema),
  service_at_locations: z.array(serviceAtLocationSchema),
  additional_urls: z.array(additionalUrlSchema),
  metadata,
});

/** organization.json: required id, name, description. */
export const organizationSchema = z.strictObject({
  id: uuidSchema,
  name: z.string().check(z.minLength(1)),
  description: z.string(),
  website: z.optional(uriSchema),
  email: z.optional(z.email()),
  locations: z.array(locationSchema),
  metadata,
});

/** The schema of each kind of HSDS record this export writes. */
type RecordSchemas = {
  metadata: typeof metadataSchema;
  phone: typeof phoneSchema;
  serviceArea: typeof serviceAreaSchema;
  location: typeof locationSchema;
  additionalUrl: typeof additionalUrlSchema;
  service: typeof serviceSchema;
  organization: typeof organizationSchema;
};
/** An HSDS record as this export writes it, by kind: `Hsds['phone']`, `Hsds['service']`… */
export type Hsds = { [K in keyof RecordSchemas]: z.infer<RecordSchemas[K]> };

/** Each file of `rules/hsds/files.ts`: a JSON array of records. */
export const hsdsFileSchemas = {
  organizations: z.array(organizationSchema),
  services: z.array(serviceSchema),
};
