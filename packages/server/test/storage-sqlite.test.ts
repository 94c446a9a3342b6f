/** What only SQLite has: pragmas, file modes, BEGIN IMMEDIATE between processes, the WAL. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { storyRow } from './databases';
import { exited, onLines, spawnChild } from './storage-children';

const dirs: string[] = [];
const handles: Storage[] = [];
afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onsite-sqlite-'));
  dirs.push(dir);
  return dir;
}

async function open(dataDir: string): Promise<Storage> {
  const storage = await openStorage({ dataDir });
  handles.push(storage);
  return storage;
}

const mode = (path: string): number => statSync(path).mode & 0o777;

describe('SQLite storage', () => {
  it('applies WAL, synchronous=FULL, foreign keys and a 5 s busy timeout', async () => {
    const { db } = await open(tempDir());
    const pragma = async (name: string): Promise<unknown> =>
      Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('makes the data dir 0700 and the database, -wal and -shm 0600, even from a 0755 dir', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const previous = process.umask(0o022);
    try {
      const storage = await open(dataDir);
      await migrate(storage);
      await storage.db.insertInto('stories').values(storyRow('mode')).execute();
      expect(mode(dataDir)).toBe(0o700);
      for (const name of ['onsite.db', 'onsite.db-wal', 'onsite.db-shm']) {
        expect(mode(join(dataDir, name)), name).toBe(0o600);
      }
      await storage.close();
      // Files SQLite creates again later take the database file's mode.
      const again = await open(dataDir);
      await again.db.insertInto('stories').values(storyRow('mode-2')).execute();
      for (const name of ['onsite.db', 'onsite.db-wal', 'onsite.db-shm']) {
        expect(mode(join(dataDir, name)), name).toBe(0o600);
      }
    } finally {
      process.umask(previous);
    }
  });

  it('checkpoint() empties the -wal file and close() leaves no WAL behind', async () => {
    const dataDir = tempDir();
    const storage = await open(dataDir);
    await migrate(storage);
    await storage.db
      .insertInto('stories')
      .values(Array.from({ length: 50 }, (_, i) => storyRow(`wal-${i}`, { action: 'x'.repeat(2000) })))
      .execute();
    const wal = join(dataDir, 'onsite.db-wal');
    expect(statSync(wal).size).toBeGreaterThan(0);
    await storage.checkpoint();
    expect(statSync(wal).size).toBe(0);
    await storage.close();
    await storage.close(); // a second close is harmless
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  });

  it('takes the write lock when the transaction begins (BEGIN IMMEDIATE), before any write', async () => {
    const dataDir = tempDir();
    const storage = await open(dataDir);
    await migrate(storage);
    const other = new BetterSqlite3(join(dataDir, 'onsite.db'), { timeout: 0 });
    try {
      await storage.transaction(async (trx) => {
        await trx.selectFrom('stories').select('id').execute(); // a read only
        expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i);
      });
      other.exec('begin immediate'); // free again once committed
      other.exec('rollback');
    } finally {
      other.close();
    }
  });

  async function race(txMode: 'immediate' | 'deferred', perWriter: number) {
    const dataDir = tempDir();
    const setup = await openStorage({ dataDir });
    await migrate(setup);
    await setup.db.insertInto('stories').values(storyRow('counter')).execute();
    await setup.close();
    const children = [0, 1].map(() =>
      spawnChild('storage-writer-child.ts', [dataDir, String(perWriter), txMode]),
    );
    const results: { committed: number; busy: number }[] = [];
    const ready = children.map(
      (child) =>
        new Promise<void>((resolve) =>
          onLines(child, (line) => (line === 'ready' ? resolve() : results.push(JSON.parse(line)))),
        ),
    );
    const exits = children.map((child) => exited(child));
    // Both are open before either starts, so their transactions overlap.
    await Promise.race([Promise.all(ready), Promise.all(exits)]);
    for (const child of children) child.stdin.end('go\n');
    for (const exit of await Promise.all(exits)) expect(exit.code, exit.stderr).toBe(0);
    const check = await open(dataDir);
    const row = await check.db
      .selectFrom('stories')
      .select('version')
      .where('id', '=', 'counter')
      .executeTakeFirstOrThrow();
    const committed = results.reduce((sum, r) => sum + r.committed, 0);
    const busy = results.reduce((sum, r) => sum + r.busy, 0);
    return { final: row.version, committed, busy };
  }

  it('two processes writing read-modify-write transactions never hit SQLITE_BUSY and lose nothing', async () => {
    const perWriter = 60;
    const { final, committed, busy } = await race('immediate', perWriter);
    expect(busy).toBe(0);
    expect(committed).toBe(2 * perWriter);
    expect(final).toBe(1 + 2 * perWriter);
  });

  it('the same race with a deferred BEGIN does hit SQLITE_BUSY (what the test above guards against)', async () => {
    const { final, committed, busy } = await race('deferred', 60);
    expect(busy).toBeGreaterThan(0);
    expect(final).toBe(1 + committed); // failed ones rolled back, none half-applied
  });
});
