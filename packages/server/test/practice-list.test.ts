/**
 * GET /api/practice (keyset pages, filters, full-text search over titles, notes and transcripts)
 * and the repository's read-outs for the portfolio and the dashboard, each on a fresh database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import { countStoryUses, latestPracticeScores } from '../src/db/repositories/practice';
import type { Storage } from '../src/db/storage';
import type { PracticePage, PracticeSession, PracticeSummary } from '../src/services/practice-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

const TYPES = ['behavioral', 'technical-leadership', 'system-org-design', 'culture-values'] as const;
const SESSIONS = 13;

forEachDatabase('practice list', (_getStorage, database) => {
  let api: Api;
  let storage: Storage;
  const stories: string[] = [];
  /** Every session created here, in creation order. */
  const created: PracticeSession[] = [];

  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    for (const title of ['Alpha story', 'Beta story']) {
      stories.push((await api.post('/api/stories', { title, situation: 'We had a problem.' })).json().id);
    }
    for (let i = 0; i < SESSIONS; i++) {
      // Session i: type by i, level L6 on even i, day i of March, story A on every answer of
      // multiples of 3, story B once on odd i; a unique word in its transcript (tx<i>q), title
      // (ti<i>q) or notes (no<i>q) depending on i.
      const transcript = `I led the migration and we shipped it, tx${i}q included.`;
      const response = await api.post('/api/practice', {
        title: i % 2 === 0 ? `Session ti${i}q` : `Session ${i}`,
        type: TYPES[i % TYPES.length],
        startedAt: `2026-03-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
        targetLevel: i % 2 === 0 ? 'L6' : 'L5',
        notes: `Notes no${i}q`,
        rounds: [
          {
            answers: [
              { transcript, storyId: i % 3 === 0 ? stories[0] : null },
              { transcript: 'Second answer about hiring.', storyId: i % 3 === 0 ? stories[0] : null },
            ],
          },
          ...(i % 2 === 1
            ? [{ answers: [{ transcript: 'Design round answer.', storyId: stories[1] }] }]
            : []),
        ],
      });
      expect(response.statusCode, response.body).toBe(201);
      created.push(response.json());
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  async function page(query: string): Promise<PracticePage> {
    const response = await api.get(`/api/practice?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  async function all(query: string, limit = 4): Promise<PracticeSummary[]> {
    const items: PracticeSummary[] = [];
    let cursor: string | null = null;
    do {
      const result: PracticePage = await page(
        `limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(result.items.length).toBeLessThanOrEqual(limit);
      items.push(...result.items);
      cursor = result.nextCursor;
    } while (cursor);
    return items;
  }
  const ids = (items: { id: string }[]) => items.map((item) => item.id);
  const expectedIds = (keep: (s: PracticeSession, i: number) => boolean) =>
    created
      .filter(keep)
      .map((s) => s.id)
      .reverse();

  describe('pages', () => {
    it('walks every session once, newest first, in lean rows with counts and the mean score', async () => {
      expect(ids(await all(''))).toEqual(ids(created).reverse());
      const [row] = (await page('limit=1')).items as [
        PracticeSummary & { rounds?: unknown; notes?: unknown },
      ];
      const full = created.at(-1) as PracticeSession;
      expect(row.rounds).toBeUndefined();
      expect(row.notes).toBeUndefined();
      expect(row).toMatchObject({
        id: full.id,
        answerCount: full.answerCount,
        roundCount: full.rounds.length,
        meanScore: full.meanScore,
      });
      expect(typeof row.meanScore).toBe('number');
    });
  });

  describe('filters', () => {
    it('by interview type', async () => {
      expect(ids(await all('&type=system-org-design'))).toEqual(expectedIds((_s, i) => i % 4 === 2));
    });

    it('by level (any alias)', async () => {
      expect(ids(await all('&level=Director'))).toEqual(expectedIds((_s, i) => i % 2 === 0));
    });

    it('by a story an answer used', async () => {
      expect(ids(await all(`&storyId=${stories[0]}`))).toEqual(expectedIds((_s, i) => i % 3 === 0));
      expect(ids(await all(`&storyId=${stories[1]}`))).toEqual(expectedIds((_s, i) => i % 2 === 1));
      expect(await all('&storyId=never-used')).toEqual([]);
    });

    it('by when it started: from inclusive, to exclusive', async () => {
      const from = encodeURIComponent('2026-03-03T10:00:00Z');
      const to = encodeURIComponent('2026-03-07T10:00:00Z');
      expect(ids(await all(`&from=${from}&to=${to}`))).toEqual(expectedIds((_s, i) => i >= 2 && i < 6));
    });

    it('by calendar days: from the start of the first to the end of the last', async () => {
      expect(ids(await all('&from=2026-03-03&to=2026-03-06'))).toEqual(
        expectedIds((_s, i) => i >= 2 && i < 6),
      );
      for (const bad of ['2026-02-30', '2026-3-1', '03/01/2026']) {
        expect((await api.get(`/api/practice?from=${encodeURIComponent(bad)}`)).statusCode, bad).toBe(400);
      }
    });

    it('combined', async () => {
      const found = await all(
        `&level=L6&storyId=${stories[0]}&from=${encodeURIComponent('2026-03-02T00:00:00Z')}`,
      );
      expect(ids(found)).toEqual(expectedIds((_s, i) => i % 6 === 0 && i >= 1));
    });
  });

  describe('search', () => {
    it('finds a session by a word of a transcript, the title or the notes', async () => {
      expect(ids(await all('&q=tx7q'))).toEqual([created[7]?.id]);
      expect(ids(await all('&q=ti4q'))).toEqual([created[4]?.id]);
      expect(ids(await all('&q=no9q'))).toEqual([created[9]?.id]);
      // Every word must match, wherever each one is.
      expect(ids(await all('&q=tx8q ti8q no8q'))).toEqual([created[8]?.id]);
      expect(await all('&q=tx8q ti4q')).toEqual([]);
    });

    it('follows transcripts through updates: the old word is gone, the new one is found', async () => {
      const target = created[5] as PracticeSession;
      const response = await api.put(`/api/practice/${target.id}`, {
        version: target.version,
        rounds: [{ answers: [{ transcript: 'A rewritten answer mentioning zebrafish.' }] }],
      });
      expect(response.statusCode, response.body).toBe(200);
      created[5] = response.json();
      expect(ids(await all('&q=zebrafish'))).toEqual([target.id]);
      expect(await all('&q=tx5q')).toEqual([]);
      expect(ids(await all(`&q=zebrafish&storyId=${stories[1]}`))).toEqual([]);
    });
  });

  describe('for the portfolio and the dashboard', () => {
    it('countStoryUses counts the answers that used each story', async () => {
      const uses = await countStoryUses(storage.db);
      const answersUsing = (storyId: string | undefined) =>
        created.flatMap((s) => s.rounds.flatMap((r) => r.answers)).filter((a) => a.storyId === storyId)
          .length;
      expect(uses.get(stories[0] as string)).toBe(answersUsing(stories[0]));
      expect(uses.get(stories[1] as string)).toBe(answersUsing(stories[1]));
      expect(answersUsing(stories[0])).toBe(10);
      expect([...uses.keys()].sort()).toEqual([...stories].sort());
    });

    it('latestPracticeScores lists the most recent sessions by when they took place', async () => {
      const latest = await latestPracticeScores(storage.db, 3);
      const byStart = [...created].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, 3);
      expect(latest).toEqual(
        byStart.map((s) => ({
          id: s.id,
          title: s.title,
          type: s.type,
          startedAt: s.startedAt,
          answerCount: s.answerCount,
          meanScore: s.meanScore,
        })),
      );
    });
  });

  it('refuses bad list queries with 400', async () => {
    for (const query of [
      'type=chess',
      'level=wizard',
      'from=monday',
      'limit=0',
      'limit=101',
      'cursor=x',
      'extra=1',
    ]) {
      const response = await api.get(`/api/practice?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
    }
  });
});
