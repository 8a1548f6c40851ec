import { describe, expect, it } from 'vitest';
import { referralRules } from '../../rules';
import { referralMap, type Requirement } from '../../rules/trainer/referral-map';
import { en } from '../content/en';
import { fr } from '../content/fr';
import { trainerMessages } from './content';
import { mapAnswerWords, requirementWords, ruleWords } from './map-words';
import type { TrainerPageMessages } from './use-trainer-messages';

/**
 * The referral map and the rules in the page's words: every line of the map and every rule, in both languages,
 * without an id.
 */
const map = referralMap();
const messages = {
  en: { ...en, trainer: { ...en.trainer, ...trainerMessages.en } },
  fr: { ...fr, trainer: { ...fr.trainer, ...trainerMessages.fr } },
} as Record<'en' | 'fr', TrainerPageMessages>;
const locales = ['en', 'fr'] as const;
/** An id as the rules and the answers spell them: lower case with a hyphen (`under-16`, `care-unit-toronto`). */
const idPattern = /\b[a-z0-9]+-[a-z0-9-]+\b/;

describe('the referral map in words', () => {
  const cases: [Requirement, string, string][] = [
    [
      { kind: 'answer', question: 'region', values: ['toronto'] },
      'Area: “Toronto”',
      'Région\u00a0: «\u00a0Toronto\u00a0»',
    ],
    [
      { kind: 'answer', question: 'age', values: ['under-16', '16-17'] },
      'Age: “Under 16” or “16 or 17”',
      'Âge\u00a0: «\u00a0Moins de 16 ans\u00a0» ou «\u00a016 ou 17 ans\u00a0»',
    ],
    [
      { kind: 'answer-not', question: 'region', values: ['toronto', 'durham'] },
      'Area: other than “Toronto” and “Durham Region”',
      '',
    ],
    [{ kind: 'needs-any', needs: ['learn-more'] }, `What would help: “${en.needs.options['learn-more']}”`, ''],
    [
      {
        kind: 'all',
        parts: [
          { kind: 'answer', question: 'danger', values: ['yes'] },
          {
            kind: 'any',
            parts: [
              { kind: 'answer', question: 'age', values: ['under-16'] },
              { kind: 'needs-any', needs: ['housing'] },
            ],
          },
        ],
      },
      `In danger right now: “Yes” and (Age: “Under 16” or What would help: “${en.needs.options.housing}”)`,
      '',
    ],
  ];
  it.each(cases)('%j', (requirement, english, french) => {
    expect(requirementWords(requirement, map, messages.en, 'en')).toBe(english);
    if (french) expect(requirementWords(requirement, map, messages.fr, 'fr')).toBe(french);
  });

  it('names a group of areas by how many it holds, wherever a requirement covers it whole', () => {
    const others = map.questions.find((q) => q.question === 'region')!.answers.find((a) => a.values.length > 1)!;
    expect(mapAnswerWords(others, messages.en, 'en')).toBe(`Any of the other ${others.values.length} areas`);
    const all = [...others.values, 'outside-ontario'];
    expect(requirementWords({ kind: 'answer', question: 'region', values: all }, map, messages.en, 'en')).toBe(
      `Area: “Outside Ontario” or “Any of the other ${others.values.length} areas”`,
    );
  });

  for (const locale of locales) {
    it(`writes every line of the map, and every rule, with no id (${locale})`, () => {
      const t = messages[locale];
      const texts = [
        ...map.questions.flatMap((q) => q.answers.map((a) => mapAnswerWords(a, t, locale))),
        ...map.questions.flatMap((q) =>
          q.answers.flatMap((a) =>
            a.services.flatMap((s) =>
              s.lines.flatMap((l) => (l.requires ? [requirementWords(l.requires, map, t, locale)] : [])),
            ),
          ),
        ),
        ...referralRules.map((rule) => ruleWords(rule, map, t, locale)),
      ];
      expect(texts.filter((text) => idPattern.test(text))).toEqual([]);
      expect(
        ruleWords(
          referralRules.find((r) => r.id === 'hotline-for-everyone')!,
          map,
          t,
          locale,
        ),
      ).toBe(t.trainer.why.appliesToEveryone);
    });
  }
});
