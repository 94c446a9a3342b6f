/**
 * All SQL for the stories' portfolio facts (services/portfolio-facts.ts says what they are): the
 * category, tag count and digest columns on `stories`, one `story_competencies` row per
 * competency a story shows, and the aggregate reads the dashboard makes of them.
 */
import type { Kysely } from 'kysely';
import { toCount } from '../dialect';
import type { Database } from '../schema';

type Db = Kysely<Database>;

export interface StoredFacts {
  category: string | null;
  tagCount: number;
  strengths: Partial<Record<string, number>>;
}

/**
 * Writes a story's facts, computed under the rules `version` names. With `onlyIfStale`, writes
 * nothing when the stored facts already follow those rules (another refresh, or the story's own
 * edit, got there first; on PostgreSQL the guarded UPDATE waits for that writer's row lock).
 * Returns whether it wrote.
 */
export async function writeStoryFacts(
  db: Db,
  storyId: string,
  facts: StoredFacts,
  version: string,
  onlyIfStale = false,
): Promise<boolean> {
  let update = db
    .updateTable('stories')
    .set({ category: facts.category, tag_count: facts.tagCount, facts_version: version })
    .where('id', '=', storyId);
  if (onlyIfStale) {
    update = update.where((eb) =>
      eb.or([eb('facts_version', 'is', null), eb('facts_version', '!=', version)]),
    );
  }
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.deleteFrom('story_competencies').where('story_id', '=', storyId).execute();
  const rows = Object.entries(facts.strengths).flatMap(([competency, strength]) =>
    strength === undefined ? [] : [{ story_id: storyId, competency, strength }],
  );
  if (rows.length > 0) await db.insertInto('story_competencies').values(rows).execute();
  return true;
}

/** Up to `limit` stories whose facts are missing or follow rules other than `version`. */
export async function staleStoryIds(db: Db, version: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('stories')
    .select('id')
    .where((eb) => eb.or([eb('facts_version', 'is', null), eb('facts_version', '!=', version)]))
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export async function countStories(db: Db): Promise<number> {
  const row = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** Stories per primary category; uncategorised stories (no tags) are not counted here. */
export async function countByCategory(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('stories')
    .select(['category', (eb) => eb.fn.countAll<string | number | bigint>().as('n')])
    .where('category', 'is not', null)
    .groupBy('category')
    .execute();
  return new Map(rows.flatMap((row) => (row.category === null ? [] : [[row.category, toCount(row.n)]])));
}

/** The strongest cell of each competency any story shows (competencies no story shows are absent). */
export async function bestStrengths(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('story_competencies')
    .select(['competency', (eb) => eb.fn.max('strength').as('best')])
    .groupBy('competency')
    .execute();
  return new Map(rows.map((row) => [row.competency, Number(row.best)]));
}

export interface OveruseCandidate {
  id: string;
  title: string;
  tags: string[];
}

/**
 * Stories with more than `maxTags` tags or among `usedIds`, in the portfolio's order (newest
 * created first): the ones the overuse rule may flag, without reading any other story.
 */
export async function overuseCandidates(
  db: Db,
  maxTags: number,
  usedIds: readonly string[],
): Promise<OveruseCandidate[]> {
  const rows = await db
    .selectFrom('stories')
    .select(['id', 'title', 'tags'])
    .where((eb) =>
      usedIds.length === 0
        ? eb('tag_count', '>', maxTags)
        : eb.or([eb('tag_count', '>', maxTags), eb('id', 'in', [...usedIds])]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  // Written only by the story repository, from validated stories.
  return rows.map((row) => ({ id: row.id, title: row.title, tags: JSON.parse(row.tags) as string[] }));
}
