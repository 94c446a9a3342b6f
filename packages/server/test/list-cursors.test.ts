/**
 * List cursors, through HTTP on SQLite and PostgreSQL:
 * - paging while someone edits: the interview and practice lists page on keys an edit never
 *   changes (created_at, then id), so rescheduling or rewriting records between two page loads
 *   neither skips a row nor shows one twice. Each edit below would do one or the other to a list
 *   ordered by when the interview or session takes place;
 * - a cursor that decodes to text the database cannot compare is a 400 on every list, not a 500.
 */
import { beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { forEachDatabase } from './databases';
import { expectError } from './interview-api';
import { type Api, apiFor } from './story-api';

const COUNT = 12;
const LIMIT = 4;
const DAY_MS = 86_400_000;
const FIRST_START = Date.parse('2026-05-01T09:00:00.000Z');

interface Row {
  id: string;
  version: number;
}

/** Lists every page of `url`, running `between(pageNumber, seenSoFar)` after each page but the last. */
async function walk(
  api: Api,
  url: string,
  between: (page: number, seen: Row[]) => Promise<void>,
): Promise<string[]> {
  const seen: Row[] = [];
  let cursor: string | null = null;
  let page = 0;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const reply = await api.get(`${url}${url.includes('?') ? '&' : '?'}limit=${LIMIT}${query}`);
    expect(reply.statusCode, reply.body).toBe(200);
    const body = reply.json<{ items: Row[]; nextCursor: string | null }>();
    seen.push(...body.items);
    cursor = body.nextCursor;
    page += 1;
    if (cursor) await between(page, seen);
  } while (cursor);
  return seen.map((row) => row.id);
}

/** Each id once, and every expected one. */
function expectEachOnce(seen: string[], expected: string[]) {
  expect(seen.length, 'a row was shown twice or skipped').toBe(expected.length);
  expect([...seen].sort()).toEqual([...expected].sort());
}

forEachDatabase('paging while records are edited', (_getStorage, database) => {
  let storage: Storage;
  let api: Api;

  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
  });

  /** PUTs `change` at the record's current version (read afresh), expecting 200. */
  async function edit(url: string, change: Record<string, unknown>) {
    const current = (await api.get(url)).json<Row>();
    const reply = await api.put(url, { version: current.version, ...change });
    expect(reply.statusCode, reply.body).toBe(200);
  }

  it('interviews: rescheduled, renamed and re-rated between pages, each is listed once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const startsAt = new Date(FIRST_START + i * DAY_MS).toISOString();
      const reply = await api.post('/api/interviews', {
        company: `Company ${i}`,
        startsAt,
        companyId: 'amazon',
      });
      expect(reply.statusCode, reply.body).toBe(201);
      ids.push(reply.json<Row>().id);
    }
    const unseen = (seen: Row[]) => ids.filter((id) => !seen.some((row) => row.id === id));
    for (const url of ['/api/interviews', '/api/interviews?company=amazon']) {
      const seen = await walk(api, url, async (page, listed) => {
        const [firstListed] = listed;
        const lastUnseen = unseen(listed).at(-1);
        if (!firstListed || !lastUnseen) throw new Error('the walk must have rows on both sides');
        // One not listed yet moves years ahead, one already listed years back: ordered by start,
        // the first would jump onto a page already read and the second come round again.
        await edit(`/api/interviews/${lastUnseen}`, { startsAt: `${2990 + page}-01-01T09:00:00.000Z` });
        await edit(`/api/interviews/${firstListed.id}`, { startsAt: `${2010 - page}-01-01T09:00:00.000Z` });
        await edit(`/api/interviews/${firstListed.id}`, { company: `Renamed ${page}`, outcome: 'advanced' });
      });
      expectEachOnce(seen, ids);
    }
  });

  it('practice: sessions moved in time and retitled between pages, each is listed once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const startedAt = new Date(FIRST_START + i * DAY_MS).toISOString();
      const reply = await api.post('/api/practice', {
        title: `Session ${i}`,
        type: 'behavioral',
        startedAt,
        rounds: [{ answers: [{ transcript: 'I led the migration.' }] }],
      });
      expect(reply.statusCode, reply.body).toBe(201);
      ids.push(reply.json<Row>().id);
    }
    const unseen = (seen: Row[]) => ids.filter((id) => !seen.some((row) => row.id === id));
    for (const url of ['/api/practice', '/api/practice?type=behavioral']) {
      const seen = await walk(api, url, async (page, listed) => {
        const [firstListed] = listed;
        const lastUnseen = unseen(listed).at(-1);
        if (!firstListed || !lastUnseen) throw new Error('the walk must have rows on both sides');
        await edit(`/api/practice/${lastUnseen}`, { startedAt: `${2990 + page}-01-01T09:00:00.000Z` });
        await edit(`/api/practice/${firstListed.id}`, {
          startedAt: `${2010 - page}-01-01T09:00:00.000Z`,
          title: `Retitled ${page}`,
        });
      });
      expectEachOnce(seen, ids);
    }
  });

  it('every list refuses a cursor holding NUL with 400, never a 500 (PostgreSQL cannot compare it)', async () => {
    const cursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    for (const bad of [
      cursor(['2026-01-01T00:00:00.000Z', 'a\u0000b']),
      cursor(['2026-01-01T00:00\u0000:00.000Z', 'an-id']),
      cursor(['2026-01-01T00:00:00.000Z', '']),
    ]) {
      for (const list of [
        'stories',
        'practice',
        'assessments',
        'interviews',
        'questions',
        'companies',
        'plan/entries',
      ]) {
        expectError(await api.get(`/api/${list}?cursor=${bad}`), 400, 'invalid_request');
      }
    }
  });
});
