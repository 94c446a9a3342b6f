/**
 * What the bench times of the analyzer, as one entry point: analyze.bench.ts loads it from an
 * esbuild bundle (scripts/cached-bundle.mjs), the build `npm start` and the `onsite` CLI run, not
 * through tsx. Why: tsx compiles each module on its own, and V8 then pays a hole check on every read
 * of a module's top-level `const` from a function (esbuild's bundler turns those into plain `var`s);
 * that made analyze() 7–15% slower under tsx than as shipped, while the wink parse it is compared with
 * (plain JavaScript from node_modules) ran at the same speed either way.
 */

export { parseText, WINK_PIPES } from '../packages/core/src/analyze/text';
export { analyze } from '../packages/core/src/index';
