/**
 * All SQL for practice sessions and their answers. Callers pass the handle to run on
 * (`storage.db` or their transaction). JSON columns are serialised and parsed here only.
 *
 * A session is written whole: its row, then its answers replaced in one go, inside the caller's
 * transaction. Answers are children of the versioned session, so replacing them on each save is
 * both simple and safe: the session's version guard decides whether the save happens at all.
 */
import type { Report } from '@onsite/core';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Cursor } from '../../services/fields';
import type {
  PracticeAnswer,
  PracticeRound,
  PracticeSession,
  PracticeSummary,
} from '../../services/practice-schema';
import { toCount } from '../dialect';
import { afterCursor, pageOf } from '../paging';
import type { Database } from '../schema';
import { searchCondition } from '../search';
import { PRACTICE_SEARCH } from '../search-indexes';
import type { DialectName } from '../storage';
import type { PracticeAnswerTable, PracticeSessionTable } from '../tables/practice';
import { deleteIfVersion, updateIfVersion } from '../versioned';

type Db = Kysely<Database>;
type SessionRow = Selectable<PracticeSessionTable>;
type AnswerRow = Selectable<PracticeAnswerTable>;

// Rows are written only through this file, from validated sessions, so their JSON is trusted.
function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

const numberOrNull = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

/** What the session row keeps of each round; the answers are rows of their own. */
type StoredRound = Pick<PracticeRound, 'name' | 'type'>;

/** The stored answer as the API serves it; import runs it too, to refuse answers the API could not serve. */
export function rowToAnswer(row: AnswerRow): PracticeAnswer {
  return {
    id: row.id,
    questionId: row.question_id,
    questionText: row.question_text,
    transcript: row.transcript,
    durationSeconds: numberOrNull(row.duration_seconds),
    storyId: row.story_id,
    analysis: row.analysis === null ? null : parseJson<Report>(row.analysis),
    analysisVersion: numberOrNull(row.analysis_version),
    scores: parseJson<PracticeAnswer['scores']>(row.scores),
    notes: row.notes,
  };
}

/** The stored session (with its answers) as the API serves it; import runs it too. */
export function rowToSession(row: Omit<SessionRow, 'answers_text'>, answers: AnswerRow[]): PracticeSession {
  const rounds: PracticeRound[] = parseJson<StoredRound[]>(row.rounds).map((round) => ({
    ...round,
    answers: [],
  }));
  // Answers arrive ordered by (round_index, position).
  for (const answer of answers) rounds[Number(answer.round_index)]?.answers.push(rowToAnswer(answer));
  return {
    id: row.id,
    title: row.title,
    type: row.type as PracticeSession['type'],
    startedAt: row.started_at,
    targetLevel: row.target_level as PracticeSession['targetLevel'],
    company: row.company,
    notes: row.notes,
    rounds,
    answerCount: Number(row.answer_count),
    meanScore: numberOrNull(row.mean_score),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The text search sees for a session's answers: each answer's question, transcript and notes. */
function answersText(session: PracticeSession): string {
  return session.rounds
    .flatMap((round) => round.answers.flatMap((a) => [a.questionText, a.transcript, a.notes]))
    .filter((text) => text !== '')
    .join('\n');
}

function sessionToRow(session: PracticeSession): Insertable<PracticeSessionTable> {
  const rounds: StoredRound[] = session.rounds.map(({ name, type }) => ({ name, type }));
  return {
    id: session.id,
    title: session.title,
    type: session.type,
    started_at: session.startedAt,
    target_level: session.targetLevel,
    company: session.company,
    notes: session.notes,
    rounds: JSON.stringify(rounds),
    answers_text: answersText(session),
    answer_count: session.answerCount,
    mean_score: session.meanScore,
    version: session.version,
    created_at: session.createdAt,
    updated_at: session.updatedAt,
  };
}

/** Where an answer sits in its session: which round, and its place in that round. */
export interface AnswerPlace {
  sessionId: string;
  roundIndex: number;
  position: number;
}

/** The row for one answer; import runs it too, to recompute `score` from the analysis. */
export function answerToRow(answer: PracticeAnswer, place: AnswerPlace): Insertable<PracticeAnswerTable> {
  return {
    id: answer.id,
    session_id: place.sessionId,
    round_index: place.roundIndex,
    position: place.position,
    question_id: answer.questionId,
    question_text: answer.questionText,
    transcript: answer.transcript,
    duration_seconds: answer.durationSeconds,
    story_id: answer.storyId,
    analysis: answer.analysis === null ? null : JSON.stringify(answer.analysis),
    analysis_version: answer.analysisVersion,
    score: answer.analysis?.score ?? null,
    scores: JSON.stringify(answer.scores),
    notes: answer.notes,
  };
}

function answerRows(session: PracticeSession): Insertable<PracticeAnswerTable>[] {
  return session.rounds.flatMap((round, roundIndex) =>
    round.answers.map((answer, position) =>
      answerToRow(answer, { sessionId: session.id, roundIndex, position }),
    ),
  );
}

async function insertAnswers(db: Db, session: PracticeSession): Promise<void> {
  const rows = answerRows(session);
  if (rows.length > 0) await db.insertInto('practice_answers').values(rows).execute();
}

/**
 * Writes the columns a session derives from its answers (search text, count, mean score) as
 * `session` holds them; import calls it once the answers it brings are written.
 */
export async function updateSessionTotals(db: Db, session: PracticeSession): Promise<void> {
  const { answers_text, answer_count, mean_score } = sessionToRow(session);
  await db
    .updateTable('practice_sessions')
    .set({ answers_text, answer_count, mean_score })
    .where('id', '=', session.id)
    .execute();
}

export async function insertSession(db: Db, session: PracticeSession): Promise<void> {
  await db.insertInto('practice_sessions').values(sessionToRow(session)).execute();
  await insertAnswers(db, session);
}

/** Every session column but `answers_text`, which only search reads (the answers rows hold the text). */
const SESSION_COLUMNS = [
  'id',
  'title',
  'type',
  'started_at',
  'target_level',
  'company',
  'notes',
  'rounds',
  'answer_count',
  'mean_score',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly Exclude<keyof PracticeSessionTable, 'answers_text'>[];

export async function getSession(db: Db, id: string): Promise<PracticeSession | undefined> {
  const row = await db
    .selectFrom('practice_sessions')
    .select(SESSION_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const answers = await db
    .selectFrom('practice_answers')
    .selectAll()
    .where('session_id', '=', id)
    .orderBy('round_index')
    .orderBy('position')
    .execute();
  return rowToSession(row, answers);
}

/**
 * Writes `session` (row and answers) over the stored one only while it is at `expectedVersion`.
 * Returns the rows changed: 0 means stale or gone, and then no answer was touched.
 */
export async function updateSessionIfVersion(
  db: Db,
  session: PracticeSession,
  expectedVersion: number,
): Promise<number> {
  const { id: _id, created_at: _createdAt, ...changes } = sessionToRow(session);
  const changed = await updateIfVersion(db, 'practice_sessions', session.id, expectedVersion, changes);
  if (changed === 0) return 0;
  await db.deleteFrom('practice_answers').where('session_id', '=', session.id).execute();
  await insertAnswers(db, session);
  return changed;
}

/** Deletes the session and its answers only while it is at `expectedVersion`; returns sessions deleted. */
export async function deleteSessionIfVersion(db: Db, id: string, expectedVersion: number): Promise<number> {
  // Explicit as well as ON DELETE CASCADE: the caller's transaction undoes it when the guard fails.
  await db.deleteFrom('practice_answers').where('session_id', '=', id).execute();
  return deleteIfVersion(db, 'practice_sessions', id, expectedVersion);
}

/** Which of `ids` name a story that exists. */
export async function existingStoryIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('stories')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The text of each of `ids` that names one of the user's own questions. */
export async function questionTexts(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('questions')
    .select(['id', 'text'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.text]));
}

/** How many practice answers used each story (stories never used are absent). */
export async function countStoryUses(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('practice_answers')
    .select(['story_id', (eb) => eb.fn.countAll<string | number | bigint>().as('uses')])
    .where('story_id', 'is not', null)
    .groupBy('story_id')
    .execute();
  const uses = new Map<string, number>();
  for (const row of rows) if (row.story_id !== null) uses.set(row.story_id, toCount(row.uses));
  return uses;
}

export interface PracticeScore {
  id: string;
  title: string;
  type: PracticeSession['type'];
  startedAt: string;
  answerCount: number;
  /** Mean analysis score of the session's analysed answers; null when none is analysed. */
  meanScore: number | null;
}

/** The `limit` most recent sessions by when they took place, with their mean scores (for the dashboard). */
export async function latestPracticeScores(db: Db, limit: number): Promise<PracticeScore[]> {
  const rows = await db
    .selectFrom('practice_sessions')
    .select(['id', 'title', 'type', 'started_at', 'answer_count', 'mean_score'])
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.max(0, Math.floor(limit)))
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    type: row.type as PracticeSession['type'],
    startedAt: row.started_at,
    answerCount: Number(row.answer_count),
    meanScore: numberOrNull(row.mean_score),
  }));
}

