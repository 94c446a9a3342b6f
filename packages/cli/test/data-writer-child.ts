/**
 * A process that keeps writing to a data directory while `onsite backup` runs (data.test.ts).
 * Usage: data-writer-child.ts <dataDir>. Migrates, prints "ready", then inserts one story per
 * transaction as fast as it can, printing each acknowledged count, until it is killed.
 */
import { randomUUID } from 'node:crypto';
import { migrate, openStorage } from '@onsite/server';
import { storyRow } from '../../server/test/story-row';

const dataDir = process.argv[2];
if (dataDir === undefined) {
  process.stderr.write('usage: data-writer-child.ts <dataDir>\n');
  process.exit(2);
}
const storage = await openStorage({ dataDir });
await migrate(storage);
process.stdout.write('ready\n');
for (let n = 1; ; n += 1) {
  const at = new Date().toISOString();
  await storage.transaction((trx) =>
    trx
      .insertInto('stories')
      .values(
        storyRow(randomUUID(), {
          title: `Written during the backup #${n}`,
          situation: 'x'.repeat(2000),
          created_at: at,
          updated_at: at,
        }),
      )
      .execute(),
  );
  process.stdout.write(`${n}\n`);
}
