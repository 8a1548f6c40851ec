/**
 * A Turbopack loader (next.config.js): a data file in JSON becomes an ES module whose default export is the same
 * data, written as a JavaScript literal. Turbopack would ship a large JSON file as `JSON.parse('…')` in a module of
 * its own, placed after the others: quoted keys, `true` written out, and the data far from the code that uses it,
 * which made the wizard's first load about 1 kB (gzip) heavier than the same data written in TypeScript. As a
 * module, it is minified and bundled with its importer like any other. Only the build uses this: the tests and
 * `tsx` read the JSON as JSON, with the same result.
 */
module.exports = function jsonModuleLoader(source) {
  return `export default ${JSON.stringify(JSON.parse(source))};\n`;
};
