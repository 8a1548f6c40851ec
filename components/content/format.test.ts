import { describe, expect, it } from 'vitest';
import { namedServices, services } from '../../rules';
import { formatPhone, telHref } from './index';

describe('phone numbers as each language writes them', () => {
  it.each([
    ['1-833-900-1010', 'en', '1-833-900-1010'],
    ['1-833-900-1010', 'fr', '1 833 900-1010'],
    ['416-314-2447', 'fr', '416 314-2447'],
    ['911', 'fr', '911'],
    ['211', 'fr', '211'],
    ['211', 'en', '211'],
  ] as const)('%s in %s is %s', (number, locale, written) => {
    expect(formatPhone(number, locale)).toBe(written);
  });

  it('every number in the directory keeps all its digits, and no written number starts or ends with a hyphen', () => {
    const numbers = [...services.flatMap((s) => s.contacts), ...namedServices.flatMap((s) => s.contacts)].flatMap(
      (c) => (c.kind === 'phone' ? [c.number] : []),
    );
    expect(numbers.length).toBeGreaterThan(50);
    for (const number of numbers)
      for (const locale of ['en', 'fr'] as const) {
        const written = formatPhone(number, locale);
        expect(written.replace(/\D/g, ''), number).toBe(telHref(number).slice(4).replace(/\D/g, ''));
        expect(written, number).not.toMatch(/^-|-$/);
      }
  });
});
