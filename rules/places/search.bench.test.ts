import { describe, expect, it } from 'vitest';
import { placesData } from './places.data';
import { preparePlaceSearch, searchPlaces } from './search';

/**
 * A micro-check of the search's speed, printed rather than asserted (a timing in a unit test fails on a busy
 * machine, not on slow code). It types every name of the CSV one letter at a time, as a person would, and reports
 * the median and slowest keystroke. A phone at 4× CPU slowdown must answer a keystroke well under 16 ms.
 */
describe('search speed (printed, not asserted)', () => {
  it('answers every keystroke of every name in the CSV', () => {
    const prepare: number[] = [];
    // The first build is the one a person meets (code not yet optimised by the engine); the median is the steady one.
    for (let run = 0; run < 30; run++) {
      const start = performance.now();
      preparePlaceSearch(true);
      prepare.push(performance.now() - start);
    }
    const keystrokes: number[] = [];
    const names: number[] = [];
    for (const row of placesData) {
      for (let length = 1; length <= row.name.length; length++) {
        const start = performance.now();
        searchPlaces(row.name.slice(0, length), 'en');
        const time = performance.now() - start;
        keystrokes.push(time);
        if (length === row.name.length) names.push(time);
      }
    }
    const at = (times: number[], q: number) => [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) * q)];
    const ms = (t: number) => `${t.toFixed(3)} ms`;
    console.log(
      [
        `places search: index built in ${ms(prepare[0])} the first time, ${ms(at(prepare, 0.5))} (median of 30)`,
        `${names.length} whole names: median ${ms(at(names, 0.5))}`,
        `${keystrokes.length} keystrokes: median ${ms(at(keystrokes, 0.5))}, 95th percentile ${ms(at(keystrokes, 0.95))}, slowest ${ms(at(keystrokes, 1))}`,
      ].join('\n'),
    );
    expect(keystrokes.length).toBeGreaterThan(placesData.length);
    // Generous: the whole suite runs in parallel on two cores, and this test measures, it does not race.
  }, 120_000);
});
