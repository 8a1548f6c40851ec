import { describe, expect, it } from 'vitest';
import { regionsData } from '../regions/regions.data';
import { namedServiceSchema, type NamedServiceInput } from './named.schema';
import { namedServicesFull as namedServicesData } from './named/full';
import { allReferenceText, hasReference, phoneDigits, phonePattern, referencePhones } from './research.testing';
import { serviceIds } from './service-ids';
import { servicesData } from './services.data';

const entries = namedServicesData.map((entry) => [entry.id, entry] as const);

/** Every text of an entry: its name, description and contact labels, hours and keywords, in both languages. */
function textsOf(entry: NamedServiceInput): string[] {
  const contactTexts = entry.contacts.flatMap((contact) => [
    contact.label,
    'hours' in contact ? contact.hours : undefined,
    'keyword' in contact ? contact.keyword : undefined,
  ]);
  return [entry.name, entry.desc, ...contactTexts].flatMap((text) =>
    text === undefined ? [] : typeof text === 'string' ? [text] : [text.en, text.fr],
  );
}

const frenchTextsOf = (entry: NamedServiceInput) =>
  [entry.name, entry.desc, ...entry.contacts.map((contact) => contact.label)].flatMap((text) =>
    text === undefined || typeof text === 'string' ? [] : [text.fr],
  );

/** Every number to call or text: contact numbers, and any number written in a text. */
const numbers = namedServicesData.flatMap((entry) => [
  ...entry.contacts.flatMap((contact) =>
    'number' in contact && contact.number ? [{ id: entry.id, number: contact.number }] : [],
  ),
  ...textsOf(entry).flatMap((text) => (text.match(phonePattern) ?? []).map((number) => ({ id: entry.id, number }))),
]);

/** Outdated numbers and low-confidence leads the research files say not to publish. */
const leftOut = {
  // Outdated (province-wide-services.md and service-facts.md, "keep OUT").
  '8339999211': 'Ontario Human Trafficking Helpline (replaced by the hotline)',
  '8334564566': 'Talk Suicide Canada (replaced by 9-8-8)',
  '8005658603': 'Drug and Alcohol Helpline (now ConnexOntario)',
  '4163975637': "Toronto Central Intake's old number",
  '8002689688': "LGBT YouthLine's old phone",
  '8002687568': "LSO's COVID-era family-law line",
  '4169473310': "LSO's COVID-era family-law line (GTA)",
  '4169097184': 'a third-party MWAC number with a wrong address',
  '8662746627': "a travel site's SIN number",
  // Low: leads to verify, not to publish.
  '8668630511': "Assaulted Women's Helpline toll-free",
  '8668637868': "Assaulted Women's Helpline TTY",
  '4165984898': 'Covenant House Toronto',
  '8004357308': 'Covenant House Toronto toll-free',
  '8668870015': 'male survivors line (SSMSSA)',
  '8669193219': 'JusticeNet (about 2010)',
  '8668607082': "Fem'aide TTY (a do-not-publish lead in province-wide-services.md)",
  '4168087066': 'Victim Services Toronto (third-party lists)',
  '8665287109': 'Chrysalis Network (2010, status unknown)',
  '4164699754': 'FCJ Refugee Centre main line (low in local-organizations.md: 2013)',
} as const;

