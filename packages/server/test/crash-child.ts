/**
 * The process crash.test.ts kills. Usage: crash-child.ts <dataDir> <runId>.
 * Opens and migrates storage, prints "ready", then writes until killed: each transaction
 * inserts a story and its version-1 row, every third one also edits an earlier story (version
 * + 1 and a snapshot row), every 25th is followed by a WAL checkpoint. "ack <id>" is printed
 * only after the commit has returned, so every acknowledged id must survive a SIGKILL.
 */
import { openStorage } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { storyRow } from './story-row';

const [dataDir, runId] = process.argv.slice(2);
if (dataDir === undefined || runId === undefined) {
  process.stderr.write('usage: crash-child.ts <dataDir> <runId>\n');
  process.exit(2);
}

// Orphaned (the test runner died) → stop, rather than write forever.
process.stdout.on('error', () => process.exit(1));
process.stdin.on('end', () => process.exit(1));
process.stdin.resume();

const storage = await openStorage({ dataDir });
await migrate(storage);
process.stdout.write('ready\n');

const text = 'We rebuilt the deploy pipeline so that every team could ship daily. '.repeat(8);
for (let i = 0; ; i++) {
  const id = `${runId}-${i}`;
  const now = new Date().toISOString();
  await storage.transaction(async (trx) => {
    await trx
      .insertInto('stories')
      .values(storyRow(id, { title: `Crash ${id}`, action: text, created_at: now, updated_at: now }))
      .execute();
    await trx
      .insertInto('story_versions')
      .values({ story_id: id, version: 1, snapshot: '{}', created_at: now })
      .execute();
    if (i % 3 === 2) {
      const earlier = `${runId}-${i - 2}`;
      const row = await trx
        .selectFrom('stories')
        .select('version')
        .where('id', '=', earlier)
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('stories')
        .set({ version: row.version + 1, result: `edited at ${now}`, updated_at: now })
        .where('id', '=', earlier)
        .execute();
      await trx
        .insertInto('story_versions')
        .values({ story_id: earlier, version: row.version + 1, snapshot: '{}', created_at: now })
        .execute();
    }
  });
  process.stdout.write(`ack ${id}\n`);
  if (i % 25 === 24) await storage.checkpoint();
}
