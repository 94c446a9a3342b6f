/**
 * The one place where SQLite and PostgreSQL differ: full-text search over stories, constraint
 * error recognition, and the shape of counts. Repositories and migrations call these helpers
 * and never branch on the dialect themselves.
 *
 * Search, SQLite: an FTS5 external-content table `story_fts` over `stories` (the text is not
 * stored twice), kept in step by triggers. It is keyed by the implicit rowid, which a table
 * rebuild or VACUUM may renumber, so migrate.ts rebuilds the index after every migration.
 * Search, PostgreSQL: a GIN index on an expression tsvector ('simple' configuration). (Not a generated column: a column
 * would appear in `selectAll()` on PostgreSQL only, and services would see a field SQLite lacks.)
 * Known difference: SQLite folds accents ("resume" finds "résumé"); PostgreSQL without the
 * unaccent extension does not. Both match case-insensitively and by word prefix.
 */
import { type Expression, type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import type { Database, StoryTable } from './schema';
import { fts5MatchExpression, parseSearchTerms, tsQueryExpression } from './search-terms';
import type { DialectName } from './storage';

export { parseSearchTerms } from './search-terms';

/** Every free-text field of a story: title, STAR+ and the power-story chain. */
export const STORY_SEARCH_COLUMNS = [
  'title',
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'leadership_dimension',
  'strategic_implication',
  'context',
  'principle',
  'concept',
  'application',
  'impact',
] as const satisfies readonly (keyof StoryTable)[];

// Column names are the constants above, so raw SQL built from them carries no user input.
const quoted = (column: string, prefix = ''): string => `${prefix}"${column}"`;
const ftsColumns = STORY_SEARCH_COLUMNS.map((c) => quoted(c)).join(', ');
const valuesOf = (row: 'new' | 'old'): string =>
  STORY_SEARCH_COLUMNS.map((c) => quoted(c, `${row}.`)).join(', ');
/** 'simple': no stemming or stop words, so both dialects match the words the user typed. */
const PG_VECTOR = `to_tsvector('simple'::regconfig, ${STORY_SEARCH_COLUMNS.map((c) => quoted(c)).join(` || ' ' || `)})`;

/** Creates (or re-creates) the search objects; safe to call again after a table rebuild. */
export async function createStorySearch(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql
      .raw(`create index if not exists stories_search_idx on stories using gin ((${PG_VECTOR}))`)
      .execute(db);
    return;
  }
  await sql
    .raw(
      `create virtual table if not exists story_fts using fts5(${ftsColumns}, ` +
        `content='stories', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
    )
    .execute(db);
  const triggers = [
    `create trigger story_fts_insert after insert on stories begin
       insert into story_fts(rowid, ${ftsColumns}) values (new.rowid, ${valuesOf('new')});
     end`,
    `create trigger story_fts_delete after delete on stories begin
       insert into story_fts(story_fts, rowid, ${ftsColumns}) values ('delete', old.rowid, ${valuesOf('old')});
     end`,
    // Only text edits touch the index; saving an analysis or bumping tags does not.
    `create trigger story_fts_update after update of ${ftsColumns} on stories begin
       insert into story_fts(story_fts, rowid, ${ftsColumns}) values ('delete', old.rowid, ${valuesOf('old')});
       insert into story_fts(rowid, ${ftsColumns}) values (new.rowid, ${valuesOf('new')});
     end`,
  ];
  for (const name of ['story_fts_insert', 'story_fts_delete', 'story_fts_update']) {
    await sql.raw(`drop trigger if exists ${name}`).execute(db);
  }
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
  await rebuildStorySearch(db, dialect);
}

/** Re-reads every story into the index (SQLite); PostgreSQL's index cannot drift. */
export async function rebuildStorySearch(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`insert into story_fts(story_fts) values ('rebuild')`.execute(db);
  }
}

/**
 * A WHERE condition "this story matches the user's query", to combine with other filters;
 * null when the query has no searchable word (the caller decides what an empty search means).
 * It names the table `stories`, so use it on an unaliased `selectFrom('stories')`.
 */
export function storySearchCondition(dialect: DialectName, query: string): Expression<SqlBool> | null {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return null;
  if (dialect === 'sqlite') {
    const match = fts5MatchExpression(terms);
    return sql<SqlBool>`stories.rowid in (select rowid from story_fts where story_fts match ${match})`;
  }
  const tsQuery = tsQueryExpression(terms);
  return sql<SqlBool>`${sql.raw(PG_VECTOR)} @@ to_tsquery('simple'::regconfig, ${tsQuery})`;
}

/** Stories matching every word of `query` (prefixes count), best match first. */
export async function searchStories(
  db: Kysely<Database>,
  dialect: DialectName,
  query: string,
  options: { limit?: number } = {},
): Promise<Selectable<StoryTable>[]> {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return [];
  const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
  if (dialect === 'sqlite') {
    const match = fts5MatchExpression(terms);
    const result = await sql<Selectable<StoryTable>>`
      select stories.* from story_fts join stories on stories.rowid = story_fts.rowid
      where story_fts match ${match}
      order by story_fts.rank, stories.id
      limit ${limit}`.execute(db);
    return result.rows;
  }
  const tsQuery = tsQueryExpression(terms);
  const vector = sql.raw(PG_VECTOR);
  const result = await sql<Selectable<StoryTable>>`
    select stories.* from stories
    where ${vector} @@ to_tsquery('simple'::regconfig, ${tsQuery})
    order by ts_rank(${vector}, to_tsquery('simple'::regconfig, ${tsQuery})) desc, stories.id
    limit ${limit}`.execute(db);
  return result.rows;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** A duplicate primary key or unique value (SQLite SQLITE_CONSTRAINT_*, PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** A row pointing at a missing parent (SQLite SQLITE_CONSTRAINT_FOREIGNKEY, PostgreSQL 23503). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** `count(*)` is a number on SQLite and a bigint-as-string on PostgreSQL; both become a number. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
