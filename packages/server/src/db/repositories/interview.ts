/**
 * All SQL for interviews. Callers pass the Kysely handle to run on (`storage.db`, or the `trx` of
 * a transaction they own). JSON columns are text in both dialects: serialised and parsed here
 * only. The functions under "For other nouns" are what the plan's calendar feed and the
 * dashboard read; they take plain Dates and return whole records.
 */
import { type ChecklistState, checklistProgress } from '@onsite/core';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Cursor } from '../../services/fields';
import type { Interview, InterviewSummary } from '../../services/interview-schema';
import { toCount } from '../dialect';
import type { Database } from '../schema';
import { searchCondition } from '../search';
import { INTERVIEW_SEARCH } from '../search-indexes';
import type { DialectName } from '../storage';
import type { InterviewTable } from '../tables/interview';
import { deleteIfVersion, updateIfVersion } from '../versioned';

type Db = Kysely<Database>;
type InterviewRow = Selectable<InterviewTable>;

// Rows are written only through this file, from validated interviews, so their JSON is trusted.
function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** The company filter's key for a name: trimmed and lower-cased the same way on write and read. */
export function companyKey(name: string): string {
  return name.trim().toLowerCase();
}

function rowToInterview(row: InterviewRow, storiesUsed: string[]): Interview {
  const checklist = parseJson<ChecklistState>(row.checklist);
  return {
    id: row.id,
    company: row.company,
    companyId: row.company_id,
    role: row.role,
    round: row.round,
    type: row.type as Interview['type'],
    startsAt: row.starts_at,
    durationMinutes: Number(row.duration_minutes),
    endsAt: row.ends_at,
    location: row.location,
    interviewers: parseJson<Interview['interviewers']>(row.interviewers),
    checklist,
    checklistProgress: checklistProgress(checklist),
    notes: row.notes,
    questionsAsked: parseJson<Interview['questionsAsked']>(row.questions_asked),
    storiesUsed,
    thankYou: {
      draft: row.thank_you_draft,
      status: row.thank_you_status as Interview['thankYou']['status'],
      sentAt: row.thank_you_sent_at,
      deadline: row.thank_you_deadline,
    },
    followUp: { date: row.follow_up_date, done: Number(row.follow_up_done) === 1 },
    reflection: {
      text: row.reflection,
      wentWell: row.reflection_went_well,
      toImprove: row.reflection_to_improve,
      selfRating: row.self_rating === null ? null : Number(row.self_rating),
    },
    outcome: row.outcome as Interview['outcome'],
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function interviewToRow(interview: Interview): Insertable<InterviewTable> {
  return {
    id: interview.id,
    company: interview.company,
    company_key: companyKey(interview.company),
    company_id: interview.companyId,
    role: interview.role,
    round: interview.round,
    type: interview.type,
    starts_at: interview.startsAt,
    duration_minutes: interview.durationMinutes,
    ends_at: interview.endsAt,
    location: interview.location,
    interviewers: JSON.stringify(interview.interviewers),
    checklist: JSON.stringify(interview.checklist),
    notes: interview.notes,
    questions_asked: JSON.stringify(interview.questionsAsked),
    questions_text: interview.questionsAsked.map((question) => question.text).join('\n'),
    thank_you_draft: interview.thankYou.draft,
    thank_you_status: interview.thankYou.status,
    thank_you_sent_at: interview.thankYou.sentAt,
    thank_you_deadline: interview.thankYou.deadline,
    follow_up_date: interview.followUp.date,
    follow_up_done: interview.followUp.done ? 1 : 0,
    reflection: interview.reflection.text,
    reflection_went_well: interview.reflection.wentWell,
    reflection_to_improve: interview.reflection.toImprove,
    self_rating: interview.reflection.selfRating,
    outcome: interview.outcome,
    version: interview.version,
    created_at: interview.createdAt,
    updated_at: interview.updatedAt,
  };
}

/** Story links of many interviews at once (id → story ids in their order), in bounded batches. */
async function storiesOf(db: Db, interviewIds: readonly string[]): Promise<Map<string, string[]>> {
  const byInterview = new Map<string, string[]>(interviewIds.map((id) => [id, []]));
  const BATCH = 500; // far below both engines' limits on bound parameters
  for (let i = 0; i < interviewIds.length; i += BATCH) {
    const rows = await db
      .selectFrom('interview_stories')
      .select(['interview_id', 'story_id'])
      .where('interview_id', 'in', interviewIds.slice(i, i + BATCH))
      .orderBy('interview_id')
      .orderBy('position')
      .execute();
    for (const row of rows) byInterview.get(row.interview_id)?.push(row.story_id);
  }
  return byInterview;
}

async function withStories(db: Db, rows: InterviewRow[]): Promise<Interview[]> {
  if (rows.length === 0) return [];
  const stories = await storiesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => rowToInterview(row, stories.get(row.id) ?? []));
}

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

export interface InterviewFilter {
  limit: number;
  /** Position after which the page starts: `createdAt` holds the start time (the list's sort key). */
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

/** What a list row needs: never the long texts. */
const SUMMARY_COLUMNS = [
  'id',
  'company',
  'company_id',
  'role',
  'round',
  'type',
  'starts_at',
  'duration_minutes',
  'ends_at',
  'location',
  'interviewers',
  'checklist',
  'thank_you_status',
  'thank_you_sent_at',
  'thank_you_deadline',
  'follow_up_date',
  'follow_up_done',
  'self_rating',
  'outcome',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof InterviewTable)[];
type SummaryRow = Pick<InterviewRow, (typeof SUMMARY_COLUMNS)[number]>;

function toSummary(row: SummaryRow): InterviewSummary {
  return {
    id: row.id,
    company: row.company,
    companyId: row.company_id,
    role: row.role,
    round: row.round,
    type: row.type as InterviewSummary['type'],
    startsAt: row.starts_at,
    durationMinutes: Number(row.duration_minutes),
    endsAt: row.ends_at,
    location: row.location,
    interviewers: parseJson<InterviewSummary['interviewers']>(row.interviewers),
    checklistProgress: checklistProgress(parseJson<ChecklistState>(row.checklist)),
    thankYou: {
      status: row.thank_you_status as InterviewSummary['thankYou']['status'],
      sentAt: row.thank_you_sent_at,
      deadline: row.thank_you_deadline,
    },
    followUp: { date: row.follow_up_date, done: Number(row.follow_up_done) === 1 },
    selfRating: row.self_rating === null ? null : Number(row.self_rating),
    outcome: row.outcome as InterviewSummary['outcome'],
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * One page. Upcoming interviews come soonest first; every other list latest start first; the id
 * breaks ties. The start can be edited, so a reschedule between two page loads may move an
 * interview across the page boundary (keyset paging stays cheap and never errors).
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
  const ascending = filter.when === 'upcoming';
  let query = db.selectFrom('interviews').select(SUMMARY_COLUMNS);
  const { cursor } = filter;
  if (cursor) {
    const after = ascending ? '>' : '<';
    query = query.where((eb) =>
      eb.or([
        eb('starts_at', after, cursor.createdAt),
        eb.and([eb('starts_at', '=', cursor.createdAt), eb('id', after, cursor.id)]),
      ]),
    );
  }
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
  const direction = ascending ? 'asc' : 'desc';
  const rows = await query
    .orderBy('starts_at', direction)
    .orderBy('id', direction)
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    next: rows.length > filter.limit && last ? { createdAt: last.starts_at, id: last.id } : null,
  };
}

// ---------------------------------------------------------------------------------------------
// For other nouns (dashboard, plan calendar feed). Whole records, oldest first unless said.
// ---------------------------------------------------------------------------------------------

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
