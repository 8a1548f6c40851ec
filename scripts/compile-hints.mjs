/**
 * V8's explicit compile hint (Chrome 136 and later): a file that starts with the magic comment
 * `//# allFunctionsCalledOnLoad` has all its functions compiled eagerly, on the background thread that streams the
 * script, instead of lazily on the main thread the first time each one runs (v8.dev, "Giving V8 a heads-up").
 *
 * Most of what a page's first-load scripts hold runs while it loads: the framework starts, then React instantiates
 * every module of the wizard in one go as it hydrates. Measured on the wizard page under a 4× CPU slowdown, lazy
 * compilation was more than half of the long tasks of hydration (issue 7). Compiling the functions that do not run
 * costs time on a background thread, not on the main thread. Other browsers read the line as a comment.
 */

export const compileHint = '//# allFunctionsCalledOnLoad';

/** True when a script already starts with the hint. */
export const hasCompileHint = (code) => code.startsWith(`${compileHint}\n`);

/** The script with the hint as its first line (once: a script that has it is returned unchanged). */
export const withCompileHint = (code) => (hasCompileHint(code) ? code : `${compileHint}\n${code}`);

/** The script without the hint (for the bench's comparison); a script without it is returned unchanged. */
export const withoutCompileHint = (code) => (hasCompileHint(code) ? code.slice(compileHint.length + 1) : code);
