/**
 * Our TypeScript, run by plain node from an esbuild bundle that is rebuilt only when one of its
 * sources changes. Why: under `node --import tsx` every module, dependencies included, passes
 * through tsx's off-thread loader hooks — a slower start (the server's cold start went from ~1.4 s
 * to ~0.7 s without them) and ~36 MB more RSS for the loader thread. Used by the server's `npm start`,
 * the `onsite` CLI and the analyzer bench's stream child.
 *
 * `bundledEntry({ entry, cacheName })` returns the path of an up-to-date bundle of `entry` (our own
 * workspace sources bundled; every other package stays external and loads natively from
 * node_modules), or undefined when esbuild is missing or the build fails — the caller then runs the
 * source through tsx.
 *
 * Never stale: the cache key hashes the exact bytes esbuild compiled (a loader plugin reads them),
 * plus every package.json and tsconfig.json between those files and the root; a start re-hashes
 * those files and rebuilds on any difference.
 *
 * Safe under concurrency: each bundle is built in a private staging directory and renamed into
 * `<cache>/<hash>/` in one step, and the manifest naming the current hash is written then renamed,
 * so a process never imports a half-written bundle, and two processes that build at once both end
 * up with a complete one. Bundles are code-split, so a dynamic `import()` (the CLI's commands) still
 * loads its modules, and their dependencies, only when it runs.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the build options below change, so bundles built with the old ones are not reused. */
const BUILD_FORMAT = 3;
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Old bundles kept: a running process may still import a lazy chunk of the bundle it started from. */
const KEEP_NEWEST = 3;
const KEEP_YOUNGER_MS = 60 * 60 * 1000;
const MANIFEST = 'manifest.json';
/** Files beside our sources that change how esbuild compiles or resolves them. */
const SETTINGS_FILES = ['package.json', 'tsconfig.json'];

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function hashOnDisk(path) {
  try {
    return sha256(readFileSync(path));
  } catch {
    return 'missing';
  }
}

/** One hash over the entry and every input file's hash, in a stable order. */
function fingerprint(entry, fileHashes) {
  const hash = createHash('sha256').update(`format ${BUILD_FORMAT}\nentry ${entry}\n`);
  const files = [...fileHashes.keys()].sort();
  for (const file of files) hash.update(`${file} ${fileHashes.get(file)}\n`);
  return hash.digest('hex');
}

const bundleDirName = (hash) => hash.slice(0, 20);

/** The bundle the manifest names, if every input it lists still has the content it was built from. */
function cachedBundle(root, cacheDir, entry) {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8'));
    if (manifest.entry !== entry || !Array.isArray(manifest.inputs)) return undefined;
    const current = fingerprint(
      entry,
      new Map(manifest.inputs.map((file) => [file, hashOnDisk(join(root, file))])),
    );
    const file = join(cacheDir, bundleDirName(current), manifest.output);
    if (current === manifest.hash && existsSync(file)) return file;
  } catch {
    // no cache yet, or an unreadable manifest: rebuild
  }
  return undefined;
}

/** Marks esbuild's own resolution of a bare import, asked for by the plugin below. */
const RESOLVING = Symbol('resolving from the importer');

/** True for a file in a node_modules other than the root's (a workspace's own copy of a package). */
function isNested(root, file) {
  const rel = relative(root, file).split(/[\\/]/);
  return rel.indexOf('node_modules') > 0;
}

/**
 * esbuild plugins: workspace packages (`@onsite/*`, TypeScript source) are bundled and every other
 * bare import stays external; each of our files is read here, so what is hashed is exactly what
 * was compiled (a file saved during the build can't leave a bundle that looks fresh).
 */
