import { describe, expect, it } from 'vitest';
import { regions, services } from '../../rules';
import { en } from './en';
import { fr } from './fr';
import { trainerEn, trainerFr } from '../trainer/content';
import { servicesEn, servicesFr } from '../services/content';

/**
 * French parity: every key in one language exists in the other, with the same kind of value, and no French
 * string is left as the English one unless it is on its catalogue's list (names, numbers and words that are the
 * same in both languages).
 */
const sameInBothLanguages = new Set([
  'Danger',
  'Métis',
  'Inuit',
  'Toronto',
  'English',
  'Notes',
  'en',
  'fr',
  'WhatsApp',
]);

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  if (Array.isArray(value)) return value.flatMap((child, i) => leaves(child, `${path}[${i}]`));
  return [{ path, value }];
}

/**
 * Every catalogue of strings: the wizard's (components/content), the trainer page's (components/trainer/content.ts),
 * and the services and open data pages' (components/services/content.ts).
 */
const catalogues = [
  { name: 'English and French messages', english: en as unknown, french: fr as unknown, same: sameInBothLanguages },
  {
    name: 'the trainer page’s strings (components/trainer/content.ts)',
    english: trainerEn as unknown,
    french: trainerFr as unknown,
    same: sameInBothLanguages,
  },
  {
    name: 'the services and open data pages’ strings (components/services/content.ts)',
    english: servicesEn as unknown,
    french: servicesFr as unknown,
    same: new Set(['Inuit', 'Licence']),
  },
];

for (const { name, english, french, same } of catalogues) {
  describe(name, () => {
    const enLeaves = leaves(english);
    const frLeaves = leaves(french);
    const frByPath = new Map(frLeaves.map((l) => [l.path, l.value]));
    const enByPath = new Map(enLeaves.map((l) => [l.path, l.value]));

    it('has every English key in French', () => {
      expect(enLeaves.map((l) => l.path).filter((p) => !frByPath.has(p))).toEqual([]);
    });

    it('has every French key in English', () => {
      expect(frLeaves.map((l) => l.path).filter((p) => !enByPath.has(p))).toEqual([]);
    });

    it('gives each key the same kind of value in both languages', () => {
      const mismatched = enLeaves.filter((l) => typeof l.value !== typeof frByPath.get(l.path)).map((l) => l.path);
      expect(mismatched).toEqual([]);
    });

    it('leaves no French string equal to the English one, except names on the allow-list', () => {
      const untranslated = enLeaves
        .filter((l) => typeof l.value === 'string' && l.value === frByPath.get(l.path) && !same.has(l.value))
        .map((l) => `${l.path}: ${String(l.value)}`);
      expect(untranslated).toEqual([]);
    });
  });
}

describe('message functions', () => {
  it('writes functions that give French for French and English for English', () => {
    expect(fr.common.stepOf(2, 7)).not.toBe(en.common.stepOf(2, 7));
    expect(fr.reasons.because(['a'], [])).not.toBe(en.reasons.because(['a'], []));
    expect(fr.summary.sourcesToggle('2026-11-28')).toContain('2026-11-28');
  });
});

describe('the services and open data pages’ message functions', () => {
  it('writes functions that give French for French', () => {
    const enByPath = new Map(leaves(servicesEn).map((l) => [l.path, l.value]));
    const frByPath = new Map(leaves(servicesFr).map((l) => [l.path, l.value]));
    // "7 services" is written the same in both languages.
    const functions = [...enByPath].filter(
      ([path, value]) => typeof value === 'function' && path !== 'services.sectionCount',
    );
    expect(functions.length).toBeGreaterThan(0);
    for (const [path, english] of functions as [string, (...args: unknown[]) => string][]) {
      const french = frByPath.get(path) as (...args: unknown[]) => string;
      const args =
        path.endsWith('between') || path.endsWith('count')
          ? [12, 20]
          : path.endsWith('ext') || path.endsWith('textKeyword')
            ? ['42']
            : [7];
      if (path.endsWith('areaChosen') || path.endsWith('alsoUnconfirmed')) args.splice(0, 1, 'Kenora');
      expect(french(...args), path).not.toBe(english(...args));
    }
  });
});

describe('the service directory and the regions in both languages', () => {
  // Service and organization names may stay in English where no official French name was found (see
  // shared/reference/french-glossary.md); everything a person reads to understand a service must be French.
  const described = services.flatMap((s) =>
    (['offers', 'serves', 'expect', 'hours', 'languages'] as const).flatMap((field) => {
      const text = s[field];
      return text ? [{ where: `${s.id}.${field}`, text }] : [];
    }),
  );

  it('translates what each service offers, who it serves, what to expect, hours and languages', () => {
    expect(described.filter((d) => d.text.en === d.text.fr).map((d) => d.where)).toEqual([]);
  });

  it('has a French name for every service and region', () => {
    for (const s of services) expect(s.name.fr.length, s.id).toBeGreaterThan(0);
    for (const r of regions) expect(r.name.fr.length, r.id).toBeGreaterThan(0);
  });
});
