/**
 * All SQL for self-assessment runs. Callers pass the handle to run on (`storage.db` or their
 * transaction). JSON columns (answers, result) are serialised and parsed here and nowhere else.
 */
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import {
  ASSESSMENT_EXCERPT_CHARS,
  type Assessment,
  type AssessmentSummary,
} from '../../services/assessment-schema';
import type { Cursor } from '../../services/fields';
import { afterCursor, pageOf } from '../paging';
import type { Database } from '../schema';
import { searchCondition } from '../search';
import { ASSESSMENT_SEARCH } from '../search-indexes';
import type { DialectName } from '../storage';
import type { AssessmentTable } from '../tables/assessment';
import { deleteIfVersion, updateIfVersion } from '../versioned';

type Db = Kysely<Database>;

// Rows are written only through this file, from validated runs, so their JSON is trusted.
function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** The stored row as the API serves it; import runs it too, to refuse runs the API could not serve. */
export function rowToAssessment(row: Selectable<AssessmentTable>): Assessment {
  return {
    id: row.id,
    targetLevel: row.target_level as Assessment['targetLevel'],
    takenAt: row.taken_at,
    notes: row.notes,
    answers: parseJson<Assessment['answers']>(row.answers),
    result: parseJson<Assessment['result']>(row.result),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The row for a run; import runs it too, to recompute the result's columns. */
export function assessmentToRow(assessment: Assessment): Insertable<AssessmentTable> {
  return {
    id: assessment.id,
    target_level: assessment.targetLevel,
    taken_at: assessment.takenAt,
    notes: assessment.notes,
    answers: JSON.stringify(assessment.answers),
    result: JSON.stringify(assessment.result),
    total: assessment.result.total,
    readiness: assessment.result.readiness,
    calibrated_level: assessment.result.calibration.level,
    rated: assessment.result.rated,
    version: assessment.version,
    created_at: assessment.createdAt,
    updated_at: assessment.updatedAt,
  };
}

export async function insertAssessment(db: Db, assessment: Assessment): Promise<void> {
  await db.insertInto('assessments').values(assessmentToRow(assessment)).execute();
}

export async function getAssessment(db: Db, id: string): Promise<Assessment | undefined> {
  const row = await db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToAssessment(row) : undefined;
}

/** Writes over the stored run only while it is at `expectedVersion`; 0 rows = stale or gone. */
export async function updateAssessmentIfVersion(
  db: Db,
  assessment: Assessment,
  expectedVersion: number,
): Promise<number> {
  const { id: _id, created_at: _createdAt, ...changes } = assessmentToRow(assessment);
  return updateIfVersion(db, 'assessments', assessment.id, expectedVersion, changes);
}

export async function deleteAssessmentIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
): Promise<number> {
  return deleteIfVersion(db, 'assessments', id, expectedVersion);
}

export interface AssessmentFilter {
  limit: number;
  cursor?: Cursor | undefined;
  q?: string | undefined;
  level?: string | undefined;
  /** ISO-8601 UTC, inclusive. */
  from?: string | undefined;
  /** ISO-8601 UTC, exclusive. */
  to?: string | undefined;
}

const SUMMARY_COLUMNS = [
  'id',
  'target_level',
  'taken_at',
  'total',
  'readiness',
  'calibrated_level',
  'rated',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof AssessmentTable)[];

const excerpt = sql<string>`substr(notes, 1, ${sql.lit(ASSESSMENT_EXCERPT_CHARS)})`.as('excerpt');

type SummaryRow = Pick<Selectable<AssessmentTable>, (typeof SUMMARY_COLUMNS)[number]> & { excerpt: string };

function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    targetLevel: row.target_level as AssessmentSummary['targetLevel'],
    takenAt: row.taken_at,
    total: Number(row.total),
    readiness: row.readiness as AssessmentSummary['readiness'],
    calibratedLevel: row.calibrated_level as AssessmentSummary['calibratedLevel'],
    rated: Number(row.rated),
    excerpt: row.excerpt,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One page, newest created first (keyset on created_at, id: no repeats or skips across pages). */
export async function listAssessments(
  db: Db,
  dialect: DialectName,
  filter: AssessmentFilter,
): Promise<{ items: AssessmentSummary[]; next: Cursor | null }> {
  let query = db.selectFrom('assessments').select(SUMMARY_COLUMNS).select(excerpt);
  const { cursor, q, level, from, to } = filter;
  if (cursor) query = query.where(afterCursor(cursor));
  if (q !== undefined) {
    const condition = searchCondition(dialect, ASSESSMENT_SEARCH, q);
    if (condition) query = query.where(condition);
  }
  if (level !== undefined) query = query.where('target_level', '=', level);
  if (from !== undefined) query = query.where('taken_at', '>=', from);
  if (to !== undefined) query = query.where('taken_at', '<', to);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = pageOf(rows, filter.limit);
  return { items: page.rows.map(toSummary), next: page.next };
}
