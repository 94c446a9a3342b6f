/**
 * Online backups of the SQLite database through SQLite's backup API (better-sqlite3
 * `db.backup`): a consistent copy taken while the server keeps running. PostgreSQL databases
 * are backed up by the export (JSON) path or pg_dump, not here.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StorageError } from './errors';
import { sqliteInternals } from './sqlite';
import type { Storage } from './storage';

/** SQLite's page count per backup step is a C int; this is its largest value. */
const ALL_PAGES_IN_ONE_STEP = 0x7fffffff;

export interface BackupResult {
  file: string;
  bytes: number;
}

export async function backupSqlite(storage: Storage, targetFile: string): Promise<BackupResult> {
  const sqlite = sqliteInternals(storage);
  if (sqlite === undefined) {
    throw new StorageError(
      'STORAGE_UNSUPPORTED_DIALECT',
      'File backups are for SQLite storage; back up PostgreSQL with an export or pg_dump.',
      { details: { dialect: storage.dialect } },
    );
  }
  const file = resolve(targetFile);
  if (existsSync(file)) {
    throw new StorageError('BACKUP_TARGET_EXISTS', 'The backup file already exists; choose a new name.', {
      details: { file },
    });
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Written under a temporary name and renamed when complete, so a crash mid-copy never
  // leaves a file that looks like a good backup. Created 0600 before SQLite writes a page.
  const partial = `${file}.partial-${process.pid}`;
  closeSync(openSync(partial, 'wx', 0o600));
  try {
    // Holding Kysely's connection means no transaction of ours is half-done on the handle
    // while pages are copied; other requests wait for the (short) copy instead.
    // All remaining pages in one step: copied 100 at a time (the default), a backup restarts
    // whenever another process writes between two steps, so a busy writer could keep it from
    // ever finishing. One step reads under one WAL snapshot, which never blocks the writer.
    await storage.db
      .connection()
      .execute(() => sqlite.raw.backup(partial, { progress: () => ALL_PAGES_IN_ONE_STEP }));
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file, bytes: statSync(file).size };
}
