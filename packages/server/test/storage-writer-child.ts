/**
 * A competing writer for storage-sqlite.test.ts. Usage: storage-writer-child.ts <dataDir> <n>
 * <immediate|deferred>. Waits for "go" on stdin, then n times reads the counter story's version,
 * yields to the event loop (as a real service would between its read and its write) and writes
 * version + 1. "immediate" goes through storage.transaction (BEGIN IMMEDIATE); "deferred" opens
 * a plain BEGIN on the same connection, to show the failure the immediate mode prevents.
 * Prints "ready" once open, then one JSON line at the end: {"committed": c, "busy": b}.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import { openStorage } from '../src/db/connection';
import type { Database } from '../src/db/schema';

const [dataDir, countText, mode] = process.argv.slice(2);
if (dataDir === undefined || countText === undefined || (mode !== 'immediate' && mode !== 'deferred')) {
  process.stderr.write('usage: storage-writer-child.ts <dataDir> <n> <immediate|deferred>\n');
  process.exit(2);
}

async function increment(db: Kysely<Database>): Promise<void> {
  const row = await db
    .selectFrom('stories')
    .select('version')
    .where('id', '=', 'counter')
    .executeTakeFirstOrThrow();
  await sleep(1);
  await db
    .updateTable('stories')
    .set({ version: row.version + 1 })
    .where('id', '=', 'counter')
    .execute();
}

const isBusy = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  String(error.code).startsWith('SQLITE_BUSY');

const storage = await openStorage({ dataDir });
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause(); // or the open stdin would keep this process alive after the loop
let committed = 0;
let busy = 0;
for (let i = 0; i < Number(countText); i++) {
  try {
    if (mode === 'immediate') {
      await storage.transaction((trx) => increment(trx));
    } else {
      await storage.db.connection().execute(async (conn) => {
        await sql`begin`.execute(conn);
        try {
          await increment(conn);
          await sql`commit`.execute(conn);
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
      });
    }
    committed++;
  } catch (error) {
    if (!isBusy(error)) throw error;
    busy++;
  }
}
await storage.close();
process.stdout.write(`${JSON.stringify({ committed, busy })}\n`);
