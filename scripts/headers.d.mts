/** Types for `headers.mjs`, a plain Node module the build runs without TypeScript. */
export type Headers = Record<string, string>;
export type PlannedFile = { file: string; urls: string[]; own: Headers; headers: Headers };
export declare const siteWide: Headers;
export declare const noStore: { 'Cache-Control': 'no-store' };
export declare const immutable: { 'Cache-Control': 'public, max-age=31536000, immutable' };
export declare const staticPrefix: '_next/static/';
export declare const written: string[];
export declare const notFoundPage: '404.html';
export declare const defaultNginxFile: string;
export declare const cloudflareLimits: { rules: number; lineLength: number };
export declare const serveLimits: { entries: number };
export declare function metaPolicy(html: string): string | null;
export declare function headerPolicy(meta: string): string;
export declare function urlsOf(file: string): string[];
export declare function planHeaders(outDir: string): PlannedFile[];
export declare function headersFile(plan: PlannedFile[]): string;
export declare function serveJson(plan: PlannedFile[]): {
  directoryListing: false;
  headers: { source: string; headers: { key: string; value: string }[] }[];
};
export declare function nginxSnippet(plan: PlannedFile[]): string;
export declare function writeHeaders(outDir?: string, nginxFile?: string): PlannedFile[];
