/**
 * SQLite storage: one better-sqlite3 connection per process, owned by Kysely.
 * Durability settings follow DESIGN "Data safety": WAL, synchronous=FULL, foreign keys on,
 * a 5 s busy timeout, every write transaction BEGIN IMMEDIATE, data dir 0700, files 0600.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { StorageError } from './errors';
import type { Database } from './schema';
import { ImmediateSqliteDialect } from './sqlite-dialect';
import { withStatementCache } from './sqlite-statement-cache';
import type { Storage } from './storage';
import { runGuarded } from './transaction-guard';

export const SQLITE_FILE_NAME = 'onsite.db';
export const BUSY_TIMEOUT_MS = 5000;

/** What migrate.ts and backup.ts need beyond the Storage contract; kept off the public handle. */
export interface SqliteInternals {
  raw: BetterSqlite3.Database;
  dataDir: string;
  file: string;
}

const internals = new WeakMap<Storage, SqliteInternals>();

/** The raw SQLite handle behind a storage, or undefined for PostgreSQL. */
export function sqliteInternals(storage: Storage): SqliteInternals | undefined {
  return internals.get(storage);
}

/** Tightens the modes of the database and its WAL companions (those that exist right now). */
export function restrictSqliteFileModes(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}

export async function openSqliteStorage(dataDir: string): Promise<Storage> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and ignored for a directory that already exists.
  chmodSync(dataDir, 0o700);
  const file = join(dataDir, SQLITE_FILE_NAME);
  // Create the file 0600 before SQLite does: SQLite gives -wal and -shm the database file's
  // mode, so they are private from their first byte rather than after a later chmod.
  closeSync(openSync(file, 'a', 0o600));
  restrictSqliteFileModes(file);

  const raw = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    const mode = raw.pragma('journal_mode = WAL', { simple: true });
    if (String(mode).toLowerCase() !== 'wal') {
      throw new StorageError('STORAGE_CONFIG_INVALID', `SQLite refused WAL mode (got ${String(mode)}).`);
    }
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    raw.close();
    throw error;
  }
  restrictSqliteFileModes(file);

  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw) }),
  });
  let closed = false;
  // total_changes(): rows this connection changed (every write of this process goes through it);
  // data_version: moves when another connection (`onsite import` while the server runs) commits.
  // Two statements, not one: the pragma as a subquery took twice as long as both apart (~2.8 µs
  // vs ~1.5 µs), and this runs on every cacheable GET.
  const ownChanges = raw.prepare('select total_changes()').pluck();
  const othersCommits = raw.prepare('pragma data_version').pluck();
  const checkpoint = async (): Promise<void> => {
    if (closed) return;
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  };
  const storage: Storage = {
    db,
    dialect: 'sqlite',
    transaction: (work) => runGuarded(storage, closed, () => db.transaction().execute(work)),
    changeToken: () => (closed ? undefined : `${ownChanges.get()}:${othersCommits.get()}`),
    checkpoint,
    async close() {
      if (closed) return;
      try {
        await checkpoint();
      } finally {
        closed = true;
        await db.destroy();
      }
    },
  };
  internals.set(storage, { raw, dataDir, file });
  return storage;
}
