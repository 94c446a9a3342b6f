/**
 * Crash safety: a writer process is SIGKILLed at random moments, over and over, on one data
 * directory. After every kill the storage reopens (recovering the WAL the dead process left),
 * every id the writer acknowledged must be there with its versions, and SQLite's integrity,
 * foreign-key and FTS checks must pass. The moments are drawn from a seeded PRNG, so a failure
 * names the seed and cycle that reproduce its schedule (timing itself still varies).
 *
 * ONSITE_CRASH_CYCLES (default 50) and ONSITE_CRASH_SEED set the run; `npm run test:crash`
 * runs 500 cycles.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/db/connection';
import { exited, onLines, spawnChild } from './storage-children';

const CYCLES = Number(process.env.ONSITE_CRASH_CYCLES ?? 50);
const SEED = Number(process.env.ONSITE_CRASH_SEED ?? 20261124);

/** mulberry32: small, fast, good enough to spread kill moments. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'onsite-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs one writer and kills it; returns the ids it acknowledged. */
async function killOnce(cycle: number, random: () => number): Promise<{ acks: string[]; early: boolean }> {
  const child = spawnChild('crash-child.ts', [dataDir, `c${cycle}`]);
  const exit = exited(child);
  const acks: string[] = [];
  // One kill in five comes at any moment from spawn (opening, WAL recovery, migrating);
  // the rest come 0–150 ms into the write loop.
  const early = random() < 0.2;
  const delay = early ? random() * 900 : random() * 150;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => child.kill('SIGKILL');
  if (early) timer = setTimeout(kill, delay);
  onLines(child, (line) => {
    if (line.startsWith('ack ')) acks.push(line.slice(4));
    else if (line === 'ready' && !early) timer = setTimeout(kill, delay);
  });
  const { code, signal, stderr } = await exit;
  clearTimeout(timer);
  if (signal !== 'SIGKILL') {
    throw new Error(`cycle ${cycle} (seed ${SEED}): the writer exited by itself (code ${code}): ${stderr}`);
  }
  return { acks, early };
}

async function verify(cycle: number, acknowledged: ReadonlySet<string>): Promise<void> {
  const where = `cycle ${cycle} (seed ${SEED})`;
  const storage = await openStorage({ dataDir });
  try {
    const { db } = storage;
    const pragma = async (name: string) => (await sql.raw(`pragma ${name}`).execute(db)).rows;
    expect(await pragma('integrity_check'), where).toEqual([{ integrity_check: 'ok' }]);
    expect(await pragma('foreign_key_check'), where).toEqual([]);
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      db,
    );
    const names = new Set(tables.rows.map((r) => r.name));
    if (!names.has('stories')) {
      expect(acknowledged.size, `${where}: acknowledged writes but no stories table`).toBe(0);
      return;
    }
    const present = new Set((await db.selectFrom('stories').select('id').execute()).map((r) => r.id));
    const missing = [...acknowledged].filter((id) => !present.has(id));
    expect(missing, `${where}: acknowledged but missing`).toEqual([]);
    // Atomicity: every story has exactly one version row per version it reached.
    const torn = await sql<{ id: string }>`
      select s.id from stories s
      where s.version <> (select count(*) from story_versions v where v.story_id = s.id)`.execute(db);
    expect(torn.rows, `${where}: half-written transactions`).toEqual([]);
    if (names.has('story_fts')) {
      // Throws when the external-content index disagrees with the stories table.
      await sql`insert into story_fts(story_fts) values ('integrity-check')`.execute(db);
    }
  } finally {
    await storage.close();
  }
}

describe('crash safety (SQLite, SIGKILL)', () => {
  it(
    `keeps every acknowledged write and a sound database across ${CYCLES} kills`,
    async () => {
      const random = prng(SEED);
      const acknowledged = new Set<string>();
      let early = 0;
      const started = Date.now();
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const result = await killOnce(cycle, random);
        for (const id of result.acks) acknowledged.add(id);
        if (result.early) early++;
        await verify(cycle, acknowledged);
        if (CYCLES > 50 && (cycle + 1) % 50 === 0) {
          console.info(
            `crash loop: ${cycle + 1}/${CYCLES} kills, ${acknowledged.size} acknowledged writes verified`,
          );
        }
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.info(
        `crash loop: ${CYCLES} kills (${early} during startup), ${acknowledged.size} acknowledged writes ` +
          `all present, integrity ok, seed ${SEED}, ${seconds} s`,
      );
      expect(acknowledged.size).toBeGreaterThan(0);
    },
    CYCLES * 3000 + 30_000,
  );
});
