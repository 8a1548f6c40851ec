import { describe, expect, it } from 'vitest';
import { compileHint, hasCompileHint, withCompileHint, withoutCompileHint } from './compile-hints.mjs';

describe('the compile hint on first-load scripts', () => {
  it('is the magic comment V8 reads, alone on the first line', () => {
    expect(compileHint).toBe('//# allFunctionsCalledOnLoad');
    expect(withCompileHint('var a=1;').split('\n')).toEqual([compileHint, 'var a=1;']);
  });

  it('is added once: a second build step leaves the script as it is', () => {
    const once = withCompileHint('(globalThis.TURBOPACK||[]).push([]);');
    expect(withCompileHint(once)).toBe(once);
    expect(hasCompileHint(once)).toBe(true);
  });

  it('keeps the script itself byte for byte after the first line', () => {
    const code = '"use strict";\n//# sourceMappingURL=a.js.map';
    expect(withCompileHint(code).slice(compileHint.length + 1)).toBe(code);
  });

  it("comes off again exactly, for the bench's comparison, and only when it is there", () => {
    const code = '"use strict";\nvar a=1;';
    expect(withoutCompileHint(withCompileHint(code))).toBe(code);
    expect(withoutCompileHint(code)).toBe(code);
  });

  it('is not counted when the comment is anywhere but the first line', () => {
    expect(hasCompileHint(`var a;\n${compileHint}\n`)).toBe(false);
    expect(hasCompileHint(`${compileHint} `)).toBe(false);
  });
});
