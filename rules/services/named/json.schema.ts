// Read only by the tests and the build-time check (rules/check-directory.ts), never by a page: like
// ../named.schema.ts, it takes what it needs straight from zod/mini, not from the `z` namespace the browser loads.
import {
  array,
  discriminatedUnion,
  enum as oneOf,
  minLength,
  optional,
  prettifyError,
  strictObject,
  union,
  ZodMiniOptional,
  type ZodMiniType,
} from 'zod/mini';
import { localizedSchema } from '../../localized';
import { namedServiceSchema } from '../named.schema';
import { namedContactSchema } from '../service.schema';
import { namedTexts, type NamedTextKey } from './common';
import { namedTables, type NamedTableBase } from './index';

/** A text as a table writes it: in both languages, or the key of a shared one (./texts.json). */
export const namedTextSchema = union([
  localizedSchema,
  oneOf(Object.keys(namedTexts) as [NamedTextKey, ...NamedTextKey[]]),
]);

/** A schema's fields, each that takes a text in both languages taking the key of a shared text as well. */
function withTextKeys(shape: Readonly<Record<string, ZodMiniType>>): Record<string, ZodMiniType> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      schema === localizedSchema
        ? namedTextSchema
        : schema instanceof ZodMiniOptional && schema.def.innerType === localizedSchema
          ? optional(namedTextSchema)
          : schema,
    ]),
  );
}

/** A contact as a table writes it: the card's contact (without its source and day checked), texts by key or not. */
const contactJsonSchema = discriminatedUnion(
  'kind',
  namedContactSchema.def.options.map(({ shape }) => {
    const { source: _source, checked: _checked, ...card } = shape;
    return strictObject(withTextKeys(card));
  }) as unknown as Parameters<typeof discriminatedUnion>[1],
);

const {
  kind: _kind,
  contacts: _contacts,
  sources: _sources,
  checked: _checked,
  ...cardShape
} = namedServiceSchema.shape;

/**
 * The schema of one table: entries as cards without their kind (the table's) nor provenance, with their texts by
 * key or written out; a field the loader gives every entry (`needs` in the children's aid table) may be left out.
 * Strict: an unknown key, text key or contact kind fails.
 */
export function namedTableSchema(base: NamedTableBase) {
  const entry = withTextKeys(cardShape);
  const defaults = Object.fromEntries(
    Object.keys(base)
      .filter((key) => key !== 'kind')
      .map((key) => [key, optional(entry[key]!)]),
  );
  return array(strictObject({ ...entry, ...defaults, contacts: array(contactJsonSchema).check(minLength(1)) }));
}

/** Check every table file against its schema; throws on the first that does not match, naming the file. */
export function checkNamedTables(tables: readonly (readonly [NamedTableBase, unknown])[] = namedTables): void {
  for (const [base, table] of tables) {
    const result = namedTableSchema(base).safeParse(table);
    if (!result.success) {
      throw new Error(`rules/services/named/${base.kind}.json:\n${prettifyError(result.error)}`);
    }
  }
}
