/**
 * The database as Kysely sees it: one interface per table, shared by SQLite and PostgreSQL.
 * Portable choices, made once: ids are text (UUIDs made by the server), timestamps are ISO-8601
 * text in UTC, structured values are JSON text. Dialect differences live in dialect.ts only.
 */
import type { Generated } from 'kysely';

export interface StoryTable {
  id: string;
  title: string;
  /** STAR+ fields. */
  situation: string;
  task: string;
  action: string;
  result: string;
  learnings: string;
  leadership_dimension: string;
  strategic_implication: string;
  /** Power-story fields (context → principle → concept → application → impact). */
  context: string;
  principle: string;
  concept: string;
  application: string;
  impact: string;
  /** JSON text: string[] of metrics as the candidate states them ("p99 200ms → 106ms"). */
  metrics: string;
  /** JSON text: CompetencyTag[]. */
  tags: string;
  /** JSON text: PrincipleId[] the story is mapped to. */
  principles: string;
  /** Canonical level id (L5 | L6 | L7+) or null. */
  target_level: string | null;
  /** Optimistic-concurrency counter: starts at 1, +1 per update. */
  version: number;
  /** JSON text: the latest analysis Report, or null. */
  analysis: string | null;
  /** The story version the stored analysis was computed from. */
  analysis_version: number | null;
  created_at: string;
  updated_at: string;
}

/** Every past version of a story, written in the same transaction as the update that replaced it. */
export interface StoryVersionTable {
  story_id: string;
  version: number;
  /** JSON text: the whole story record as it was at that version. */
  snapshot: string;
  created_at: string;
}

/** Applied migrations, so startup knows what to run. */
export interface MigrationTable {
  id: string;
  applied_at: string;
}

export interface Database {
  stories: StoryTable;
  story_versions: StoryVersionTable;
  onsite_migrations: MigrationTable;
}

/** Rows with a database-generated key use Generated<>; none do yet (ids are made by the server). */
export type { Generated };
