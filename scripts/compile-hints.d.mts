/** Types for `compile-hints.mjs`, a plain Node module the build runs without TypeScript. */
export declare const compileHint: '//# allFunctionsCalledOnLoad';
export declare function hasCompileHint(code: string): boolean;
export declare function withCompileHint(code: string): string;
export declare function withoutCompileHint(code: string): string;
