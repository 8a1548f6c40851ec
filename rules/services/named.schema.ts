// `int` and `union` come straight from zod/mini, not from the `z` namespace the browser loads: this schema is read
// only by the build-time check and the tests (rules/check-directory.ts), never by a page.
import { int, union } from 'zod/mini';
import { z } from '../zod';
import { regionIdSchema } from '../answers.schema';
import { isoDateSchema, localizedSchema, sourceSchema } from '../localized';
import { audienceIds, directoryNeedIds, namedKinds } from './named-ids';
import { confidenceSchema, namedContactSchema, type NamedContact } from './service.schema';

export const directoryNeedSchema = z.enum(directoryNeedIds);

/** A name the same in both languages, or a name in each where a source gives an official French one. */
const nameSchema = union([z.string().check(z.minLength(1)), localizedSchema]);

const ageSchema = int().check(z.refine((n) => n >= 0 && n <= 120, 'An age is a whole number from 0 to 120.'));

/**
 * A named entry of the directory: one organization, line or program, with the areas it serves, who it is for,
 * the needs it meets and how to reach it. Every contact carries its own source, date checked and confidence (high
 * or medium; nothing lower is published). `sources` lists the pages behind the rest (the description, areas,
 * audience, ages and needs) beyond the contacts' own; `confidence` is the confidence of that rest.
 */
export const namedServiceSchema = z.strictObject({
  /** Stable kebab-case id; never reused for another entry. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ids are kebab-case.')),
  kind: z.enum(namedKinds),
  name: nameSchema,
  /** One line in plain language (grade 6–8) on what it offers and to whom. */
  desc: localizedSchema,
  /** `ontario` for a province-wide service, `canada` for a national one, or the service-manager areas it serves. */
  areas: union([z.enum(['ontario', 'canada']), z.array(regionIdSchema)]),
  /**
   * Areas the research maps by general knowledge only (marked "gk": no stored page confirmed them). The query
   * still lists the entry there, and says the area is not confirmed.
   */
  areasUnconfirmed: z.optional(z.array(regionIdSchema)),
  audience: z.optional(z.array(z.enum(audienceIds))),
  /** The ages served, inclusive, where the research gives them. */
  minAge: z.optional(ageSchema),
  maxAge: z.optional(ageSchema),
  needs: z.array(directoryNeedSchema),
  contacts: z.array(namedContactSchema).check(z.minLength(1)),
  sources: z.optional(z.array(sourceSchema)),
  checked: isoDateSchema,
  confidence: confidenceSchema,
});
export type NamedService = z.infer<typeof namedServiceSchema>;
export type NamedServiceInput = z.input<typeof namedServiceSchema>;

/** Omit from each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A contact as the browser gets it: without the page it was taken from and the day it was checked, which stay in
 * rules/services/named/provenance.ts (issue 19: the directory ships with the page, inside a 20 kB budget). Its
 * confidence ships, so a card can say when a number is medium.
 */
export type NamedContactCard = DistributiveOmit<NamedContact, 'source' | 'checked'>;

/**
 * A named entry as the browser gets it: the entry without its provenance (its contacts' sources, the pages behind
 * the rest, the day checked). `withProvenance` (rules/services/named/full.ts) puts them back for the build-time
 * check, the tests and `npm run stale`.
 */
export type NamedServiceCard = Omit<NamedService, 'contacts' | 'sources' | 'checked'> & {
  contacts: NamedContactCard[];
};
