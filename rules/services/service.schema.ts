import { z } from '../zod';
import { regionIdSchema } from '../answers.schema';
import { isoDateSchema, localizedSchema, phoneSchema, sourceSchema } from '../localized';
import { serviceIds, type ServiceId } from './service-ids';

export { serviceIds, type ServiceId };

export const serviceIdSchema = z.enum(serviceIds);

/**
 * One way to reach a service. `region` limits it to one service-manager area (a local police line, say).
 * Every contact names the page it was taken from.
 */
export const contactSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('phone'),
    number: phoneSchema,
    label: z.optional(localizedSchema),
    region: z.optional(regionIdSchema),
    source: sourceSchema,
  }),
  z.strictObject({
    kind: z.literal('tty'),
    number: z.optional(phoneSchema),
    label: localizedSchema,
    source: sourceSchema,
  }),
  z.strictObject({
    kind: z.enum(['web', 'chat']),
    url: sourceSchema,
    label: z.optional(localizedSchema),
    region: z.optional(regionIdSchema),
    source: sourceSchema,
  }),
  z.strictObject({
    kind: z.literal('email'),
    address: z.email(),
    label: z.optional(localizedSchema),
    source: sourceSchema,
  }),
]);
export type Contact = z.infer<typeof contactSchema>;

/**
 * One entry of the service directory. Every fact in it comes from shared/reference/service-facts.md at high or
 * medium confidence, and `sources` lists the pages behind it; `checked` is the day the entry was last compared
 * with those sources.
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
  confidence: z.enum(['high', 'medium']),
});
export type Service = z.infer<typeof serviceSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
