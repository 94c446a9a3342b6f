/**
 * `onsite backup`, `onsite export` and `onsite import` through the real binary against temporary
 * data directories (SQLite): round trips in JSON and Markdown, idempotence, one-line errors with
 * exit 2, and a backup taken while another process keeps writing. Progress bars are checked
 * in-process with a terminal-like stderr.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { migrate, openStorage, type Storage } from '@onsite/server';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../src/io';
import { main } from '../src/main';
import { CLI_DIR, REPO_ROOT, runBin, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const envFor = (dataDir: string) => ({ ONSITE_DATA_DIR: dataDir, ONSITE_DATABASE_URL: '' });

/** A data directory holding `count` stories, one of them edited (so it has history). */
async function seeded(name: string, count: number): Promise<string> {
  const dataDir = join(tmp.dir, name);
  const storage = await openStorage({ dataDir });
  try {
    await migrate(storage);
    await insertStories(storage, count);
  } finally {
    await storage.close();
  }
  return dataDir;
}

async function insertStories(storage: Storage, count: number): Promise<void> {
  // The JSON import path is the public way in; it also gives the stories real history records.
  const stories = Array.from({ length: count }, (_, i) => story(`story-${String(i).padStart(4, '0')}`, 2));
  const storyVersions = stories.slice(0, 1).map((s) => ({
    storyId: s.id,
    version: 1,
    replacedAt: '2026-01-02T00:00:00.000Z',
    story: { ...s, version: 1, title: 'The first title', updatedAt: '2026-01-01T00:00:00.000Z' },
  }));
  const server = await import('@onsite/server');
  await server.importDocument(storage, { format: 'onsite-export', formatVersion: 1, stories, storyVersions });
}

