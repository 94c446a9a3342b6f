/**
 * All SQL for interviews. Callers pass the Kysely handle to run on (`storage.db`, or the `trx` of
 * a transaction they own). Row mapping lives in interview-rows.ts; the reads other nouns use
 * (dashboard, calendar feed, portfolio) in interview-feeds.ts, re-exported here.
 */
import type { Kysely } from 'kysely';
import type { Cursor } from '../../services/fields';
import type { Interview, InterviewSummary } from '../../services/interview-schema';
import { afterCursor, pageOf } from '../paging';
import type { Database } from '../schema';
import { searchCondition } from '../search';
import { INTERVIEW_SEARCH } from '../search-indexes';
import type { DialectName } from '../storage';
import { deleteIfVersion, updateIfVersion } from '../versioned';
import { companyKey, interviewToRow, SUMMARY_COLUMNS, toSummary, withStories } from './interview-rows';

export {
  countStoryUses,
  dueFollowUps,
  listInterviewsBetween,
  nextInterviews,
  overdueThankYous,
} from './interview-feeds';
export { companyKey } from './interview-rows';

type Db = Kysely<Database>;

async function replaceStoryLinks(db: Db, interviewId: string, storyIds: readonly string[]): Promise<void> {
  await db.deleteFrom('interview_stories').where('interview_id', '=', interviewId).execute();
  if (storyIds.length === 0) return;
  await db
    .insertInto('interview_stories')
    .values(storyIds.map((storyId, position) => ({ interview_id: interviewId, story_id: storyId, position })))
    .execute();
}

/** Which of `storyIds` name no story (a read of the stories table, so the service can answer 422). */
export async function missingStoryIds(db: Db, storyIds: readonly string[]): Promise<string[]> {
  if (storyIds.length === 0) return [];
  const found = await db.selectFrom('stories').select('id').where('id', 'in', storyIds).execute();
  const existing = new Set(found.map((row) => row.id));
  return storyIds.filter((id) => !existing.has(id));
}

/** Which of `questionIds` name no stored question (the user's own or captured ones; the bank is core's). */
export async function missingStoredQuestionIds(db: Db, questionIds: readonly string[]): Promise<string[]> {
  if (questionIds.length === 0) return [];
  const found = await db.selectFrom('questions').select('id').where('id', 'in', questionIds).execute();
  const existing = new Set(found.map((row) => row.id));
  return questionIds.filter((id) => !existing.has(id));
}

/** Inserts the interview and its story links (call inside a transaction). */
export async function insertInterview(db: Db, interview: Interview): Promise<void> {
  await db.insertInto('interviews').values(interviewToRow(interview)).execute();
  await replaceStoryLinks(db, interview.id, interview.storiesUsed);
}

export async function getInterview(db: Db, id: string): Promise<Interview | undefined> {
  const row = await db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [interview] = await withStories(db, [row]);
  return interview;
}

/**
 * Writes `interview` over the stored row only while that row is still at `expectedVersion`, and
 * rewrites its story links when `storiesChanged` (an edit that leaves them alone does not touch
 * them). Returns rows changed: 0 means the version moved on or the interview is gone, and then
 * the links are left alone too.
 */
export async function updateInterviewIfVersion(
  db: Db,
  interview: Interview,
  expectedVersion: number,
  storiesChanged: boolean,
): Promise<number> {
  const { id: _id, created_at: _createdAt, ...changes } = interviewToRow(interview);
  const changed = await updateIfVersion(db, 'interviews', interview.id, expectedVersion, changes);
  if (changed > 0 && storiesChanged) await replaceStoryLinks(db, interview.id, interview.storiesUsed);
  return changed;
}

/** Deletes the interview (its story links go with it) only while it is at `expectedVersion`. */
export async function deleteInterviewIfVersion(db: Db, id: string, expectedVersion: number): Promise<number> {
  // Explicit rather than relying on ON DELETE CASCADE alone; the caller's transaction undoes it
  // when the version check below fails.
  await db.deleteFrom('interview_stories').where('interview_id', '=', id).execute();
  return deleteIfVersion(db, 'interviews', id, expectedVersion);
}

/**
 * Drops every interview's link to a custom company that is being deleted (the company's name stays
 * on the interview), as an edit: version and updated_at move on, so a client holding the old
 * version gets 409 rather than writing over the change. Returns the interviews unlinked.
 */
export async function unlinkInterviewsFromCompany(db: Db, companyId: string, at: string): Promise<number> {
  const result = await db
    .updateTable('interviews')
    .set((eb) => ({ company_id: null, version: eb('version', '+', 1), updated_at: at }))
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface InterviewFilter {
  limit: number;
  /** The last row of the previous page, in (created_at DESC, id DESC) order. */
  cursor?: Cursor | undefined;
  q?: string | undefined;
  /** A company id, or a name compared case-insensitively. */
  company?: string | undefined;
  type?: string | undefined;
  outcome?: string | undefined;
  when?: 'upcoming' | 'past' | undefined;
  thankYou?: 'due' | 'overdue' | 'sent' | undefined;
  followUp?: 'due' | 'overdue' | 'done' | undefined;
  /** ISO-8601 UTC: starts at or after `from` and before `to`. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface InterviewListResult {
  items: InterviewSummary[];
  next: Cursor | null;
}

/**
 * One page, newest recorded first: keyset on (created_at DESC, id DESC), as every list pages.
 * Both keys never change after insert, so rescheduling or editing interviews between two page
 * loads neither skips nor repeats one (a start-time order could not promise that: a reschedule
 * moves the row across the page boundary). The filters still select by start, end and deadline.
 * `now` is the server clock (ISO-8601 UTC) the time filters are judged by.
 */
export async function listInterviews(
  db: Db,
  dialect: DialectName,
  filter: InterviewFilter,
  now: Date,
): Promise<InterviewListResult> {
  const at = now.toISOString();
  const today = at.slice(0, 10);
  let query = db.selectFrom('interviews').select(SUMMARY_COLUMNS);
  if (filter.cursor) query = query.where(afterCursor(filter.cursor));
  if (filter.q !== undefined) {
    const condition = searchCondition(dialect, INTERVIEW_SEARCH, filter.q);
    if (condition) query = query.where(condition);
  }
  const { company } = filter;
  if (company !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('company_id', '=', company), eb('company_key', '=', companyKey(company))]),
    );
  }
  if (filter.type !== undefined) query = query.where('type', '=', filter.type);
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
  if (filter.from !== undefined) query = query.where('starts_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('starts_at', '<', filter.to);
  if (filter.when === 'upcoming') query = query.where('ends_at', '>', at);
  if (filter.when === 'past') query = query.where('ends_at', '<=', at);
  if (filter.thankYou === 'sent') query = query.where('thank_you_status', '=', 'sent');
  if (filter.thankYou === 'due') {
    query = query.where('thank_you_status', '!=', 'sent').where('thank_you_deadline', '>=', at);
  }
  if (filter.thankYou === 'overdue') {
    query = query.where('thank_you_status', '!=', 'sent').where('thank_you_deadline', '<', at);
  }
  if (filter.followUp === 'done') query = query.where('follow_up_done', '=', 1);
  if (filter.followUp === 'due')
    query = query.where('follow_up_done', '=', 0).where('follow_up_date', '>=', today);
  if (filter.followUp === 'overdue') {
    query = query.where('follow_up_done', '=', 0).where('follow_up_date', '<', today);
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = pageOf(rows, filter.limit);
  return { items: page.rows.map(toSummary), next: page.next };
}
