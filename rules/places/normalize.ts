/**
 * How place names and what a person types are compared: both become lists of plain words, so "Sault Ste. Marie",
 * "sault sainte-marie" and "SAULT STE MARIE" are the same three words. Shared by the search in the browser and by
 * the generator that builds its index (scripts/generate-places.ts), so both see a name the same way.
 */

/**
 * The short forms people write for these words, and the long form a name is stored under. A name's "St." becomes
 * "saint", so "saint", "st" and "sai" all find it; the short form stays a word of its own in what was typed, so
 * "st" still finds Stratford.
 */
const longForms: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

/** The short forms of long forms written out in names, for a name typed without spaces ("saultstemarie"). */
const shortForms: Readonly<Record<string, string>> = { saint: 'st', sainte: 'ste' };

/**
 * Words a query may hold that the name need not: joining words in both languages and "Ontario" ("Kingston, ON"),
 * and the kind of place ("Town of Perth", "Sudbury District"). Both still count towards an exact match ("County of
 * Perth"); a kind word also ranks higher the names it describes ("town" puts the Town of Perth before Perth County).
 */
const joiningWords: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'l',
  'd',
  'on',
  'ont',
  'ontario',
]);
const kindWords: ReadonlySet<string> = new Set([
  'city',
  'town',
  'township',
  'village',
  'municipality',
  'county',
  'counties',
  'region',
  'regional',
  'district',
  'ville',
  'canton',
  'municipalite',
  'comte',
  'comtes',
  'cite',
]);

/** Lower case, accents and apostrophes removed, anything else that is not a letter or digit a space between words. */
export function words(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // An apostrophe joins ("Burk's" → "burks", "O'Connor" → "oconnor"); "&" is "and".
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return plain === '' ? [] : plain.split(' ');
}

/** A name's words, each in its long form ("st" → "saint"). */
export function nameWords(text: string): string[] {
  return words(text).map((word) => longForms[word] ?? word);
}

/** The name's words joined without spaces, long and short forms: ["saultsaintemarie", "saultstemarie"]. */
export function compactForms(longWords: readonly string[]): string[] {
  const long = longWords.join('');
  const short = longWords.map((word) => shortForms[word] ?? word).join('');
  return short === long ? [long] : [long, short];
}

/** One word typed, with the long form it may stand for ("st" → also "saint"). */
export type QueryWord = {
  readonly typed: string;
  readonly long?: string;
  /** A joining word or a kind of place, which the name need not hold. */
  readonly optional: boolean;
  /** A kind of place: "town", "county". */
  readonly kind: boolean;
};

/** What a person typed, split into words once per keystroke. */
export type Query = {
  readonly words: readonly QueryWord[];
  /** All the words joined, as typed and in long forms: "thunderbay", "stcatharines" and "saintcatharines". */
  readonly compact: readonly string[];
};

export function parseQuery(text: string): Query {
  const typed = words(text);
  const isOptional = (word: string) => joiningWords.has(word) || kindWords.has(word);
  const anyRequired = typed.some((word) => !isOptional(word));
  const queryWords = typed.map((word) => ({
    typed: word,
    long: longForms[word],
    // A query made only of such words ("district") must match them, or it would match everything.
    optional: anyRequired && isOptional(word),
    kind: kindWords.has(word),
  }));
  const asTyped = typed.join('');
  const long = typed.map((word) => longForms[word] ?? word).join('');
  return { words: queryWords, compact: long === asTyped ? [asTyped] : [asTyped, long] };
}

/** True when the typed word starts one of the name's words ("missis" starts "mississauga"). */
export function startsAWord(word: QueryWord, nameWordList: readonly string[]): boolean {
  return nameWordList.some(
    (name) => name.startsWith(word.typed) || (word.long !== undefined && name.startsWith(word.long)),
  );
}

/**
 * True when `typed` is at most one edit (a letter added, dropped, changed, or two swapped) from the start of
 * `name`: "missisauga" for "mississauga", "sudbry" for "sudbury". Only for words of 4 letters or more, so short
 * words do not match half the province.
 */
export function nearlyStartsAWord(typed: string, name: string): boolean {
  if (typed.length < 4) return false;
  for (const length of [typed.length - 1, typed.length, typed.length + 1]) {
    if (length > name.length) continue;
    if (withinOneEdit(typed, name.slice(0, length))) return true;
  }
  return false;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA <= 1 && restB <= 1) return true;
  // Two letters swapped: "sudbruy" for "sudbury".
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
