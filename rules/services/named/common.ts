import type { Localized } from '../../locale';
import texts from './texts.json';

/**
 * Texts the named entries share, stored once in ./texts.json (hours, contact labels, the descriptions of children's
 * aid societies and VCAO agencies). The tables (./*.json) name one by its key where a text in both languages is
 * expected (`"desc": "protects"`, `"hours": "allDay"`); the loader (./index.ts) puts the text in.
 */
export const namedTexts: Readonly<Record<keyof typeof texts, Localized>> = texts;

export type NamedTextKey = keyof typeof namedTexts;

/** A text as a table writes it: in both languages, or the key of a shared one. */
export type NamedText = Localized | NamedTextKey;

/** The text itself, for a key of a shared one. */
export function namedText(text: NamedText): Localized {
  return typeof text === 'string' ? namedTexts[text] : text;
}
