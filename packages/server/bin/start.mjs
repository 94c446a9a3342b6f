#!/usr/bin/env node
/**
 * `npm start`: runs src/main.ts from a bundle of our own TypeScript (server + @onsite/core),
 * rebuilt only when one of its source files changes. Why: under `node --import tsx` every module,
 * dependencies included, passes through tsx's off-thread loader hooks, which made a cold start
 * about twice as slow (measured ~1.4 s vs ~0.7 s idle on the 2-core dev machine); the goal is
 * ≤ 2 s to a healthy /api/health. Dependencies stay external and load natively from node_modules.
 *
 * The cache lives in node_modules/.cache/onsite-server/ (so external imports resolve from there).
 * Its key is a hash of every bundled source file's content (esbuild's metafile says which) and the
 * workspace package.json files, so an edited file can never run stale. If esbuild is missing or
 * the build fails, this falls back to tsx, which runs the same source more slowly.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the build options below change, so old bundles are not reused. */
const BUILD_FORMAT = 1;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const entry = join(root, 'packages/server/src/main.ts');
const cacheDir = join(root, 'node_modules/.cache/onsite-server');
const bundleFile = join(cacheDir, 'main.mjs');
const manifestFile = join(cacheDir, 'manifest.json');

function fingerprint(inputs) {
  const hash = createHash('sha256').update(`format ${BUILD_FORMAT}\n`);
  for (const file of [...inputs, 'packages/core/package.json', 'packages/server/package.json'].sort()) {
    const path = join(root, file);
    hash.update(`${file}\n`);
    hash.update(existsSync(path) ? readFileSync(path) : 'missing');
  }
  return hash.digest('hex');
}

function cachedBundle() {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (existsSync(bundleFile) && manifest.hash === fingerprint(manifest.inputs)) return bundleFile;
  } catch {
    // no cache yet, or an unreadable one: rebuild
  }
  return undefined;
}

async function buildBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    sourcemap: 'inline',
    logLevel: 'silent',
    plugins: [
      {
        // Bundle our workspace packages (TypeScript source); leave every real dependency to Node.
        name: 'external-dependencies',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@onsite/') ? undefined : { external: true },
          );
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a concurrent start never imports a half-written bundle.
  const temporary = `${bundleFile}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, bundleFile);
  writeFileSync(manifestFile, JSON.stringify({ hash: fingerprint(inputs), inputs }));
  return bundleFile;
}

let bundle = cachedBundle();
if (bundle === undefined) {
  try {
    bundle = await buildBundle();
  } catch {
    bundle = undefined;
  }
}
if (bundle === undefined) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
} else {
  // Stack traces in the server log then point at the TypeScript files, not the bundle.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle).href);
}
