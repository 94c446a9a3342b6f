/**
 * The portfolio reads how often each story was told: practice answers and interviews that used
 * a story count against its freshness in the matcher and make it overused in the matrix past the
 * limit.
 */
import { DEFAULT_OVERUSE_LIMITS, type MatchResult, type PortfolioMatrix } from '@onsite/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Story } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { CONFLICT_STORY, createStory } from './portfolio-fixtures';
import { type Api, apiFor } from './story-api';

const TWIN = { ...CONFLICT_STORY, title: 'Architecture standoff, told again' };

forEachDatabase('portfolio usage', (_getStorage, database) => {
  let api: Api;
  let told: Story;
  let fresh: Story;

  beforeAll(async () => {
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    told = await createStory(api, CONFLICT_STORY);
    fresh = await createStory(api, TWIN);
    // Two practice answers in one session, then interviews up to one past the limit.
    const practice = await api.post('/api/practice', {
      title: 'Conflict drills',
      type: 'behavioral',
      rounds: [{ answers: [{ storyId: told.id }, { storyId: told.id }] }],
    });
    expect(practice.statusCode, practice.body).toBe(201);
    const interviews = DEFAULT_OVERUSE_LIMITS.uses - 1;
    for (let i = 0; i < interviews; i++) {
      const response = await api.post('/api/interviews', {
        company: `Company ${i}`,
        startsAt: `2026-03-0${i + 1}T15:00:00Z`,
        storiesUsed: [told.id],
      });
      expect(response.statusCode, response.body).toBe(201);
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('counts interviews per story and lists a story told more than the limit as overused', async () => {
    const response = await api.get('/api/portfolio/matrix');
    expect(response.statusCode).toBe(200);
    const matrix: PortfolioMatrix = response.json();
    const uses = DEFAULT_OVERUSE_LIMITS.uses + 1;
    expect(matrix.rows.find((r) => r.storyId === told.id)?.uses).toEqual({
      practice: 2,
      interviews: uses - 2,
      total: uses,
    });
    expect(matrix.rows.find((r) => r.storyId === fresh.id)?.uses.total).toBe(0);
    expect(matrix.overused.map((o) => o.storyId)).toEqual([told.id]);
    expect(matrix.overused[0]?.reasons[0]).toMatch(
      new RegExp(`^Told ${uses} times \\(2 practice answers, ${uses - 2} interviews?\\)`),
    );
  });

  it('ranks the fresh copy of a story above the one told too often', async () => {
    const response = await api.get(
      `/api/portfolio/match?question=${encodeURIComponent('Tell me about a conflict you resolved.')}`,
    );
    expect(response.statusCode).toBe(200);
    const result: MatchResult = response.json();
    expect(result.items.map((m) => m.storyId)).toEqual([fresh.id, told.id]);
    expect(result.items[1]?.overused).toBe(true);
    expect(result.items[1]?.reasons.at(-1)).toMatchObject({ signal: 'freshness', points: 0 });
    expect(result.items[0]?.reasons.at(-1)).toEqual({
      signal: 'freshness',
      points: 10,
      text: 'Never told yet',
    });
  });
});
