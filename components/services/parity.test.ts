import { describe, expect, it } from 'vitest';
import { servicesEn, servicesFr } from './content';

/**
 * French parity of the services and open data pages' strings, as components/content/parity.test.ts checks the
 * wizard's: every key in both languages, the same kind of value, and no French string left as the English one
 * unless it is the same word in both languages.
 */
const sameInBothLanguages = new Set(['Inuit', 'Licence']);

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  if (Array.isArray(value)) return value.flatMap((child, i) => leaves(child, `${path}[${i}]`));
  return [{ path, value }];
}

describe('the services and open data pages’ strings (components/services/content.ts)', () => {
  const enLeaves = leaves(servicesEn);
  const frLeaves = leaves(servicesFr);
  const frByPath = new Map(frLeaves.map((l) => [l.path, l.value]));
  const enByPath = new Map(enLeaves.map((l) => [l.path, l.value]));

  it('has every English key in French, and every French key in English', () => {
    expect(enLeaves.map((l) => l.path).filter((p) => !frByPath.has(p))).toEqual([]);
    expect(frLeaves.map((l) => l.path).filter((p) => !enByPath.has(p))).toEqual([]);
  });

  it('gives each key the same kind of value in both languages', () => {
    expect(enLeaves.filter((l) => typeof l.value !== typeof frByPath.get(l.path)).map((l) => l.path)).toEqual([]);
  });

  it('leaves no French string equal to the English one, except words on the allow-list', () => {
    const untranslated = enLeaves
      .filter(
        (l) => typeof l.value === 'string' && l.value === frByPath.get(l.path) && !sameInBothLanguages.has(l.value),
      )
      .map((l) => `${l.path}: ${String(l.value)}`);
    expect(untranslated).toEqual([]);
  });

  it('writes functions that give French for French', () => {
    // "7 services" is written the same in both languages.
    const functions = enLeaves.filter((l) => typeof l.value === 'function' && l.path !== 'services.sectionCount');
    expect(functions.length).toBeGreaterThan(0);
    for (const { path } of functions) {
      const en = enByPath.get(path) as (...args: unknown[]) => string;
      const fr = frByPath.get(path) as (...args: unknown[]) => string;
      const args =
        path.endsWith('between') || path.endsWith('count')
          ? [12, 20]
          : path.endsWith('ext') || path.endsWith('textKeyword')
            ? ['42']
            : [7];
      if (path.endsWith('areaChosen') || path.endsWith('alsoUnconfirmed')) args.splice(0, 1, 'Kenora');
      expect(fr(...args), path).not.toBe(en(...args));
    }
  });
});
