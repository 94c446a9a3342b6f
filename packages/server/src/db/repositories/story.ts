/**
 * All SQL for stories. Callers pass the Kysely handle to run on (`storage.db`, or the `trx` of a
 * transaction they own), so a service composes several calls into one atomic write.
 * JSON columns are text in both dialects: they are serialised and parsed here and nowhere else.
 */
import type { Report } from '@onsite/core';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Cursor } from '../../services/fields';
import {
  STORY_EXCERPT_CHARS,
  type Story,
  type StorySummary,
  type StoryVersion,
} from '../../services/story-schema';
import { afterCursor, pageOf } from '../paging';
import type { Database, StoryTable } from '../schema';
import { searchCondition } from '../search';
import { STORY_SEARCH } from '../search-indexes';
import type { DialectName } from '../storage';
import { STORY_TEXT_COLUMNS } from '../tables/story';
import { deleteIfVersion, updateIfVersion } from '../versioned';

type Db = Kysely<Database>;
type StoryRow = Selectable<StoryTable>;

// Rows are written only through this file, from validated stories, so their JSON is trusted.
function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

function rowToStory(row: StoryRow): Story {
  return {
    id: row.id,
    title: row.title,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    learnings: row.learnings,
    leadershipDimension: row.leadership_dimension,
    strategicImplication: row.strategic_implication,
    context: row.context,
    principle: row.principle,
    concept: row.concept,
    application: row.application,
    impact: row.impact,
    metrics: parseJson<Story['metrics']>(row.metrics),
    tags: parseJson<Story['tags']>(row.tags),
    principles: parseJson<Story['principles']>(row.principles),
    targetLevel: row.target_level as Story['targetLevel'],
    // PostgreSQL returns integer columns as numbers; Number() also covers a bigint driver setting.
    version: Number(row.version),
    analysis: row.analysis === null ? null : parseJson<Report>(row.analysis),
    analysisVersion: row.analysis_version === null ? null : Number(row.analysis_version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function storyToRow(story: Story): Insertable<StoryTable> {
  const row: Insertable<StoryTable> = {
    id: story.id,
    title: story.title,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    learnings: story.learnings,
    leadership_dimension: story.leadershipDimension,
    strategic_implication: story.strategicImplication,
    context: story.context,
    principle: story.principle,
    concept: story.concept,
    application: story.application,
    impact: story.impact,
    metrics: JSON.stringify(story.metrics),
    tags: JSON.stringify(story.tags),
    principles: JSON.stringify(story.principles),
    target_level: story.targetLevel,
    version: story.version,
    analysis: story.analysis === null ? null : JSON.stringify(story.analysis),
    analysis_version: story.analysisVersion,
    score: story.analysis?.score ?? null,
    rating: story.analysis?.rating ?? null,
    // Cleared by every write; the writer stores the new ones (services/portfolio-facts.ts).
    category: null,
    tag_count: null,
    facts_version: null,
    created_at: story.createdAt,
    updated_at: story.updatedAt,
  };
  return row;
}

export async function insertStory(db: Db, story: Story): Promise<void> {
  await db.insertInto('stories').values(storyToRow(story)).execute();
}

export async function getStory(db: Db, id: string): Promise<Story | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToStory(row) : undefined;
}

/**
 * Writes `story` over the stored row only while that row is still at `expectedVersion`.
 * Returns the number of rows changed: 0 means the version moved on (or the story is gone).
 */
export async function updateStoryIfVersion(db: Db, story: Story, expectedVersion: number): Promise<number> {
  const { id: _id, created_at: _createdAt, ...changes } = storyToRow(story);
  return updateIfVersion(db, 'stories', story.id, expectedVersion, changes);
}

/** Deletes the story and its history only while it is at `expectedVersion`; returns rows deleted. */
export async function deleteStoryIfVersion(db: Db, id: string, expectedVersion: number): Promise<number> {
  // Explicit rather than relying on ON DELETE CASCADE alone: the caller's transaction undoes
  // this when the version check below fails, and it works whatever the foreign key says.
  await db.deleteFrom('story_versions').where('story_id', '=', id).execute();
  return deleteIfVersion(db, 'stories', id, expectedVersion);
}

/** Keeps `story` (as it was before an update) in its history, stamped with when it was replaced. */
export async function insertStoryVersion(db: Db, story: Story, replacedAt: string): Promise<void> {
  await db
    .insertInto('story_versions')
    .values({
      story_id: story.id,
      version: story.version,
      snapshot: JSON.stringify(story),
      created_at: replacedAt,
    })
    .execute();
}

/** Past versions, newest first. */
export async function listStoryVersions(db: Db, id: string): Promise<StoryVersion[]> {
  const rows = await db
    .selectFrom('story_versions')
    .selectAll()
    .where('story_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => ({
    version: Number(row.version),
    replacedAt: row.created_at,
    story: parseJson<Story>(row.snapshot),
  }));
}

