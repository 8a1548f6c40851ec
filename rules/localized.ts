import { z } from './zod';
import type { Localized } from './locale';

export { locales, type Locale, type Localized } from './locale';

/** A text in both official languages (the schema of `Localized`). */
export const localizedSchema = z.strictObject({
  en: z.string().check(z.minLength(1)),
  fr: z.string().check(z.minLength(1)),
}) satisfies z.ZodMiniType<Localized>;

/**
 * A phone number written the way the source writes it, hyphenated: `911`, `1-833-900-1010` or `416-314-2447`.
 * The UI derives the `tel:` link and the French spacing (1 833 900-1010) from it.
 */
export const phoneSchema = z
  .string()
  .check(z.regex(/^(911|(1-)?\d{3}-\d{3}-\d{4})$/, 'Write phone numbers as 911, 1-833-900-1010 or 416-314-2447.'));

/** The web page a fact was taken from. */
export const sourceSchema = z.url({ protocol: /^https?$/ });

/** The day a fact was last compared with its source, as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();
