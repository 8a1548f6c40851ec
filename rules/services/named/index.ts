import type { NamedContactCard, NamedServiceCard } from '../named.schema';
import type { NamedKind } from '../named-ids';
import antiTrafficking from './anti-trafficking.json';
import childrensAid from './childrens-aid.json';
import { namedText, type NamedText } from './common';
import support from './support.json';
import victimServices from './victim-services.json';

/** Gives the fields that hold a text in both languages the key of a shared text as well (./common.ts). */
type WithTextKeys<T> = { [K in keyof T]: T[K] extends NamedText | undefined ? T[K] | NamedText : T[K] };

/** A contact as a table writes it: its texts in both languages, or by the key of a shared one. */
export type NamedContactJson = NamedContactCard extends infer C ? (C extends unknown ? WithTextKeys<C> : never) : never;

/**
 * An entry as a table (./*.json) writes it: the card without its kind (the table's), its description and contact
 * texts in both languages or by key. The children's aid table leaves out `needs` where the entry meets none.
 */
export type NamedEntryJson = WithTextKeys<Omit<NamedServiceCard, 'kind' | 'contacts' | 'needs'>> & {
  needs?: NamedServiceCard['needs'];
  contacts: NamedContactJson[];
};

/** The fields of an entry or a contact that may name a shared text. */
const textFields: readonly string[] = ['desc', 'label', 'hours', 'keyword'];

/** An entry or a contact with the shared texts it names put in, its keys in the same order. */
function withTexts<T>(json: object): T {
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [key, textFields.includes(key) ? namedText(value) : value]),
  ) as T;
}

/** What the loader gives every entry of a table before the entry's own fields: the table's kind, and any default. */
export type NamedTableBase = { kind: NamedKind; needs?: [] };

/**
 * Each table (a JSON file beside this one: what each holds and leaves out is in ./README.md) with what the loader
 * gives its entries first, in the order lists show them within one scope: organizations with an anti-trafficking
 * program, victim services, children's aid societies, then other supports. ./json.schema.ts checks each file.
 */
export const namedTables: readonly (readonly [NamedTableBase, unknown])[] = [
  [{ kind: 'anti-trafficking' }, antiTrafficking],
  [{ kind: 'victim-services' }, victimServices],
  [{ kind: 'childrens-aid', needs: [] }, childrensAid],
  [{ kind: 'support' }, support],
];

/**
 * Every named entry of the directory as the browser gets it (without provenance: ./provenance.ts, ./full.ts): each
 * as `{ ...base, ...entry }`, so its keys come in the order they always had, with the shared texts put in.
 */
export const namedServicesData: NamedServiceCard[] = namedTables.flatMap(([base, table]) =>
  (table as NamedEntryJson[]).map((entry) => ({
    ...base,
    ...withTexts<NamedServiceCard>(entry),
    contacts: entry.contacts.map((contact) => withTexts<NamedContactCard>(contact)),
  })),
);
