/**
 * scripts/cached-bundle.mjs, the bundler behind `npm start`, `onsite` and the bench's stream child,
 * on a tiny project in a temp dir: a changed source gives a new bundle, an unchanged one is reused,
 * a broken build gives undefined (the callers then run the source through tsx), and two builds at
 * once both get a complete bundle.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledEntry } from '../../../scripts/cached-bundle.mjs';

let root: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'onsite-cached-bundle-'));
  cacheDir = join(root, 'cache');
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'greeting.ts'), "export const greeting: string = 'hello';\n");
  writeFileSync(
    join(root, 'main.ts'),
    "import { greeting } from './greeting';\nexport const message = (): string => greeting + ', world';\n",
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const bundle = () => bundledEntry({ entry: 'main.ts', cacheName: 'test', root, cacheDir });

/** Runs the bundle in a fresh node (an import in this process would be cached by URL). */
function runBundle(file: string): string {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(m.message());`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

describe('bundledEntry', () => {
  it('builds a bundle that plain node runs', async () => {
    const file = await bundle();
    expect(file).toBeDefined();
    expect(dirname(dirname(file ?? ''))).toBe(cacheDir);
    expect(runBundle(file ?? '')).toBe('hello, world');
  });

  it('reuses the bundle while no source changes', async () => {
    const first = await bundle();
    const written = statSync(first ?? '').mtimeMs;
    const second = await bundle();
    expect(second).toBe(first);
    expect(statSync(second ?? '').mtimeMs).toBe(written);
  });

  it("loads a workspace's own copy of a package, not the root's hoisted version", async () => {
    const dep = (dir: string, version: string) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'package.json'),
        `{ "name": "dep", "type": "module", "exports": "./index.js" }\n`,
      );
      writeFileSync(join(dir, 'index.js'), `export const version = '${version}';\n`);
    };
    dep(join(root, 'node_modules', 'dep'), 'hoisted 7');
    dep(join(root, 'node_modules', 'shared'), 'shared 1');
    const workspace = join(root, 'packages', 'server');
    dep(join(workspace, 'node_modules', 'dep'), 'own 11');
    writeFileSync(join(workspace, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(workspace, 'main.ts'),
      "import { version } from 'dep';\nimport { version as shared } from 'shared';\n" +
        "export const message = (): string => version + ' + ' + shared;\n",
    );
    const file = await bundledEntry({ entry: 'packages/server/main.ts', cacheName: 'test', root, cacheDir });
    expect(runBundle(file ?? '')).toBe('own 11 + shared 1');
    // A package only the root holds stays a bare import, so the bundle does not pin its path.
    expect(readFileSync(file ?? '', 'utf8')).toMatch(/from ["']shared["']/);
  });

  it('rebuilds when an imported file changes, so it never runs stale code', async () => {
    const first = await bundle();
    writeFileSync(join(root, 'greeting.ts'), "export const greeting: string = 'goodbye';\n");
    const second = await bundle();
    expect(second).not.toBe(first);
    expect(runBundle(second ?? '')).toBe('goodbye, world');
    // Changing it back finds the first bundle again, still complete.
    writeFileSync(join(root, 'greeting.ts'), "export const greeting: string = 'hello';\n");
    expect(await bundle()).toBe(first);
    expect(runBundle(first ?? '')).toBe('hello, world');
  });

  it('rebuilds when a package.json beside the sources changes', async () => {
    const first = await bundle();
    writeFileSync(join(root, 'package.json'), '{ "type": "module", "version": "2.0.0" }\n');
    expect(await bundle()).not.toBe(first);
  });

  it('keeps the three newest old bundles and any from the last hour, and removes older ones', async () => {
    const builds: string[] = [];
    for (const word of ['one', 'two', 'three', 'four']) {
      writeFileSync(join(root, 'greeting.ts'), `export const greeting: string = '${word}';\n`);
      builds.push(dirname((await bundle()) ?? ''));
    }
    // Age them: two hours old and more, the first build the oldest.
    builds.forEach((dir, index) => {
      const when = new Date(Date.now() - (3 * 60 - index) * 60_000);
      utimesSync(dir, when, when);
    });
    writeFileSync(join(root, 'greeting.ts'), "export const greeting: string = 'five';\n");
    const latest = await bundle();
    expect(runBundle(latest ?? '')).toBe('five, world');
    expect(builds.map((dir) => existsSync(dir))).toEqual([false, true, true, true]);
  });

  it('returns undefined when the build fails, and builds again once the source is fixed', async () => {
    writeFileSync(join(root, 'greeting.ts'), 'export const greeting: string = ;\n');
    expect(await bundle()).toBeUndefined();
    writeFileSync(join(root, 'greeting.ts'), "export const greeting: string = 'fixed';\n");
    const fixed = await bundle();
    expect(runBundle(fixed ?? '')).toBe('fixed, world');
  });

  it('returns undefined when the entry does not exist', async () => {
    expect(await bundledEntry({ entry: 'missing.ts', cacheName: 'test', root, cacheDir })).toBeUndefined();
  });

  it('gives concurrent builds of a stale cache one complete bundle, and leaves no staging dirs', async () => {
    const results = await Promise.all([bundle(), bundle(), bundle()]);
    expect(new Set(results).size).toBe(1);
    expect(runBundle(results[0] ?? '')).toBe('hello, world');
    const manifest = JSON.parse(readFileSync(join(cacheDir, 'manifest.json'), 'utf8')) as {
      inputs: string[];
    };
    expect(manifest.inputs).toEqual(['greeting.ts', 'main.ts', 'package.json']);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });

  it('gives two processes that build a stale cache at once the same complete bundle', async () => {
    const module = pathToFileURL(
      fileURLToPath(new URL('../../../scripts/cached-bundle.mjs', import.meta.url)),
    ).href;
    const script = `const { bundledEntry } = await import(${JSON.stringify(module)});
      console.log(await bundledEntry(${JSON.stringify({ entry: 'main.ts', cacheName: 'test', root, cacheDir })}));`;
    const child = () =>
      new Promise<string>((resolve, reject) => {
        const proc = spawn(process.execPath, ['--input-type=module', '-e', script]);
        let out = '';
        proc.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
        });
        proc.on('error', reject);
        proc.on('close', () => resolve(out.trim()));
      });
    const [a, b] = await Promise.all([child(), child()]);
    expect(a).toBe(b);
    expect(runBundle(a)).toBe('hello, world');
  });
});
