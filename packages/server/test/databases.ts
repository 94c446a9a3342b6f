/**
 * Runs the same specs on a real SQLite file and a real PostgreSQL, each in its own throwaway
 * place (a temp dir; a fresh schema `onsite_t_<random>`), migrated before the specs run.
 *
 * The PostgreSQL half never skips quietly: an unreachable server fails the suite with a message
 * saying how to fix it. Only ONSITE_TEST_SKIP_POSTGRES=1 skips it, with a loud warning.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openStorage } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import type { DialectName, Storage } from '../src/db/storage';

export const POSTGRES_TEST_URL =
  process.env.ONSITE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SKIP_POSTGRES = process.env.ONSITE_TEST_SKIP_POSTGRES === '1';

export interface TestDatabase {
  readonly dialect: DialectName;
  /** The suite's data directory (SQLite file, backups); PostgreSQL suites get one too. */
  dataDir(): string;
  /** Another handle on the suite's database (same file / same schema), closed after the suite. */
  reopen(): Promise<Storage>;
  /** A new, empty, unmigrated database of this dialect, closed and removed after the suite. */
  fresh(): Promise<Storage>;
}

export type StorageSpecs = (getStorage: () => Storage, database: TestDatabase) => void;

export function forEachDatabase(name: string, specs: StorageSpecs): void {
  describe(`${name} [sqlite]`, () => suite('sqlite', specs));
  if (SKIP_POSTGRES) {
    console.warn(
      `\n!!! ONSITE_TEST_SKIP_POSTGRES=1: the PostgreSQL half of "${name}" is SKIPPED. ` +
        'Nothing here says the PostgreSQL storage works. !!!\n',
    );
    describe.skip(`${name} [postgres] (SKIPPED by ONSITE_TEST_SKIP_POSTGRES=1)`, () =>
      suite('postgres', specs));
    return;
  }
  describe(`${name} [postgres]`, () => suite('postgres', specs));
}

function suite(dialect: DialectName, specs: StorageSpecs): void {
  let storage: Storage | undefined;
  let mainDir: string | undefined;
  let mainSchema: string | undefined;
  const cleanups: (() => Promise<void>)[] = [];

  const place = async (): Promise<{ dataDir: string; schema?: string }> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'onsite-test-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    if (dialect === 'sqlite') return { dataDir };
    const schema = `onsite_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    cleanups.push(() => adminQuery(`drop schema if exists ${schema} cascade`));
    return { dataDir, schema };
  };
  const open = async (dataDir: string, schema?: string): Promise<Storage> => {
    const handle = await openStorage({
      dataDir,
      databaseUrl: dialect === 'postgres' ? POSTGRES_TEST_URL : undefined,
      schema,
    });
    // Handles close before their directory or schema goes (cleanups run last-in, first-out).
    cleanups.push(() => handle.close());
    return handle;
  };

  const database: TestDatabase = {
    dialect,
    dataDir: () => must(mainDir, 'dataDir() is only available inside tests and hooks'),
    reopen: () => open(must(mainDir, 'reopen() is only available inside tests and hooks'), mainSchema),
    async fresh() {
      const { dataDir, schema } = await place();
      return open(dataDir, schema);
    },
  };

  beforeAll(async () => {
    if (dialect === 'postgres') await assertPostgresReachable();
    const { dataDir, schema } = await place();
    mainDir = dataDir;
    mainSchema = schema;
    storage = await open(dataDir, schema);
    await migrate(storage);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  specs(() => must(storage, 'getStorage() is only available inside tests and hooks'), database);
}

function must<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function assertPostgresReachable(): Promise<void> {
  try {
    await adminQuery('select 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is unreachable at ${redact(POSTGRES_TEST_URL)} (${reason}). The PostgreSQL half of the storage ` +
        'tests does not skip itself: start the server (pg_ctlcluster <version> main start), point ' +
        'ONSITE_TEST_DATABASE_URL at one, or set ONSITE_TEST_SKIP_POSTGRES=1 to skip it on purpose.',
    );
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export { storyRow } from './story-row';