function story(id: string, version: number) {
  return {
    id,
    title: `Platform reorg ${id}`,
    situation: 'Two teams owned one service.\n## Task\nnot a heading',
    task: 'Pick one owner.',
    action: '',
    result: 'Pager load halved.',
    learnings: '',
    leadershipDimension: '',
    strategicImplication: '',
    context: '',
    principle: '',
    concept: '',
    application: '',
    impact: '',
    metrics: ['pager load -50%'],
    tags: ['change'],
    principles: [],
    targetLevel: 'L6',
    version,
    analysis: null,
    analysisVersion: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

const withoutStamp = (text: string) => ({ ...(JSON.parse(text) as object), exportedAt: null });

// Each run of the binary loads the server package through tsx: seconds, more on a busy machine.
describe('onsite export / import (real binary)', { timeout: 120_000 }, () => {
  it('round-trips a JSON export into an empty data dir, and a second import changes nothing', async () => {
    const source = await seeded('json-source', 3);
    const file = join(tmp.dir, 'export.json');
    const exported = runBin(['export', file], { env: envFor(source) });
    expect(exported).toMatchObject({ status: 0, stdout: '' });
    expect(exported.stderr).toBe(`Exported 4 records to ${file}\n`);

    const target = join(tmp.dir, 'json-target');
    const first = runBin(['import', file], { env: envFor(target) });
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(first.stdout).toBe('Imported: 4 created, 0 unchanged, 0 replaced, 0 conflicts\n');
    const second = runBin(['import', file], { env: envFor(target) });
    expect(second.stdout).toBe('Imported: 0 created, 4 unchanged, 0 replaced, 0 conflicts\n');

    const again = runBin(['export'], { env: envFor(target) });
    expect(again.status).toBe(0);
    expect(withoutStamp(again.stdout)).toEqual(withoutStamp(readFileSync(file, 'utf8')));
  });

  it('round-trips a Markdown folder (one .md per story plus onsite-data.json)', async () => {
    const source = await seeded('md-source', 2);
    const dir = join(tmp.dir, 'vault', 'onsite');
    const exported = runBin(['export', '--format', 'markdown', dir], { env: envFor(source) });
    expect(exported.status).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      'onsite-data.json',
      'platform-reorg-story-0000-story000.md',
      'platform-reorg-story-0001-story000.md',
    ]);
    const markdown = readFileSync(join(dir, files[1] as string), 'utf8');
    expect(markdown).toMatch(/^---\nid: story-0000\ntitle: Platform reorg story-0000\n/);
    expect(markdown).toContain('## Situation\n\nTwo teams owned one service.\n\\## Task\nnot a heading\n');

    const target = join(tmp.dir, 'md-target');
    const imported = runBin(['import', dir], { env: envFor(target) });
    expect(imported).toMatchObject({ status: 0, stderr: '' });
    expect(imported.stdout).toBe('Imported: 3 created, 0 unchanged, 0 replaced, 0 conflicts\n');
    const before = runBin(['export'], { env: envFor(source) });
    const after = runBin(['export'], { env: envFor(target) });
    expect(withoutStamp(after.stdout)).toEqual(withoutStamp(before.stdout));
    // A folder that holds files already is refused rather than mixed into.
    const refused = runBin(['export', '--format', 'markdown', dir], { env: envFor(source) });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`onsite export: ${dir} is not empty; export into a new or empty folder\n`);
  });

  it('says in one line, with exit 2, when a file is not JSON, missing, or from a newer Onsite', () => {
    const dataDir = join(tmp.dir, 'errors');
    const notJson = tmp.write('not.json', '{"format": "onsite-export",');
    const bad = runBin(['import', notJson], { env: envFor(dataDir) });
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(bad.stderr).toMatch(/^onsite: .*not\.json: not valid JSON/);

    const missing = runBin(['import', join(tmp.dir, 'nope.json')], { env: envFor(dataDir) });
    expect(missing).toMatchObject({
      status: 2,
      stderr: `onsite: ${join(tmp.dir, 'nope.json')}: no such file or directory\n`,
    });

    const future = tmp.write('future.json', '{"format":"onsite-export","formatVersion":9}');
    const refused = runBin(['import', future], { env: envFor(dataDir) });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /^onsite: .*future\.json: This file has formatVersion 9; this Onsite reads formatVersion 1\. .*\n$/,
    );
    expect(runBin(['export', '--format', 'yaml'], { env: envFor(dataDir) })).toMatchObject({
      status: 2,
      stderr: "onsite export: unknown format 'yaml' (expected json or markdown)\n",
    });
  });

  it('lists the invalid records, writes nothing and exits 2', () => {
    const dataDir = join(tmp.dir, 'invalid');
    const good = story('good-one', 1);
    const badStory = { ...story('bad-one', 1), tags: ['nonsense'] };
    const file = tmp.write(
      'invalid.json',
      JSON.stringify({ format: 'onsite-export', formatVersion: 1, stories: [good, badStory] }),
    );
    const run = runBin(['import', file], { env: envFor(dataDir) });
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/invalid\.json: 1 record is invalid; nothing was imported\.$/);
    expect(lines[1]).toMatch(/^ {2}stories\[1\] \(id bad-one\): tags\.0: /);
    const exported = JSON.parse(runBin(['export'], { env: envFor(dataDir) }).stdout) as {
      stories: unknown[];
    };
    expect(exported.stories).toEqual([]);
  });

  it('--dry-run counts without writing; --overwrite replaces a record that differs', async () => {
    const dataDir = await seeded('modes', 1);
    const changed = { ...story('story-0000', 2), title: 'Retitled in the file' };
    const file = tmp.write(
      'changed.json',
      JSON.stringify({ format: 'onsite-export', formatVersion: 1, stories: [changed] }),
    );
    const dry = runBin(['import', '--dry-run', '--overwrite', file], { env: envFor(dataDir) });
    expect(dry.stdout).toBe('Would import: 0 created, 0 unchanged, 1 replaced, 0 conflicts\n');
    const kept = runBin(['import', file], { env: envFor(dataDir) });
    expect(kept.stdout).toContain('0 created, 0 unchanged, 0 replaced, 1 conflicts');
    expect(kept.stdout).toContain('kept as stored (differs from the file): stories story-0000');
    const replaced = runBin(['import', '--overwrite', '--json', file], { env: envFor(dataDir) });
    expect(JSON.parse(replaced.stdout)).toMatchObject({ mode: 'replace', totals: { replaced: 1 } });
    const exported = JSON.parse(runBin(['export'], { env: envFor(dataDir) }).stdout) as {
      stories: { title: string }[];
    };
    expect(exported.stories.map((s) => s.title)).toEqual(['Retitled in the file']);
  });
});

describe('onsite backup (real binary)', { timeout: 120_000 }, () => {
  let writer: ChildProcess | undefined;
  afterAll(() => {
    writer?.kill('SIGKILL');
  });

  it('copies the database while another process keeps writing; the copy passes integrity_check', async () => {
    const dataDir = join(tmp.dir, 'busy');
    writer = spawn(
      process.execPath,
      ['--import', 'tsx', join(CLI_DIR, 'test', 'data-writer-child.ts'), dataDir],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const lines = createInterface({ input: writer.stdout as NodeJS.ReadableStream });
    let acknowledged = 0;
    const warmedUp = new Promise<void>((resolve) => {
      lines.on('line', (line) => {
        if (/^\d+$/.test(line)) acknowledged = Number(line);
        if (acknowledged >= 50) resolve();
      });
    });
    await warmedUp;

    const file = join(tmp.dir, 'busy-backup.db');
    const run = spawn(process.execPath, [join(CLI_DIR, 'bin', 'onsite.mjs'), 'backup', file], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...envFor(dataDir) },
    });
    let stdout = '';
    run.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const before = acknowledged;
    const status = await new Promise<number | null>((resolve) => run.on('close', resolve));
    const after = acknowledged;
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Backed up to .*busy-backup\.db \(\d+ bytes\)\n$/);
    // The writer kept committing during the backup.
    expect(after).toBeGreaterThan(before);

    const copy = new BetterSqlite3(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const stories = Number(copy.prepare('select count(*) as n from stories').pluck().get());
      // A consistent snapshot: at least what was acknowledged before the backup started.
      expect(stories).toBeGreaterThanOrEqual(before);
    } finally {
      copy.close();
    }
    // Backups never overwrite.
    const again = runBin(['backup', file], { env: envFor(dataDir) });
    expect(again).toMatchObject({
      status: 2,
      stderr: `onsite backup: ${file}: already exists; choose a new name\n`,
    });
  });

  it('names the default backup after the time, in the data dir', async () => {
    const dataDir = await seeded('default-backup', 1);
    const run = runBin(['backup'], { env: envFor(dataDir) });
    expect(run.status).toBe(0);
    const [name] = readdirSync(join(dataDir, 'backups')).filter(
      (f) => f.endsWith('.db') && f.startsWith('onsite-2'),
    );
    expect(name).toMatch(/^onsite-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.db$/);
    expect(run.stdout).toContain(join(dataDir, 'backups', name as string));
    expect(existsSync(join(dataDir, 'backups', name as string))).toBe(true);
  });
});

