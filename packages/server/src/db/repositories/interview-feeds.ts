/**
 * The interview reads other nouns use: the dashboard (next interview, overdue thank-you notes,
 * due follow-ups), the plan's calendar feed (interviews in a range) and the portfolio (how often
 * each story was told). Plain Dates in, whole records out, oldest first unless said.
 */
import { type Kysely, sql } from 'kysely';
import type { Interview } from '../../services/interview-schema';
import { toCount } from '../dialect';
import type { Database } from '../schema';
import { withStories } from './interview-rows';

type Db = Kysely<Database>;

/** How many interviews used each story (story id → count); stories never used are absent. */
export async function countStoryUses(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('interview_stories')
    .select(['story_id', sql<string | number>`count(*)`.as('uses')])
    .groupBy('story_id')
    .execute();
  return new Map(rows.map((row) => [row.story_id, toCount(row.uses)]));
}

/** The next `limit` interviews that have not ended at `now` (one in progress counts), soonest first. */
export async function nextInterviews(db: Db, now: Date, limit: number): Promise<Interview[]> {
  const rows = await db
    .selectFrom('interviews')
    .selectAll()
    .where('ends_at', '>', now.toISOString())
    .orderBy('starts_at', 'asc')
    .orderBy('id', 'asc')
    .limit(Math.max(0, Math.floor(limit)))
    .execute();
  return withStories(db, rows);
}

/** Interviews whose thank-you note is unsent and past its deadline at `now`, most overdue first. */
export async function overdueThankYous(db: Db, now: Date): Promise<Interview[]> {
  const rows = await db
    .selectFrom('interviews')
    .selectAll()
    .where('thank_you_status', '!=', 'sent')
    .where('thank_you_deadline', '<', now.toISOString())
    .orderBy('thank_you_deadline', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return withStories(db, rows);
}

/**
 * Interviews with a recruiter follow-up not yet done whose date is `now`'s UTC day or earlier
 * (due today or overdue), earliest date first.
 */
export async function dueFollowUps(db: Db, now: Date): Promise<Interview[]> {
  const rows = await db
    .selectFrom('interviews')
    .selectAll()
    .where('follow_up_done', '=', 0)
    .where('follow_up_date', 'is not', null)
    .where('follow_up_date', '<=', now.toISOString().slice(0, 10))
    .orderBy('follow_up_date', 'asc')
    .orderBy('starts_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return withStories(db, rows);
}

/** Interviews starting in [from, to), soonest first: the calendar's rows for a range. */
export async function listInterviewsBetween(db: Db, from: Date, to: Date): Promise<Interview[]> {
  const rows = await db
    .selectFrom('interviews')
    .selectAll()
    .where('starts_at', '>=', from.toISOString())
    .where('starts_at', '<', to.toISOString())
    .orderBy('starts_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return withStories(db, rows);
}