export interface PracticeFilter {
  limit: number;
  cursor?: Cursor | undefined;
  q?: string | undefined;
  type?: string | undefined;
  level?: string | undefined;
  storyId?: string | undefined;
  /** ISO-8601 UTC, inclusive. */
  from?: string | undefined;
  /** ISO-8601 UTC, exclusive. */
  to?: string | undefined;
}

const SUMMARY_COLUMNS = [
  'id',
  'title',
  'type',
  'started_at',
  'target_level',
  'company',
  'rounds',
  'answer_count',
  'mean_score',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof PracticeSessionTable)[];

type SummaryRow = Pick<SessionRow, (typeof SUMMARY_COLUMNS)[number]>;

function toSummary(row: SummaryRow): PracticeSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type as PracticeSummary['type'],
    startedAt: row.started_at,
    targetLevel: row.target_level as PracticeSummary['targetLevel'],
    company: row.company,
    roundCount: parseJson<StoredRound[]>(row.rounds).length,
    answerCount: Number(row.answer_count),
    meanScore: numberOrNull(row.mean_score),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One page, newest created first (keyset on created_at, id: no repeats or skips across pages). */
export async function listSessions(
  db: Db,
  dialect: DialectName,
  filter: PracticeFilter,
): Promise<{ items: PracticeSummary[]; next: Cursor | null }> {
  let query = db.selectFrom('practice_sessions').select(SUMMARY_COLUMNS);
  const { cursor, q, type, level, storyId, from, to } = filter;
  if (cursor) query = query.where(afterCursor(cursor));
  if (q !== undefined) {
    const condition = searchCondition(dialect, PRACTICE_SEARCH, q);
    if (condition) query = query.where(condition);
  }
  if (type !== undefined) query = query.where('type', '=', type);
  if (level !== undefined) query = query.where('target_level', '=', level);
  if (from !== undefined) query = query.where('started_at', '>=', from);
  if (to !== undefined) query = query.where('started_at', '<', to);
  if (storyId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('practice_answers')
          .select(sql.lit(1).as('one'))
          .whereRef('practice_answers.session_id', '=', 'practice_sessions.id')
          .where('practice_answers.story_id', '=', storyId),
      ),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = pageOf(rows, filter.limit);
  return { items: page.rows.map(toSummary), next: page.next };
}
