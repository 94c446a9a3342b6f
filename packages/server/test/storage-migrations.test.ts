/** The migration runner: order, atomicity, the foreign-key check and the pre-migration backup. */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { toCount } from '../src/db/dialect';
import { isStorageError } from '../src/db/errors';
import { migrate } from '../src/db/migrate';
import { MIGRATIONS, type Migration } from '../src/db/migrations';
import type { Database } from '../src/db/schema';
import { createSearch, searchRows } from '../src/db/search';
import { STORY_SEARCH } from '../src/db/search-indexes';
import type { DialectName, Storage } from '../src/db/storage';
import { forEachDatabase, storyRow } from './databases';

const STORIES = 30;
const VERSIONS_EACH = 3;

async function seed(storage: Storage): Promise<void> {
  await migrate(storage);
  const ids = Array.from({ length: STORIES }, (_, i) => `s${String(i).padStart(2, '0')}`);
  await storage.db
    .insertInto('stories')
    .values(ids.map((id) => storyRow(id, { action: `zqword${id} shipped the thing` })))
    .execute();
  await storage.db
    .insertInto('story_versions')
    .values(
      ids.flatMap((id) =>
        Array.from({ length: VERSIONS_EACH }, (_, v) => ({
          story_id: id,
          version: v + 1,
          snapshot: '{}',
          created_at: 'x',
        })),
      ),
    )
    .execute();
}

