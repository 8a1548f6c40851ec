import { z } from '../zod';
import { regionIdSchema } from '../answers.schema';
import { isoDateSchema, localizedSchema, sourceSchema } from '../localized';
import { serviceIds, type ServiceId } from './service-ids';

export { serviceIds, type ServiceId };

export const serviceIdSchema = z.enum(serviceIds);

/**
 * How sure the research is of a fact (shared/reference/service-facts.md, "How to read this"): `high` when seen word
 * for word on the operator's own page or an official page, `medium` from a reputable secondary source or a dated
 * official one. Nothing below medium is published: a low-confidence number is left out, not marked.
 */
export const confidenceSchema = z.enum(['high', 'medium']);
export type Confidence = z.infer<typeof confidenceSchema>;

/**
 * A number to dial, written the way the sources write it: the three-digit lines (911, 211, 311, 988) or a
 * hyphenated number, `1-833-900-1010` or `416-314-2447`. The UI derives the `tel:` link and the French spacing.
 */
export const dialSchema = z
  .string()
  .check(
    z.regex(
      /^(911|211|311|988|(1-)?\d{3}-\d{3}-\d{4})$/,
      'Write phone numbers as 911, 1-833-900-1010 or 416-314-2447.',
    ),
  );

/** A number to text: a short code (686868, 247247, 988) or a hyphenated phone number. */
export const textNumberSchema = z
  .string()
  .check(z.regex(/^(\d{3,6}|(1-)?\d{3}-\d{3}-\d{4})$/, 'Write text numbers as 686868 or 647-694-4275.'));

/**
 * Where a contact comes from, carried by every contact: the page it was seen on, the day it was compared with the
 * research, and how sure the research is of it (the number or address and, where given, its hours).
 */
const provenance = {
  source: sourceSchema,
  checked: isoDateSchema,
  confidence: confidenceSchema,
};

/** When a contact answers, where the sources say: "24 hours a day, 7 days a week", "Monday to Friday, 8 to 5". */
const hoursSchema = localizedSchema;

const phoneContactSchema = z.strictObject({
  kind: z.literal('phone'),
  number: dialSchema,
  /** An extension to ask for, digits only. */
  ext: z.optional(z.string().check(z.regex(/^\d{1,6}$/))),
  /** Set when the sources call the number toll-free; the UI says so, so no label is needed for that. */
  tollFree: z.optional(z.literal(true)),
  label: z.optional(localizedSchema),
  region: z.optional(regionIdSchema),
  hours: z.optional(hoursSchema),
  ...provenance,
});

const ttyContactSchema = z.strictObject({
  kind: z.literal('tty'),
  number: z.optional(dialSchema),
  label: localizedSchema,
  hours: z.optional(hoursSchema),
  ...provenance,
});

const webContactSchema = z.strictObject({
  kind: z.enum(['web', 'chat']),
  url: sourceSchema,
  label: z.optional(localizedSchema),
  region: z.optional(regionIdSchema),
  hours: z.optional(hoursSchema),
  ...provenance,
});

const emailContactSchema = z.strictObject({
  kind: z.literal('email'),
  address: z.email(),
  label: z.optional(localizedSchema),
  ...provenance,
});

/** A text (SMS) line; `keyword` is the word to send where the service asks for one (CONNECT, TEXTO). */
const textContactSchema = z.strictObject({
  kind: z.literal('text'),
  number: textNumberSchema,
  keyword: z.optional(localizedSchema),
  /** Set when the number takes messages through WhatsApp rather than SMS. */
  app: z.optional(z.literal('whatsapp')),
  label: z.optional(localizedSchema),
  hours: z.optional(hoursSchema),
  ...provenance,
});

/** A place to walk in, where a source gives the street address of a public, non-confidential site. */
const addressContactSchema = z.strictObject({
  kind: z.literal('address'),
  address: z.string().check(z.minLength(1)),
  label: z.optional(localizedSchema),
  hours: z.optional(hoursSchema),
  ...provenance,
});

/**
 * One way to reach a service of the 23 categories (`Service`). `region` limits it to one service-manager area (a
 * local police line, say). Every contact names the page it was taken from, the day it was checked, and its
 * confidence.
 */
export const contactSchema = z.discriminatedUnion('kind', [
  phoneContactSchema,
  ttyContactSchema,
  webContactSchema,
  emailContactSchema,
]);
export type Contact = z.infer<typeof contactSchema>;

/**
 * One way to reach a named entry of the directory (`NamedService`): the contacts of a category, plus text lines
 * and walk-in addresses.
 */
export const namedContactSchema = z.discriminatedUnion('kind', [
  phoneContactSchema,
  ttyContactSchema,
  webContactSchema,
  emailContactSchema,
  textContactSchema,
  addressContactSchema,
]);
export type NamedContact = z.infer<typeof namedContactSchema>;

/**
 * One entry of the service directory. Every fact in it comes from shared/reference/service-facts.md at high or
 * medium confidence, and `sources` lists the pages behind it; `checked` is the day the entry was last compared
 * with those sources. `confidence` is the lowest of its facts: an entry holding a medium-confidence fact (a
 * contact, its hours, an eligibility rule) is `medium`.
 */
export const serviceSchema = z.strictObject({
  id: serviceIdSchema,
  name: localizedSchema,
  /** One or two plain sentences on what the service offers. */
  offers: localizedSchema,
  /** What to expect when making contact, or what to ask for. */
  expect: z.optional(localizedSchema),
  /** Who the service is for. */
  serves: localizedSchema,
  hours: z.optional(localizedSchema),
  languages: z.optional(localizedSchema),
  contacts: z.array(contactSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  checked: isoDateSchema,
  confidence: confidenceSchema,
});
export type Service = z.infer<typeof serviceSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