function plugins(root, fileHashes) {
  const seenDirs = new Set();
  const noteSettings = (file) => {
    for (let dir = dirname(file); !seenDirs.has(dir); dir = dirname(dir)) {
      seenDirs.add(dir);
      for (const name of SETTINGS_FILES) {
        const path = join(dir, name);
        if (existsSync(path)) fileHashes.set(relative(root, path), hashOnDisk(path));
      }
      if (dir === root || !dir.startsWith(root)) break;
    }
  };
  return [
    {
      name: 'external-dependencies',
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, async (args) => {
          if (args.path.startsWith('@onsite/') || args.pluginData === RESOLVING) return undefined;
          if (isBuiltin(args.path)) return { external: true };
          // Where node would find the package from the importing file. A bare name in the bundle
          // resolves from the cache dir, i.e. the root node_modules; when a workspace has its own
          // copy (a version that conflicts with one hoisted for another package), the bundle must
          // name that copy's file, or it would load the hoisted version instead.
          const found = await build.resolve(args.path, {
            kind: args.kind,
            importer: args.importer,
            resolveDir: args.resolveDir,
            pluginData: RESOLVING,
          });
          if (found.errors.length > 0 || found.external || !isNested(root, found.path))
            return { external: true };
          noteSettings(found.path); // the copy's package.json: the bundle is rebuilt if it changes or goes
          return { path: pathToFileURL(found.path).href, external: true };
        });
      },
    },
    {
      name: 'hash-what-is-compiled',
      setup(build) {
        build.onLoad({ filter: /.*/ }, (args) => {
          if (args.namespace !== 'file' || /[\\/]node_modules[\\/]/.test(args.path)) return undefined;
          const contents = readFileSync(args.path);
          fileHashes.set(relative(root, args.path), sha256(contents));
          noteSettings(args.path);
          return { contents, loader: 'default' };
        });
      },
    },
  ];
}

/**
 * Removes bundles other than `keep`, except the newest few and any built in the last hour. Best
 * effort: another process may be pruning the same directory, and a bundle that is already in use
 * must not turn a good build into a failed one.
 */
function pruneOldBundles(cacheDir, keep) {
  const entries = [];
  for (const name of readdirSync(cacheDir)) {
    if (name === MANIFEST || name === keep) continue;
    try {
      entries.push({ name, mtimeMs: statSync(join(cacheDir, name)).mtimeMs });
    } catch {
      // removed meanwhile
    }
  }
  entries.sort((a, b) => b.mtimeMs - a.mtimeMs);
  const now = Date.now();
  for (const [index, { name, mtimeMs }] of entries.entries()) {
    if (index >= KEEP_NEWEST && now - mtimeMs > KEEP_YOUNGER_MS) {
      rmSync(join(cacheDir, name), { recursive: true, force: true });
    }
  }
}

async function buildBundle(root, cacheDir, entry) {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // Same depth as the final <hash> directory, so the source maps' relative paths stay right.
  const staging = join(cacheDir, `.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
  const fileHashes = new Map();
  try {
    const result = await build({
      entryPoints: [join(root, entry)],
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      write: false,
      metafile: true,
      sourcemap: 'linked',
      logLevel: 'silent',
      plugins: plugins(root, fileHashes),
    });
    const hash = fingerprint(entry, fileHashes);
    const output = `${basename(entry, extname(entry))}.mjs`;
    mkdirSync(staging);
    for (const file of result.outputFiles) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
    const dir = join(cacheDir, bundleDirName(hash));
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process built the same sources first: its directory is complete, use it.
      if (!existsSync(join(dir, output))) throw error;
    }
    const manifestTemp = join(cacheDir, `${MANIFEST}.${process.pid}.tmp`);
    writeFileSync(
      manifestTemp,
      JSON.stringify({ entry, hash, output, inputs: [...fileHashes.keys()].sort() }),
    );
    renameSync(manifestTemp, join(cacheDir, MANIFEST));
    try {
      pruneOldBundles(cacheDir, bundleDirName(hash));
    } catch {
      // an old bundle left behind costs disk, not correctness
    }
    return join(dir, output);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Path of an up-to-date bundle of `entry` (absolute, or relative to `root`), building it if needed
 * into `cacheDir` (default node_modules/.cache/<cacheName>, so external imports resolve from the
 * repository's node_modules); undefined when it can't be built. Import it with pathToFileURL.
 */
export async function bundledEntry({ entry, cacheName, root = REPO_ROOT, cacheDir }) {
  const dir = cacheDir ?? join(root, 'node_modules', '.cache', cacheName);
  const relativeEntry = relative(root, resolve(root, entry));
  const cached = cachedBundle(root, dir, relativeEntry);
  if (cached !== undefined) return cached;
  try {
    return await buildBundle(root, dir, relativeEntry);
  } catch {
    return undefined;
  }
}
