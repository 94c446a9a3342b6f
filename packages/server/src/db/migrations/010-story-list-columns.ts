import type { Migration } from './types';

/**
 * The story list shows each story's score and rating. Reading them out of the stored analysis
 * meant fetching and parsing ~8 KB of JSON per row on every page (bench:api: a quarter of the
 * list's time), so they get columns of their own, written with the analysis, and existing rows
 * are filled from their stored analysis here.
 */
export const migration: Migration = {
  id: '010-story-list-columns',
  async up(db) {
    await db.schema.alterTable('stories').addColumn('score', 'integer').execute();
    await db.schema.alterTable('stories').addColumn('rating', 'text').execute();
    const analysed = await db
      .selectFrom('stories')
      .select(['id', 'analysis'])
      .where('analysis', 'is not', null)
      .execute();
    for (const row of analysed) {
      const { score, rating } = headline(row.analysis);
      await db.updateTable('stories').set({ score, rating }).where('id', '=', row.id).execute();
    }
  },
};

/** Score and rating of a stored analysis; nulls if it is not the shape we wrote. */
function headline(analysis: string | null): { score: number | null; rating: string | null } {
  try {
    const value: unknown = JSON.parse(analysis ?? 'null');
    if (typeof value === 'object' && value !== null && 'score' in value && 'rating' in value) {
      const { score, rating } = value;
      return {
        score: typeof score === 'number' ? Math.round(score) : null,
        rating: typeof rating === 'string' ? rating : null,
      };
    }
  } catch {
    // A row this code did not write: leave its headline empty rather than fail the upgrade.
  }
  return { score: null, rating: null };
}
