/** Types for `headers-check.mjs`, a plain Node module the build runs without TypeScript. */
import type { Headers } from './headers.mjs';
export type Answer = { status: number; headers: Headers };
export type HeadersRule = { path: string; headers: Headers };
export type NginxConf = {
  errorPage: { codes: number[]; status: number; uri: string };
  locations: { exact: boolean; path: string; headers: Headers }[];
};
export declare const unknownAddress: string;
export declare function askServe(outDir: string, urls: string[]): Promise<Record<string, Answer>>;
export declare function parseHeadersFile(text: string): HeadersRule[];
export declare function askHeadersFile(rules: HeadersRule[], url: string): { headers: Headers; twice: string[] };
export declare function parseNginx(text: string): NginxConf;
export declare function askNginx(conf: NginxConf, outDir: string, url: string): Answer;
export declare function disagreements(outDir: string, nginxFile?: string): Promise<string[]>;
