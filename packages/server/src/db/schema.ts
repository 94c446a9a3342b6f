/**
 * The database as Kysely sees it: one interface per table, shared by SQLite and PostgreSQL.
 * Portable choices, made once: ids are text (UUIDs made by the server), timestamps are ISO-8601
 * text in UTC, structured values are JSON text. Dialect differences live in dialect.ts only.
 */
import type { Generated } from 'kysely';
import type { AssessmentTables } from './tables/assessment';
import type { CompanyTables } from './tables/company';
import type { InterviewTables } from './tables/interview';
import type { PlanTables } from './tables/plan';
import type { PracticeTables } from './tables/practice';
import type { QuestionTables } from './tables/question';
import type { StoryTables } from './tables/story';

export type { StoryTable, StoryVersionTable } from './tables/story';

/** Applied migrations, so startup knows what to run. */
export interface MigrationTable {
  id: string;
  applied_at: string;
}

/**
 * Every table. Each noun declares its tables in tables/<noun>.ts and adds its `<Noun>Tables`
 * here, so a newcomer finds a table from the noun's name alone.
 */
export interface Database
  extends StoryTables,
    PlanTables,
    InterviewTables,
    QuestionTables,
    AssessmentTables,
    CompanyTables,
    PracticeTables {
  onsite_migrations: MigrationTable;
}

/** Rows with a database-generated key use Generated<>; none do yet (ids are made by the server). */
export type { Generated };
