import { describe, expect, it } from 'vitest';
import { namedServicesData, namedTables } from './index';
import { checkNamedTables, namedTableSchema } from './json.schema';
import { namedNotes } from './notes';

const [antiTrafficking, , childrensAid] = namedTables;
/** The first entry of the anti-trafficking table (aocvf), to change one thing at a time. */
const entry = (antiTrafficking![1] as Record<string, unknown>[])[0]!;
const contact = (entry.contacts as Record<string, unknown>[])[0]!;
const parses = (changed: Record<string, unknown>, base = antiTrafficking![0]) =>
  namedTableSchema(base).safeParse([changed]).success;

describe('the named tables (JSON)', () => {
  it('each file matches its schema', () => {
    expect(() => checkNamedTables()).not.toThrow();
  });

  it('names the file that does not match, and where', () => {
    expect(() => checkNamedTables([[{ kind: 'support' }, [{ ...entry, desc: 'protect' }]]])).toThrow(
      /rules\/services\/named\/support\.json:[\s\S]*at \[0\]\.desc/,
    );
  });

  it('the first entry as written parses, so each failure below comes from the one change', () => {
    expect(parses(entry)).toBe(true);
    expect(parses({ ...entry, desc: 'protects' })).toBe(true);
  });

  it('fails on an unknown key, or on a kind written in an entry (the file gives it)', () => {
    expect(parses({ ...entry, phone: '416-555-0100' })).toBe(false);
    expect(parses({ ...entry, kind: 'anti-trafficking' })).toBe(false);
    expect(parses({ ...entry, contacts: [{ ...contact, source: 'https://example.org' }] })).toBe(false);
  });

  it('fails on an unknown text key, in a description or a contact', () => {
    expect(parses({ ...entry, desc: 'protect' })).toBe(false);
    expect(parses({ ...entry, contacts: [{ ...contact, hours: 'allday' }] })).toBe(false);
    expect(parses({ ...entry, contacts: [{ ...contact, label: 'mainline' }] })).toBe(false);
  });

  it('fails on an unknown contact kind', () => {
    expect(parses({ ...entry, contacts: [{ ...contact, kind: 'fax' }] })).toBe(false);
  });

  it('lets only the table whose loader gives `needs` leave it out', () => {
    const { needs: _needs, ...withoutNeeds } = entry;
    expect(parses(withoutNeeds)).toBe(false);
    expect(parses(withoutNeeds, childrensAid![0])).toBe(true);
  });
});

describe('the notes on the named entries', () => {
  it('each names an entry and says something', () => {
    const ids = new Set(namedServicesData.map((named) => named.id));
    for (const [id, notes] of Object.entries(namedNotes)) {
      expect(ids, id).toContain(id);
      expect(notes.length, id).toBeGreaterThan(0);
      for (const note of notes) expect(note.trim(), id).not.toBe('');
    }
  });
});
