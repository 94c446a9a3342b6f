#!/usr/bin/env node
// The `onsite` command. Runs src/main.ts from a cached esbuild bundle (scripts/cached-bundle.mjs,
// cache in node_modules/.cache/onsite-cli/, rebuilt when a source changes), so `npx onsite …`
// works right after `npm install` with no build step and without tsx's loader thread at run time
// (slower start, ~36 MB more RSS). If esbuild is missing or the build fails, tsx runs the source.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledEntry } from '../../../scripts/cached-bundle.mjs';

// `onsite … | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const bundle = await bundledEntry({ entry, cacheName: 'onsite-cli' });
let main;
if (bundle === undefined) {
  const { register } = await import('tsx/esm/api');
  // Our own settings only: a tsconfig.json in the caller's directory must not change how we run.
  register({ tsconfig: false });
  ({ main } = await import(pathToFileURL(entry).href));
} else {
  // Only ONSITE_DEBUG prints stack traces; then they should name the TypeScript files. Off
  // otherwise, because node reads every chunk's source map as it loads when this is on.
  if (process.env.ONSITE_DEBUG) process.setSourceMapsEnabled(true);
  ({ main } = await import(pathToFileURL(bundle).href));
}
process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
