/**
 * The parts of `zod/mini` this project uses, and nothing else: `rules/zod.ts` exposes them as the `z` namespace.
 *
 * Why a list: `import { z } from 'zod/mini'` is a namespace object of the whole library (every check, every
 * schema, `toJSONSchema` and the error messages of every locale), and once that object is passed on, the bundler
 * cannot tell which parts are used and ships them all: 67 kB gzipped more on the wizard page (issue 7). A namespace
 * built from this short list holds only what is named here. To use another zod function, add it below.
 */
export {
  array,
  boolean,
  discriminatedUnion,
  email,
  enum,
  iso,
  literal,
  minLength,
  object,
  optional,
  refine,
  regex,
  strictObject,
  string,
  url,
} from 'zod/mini';
export type { infer, input, output, ZodMiniType } from 'zod/mini';
