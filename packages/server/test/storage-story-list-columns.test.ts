/** Migration 010 gives existing stories their score and rating columns from the stored analysis. */
import { expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import { MIGRATIONS } from '../src/db/migrations';
import { forEachDatabase, storyRow } from './databases';

const BEFORE = MIGRATIONS.filter((m) => m.id < '010-story-list-columns');

forEachDatabase('migration 010-story-list-columns', (_getStorage, database) => {
  it('fills score and rating from each stored analysis and leaves unanalysed or unreadable ones null', async () => {
    const storage = await database.fresh();
    await migrate(storage, { migrations: BEFORE });
    const rows = [
      storyRow('a', {
        analysis: JSON.stringify({ score: 82, rating: 'great', findings: [] }),
        analysis_version: 1,
      }),
      storyRow('b', { analysis: null }),
      storyRow('c', { analysis: '{"not":"a report"}', analysis_version: 1 }),
    ];
    // Rows as the old schema stored them (no score or rating columns yet).
    for (const { score: _s, rating: _r, ...row } of rows)
      await storage.db.insertInto('stories').values(row).execute();

    await migrate(storage);

    const after = await storage.db
      .selectFrom('stories')
      .select(['id', 'score', 'rating', 'analysis'])
      .orderBy('id')
      .execute();
    expect(
      after.map(({ id, score, rating }) => ({ id, score: score === null ? null : Number(score), rating })),
    ).toEqual([
      { id: 'a', score: 82, rating: 'great' },
      { id: 'b', score: null, rating: null },
      { id: 'c', score: null, rating: null },
    ]);
    expect(after[0]?.analysis).toBe(rows[0]?.analysis);
  });
});
