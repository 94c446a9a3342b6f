/**
 * GET /api/plan/entries pages in the database: every walk, at any page size and with any mix of
 * the kind, status and q filters, lists exactly the entries of GET /api/plan for the range (the
 * unpaged view) that pass the filters, in the same order, each once. The range holds every case
 * the merge must order: routine entries with and without stored state, one-offs, routine rows
 * the settings stopped making, and ties on the start instant across all of them. A page reads a
 * page's worth of rows, not the range. SQLite and PostgreSQL.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { createPlanService } from '../src/services/plan';
import { type PlanEntry, planEntryListQuerySchema } from '../src/services/plan-schema';
import { forEachDatabase } from './databases';
import { RowCounter } from './row-counter';
import { type Api, apiFor } from './story-api';

const FROM = '2026-03-02';
const TO = '2026-03-29';
const RANGE = `from=${FROM}&to=${TO}`;

forEachDatabase('plan entry pages', (_getStorage, database) => {
  let storage: Storage;
  let api: Api;

  async function send(method: 'post' | 'put', url: string, body: unknown) {
    const reply = await api[method](url, body);
    expect(reply.statusCode, `${url}: ${reply.body}`).toBeLessThan(300);
    return reply.json<PlanEntry>();
  }

  async function settings(change: Record<string, unknown>) {
    const { version } = (await api.get('/api/plan/settings')).json<{ version: number }>();
    await send('put', '/api/plan/settings', { version, ...change });
  }

  async function mark(id: string, change: Record<string, unknown>) {
    const { version } = (await api.get(`/api/plan/entries/${id}`)).json<PlanEntry>();
    await send('put', `/api/plan/entries/${id}`, { version, ...change });
  }

  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    await settings({
      timezone: 'UTC',
      practiceTime: '18:00',
      weekdays: ['monday', 'wednesday', 'friday'],
      startDate: '2026-03-01',
    });
    const oneOff = (title: string, start: string, note = '') =>
      send('post', '/api/plan/entries', { title, start, durationMinutes: 45, note });
    // Two one-offs at the very instant of a routine session, two more sharing another instant.
    await oneOff('Mock loop alpha', '2026-03-04T18:00:00.000Z');
    await oneOff('Mock loop beta', '2026-03-04T18:00:00.000Z', 'with a zebra');
    await oneOff('System design drill', '2026-03-10T07:30:00.000Z');
    await oneOff('Salary research', '2026-03-10T07:30:00.000Z');
    await oneOff('Recruiter call prep', '2026-03-28T23:15:00.000Z', 'Zebra pattern');
    const done = await oneOff('Portfolio review', '2026-03-15T10:00:00.000Z');
    await mark(done.id, { status: 'done' });
    // Routine entries with stored state: done, skipped, a note.
    await mark('weekly-session-2026-03-02', { status: 'done', note: 'Zebra story' });
    await mark('weekly-session-2026-03-06', { status: 'skipped' });
    await mark('weekly-session-2026-03-13', { note: 'Focus on conflict' });
    await mark('weekly-session-2026-03-20', { status: 'done' });
    // Fridays stop: the ones that record something stay as stored rows, the rest disappear.
    await settings({ weekdays: ['monday', 'wednesday'] });
  });

  /** The unpaged view of the range, filtered as the list's query says. */
  async function expected(filter: { kind?: string; status?: string; q?: string }): Promise<PlanEntry[]> {
    const view = (await api.get(`/api/plan?${RANGE}`)).json<{ entries: PlanEntry[] }>();
    const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return view.entries.filter(
      (entry) =>
        (filter.kind === undefined || entry.kind === filter.kind) &&
        (filter.status === undefined || entry.status === filter.status) &&
        words.every((word) => `${entry.title}\n${entry.note}`.toLowerCase().includes(word)),
    );
  }

  async function walk(query: string, limit: number): Promise<PlanEntry[]> {
    const items: PlanEntry[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${cursor}` : '';
      const reply = await api.get(`/api/plan/entries?${RANGE}&limit=${limit}${query}${after}`);
      expect(reply.statusCode, reply.body).toBe(200);
      const page = reply.json<{ items: PlanEntry[]; nextCursor: string | null }>();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it('the range holds every case: ties across both streams, stored state, rows the settings stopped making', async () => {
    const all = await expected({});
    const at = (start: string) => all.filter((entry) => entry.start === start).map((entry) => entry.kind);
    expect(at('2026-03-04T18:00:00.000Z').sort()).toEqual(['custom', 'custom', 'weekly-session']);
    expect(at('2026-03-10T07:30:00.000Z')).toEqual(['custom', 'custom']);
    // Friday the 6th (skipped) and 13th (a note) remain; Friday the 27th (untouched) does not.
    const ids = all.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['weekly-session-2026-03-06', 'weekly-session-2026-03-13']));
    expect(ids).not.toContain('weekly-session-2026-03-27');
  });

  const FILTERS: Record<string, string>[] = [
    {},
    { kind: 'custom' },
    { kind: 'weekly-session' },
    { kind: 'monthly-calibration' },
    { status: 'done' },
    { status: 'pending' },
    { status: 'skipped' },
    { q: 'zebra' },
    { q: 'MOCK loop' },
    { kind: 'custom', status: 'done' },
    { kind: 'weekly-session', q: 'zebra' },
    { status: 'pending', q: 'mock' },
  ];
  describe('every walk lists what the view shows, in order, each once', () => {
    for (const filter of FILTERS) {
      const query = Object.entries(filter)
        .map(([key, value]) => `&${key}=${encodeURIComponent(value)}`)
        .join('');
      it(`filter ${JSON.stringify(filter)}`, async () => {
        const want = await expected(filter);
        for (const limit of [1, 2, 5, 100]) {
          expect(await walk(query, limit), `limit ${limit}`).toEqual(want);
        }
      });
    }
  });

  it('a page reads about a page of rows, however many entries the range holds', async () => {
    for (let i = 0; i < 200; i++) {
      const start = new Date(Date.parse('2026-03-16T08:00:00.000Z') + i * 60_000).toISOString();
      await send('post', '/api/plan/entries', { title: `Drill ${i}`, start, durationMinutes: 15 });
    }
    const counter = new RowCounter();
    const observed: Storage = { ...storage, db: storage.db.withPlugin(counter) };
    const plan = createPlanService(observed);
    let query = planEntryListQuerySchema.parse({ from: FROM, to: TO, limit: '5', kind: 'custom' });
    const first = await plan.listEntries(query);
    expect(first.items).toHaveLength(5);
    // The settings, up to a page and one of routine state, up to a page and one of stored entries.
    expect(counter.rows).toBeLessThanOrEqual(1 + 6 + 6);
    counter.rows = 0;
    query = planEntryListQuerySchema.parse({ from: FROM, to: TO, limit: '5', cursor: first.nextCursor });
    expect((await plan.listEntries(query)).items).toHaveLength(5);
    expect(counter.rows).toBeLessThanOrEqual(1 + 6 + 6);
  });
});
