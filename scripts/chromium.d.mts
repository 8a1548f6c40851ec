/** Types for `chromium.mjs`, a plain Node module the benchmark runs without TypeScript. */
export declare const chromiumPath: string;
export declare const chromiumFlags: string[];
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
