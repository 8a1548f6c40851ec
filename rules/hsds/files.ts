import type { Locale } from '../locale';

/**
 * Where the build writes the directory as Open Referral HSDS 3.0 JSON (scripts/write-hsds.ts): one folder per
 * language under `out/data/hsds/`, each with the same files. The open data page links them; the tests read them.
 */
export const hsdsFiles = ['organizations', 'services'] as const;
export type HsdsFile = (typeof hsdsFiles)[number];

/** The address of one file in the site, e.g. `/data/hsds/en/services.json`. */
export const hsdsPath = (locale: Locale, file: HsdsFile): string => `/data/hsds/${locale}/${file}.json`;

/** How many records each file holds: every named entry is an organization; every entry, named or not, a service. */
export const hsdsCounts = (directory: {
  services: readonly unknown[];
  named: readonly unknown[];
}): Record<HsdsFile, number> => ({
  organizations: directory.named.length,
  services: directory.services.length + directory.named.length,
});
