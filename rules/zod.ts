import { config } from 'zod/mini';

// Zod 4 probes `new Function` for its JIT parser; that is an `eval` a strict
// Content-Security-Policy forbids. Jitless parsing is fast enough for a form.
// `zod/mini` is the tree-shakable build: about 5 kB gzipped against 25 kB, but only
// when imported function by function, hence the list in `zod-functions.ts`.
config({ jitless: true });

export * as z from './zod-functions';
