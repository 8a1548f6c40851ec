/**
 * Plain-language check: the Flesch–Kincaid grade of the survivor-facing English text (the "you" wording, the
 * safety page, the emergency screen, the service descriptions) and the LIX score of the French. Survivor text
 * aims at grade 6–8 (GOV.UK writes for a reading age of 9; many Canadian services use grade 8, grade 6 for
 * emergencies). Prints one line per section and fails when a section's grade is over 8 (emergency over 6).
 * A score is a proxy: it does not replace testing the words with people with lived experience.
 */
import { services } from '../rules';
import { en } from '../components/content/en';
import { fr } from '../components/content/fr';

type Texts = string[];

/** Survivor-facing strings only: for `{ you, them }` pairs, the `you` side. */
function collect(value: unknown): Texts {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collect);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('you' in record && 'them' in record) return collect(record.you);
    return Object.values(record).flatMap(collect);
  }
  return [];
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /[a-zà-ÿ]/i.test(s));
const wordsOf = (text: string) => text.match(/[A-Za-zÀ-ÿ’'-]+/g) ?? [];

function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

function fleschKincaidGrade(texts: Texts): number {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syl / words.length) - 15.59;
}

/** LIX = words per sentence + percentage of words longer than 6 letters (under 40: easy; 40–50: medium). */
function lix(texts: Texts): number {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const long = words.filter((w) => w.length > 6).length;
  return words.length / sentences.length + (100 * long) / words.length;
}

const sections: { name: string; en: Texts; fr: Texts; maxGrade: number }[] = [
  { name: 'start and safety notice', en: collect(en.role), fr: collect(fr.role), maxGrade: 8 },
  { name: 'emergency screen', en: collect(en.emergency), fr: collect(fr.emergency), maxGrade: 6 },
  {
    name: 'questions (danger to needs)',
    en: collect([en.danger, en.age, en.inCare, en.region, en.indigenous, en.needs]),
    fr: collect([fr.danger, fr.age, fr.inCare, fr.region, fr.indigenous, fr.needs]),
    maxGrade: 8,
  },
  {
    name: 'summary and reasons',
    en: collect([en.summary, en.review]),
    fr: collect([fr.summary, fr.review]),
    maxGrade: 8,
  },
  { name: 'safety page', en: collect(en.safetyPage), fr: collect(fr.safetyPage), maxGrade: 8 },
  {
    name: 'exit and errors',
    en: collect([en.exit, en.errors, en.failSafe]),
    fr: collect([fr.exit, fr.errors, fr.failSafe]),
    maxGrade: 6,
  },
  {
    name: 'service descriptions',
    en: services.flatMap((s) => [s.offers.en, s.serves.en, s.expect?.en ?? '']).filter(Boolean),
    fr: services.flatMap((s) => [s.offers.fr, s.serves.fr, s.expect?.fr ?? '']).filter(Boolean),
    maxGrade: 8,
  },
];

let failures = 0;
console.log('section'.padEnd(30), 'EN grade (FK)'.padStart(14), 'limit'.padStart(6), 'FR LIX'.padStart(8));
for (const section of sections) {
  const grade = fleschKincaidGrade(section.en);
  const over = grade > section.maxGrade;
  if (over) failures += 1;
  console.log(
    section.name.padEnd(30),
    grade.toFixed(1).padStart(14),
    String(section.maxGrade).padStart(6),
    lix(section.fr).toFixed(0).padStart(8),
    over ? '  OVER' : '',
  );
}
console.log(
  failures === 0
    ? 'readability: every section within its grade limit'
    : `readability: ${failures} section(s) over the limit`,
);
process.exit(failures === 0 ? 0 : 1);
