/**
 * All SQL for the user's questions (own and captured). The bank is core's and never reaches here.
 * JSON columns are text in both dialects, serialised and parsed here and nowhere else.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Cursor } from '../../services/fields';
import type { StoredQuestion, StoredSource } from '../../services/question-schema';
import { afterCursor, pageOf } from '../paging';
import type { Database } from '../schema';
import { searchCondition } from '../search';
import { QUESTION_SEARCH } from '../search-indexes';
import type { DialectName } from '../storage';
import type { QuestionTable } from '../tables/question';
import { deleteIfVersion, updateIfVersion } from '../versioned';

type Db = Kysely<Database>;
type QuestionRow = Selectable<QuestionTable>;

// Rows are written only through this file, from validated questions, so their JSON is trusted.
function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** How the company filter and the stored key compare names: trimmed, lowercased. */
export function companyKey(company: string): string {
  return company.trim().toLowerCase();
}

/** The stored row as the API serves it; import runs it too, to refuse rows the API could not serve. */
export function rowToQuestion(row: QuestionRow): StoredQuestion {
  return {
    id: row.id,
    source: row.source as StoredSource,
    text: row.text,
    interviewType: row.interview_type as StoredQuestion['interviewType'],
    tags: parseJson<StoredQuestion['tags']>(row.tags),
    principles: parseJson<StoredQuestion['principles']>(row.principles),
    levels: parseJson<StoredQuestion['levels']>(row.levels),
    notes: row.notes,
    company: row.company,
    askedAt: row.asked_at,
    round: row.round,
    interviewId: row.interview_id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    bank: null,
  };
}

/** The row for a question; import runs it too, to recompute company_key from company. */
export function questionToRow(question: StoredQuestion): Insertable<QuestionTable> {
  return {
    id: question.id,
    source: question.source,
    text: question.text,
    interview_type: question.interviewType,
    tags: JSON.stringify(question.tags),
    principles: JSON.stringify(question.principles),
    levels: JSON.stringify(question.levels),
    notes: question.notes,
    company: question.company,
    company_key: question.company === null ? null : companyKey(question.company),
    asked_at: question.askedAt,
    round: question.round,
    interview_id: question.interviewId,
    version: question.version,
    created_at: question.createdAt,
    updated_at: question.updatedAt,
  };
}

export async function insertQuestion(db: Db, question: StoredQuestion): Promise<void> {
  await db.insertInto('questions').values(questionToRow(question)).execute();
}

export async function getQuestion(db: Db, id: string): Promise<StoredQuestion | undefined> {
  const row = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToQuestion(row) : undefined;
}

/** Writes `question` only while the stored row is at `expectedVersion`; returns rows changed. */
export async function updateQuestionIfVersion(
  db: Db,
  question: StoredQuestion,
  expectedVersion: number,
): Promise<number> {
  const { id: _id, created_at: _createdAt, source: _source, ...changes } = questionToRow(question);
  return updateIfVersion(db, 'questions', question.id, expectedVersion, changes);
}

export async function deleteQuestionIfVersion(db: Db, id: string, expectedVersion: number): Promise<number> {
  return deleteIfVersion(db, 'questions', id, expectedVersion);
}

export interface QuestionFilter {
  /** How many rows the page still needs (0 only asks whether any row is left). */
  limit: number;
  cursor?: Cursor | undefined;
  source?: StoredSource | undefined;
  type?: string | undefined;
  level?: string | undefined;
  tag?: string | undefined;
  principle?: string | undefined;
  /** The names and ids (as companyKey) that mean the company asked about; any of them matches. */
  companies?: readonly string[] | undefined;
  q?: string | undefined;
}

/** A company key that can be a principle-id prefix (`amazon` → `amazon.…`). */
export const COMPANY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One page of stored questions in (created_at DESC, id DESC) order, after `cursor`. Both keys never
 * change after insert, so paging neither repeats nor skips a question however others are edited.
 */
export async function listQuestions(
  db: Db,
  dialect: DialectName,
  filter: QuestionFilter,
): Promise<{ items: StoredQuestion[]; next: Cursor | null; more: boolean }> {
  let query = db.selectFrom('questions').selectAll();
  const { cursor, source, type, level, tag, principle, companies, q } = filter;
  if (cursor) query = query.where(afterCursor(cursor));
  if (source !== undefined) query = query.where('source', '=', source);
  if (type !== undefined) query = query.where('interview_type', '=', type);
  // The JSON arrays hold enum words and principle ids written by questionToRow: none contains a
  // quote, % or _, so the quoted value is an exact, dialect-neutral membership test.
  if (level !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('levels', '=', '[]'), eb('levels', 'like', `%${JSON.stringify(level)}%`)]),
    );
  }
  if (tag !== undefined) query = query.where('tags', 'like', `%${JSON.stringify(tag)}%`);
  if (principle !== undefined) query = query.where('principles', 'like', `%${JSON.stringify(principle)}%`);
  if (companies !== undefined && companies.length > 0) {
    query = query.where((eb) =>
      eb.or([
        eb('company_key', 'in', companies),
        ...companies
          .filter((key) => COMPANY_SLUG.test(key))
          .map((slug) => eb('principles', 'like', `%"${slug}.%`)),
      ]),
    );
  }
  if (q !== undefined) {
    const condition = searchCondition(dialect, QUESTION_SEARCH, q);
    if (condition) query = query.where(condition);
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = pageOf(rows, filter.limit);
  return { items: page.rows.map(rowToQuestion), next: page.next, more: rows.length > filter.limit };
}
