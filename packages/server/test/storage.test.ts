/** The storage contract, run on SQLite and PostgreSQL alike. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { backupSqlite } from '../src/db/backup';
import { isForeignKeyViolation, isUniqueViolation, toCount } from '../src/db/dialect';
import { isStorageError } from '../src/db/errors';
import { migrate } from '../src/db/migrate';
import { MIGRATIONS } from '../src/db/migrations';
import { forEachDatabase, storyRow } from './databases';

forEachDatabase('storage', (getStorage, database) => {
  describe('migrations', () => {
    it('records every migration once', async () => {
      const rows = await getStorage().db.selectFrom('onsite_migrations').select('id').orderBy('id').execute();
      expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    });

    it('is idempotent: a second run, on this handle or a new one, applies nothing', async () => {
      expect(await migrate(getStorage())).toEqual({ applied: [], backupFile: null });
      const other = await database.reopen();
      expect(await migrate(other)).toEqual({ applied: [], backupFile: null });
    });

    it('refuses a database migrated by a newer build', async () => {
      const storage = await database.fresh();
      await migrate(storage);
      await storage.db
        .insertInto('onsite_migrations')
        .values({ id: '999-future', applied_at: 'x' })
        .execute();
      await expect(migrate(storage)).rejects.toSatisfy((e) => isStorageError(e, 'DATABASE_NEWER_THAN_APP'));
    });
  });

  describe('transactions', () => {
    it('commits when the work resolves and rolls back when it throws', async () => {
      const storage = getStorage();
      await storage.transaction((trx) => trx.insertInto('stories').values(storyRow('tx-ok')).execute());
      await expect(
        storage.transaction(async (trx) => {
          await trx.insertInto('stories').values(storyRow('tx-undone')).execute();
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      const ids = await storage.db.selectFrom('stories').select('id').where('id', 'like', 'tx-%').execute();
      expect(ids.map((r) => r.id)).toEqual(['tx-ok']);
    });

    it('refuses a nested transaction instead of hanging', async () => {
      const storage = getStorage();
      await expect(storage.transaction(() => storage.transaction(async () => 1))).rejects.toThrow(
        /inside another transaction/,
      );
    });

    it('refuses transactions after close() with STORAGE_CLOSED, and a second close is harmless', async () => {
      const storage = await database.fresh();
      await storage.close();
      await storage.close();
      await expect(storage.transaction(async () => 1)).rejects.toSatisfy((e) =>
        isStorageError(e, 'STORAGE_CLOSED'),
      );
    });

    it('recognises duplicate keys and dangling foreign keys in both dialects', async () => {
      const { db } = getStorage();
      await db.insertInto('stories').values(storyRow('dup')).execute();
      const duplicate = await db
        .insertInto('stories')
        .values(storyRow('dup'))
        .execute()
        .catch((e: unknown) => e);
      expect(isUniqueViolation(duplicate)).toBe(true);
      const orphan = await db
        .insertInto('story_versions')
        .values({ story_id: 'no-such-story', version: 1, snapshot: '{}', created_at: 'x' })
        .execute()
        .catch((e: unknown) => e);
      expect(isForeignKeyViolation(orphan)).toBe(true);
    });

    it('deletes a story with its versions (ON DELETE CASCADE)', async () => {
      const { db } = getStorage();
      await db.insertInto('stories').values(storyRow('cascade')).execute();
      await db
        .insertInto('story_versions')
        .values([1, 2].map((version) => ({ story_id: 'cascade', version, snapshot: '{}', created_at: 'x' })))
        .execute();
      await db.deleteFrom('stories').where('id', '=', 'cascade').execute();
      const left = await db
        .selectFrom('story_versions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('story_id', '=', 'cascade')
        .executeTakeFirstOrThrow();
      expect(toCount(left.n)).toBe(0);
    });
  });

  describe('checkpoint and backup', () => {
    it('backs up SQLite online into a 0600 file that opens with every row; PostgreSQL says unsupported', async () => {
      const storage = getStorage();
      await storage.db
        .insertInto('stories')
        .values(storyRow('backed-up', { title: 'Kept safe' }))
        .execute();
      const target = join(database.dataDir(), 'manual', 'copy.db');
      if (storage.dialect === 'postgres') {
        await expect(backupSqlite(storage, target)).rejects.toSatisfy((e) =>
          isStorageError(e, 'STORAGE_UNSUPPORTED_DIALECT'),
        );
        return;
      }
      const result = await backupSqlite(storage, target);
      expect(result.bytes).toBeGreaterThan(0);
      expect(statSync(target).mode & 0o777).toBe(0o600);
      const copy = new BetterSqlite3(target, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const row = copy.prepare('select title from stories where id = ?').get('backed-up');
        expect(row).toEqual({ title: 'Kept safe' });
      } finally {
        copy.close();
      }
      await expect(backupSqlite(storage, target)).rejects.toSatisfy((e) =>
        isStorageError(e, 'BACKUP_TARGET_EXISTS'),
      );
    });

    it('checkpoint() runs on both (empties the SQLite WAL; nothing to do on PostgreSQL)', async () => {
      const storage = getStorage();
      await storage.db.insertInto('stories').values(storyRow('before-checkpoint')).execute();
      await storage.checkpoint();
      if (storage.dialect === 'sqlite') {
        expect(statSync(join(database.dataDir(), 'onsite.db-wal')).size).toBe(0);
      }
      const count = await sql<{ n: number | string }>`select count(*) as n from stories`.execute(storage.db);
      expect(toCount(count.rows[0]?.n)).toBeGreaterThan(0);
    });
  });
});