describe('progress', { timeout: 120_000 }, () => {
  function terminalIo(
    argv: string[],
    dataDir: string,
    tty: boolean,
  ): { io: Io; stdout(): string; stderr(): string } {
    let out = '';
    let err = '';
    return {
      io: {
        argv,
        cwd: tmp.dir,
        env: envFor(dataDir),
        stdin: (async function* () {})(),
        stdout: { write: (chunk: string) => (out += chunk) },
        stderr: { isTTY: tty, columns: 100, write: (chunk: string) => (err += chunk) },
      },
      stdout: () => out,
      stderr: () => err,
    };
  }

  it('draws a bar on a terminal stderr for a large export, and nothing when stderr is piped', async () => {
    const dataDir = await seeded('progress', 60);
    const tty = terminalIo(['export', join(tmp.dir, 'progress-tty.json')], dataDir, true);
    expect(await main(tty.io)).toBe(0);
    expect(tty.stderr()).toMatch(/Exporting \[[█░]+\] 100% \| 61\/61 records/);

    const piped = terminalIo(['export', join(tmp.dir, 'progress-pipe.json')], dataDir, false);
    expect(await main(piped.io)).toBe(0);
    expect(piped.stderr()).toBe(`Exported 61 records to ${join(tmp.dir, 'progress-pipe.json')}\n`);

    const importing = terminalIo(
      ['import', join(tmp.dir, 'progress-tty.json')],
      join(tmp.dir, 'progress-2'),
      true,
    );
    expect(await main(importing.io)).toBe(0);
    expect(importing.stderr()).toMatch(/Importing \[[█░]+\] 100% \| 61\/61 records/);
    expect(importing.stdout()).toBe('Imported: 61 created, 0 unchanged, 0 replaced, 0 conflicts\n');
  });
});

describe.skipIf(process.env.ONSITE_TEST_SKIP_POSTGRES === '1')(
  'on PostgreSQL (real binary)',
  { timeout: 120_000 },
  () => {
    const url = process.env.ONSITE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `onsite_t_cli_${process.pid}`;
    const admin = async (query: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(query);
      } finally {
        await client.end();
      }
    };
    // The CLI reads the same environment as the server; a search_path option keeps the test in its own schema.
    const pgEnv = () => ({
      ONSITE_DATA_DIR: join(tmp.dir, 'pg-data'),
      ONSITE_DATABASE_URL: `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    });
    beforeAll(() => admin(`create schema ${schema}`));
    afterAll(() => admin(`drop schema if exists ${schema} cascade`));

    it('backup writes a JSON export and says so; import restores it; a second import changes nothing', () => {
      const file = tmp.write(
        'pg-seed.json',
        JSON.stringify({ format: 'onsite-export', formatVersion: 1, stories: [story('pg-1', 1)] }),
      );
      expect(runBin(['import', file], { env: pgEnv() }).stdout).toBe(
        'Imported: 1 created, 0 unchanged, 0 replaced, 0 conflicts\n',
      );
      const backup = join(tmp.dir, 'pg-backup.json');
      const run = runBin(['backup', backup], { env: pgEnv() });
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toBe(
        `PostgreSQL storage has no database file to copy: wrote a JSON export to ${backup} (restore it with 'onsite import')\n`,
      );
      const exported = JSON.parse(readFileSync(backup, 'utf8')) as { stories: { id: string }[] };
      expect(exported.stories.map((s) => s.id)).toEqual(['pg-1']);
      expect(runBin(['import', backup], { env: pgEnv() }).stdout).toBe(
        'Imported: 0 created, 1 unchanged, 0 replaced, 0 conflicts\n',
      );
    });
  },
);