export interface StoryFilter {
  limit: number;
  cursor?: Cursor | undefined;
  /** Full-text query; ignored when it has no searchable word. */
  q?: string | undefined;
  tag?: string | undefined;
  level?: string | undefined;
  /** ISO-8601 UTC; stories updated at or after it. */
  updatedSince?: string | undefined;
}

export interface StoryListResult {
  items: StorySummary[];
  /** The last row's position when another page exists. */
  next: Cursor | null;
}

/**
 * One page in (created_at DESC, id DESC) order. Both keys never change after insert, so keyset
 * paging neither repeats nor skips a story however others are edited between pages.
 */
export async function listStories(
  db: Db,
  dialect: DialectName,
  filter: StoryFilter,
): Promise<StoryListResult> {
  let query = db.selectFrom('stories').select(SUMMARY_COLUMNS).select(excerpt);
  const { cursor, q, tag, level, updatedSince } = filter;
  if (cursor) query = query.where(afterCursor(cursor));
  if (q !== undefined) {
    const condition = searchCondition(dialect, STORY_SEARCH, q);
    if (condition) query = query.where(condition);
  }
  // Tags are a JSON array of enum words written by storyToRow, so the quoted word is an exact,
  // dialect-neutral membership test (no tag contains a quote, %, _ or another tag's quoted form).
  if (tag !== undefined) query = query.where('tags', 'like', `%${JSON.stringify(tag)}%`);
  if (level !== undefined) query = query.where('target_level', '=', level);
  if (updatedSince !== undefined) query = query.where('updated_at', '>=', updatedSince);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = pageOf(rows, filter.limit);
  return { items: page.rows.map(toSummary), next: page.next };
}

/** The columns a list row needs: never the text fields or the analysis JSON. */
const SUMMARY_COLUMNS = [
  'id',
  'title',
  'metrics',
  'tags',
  'principles',
  'target_level',
  'version',
  'analysis_version',
  'score',
  'rating',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof StoryTable)[];

/** The opening of the first STAR field with text; substr counts characters in both dialects. */
const excerpt =
  sql<string>`substr(coalesce(nullif(situation, ''), nullif(task, ''), nullif(action, ''), result), 1, ${sql.lit(STORY_EXCERPT_CHARS)})`.as(
    'excerpt',
  );

type SummaryRow = Pick<StoryRow, (typeof SUMMARY_COLUMNS)[number]> & { excerpt: string };

function toSummary(row: SummaryRow): StorySummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    metrics: parseJson<StorySummary['metrics']>(row.metrics),
    tags: parseJson<StorySummary['tags']>(row.tags),
    principles: parseJson<StorySummary['principles']>(row.principles),
    targetLevel: row.target_level as StorySummary['targetLevel'],
    version: Number(row.version),
    analysisVersion: row.analysis_version === null ? null : Number(row.analysis_version),
    score: row.score === null ? null : Number(row.score),
    rating: row.rating as StorySummary['rating'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// ---------------------------------------------------------------------------------------------
// Portfolio read (owned by the portfolio noun): every story at once, for the matrix and the
// matcher. Not paged: a portfolio is 20–30 stories by design and a few hundred at most.

/** What the portfolio maths reads of a story: its text, tags, mappings and current analysis. */
export interface PortfolioStoryRow {
  id: string;
  title: string;
  /** Every free-text field, as stored. */
  texts: string[];
  metrics: string[];
  tags: Story['tags'];
  principles: string[];
  targetLevel: Story['targetLevel'];
  /** The stored analysis, only when it was computed from the story's current version. */
  analysis: Report | null;
}

/** Every story, newest first (the list's order), without history. */
export async function listAllStoriesForPortfolio(db: Db): Promise<PortfolioStoryRow[]> {
  const rows = await db
    .selectFrom('stories')
    .select([
      'id',
      'title',
      ...STORY_TEXT_COLUMNS,
      'metrics',
      'tags',
      'principles',
      'target_level',
      'version',
      'analysis',
      'analysis_version',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    texts: STORY_TEXT_COLUMNS.map((column) => row[column]),
    metrics: parseJson<string[]>(row.metrics),
    tags: parseJson<Story['tags']>(row.tags),
    principles: parseJson<string[]>(row.principles),
    targetLevel: row.target_level as Story['targetLevel'],
    analysis:
      row.analysis !== null &&
      row.analysis_version !== null &&
      Number(row.analysis_version) === Number(row.version)
        ? parseJson<Report>(row.analysis)
        : null,
  }));
}
