/** A text in both official languages. French may equal English only for names, numbers and URLs. */
export type Localized = { en: string; fr: string };
export type Locale = keyof Localized;
export const locales = ['en', 'fr'] as const satisfies readonly Locale[];