describe('named directory entries', () => {
  it.each(entries)('parses the entry for %s', (_id, entry) => {
    expect(namedServiceSchema.safeParse(entry).error?.issues ?? []).toEqual([]);
  });

  it('has unique kebab-case ids, none of them a category id', () => {
    const ids = namedServicesData.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => (serviceIds as readonly string[]).includes(id))).toEqual([]);
  });

  it.each(entries)('gives every contact of %s a real checked date', (_id, entry) => {
    for (const checked of [entry.checked, ...entry.contacts.map((contact) => contact.checked)]) {
      expect(new Date(`${checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(checked);
    }
  });

  it('marks an entry high only when every one of its contacts is high', () => {
    const wrong = [...namedServicesData, ...servicesData].filter(
      (entry) => entry.confidence === 'high' && entry.contacts.some((contact) => contact.confidence !== 'high'),
    );
    expect(wrong.map((entry) => entry.id)).toEqual([]);
  });

  it('gives every entry a phone, text or web address, and an area', () => {
    const unreachable = namedServicesData.filter(
      (entry) => !entry.contacts.some((contact) => ['phone', 'text', 'web', 'chat'].includes(contact.kind)),
    );
    expect(unreachable.map((entry) => entry.id)).toEqual([]);
    const nowhere = namedServicesData.filter(
      (entry) => Array.isArray(entry.areas) && entry.areas.length === 0 && !entry.areasUnconfirmed?.length,
    );
    expect(nowhere.map((entry) => entry.id)).toEqual([]);
  });

  it('stores a name in two languages only where they differ', () => {
    const same = namedServicesData.filter((entry) => typeof entry.name !== 'string' && entry.name.en === entry.name.fr);
    expect(same.map((entry) => entry.id)).toEqual([]);
  });

  it('keeps each description to one plain line in each language', () => {
    const long = namedServicesData.filter((entry) =>
      [entry.desc.en, entry.desc.fr].some((text) => text.includes('\n') || text.length > 320),
    );
    expect(long.map((entry) => entry.id)).toEqual([]);
  });

  it('labels a contact with words that take a colon after them (no label ends in a full stop)', () => {
    const labels = namedServicesData.flatMap((entry) =>
      entry.contacts.flatMap((contact) => (contact.label ? [contact.label.en, contact.label.fr] : [])),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => /[.:;]\s*$/.test(label))).toEqual([]);
  });

  it('writes French the way ontario.ca does', () => {
    const french = namedServicesData.flatMap(frenchTextsOf);
    expect(french.filter((text) => /trafic des personnes/i.test(text))).toEqual([]);
    expect(french.filter((text) => text.includes('24/7'))).toEqual([]);
    expect(french.filter((text) => text.includes('·'))).toEqual([]);
  });

  it('leaves out the outdated numbers and the low-confidence leads', () => {
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers.filter(({ number }) => phoneDigits(number) in leftOut)).toEqual([]);
    const texts = namedServicesData.flatMap((entry) =>
      entry.contacts.flatMap((contact) => (contact.kind === 'text' ? [contact.number, contact.keyword?.en ?? ''] : [])),
    );
    // Wellness Together's 741741 closed in 2024; Kids Help Phone's English keyword is CONNECT, no longer TALK.
    expect(texts.filter((text) => text === '741741' || text === 'TALK')).toEqual([]);
  });
});

describe.runIf(hasReference)('named entries against the research files in shared/reference', () => {
  const research = allReferenceText.toLowerCase();
  const withoutSlash = (url: string) => url.toLowerCase().replace(/\/$/, '');

  it('finds the research to compare with', () => {
    expect(referencePhones.size).toBeGreaterThan(100);
  });

  it('takes every phone and text number from a research file, as the repository check reads them', () => {
    const unknown = numbers.filter(
      ({ number }) => /\d{3}-\d{4}$/.test(number) && !referencePhones.has(phoneDigits(number)),
    );
    expect(unknown).toEqual([]);
    const short = numbers.filter(
      ({ number }) => /^\d{3,6}$/.test(number) && !new RegExp(`\\b${number}\\b`).test(allReferenceText),
    );
    expect(short).toEqual([]);
  });

  it('takes every source page, word for word, from a research file', () => {
    const sources = namedServicesData.flatMap((entry) => [
      ...entry.contacts.map((contact) => contact.source),
      ...(entry.sources ?? []),
    ]);
    expect(sources.filter((url) => !research.includes(withoutSlash(url)))).toEqual([]);
  });

  it('links only to pages the research files show, or to the site of one', () => {
    const links = namedServicesData.flatMap((entry) =>
      entry.contacts.flatMap((contact) => ('url' in contact ? [contact.url] : [])),
    );
    const unknown = links.filter((url) => {
      if (research.includes(withoutSlash(url))) return false;
      const { protocol, host, pathname } = new URL(url);
      // A site's home page: its host is named (written bare, e.g. "hopeforwellness.ca", when the link is http://).
      return pathname !== '/' || !research.includes(protocol === 'http:' ? host : `${protocol}//${host}`);
    });
    expect(unknown).toEqual([]);
  });
});

describe.runIf(hasReference)('every URL of the directory: categories, named entries and areas', () => {
  const research = allReferenceText.toLowerCase();
  const collect = (value: unknown): string[] =>
    typeof value === 'string'
      ? /^https?:\/\//.test(value)
        ? [value]
        : []
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(collect)
        : [];
  const urls = [...new Set(collect([servicesData, namedServicesData, regionsData]))];

  it('uses https:// or www. only where a research file shows it for that site', () => {
    expect(urls.length).toBeGreaterThan(100);
    const added = urls.filter((url) => {
      const { protocol, host } = new URL(url);
      if (protocol === 'http:' && !host.startsWith('www.')) return false;
      return !research.includes(`${protocol}//${host}`.toLowerCase());
    });
    expect(added).toEqual([]);
  });
});
