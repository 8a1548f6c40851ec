import type { Locale, Region, Role } from '../../rules';
import { en, type Messages } from './en';
import { fr } from './fr';

/** Both languages ship with the page so the language switch keeps the person's place without a request. */
export const messages: Record<Locale, Messages> = { en, fr };

export type { Messages };

/** Second person for a survivor, third person for someone helping (family or friend, worker, trainer). */
export type Voice = 'you' | 'them';
export function voiceOf(role: Role | undefined): Voice {
  return role === 'worker' || role === 'trainer' || role === 'someone-else' ? 'them' : 'you';
}

/** A phone number as each language writes it: 1-833-900-1010 in English, 1 833 900-1010 in French.
 * A short number with no hyphen (911, 211) is written the same in both. */
export function formatPhone(number: string, locale: Locale): string {
  if (locale === 'en' || !number.includes('-')) return number;
  const parts = number.split('-');
  return `${parts.slice(0, -1).join(' ')}-${parts[parts.length - 1]}`;
}

/** The `tel:` link for a phone number written with hyphens. */
export function telHref(number: string): string {
  return `tel:${number.replace(/-/g, '')}`;
}

/** An area's housing office numbers with their labels, in the order the summary and the plain text list them. */
export function housingPhones(
  housing: Region['housing'],
  t: Messages,
  locale: Locale,
): { label: string; number: string }[] {
  const phones: { label: string; number: string }[] = [];
  if (housing?.phone)
    phones.push({ label: housing.phoneLabel?.[locale] ?? t.summary.housingPhone, number: housing.phone });
  if (housing?.tollFree) phones.push({ label: t.summary.housingTollFree, number: housing.tollFree });
  return phones;
}

/** A YYYY-MM-DD date written out in the language of the page, e.g. "November 28, 2026" / "28 novembre 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
