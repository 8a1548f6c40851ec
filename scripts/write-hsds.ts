/**
 * Writes the service directory as Open Referral HSDS 3.0 JSON into the export (issue 21, part 3):
 * `out/data/hsds/<en|fr>/<organizations|services>.json`, each checked against the schema of what it holds
 * (rules/hsds/schema.ts) before it is written. Run by `npm run build` after `next build` and before
 * scripts/postbuild.mjs, which then gives the files their response headers like every other file.
 * Usage: npx tsx scripts/write-hsds.ts [out]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hsdsWords } from '../components/services/hsds-words';
import { locales } from '../rules';
import { hsdsExport } from '../rules/hsds/export';
import { hsdsFiles, hsdsPath } from '../rules/hsds/files';
import { hsdsFileSchemas } from '../rules/hsds/schema';

/** Write every file for every language under `outDir`; returns the paths written, relative to it. */
export function writeHsds(outDir: string): string[] {
  const written: string[] = [];
  for (const locale of locales) {
    const data = hsdsExport(locale, hsdsWords(locale));
    for (const file of hsdsFiles) {
      const records = hsdsFileSchemas[file].parse(data[file]);
      const path = hsdsPath(locale, file).slice(1);
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      writeFileSync(join(outDir, path), `${JSON.stringify(records, null, 2)}\n`);
      written.push(path);
    }
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? 'out';
  const written = writeHsds(outDir);
  console.log(`write-hsds: the directory as HSDS 3.0 JSON in ${written.map((p) => `${outDir}/${p}`).join(', ')}`);
}
