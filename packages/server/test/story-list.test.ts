/** GET /api/stories: keyset pages, filters and full-text search, each on a fresh database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import {
  STORY_EXCERPT_CHARS,
  type Story,
  type StoryPage,
  type StorySummary,
} from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

const STAR_FIELDS = [
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'leadershipDimension',
  'strategicImplication',
] as const;

forEachDatabase('story list', (_getStorage, database) => {
  let api: Api;
  /** Every story created here, in creation order. */
  const created: { id: string; version: number }[] = [];

  beforeAll(async () => {
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    for (let i = 0; i < 23; i++) {
      // Each STAR field in turn carries a unique word, so search is checked field by field.
      const field = STAR_FIELDS[i % STAR_FIELDS.length] as string;
      const response = await api.post('/api/stories', {
        title: `Story ${i}`,
        [field]: `We shipped the kw${i}q migration together.`,
        tags: i % 3 === 0 ? ['hiring', 'scale'] : ['conflict'],
        targetLevel: i % 2 === 0 ? 'L6' : 'L7+',
      });
      expect(response.statusCode).toBe(201);
      created.push(response.json());
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  async function page(query: string): Promise<StoryPage> {
    const response = await api.get(`/api/stories?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function all(query: string, limit: number, between?: () => Promise<void>): Promise<StorySummary[]> {
    const items: StorySummary[] = [];
    let cursor: string | null = null;
    do {
      const cursorParam: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const result = await page(`limit=${limit}${query}${cursorParam}`);
      expect(result.items.length).toBeLessThanOrEqual(limit);
      items.push(...result.items);
      cursor = result.nextCursor;
      if (between) await between();
    } while (cursor);
    return items;
  }

  describe('pages', () => {
    it('defaults to 20, newest first, with summaries (score and rating, no full analysis)', async () => {
      const result = await page('');
      expect(result.items).toHaveLength(20);
      expect(result.nextCursor).not.toBeNull();
      expect(result.items[0]?.id).toBe(created.at(-1)?.id);
      const first = result.items[0] as StorySummary & { analysis?: unknown; situation?: unknown };
      expect(first.analysis).toBeUndefined();
      expect(first.situation).toBeUndefined();
      expect(typeof first.score).toBe('number');
      expect(first.rating).toMatch(/needs-work|good|great|exceptional/);
    });

    it("shows each story's stored score and rating, and the opening of its first STAR field", async () => {
      for (const summary of (await page('limit=100')).items) {
        const full = (await api.get(`/api/stories/${summary.id}`)).json() as Story;
        expect(summary.score).toBe(full.analysis?.score ?? null);
        expect(summary.rating).toBe(full.analysis?.rating ?? null);
        const opening =
          [full.situation, full.task, full.action, full.result].find((text) => text !== '') ?? '';
        expect(summary.excerpt).toBe([...opening].slice(0, STORY_EXCERPT_CHARS).join(''));
        expect(summary).toMatchObject({ title: full.title, tags: full.tags, version: full.version });
      }
    });

    it.each([1, 4, 7, 23, 100])('visits every story exactly once with limit %i', async (limit) => {
      const items = await all('', limit);
      expect(items.map((s) => s.id)).toEqual(created.map((s) => s.id).reverse());
    });

    it('neither repeats nor skips a story when stories are edited between pages', async () => {
      let edits = 0;
      const items = await all('', 5, async () => {
        const target = created[edits % created.length] as { id: string; version: number };
        const response = await api.put(`/api/stories/${target.id}`, {
          version: target.version,
          concept: `edit ${edits}`,
        });
        expect(response.statusCode).toBe(200);
        target.version += 1;
        edits += 1;
      });
      expect(items.map((s) => s.id)).toEqual(created.map((s) => s.id).reverse());
    });

    it('refuses bad paging input with 400', async () => {
      for (const query of [
        'limit=0',
        'limit=101',
        'limit=abc',
        'limit=2.5',
        'cursor=not-a-cursor',
        'color=red',
      ]) {
        const response = await api.get(`/api/stories?${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().error.code).toBe('invalid_request');
      }
    });
  });

  describe('filters', () => {
    it('filters by tag, across pages', async () => {
      const items = await all('&tag=hiring', 3);
      expect(items.map((s) => s.title).sort()).toEqual(
        ['Story 0', 'Story 3', 'Story 6', 'Story 9', 'Story 12', 'Story 15', 'Story 18', 'Story 21'].sort(),
      );
      expect((await page('tag=crisis')).items).toEqual([]);
      expect((await api.get('/api/stories?tag=nonsense')).statusCode).toBe(400);
    });

    it('filters by target level, accepting any alias', async () => {
      const l6 = await all('&level=Director', 50);
      expect(l6).toHaveLength(12);
      expect(l6.every((s) => s.targetLevel === 'L6')).toBe(true);
      expect((await page('level=VP')).items.every((s) => s.targetLevel === 'L7+')).toBe(true);
      expect((await api.get('/api/stories?level=wizard')).statusCode).toBe(400);
    });

    it('filters by updated-since', async () => {
      const newest = (await page('limit=1')).items[0] as StorySummary;
      const since = await page(`updatedSince=${encodeURIComponent(newest.updatedAt)}&limit=100`);
      expect(since.items.length).toBeGreaterThanOrEqual(1);
      expect(since.items.every((s) => s.updatedAt >= newest.updatedAt)).toBe(true);
      expect((await page('updatedSince=2999-01-01T00:00:00Z')).items).toEqual([]);
      expect((await api.get('/api/stories?updatedSince=yesterday')).statusCode).toBe(400);
    });

    it('combines filters', async () => {
      const items = await all('&tag=hiring&level=L6', 2);
      expect(items.map((s) => s.title).sort()).toEqual(['Story 0', 'Story 12', 'Story 18', 'Story 6'].sort());
    });
  });

  describe('search', () => {
    it.each(STAR_FIELDS.map((field, i) => [field, i] as const))('finds a word in %s', async (_field, i) => {
      const result = await page(`q=kw${i}q`);
      expect(result.items.map((s) => s.title)).toEqual([`Story ${i}`]);
    });

    it('matches every word, as prefixes, case-insensitively, together with filters', async () => {
      expect((await page('q=KW1%20migration')).items.map((s) => s.title).sort()).toEqual(
        ['Story 1', ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((n) => `Story ${n}`)].sort(),
      );
      expect((await page('q=kw1&tag=hiring')).items.map((s) => s.title).sort()).toEqual([
        'Story 12',
        'Story 15',
        'Story 18',
      ]);
      expect((await page('q=kw2%20nothing')).items).toEqual([]);
      expect((await page('q=Story%2022')).items.map((s) => s.title)).toEqual(['Story 22']);
    });

    it('treats search syntax as plain text, never as an error', async () => {
      for (const q of ['"', "'", 'NEAR(a b)', 'a:*', '-x', '!!!', '*', '\\', 'a & | b', '(']) {
        const response = await api.get(`/api/stories?q=${encodeURIComponent(q)}`);
        expect(response.statusCode, q).toBe(200);
      }
    });
  });
});
