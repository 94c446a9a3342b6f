#!/usr/bin/env node
/**
 * `npm start`: runs src/main.ts from a bundle of our own TypeScript (server + @onsite/core),
 * rebuilt only when one of its source files changes (scripts/cached-bundle.mjs, cache in
 * node_modules/.cache/onsite-server/). Why: under `node --import tsx` every module, dependencies
 * included, passes through tsx's off-thread loader hooks, which made a cold start about twice as
 * slow (measured ~1.4 s vs ~0.7 s idle on the 2-core dev machine); the goal is ≤ 2 s to a healthy
 * /api/health. If esbuild is missing or the build fails, this falls back to tsx, which runs the
 * same source more slowly.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledEntry } from '../../../scripts/cached-bundle.mjs';

const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const bundle = await bundledEntry({ entry, cacheName: 'onsite-server' });
if (bundle === undefined) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
} else {
  // Stack traces in the server log then point at the TypeScript files, not the bundle.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle).href);
}
