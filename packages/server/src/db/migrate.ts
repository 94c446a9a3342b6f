/**
 * Runs pending migrations in order, each in its own transaction, recorded in onsite_migrations
 * by that same transaction. SQLite follows DESIGN "Data safety":
 *  1. an online backup of a database that already has a schema, before anything changes;
 *  2. foreign keys switched OFF outside the transaction (the pragma is a no-op inside one), so
 *     a table rebuild (create new, copy, drop old, rename) does not cascade-delete children;
 *  3. `PRAGMA foreign_key_check` before commit: any dangling row rolls the migration back;
 *  4. foreign keys back ON whatever happened.
 * PostgreSQL: transactional DDL plus an advisory lock, so two servers never migrate at once.
 */
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { backupSqlite } from './backup';
import { StorageError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';
import type { Database } from './schema';
import { hasSearch, rebuildSearch } from './search';
import { SEARCH_INDEXES } from './search-indexes';
import { sqliteInternals } from './sqlite';
import type { DialectName, Storage } from './storage';

export interface MigrateOptions {
  /** Where SQLite pre-migration backups go; default `<dataDir>/backups`. */
  backupDir?: string;
  /** The migrations to run; default every migration in migrations/. Tests add their own. */
  migrations?: readonly Migration[];
  /** The clock, for the backup's file name. */
  now?: () => Date;
}

export interface MigrateResult {
  applied: string[];
  /** The SQLite backup taken before migrating, or null (nothing pending, empty database, PG). */
  backupFile: string | null;
}

/** Any number; PostgreSQL advisory locks are keyed by a bigint the whole cluster shares. */
const PG_MIGRATION_LOCK = 0x0_5e1f_0001;

export async function migrate(storage: Storage, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = options.migrations ?? MIGRATIONS;
  assertOrdered(migrations);
  await storage.db.schema
    .createTable('onsite_migrations')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied = await appliedIds(storage.db);
  const known = new Set(migrations.map((m) => m.id));
  const unknown = applied.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new StorageError(
      'DATABASE_NEWER_THAN_APP',
      'This database was migrated by a newer version of Onsite; upgrade Onsite to open it.',
      { details: { unknownMigrations: unknown } },
    );
  }
  const pending = migrations.filter((m) => !applied.includes(m.id));
  if (pending.length === 0) return { applied: [], backupFile: null };

  const sqlite = sqliteInternals(storage);
  if (sqlite === undefined) {
    return { applied: await runPostgres(storage, pending), backupFile: null };
  }
  let backupFile: string | null = null;
  if (applied.length > 0) {
    const stamp = (options.now?.() ?? new Date()).toISOString().replaceAll(':', '-');
    backupFile = join(options.backupDir ?? join(sqlite.dataDir, 'backups'), `pre-migration-${stamp}.db`);
    await backupSqlite(storage, backupFile);
  }
  return { applied: await runSqlite(storage, pending), backupFile };
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const previous = migrations[i - 1]!.id;
    if (migrations[i]!.id <= previous) {
      throw new StorageError(
        'MIGRATION_FAILED',
        `Migrations are out of order: ${previous} before ${migrations[i]!.id}.`,
      );
    }
  }
}

async function appliedIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('onsite_migrations').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

async function runSqlite(storage: Storage, pending: readonly Migration[]): Promise<string[]> {
  const done: string[] = [];
  // One pinned connection: the pragma, the transactions and the pragma again all run on it,
  // with no other query of this process in between.
  await storage.db.connection().execute(async (conn) => {
    await sql`pragma foreign_keys = off`.execute(conn);
    try {
      for (const migration of pending) {
        const ran = await conn.transaction().execute(async (trx) => {
          if (await isRecorded(trx, migration.id)) return false; // another process got here first
          await runUp(trx, 'sqlite', migration);
          await rebuildSearchIndexes(trx);
          await assertForeignKeys(trx, migration.id);
          await record(trx, migration.id);
          return true;
        });
        if (ran) done.push(migration.id);
      }
    } finally {
      await sql`pragma foreign_keys = on`.execute(conn);
    }
  });
  return done;
}

async function runPostgres(storage: Storage, pending: readonly Migration[]): Promise<string[]> {
  const done: string[] = [];
  for (const migration of pending) {
    const ran = await storage.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${PG_MIGRATION_LOCK})`.execute(trx);
      if (await isRecorded(trx, migration.id)) return false;
      await runUp(trx, 'postgres', migration);
      await record(trx, migration.id);
      return true;
    });
    if (ran) done.push(migration.id);
  }
  return done;
}

async function runUp(trx: Kysely<Database>, dialect: DialectName, migration: Migration): Promise<void> {
  try {
    await migration.up(trx, dialect);
  } catch (error) {
    throw new StorageError('MIGRATION_FAILED', `Migration ${migration.id} failed and was rolled back.`, {
      details: { migration: migration.id },
      cause: error,
    });
  }
}

async function isRecorded(trx: Kysely<Database>, id: string): Promise<boolean> {
  const row = await trx.selectFrom('onsite_migrations').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

async function record(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.insertInto('onsite_migrations').values({ id, applied_at: new Date().toISOString() }).execute();
}

/** Every full-text index that exists by now, re-read (a table rebuild renumbers rowids). */
async function rebuildSearchIndexes(trx: Kysely<Database>): Promise<void> {
  for (const index of SEARCH_INDEXES) {
    if (await hasSearch(trx, index)) await rebuildSearch(trx, 'sqlite', index);
  }
}

interface ForeignKeyProblem {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

async function assertForeignKeys(trx: Kysely<Database>, id: string): Promise<void> {
  const result = await sql<ForeignKeyProblem>`pragma foreign_key_check`.execute(trx);
  if (result.rows.length === 0) return;
  throw new StorageError(
    'MIGRATION_FOREIGN_KEY_VIOLATION',
    `Migration ${id} would leave ${result.rows.length} row(s) pointing at missing parents; it was rolled back.`,
    { details: { migration: id, violations: result.rows.slice(0, 20) } },
  );
}
