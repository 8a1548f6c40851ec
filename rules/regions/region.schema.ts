import { z } from '../zod';
import { regionIdSchema } from '../answers.schema';
import { isoDateSchema, localizedSchema, phoneSchema, sourceSchema } from '../localized';
import { confidenceSchema } from '../services/service.schema';
import { regionGroups } from './region-groups';

export { regionGroups };

/**
 * One of Ontario's 47 housing service-manager areas (shared/reference/service-managers.md).
 * `serviceManagerVerified` is false where the manager's name is general knowledge that no stored official page
 * confirmed; the UI then says so rather than presenting it as checked.
 */
export const regionSchema = z.strictObject({
  id: regionIdSchema,
  /** The area as a person would name it: "Toronto", "Durham Region", "Thunder Bay District". */
  name: localizedSchema,
  group: z.enum(regionGroups),
  kind: z.enum(['municipal', 'district']),
  /** The service manager's name, as the MMAH list or the legal source writes it. */
  serviceManager: localizedSchema,
  serviceManagerVerified: z.boolean(),
  /** The service manager's housing page and phone, where an official page gave them. */
  housing: z.optional(
    z.strictObject({
      url: z.optional(sourceSchema),
      phone: z.optional(phoneSchema),
      phoneLabel: z.optional(localizedSchema),
      /** A toll-free number for the same office, where the same page gives one. */
      tollFree: z.optional(phoneSchema),
      source: sourceSchema,
      /** How sure the research is of this contact: medium where it is dated, secondhand or meant for others. */
      confidence: confidenceSchema,
    }),
  ),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  checked: isoDateSchema,
});
export type Region = z.infer<typeof regionSchema>;
export type RegionInput = z.input<typeof regionSchema>;