async function counts(db: Kysely<Database>): Promise<{ stories: number; versions: number }> {
  const s = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const v = await db
    .selectFrom('story_versions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return { stories: toCount(s.n), versions: toCount(v.n) };
}

/**
 * SQLite's documented 12-step change: new table, copy (in reverse order, so every rowid moves),
 * drop the old one, rename. With foreign keys on, the DROP would cascade-delete every version.
 * PostgreSQL alters in place.
 */
async function rebuildStories(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table stories add constraint stories_title_length check (length(title) <= 500)`.execute(
      db,
    );
    return;
  }
  const original = await sql<{ sql: string }>`select sql from sqlite_master where name = 'stories'`.execute(
    db,
  );
  const ddl = original.rows[0]?.sql.replace(/^create table "stories"/i, 'create table "stories_new"');
  if (!ddl?.includes('stories_new')) throw new Error(`unexpected DDL: ${original.rows[0]?.sql}`);
  await sql.raw(ddl.replace(/\)\s*$/, ', check (length(title) <= 500))')).execute(db);
  await sql`insert into stories_new select * from stories order by id desc`.execute(db);
  await sql`drop table stories`.execute(db);
  await sql`alter table stories_new rename to stories`.execute(db);
  await sql`create index stories_updated_at_idx on stories (updated_at)`.execute(db);
  await createSearch(db, dialect, STORY_SEARCH); // the DROP took the triggers with it
}

const rebuild: Migration = { id: '900-test-rebuild-stories', up: rebuildStories };

describe('migrations/', () => {
  it('registers every numbered file, in order', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'db', 'migrations');
    const files = readdirSync(dir)
      .filter((f) => /^\d{3}-.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATIONS.map((m) => m.id)).toEqual(files);
  });
});

forEachDatabase('migrate', (_getStorage, database) => {
  it('a table-rebuilding migration keeps every story and every cascading version', async () => {
    const storage = await database.fresh();
    await seed(storage);
    const before = await counts(storage.db);
    expect(before).toEqual({ stories: STORIES, versions: STORIES * VERSIONS_EACH });

    const result = await migrate(storage, { migrations: [...MIGRATIONS, rebuild] });
    expect(result.applied).toEqual([rebuild.id]);
    expect(await counts(storage.db)).toEqual(before);
    // Search still points at the right stories although (on SQLite) every rowid changed.
    const found = await searchRows(storage.db, storage.dialect, STORY_SEARCH, 'zqwords07');
    expect(found.map((s) => s.id)).toEqual(['s07']);

    if (storage.dialect === 'sqlite') {
      const check = async (pragma: string) => (await sql.raw(`pragma ${pragma}`).execute(storage.db)).rows;
      expect(await check('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await check('foreign_key_check')).toEqual([]);
      expect(await check('foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    }
  });

  it('without the runner (foreign keys on) the same rebuild would delete every version', async () => {
    const storage = await database.fresh();
    if (storage.dialect === 'postgres') return; // PostgreSQL alters in place; nothing to drop
    await seed(storage);
    await storage.transaction((trx) => rebuildStories(trx, 'sqlite'));
    expect(await counts(storage.db)).toEqual({ stories: STORIES, versions: 0 });
  });

  it('rolls back a migration that leaves dangling rows, records nothing and keeps foreign keys on', async () => {
    const storage = await database.fresh();
    await seed(storage);
    const dangling: Migration = {
      id: '900-test-dangling',
      async up(db) {
        await db.deleteFrom('stories').where('id', '<', 's10').execute();
        await db
          .insertInto('story_versions')
          .values({ story_id: 'ghost', version: 1, snapshot: '{}', created_at: 'x' })
          .execute();
      },
    };
    const error = await migrate(storage, { migrations: [...MIGRATIONS, dangling] }).catch((e: unknown) => e);
    // SQLite (foreign keys off during the migration) catches it at the check before commit;
    // PostgreSQL refuses the insert itself.
    const expected = storage.dialect === 'sqlite' ? 'MIGRATION_FOREIGN_KEY_VIOLATION' : 'MIGRATION_FAILED';
    expect(isStorageError(error, expected), String(error)).toBe(true);
    expect(await counts(storage.db)).toEqual({ stories: STORIES, versions: STORIES * VERSIONS_EACH });
    const recorded = await storage.db.selectFrom('onsite_migrations').select('id').execute();
    expect(recorded.map((r) => r.id)).not.toContain(dangling.id);
    const orphan = await storage.db
      .insertInto('story_versions')
      .values({ story_id: 'ghost', version: 1, snapshot: '{}', created_at: 'x' })
      .execute()
      .catch((e: unknown) => e);
    expect(orphan).toBeInstanceOf(Error); // foreign keys are enforced again
  });

  it('applies migrations before a failing one and none of the failing one', async () => {
    const storage = await database.fresh();
    const good: Migration = {
      id: '900-test-good',
      up: (db) => db.schema.createTable('test_good').addColumn('id', 'text').execute(),
    };
    const bad: Migration = {
      id: '901-test-bad',
      async up(db) {
        await db.schema.createTable('test_half').addColumn('id', 'text').execute();
        throw new Error('boom');
      },
    };
    const error = await migrate(storage, { migrations: [...MIGRATIONS, good, bad] }).catch((e: unknown) => e);
    expect(isStorageError(error, 'MIGRATION_FAILED')).toBe(true);
    const recorded = (
      await storage.db.selectFrom('onsite_migrations').select('id').orderBy('id').execute()
    ).map((r) => r.id);
    expect(recorded).toEqual([...MIGRATIONS.map((m) => m.id), good.id]);
    const tables = (await storage.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toContain('test_good');
    expect(tables).not.toContain('test_half');
  });

  it('backs up an existing SQLite database (0600, every row) before migrating it, never an empty one', async () => {
    const storage = await database.fresh();
    const first = await migrate(storage);
    expect(first.backupFile).toBeNull();
    await seed(storage);
    const later: Migration = { id: '900-test-later', async up() {} };
    const result = await migrate(storage, { migrations: [...MIGRATIONS, later], now: () => new Date(0) });
    if (storage.dialect === 'postgres') {
      expect(result.backupFile).toBeNull();
      return;
    }
    expect(result.backupFile).toMatch(/backups\/pre-migration-1970-01-01T00-00-00\.000Z\.db$/);
    const file = result.backupFile ?? '';
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    const copy = new BetterSqlite3(file, { readonly: true });
    try {
      expect(copy.prepare('select count(*) as n from story_versions').get()).toEqual({
        n: STORIES * VERSIONS_EACH,
      });
      // The copy is from before the migration.
      expect(copy.prepare('select count(*) as n from onsite_migrations where id = ?').get(later.id)).toEqual({
        n: 0,
      });
    } finally {
      copy.close();
    }
  });

  it('refuses migrations listed out of order', async () => {
    const storage = await database.fresh();
    await expect(migrate(storage, { migrations: [...MIGRATIONS].reverse() })).rejects.toSatisfy((e) =>
      isStorageError(e, 'MIGRATION_FAILED'),
    );
  });
});
