/**
 * For the tests only: the research files every fact of the directory must come from. They live beside the repo
 * (../shared/reference), not in it, so the tests that read them skip when they are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const referenceDir = path.resolve(__dirname, '../../../shared/reference');
export const hasReference = existsSync(referenceDir);

/** One research file's text, or '' when the folder is absent. */
export function readReference(name: string): string {
  const file = path.join(referenceDir, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Every research file's text (Markdown, text and CSV), joined. */
export const allReferenceText: string = hasReference
  ? readdirSync(referenceDir)
      .filter((name) => /\.(md|txt|csv)$/.test(name))
      .map(readReference)
      .join('\n')
  : '';

/** Phone keypad letters, so a vanity number such as 1-800-222-TIPS compares by its digits. */
const keypad: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
    [...letters].map((letter) => [letter, String(i + 2)]),
  ),
);

/** A North American number written with hyphens, spaces, dots or brackets, with or without the leading 1. */
export const phonePattern = /(?:\b1[-\s.])?\(?\b\d{3}\)?[-\s.]\d{3}[-\s.](?:\d{4}|[A-Z]{4})\b/g;

/** The ten digits of a phone number: letters become keypad digits and a leading 1 of an 11-digit number drops. */
export function phoneDigits(text: string): string {
  const digits = text
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => keypad[letter] ?? '')
    .replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/**
 * Every phone number the research files write in digits, normalised as the repository's phone check does
 * (../shared/hooks/before-stop): ten digits with separators, a leading 1 dropped. A number the files write only
 * with letters (807-346-HELP) is not in it, so it cannot pass that check either.
 */
export const referencePhones: ReadonlySet<string> = new Set(
  (
    allReferenceText
      .replace(/1-800-222-TIPS \(8477\)/g, '1-800-222-8477')
      .match(/(\+?1[ -.]?)?\(?[0-9]{3}\)?[ -.][0-9]{3}[ -.][0-9]{4}/g) ?? []
  ).map(phoneDigits),
);
