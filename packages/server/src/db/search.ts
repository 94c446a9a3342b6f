/**
 * Full-text search, for any table that declares a SearchIndex (its text columns). The one place
 * where the two engines' search differs:
 *
 * SQLite: an FTS5 external-content table (`<index.name>`) over the table (the text is not stored
 * twice), kept in step by triggers. It is keyed by the implicit rowid, which a table rebuild or
 * VACUUM may renumber, so migrate.ts rebuilds every index after every migration.
 * PostgreSQL: a GIN index on an expression tsvector ('simple' configuration). (Not a generated
 * column: a column would appear in `selectAll()` on PostgreSQL only, and services would see a
 * field SQLite lacks.)
 * Known difference: SQLite folds accents ("resume" finds "résumé"); PostgreSQL without the
 * unaccent extension does not. Both match case-insensitively and by word prefix.
 */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from './schema';
import { fts5MatchExpression, parseSearchTerms, tsQueryExpression } from './search-terms';
import type { DialectName } from './storage';

export { parseSearchTerms } from './search-terms';

/** What a table exposes to search. Names are constants in our code, never user input. */
export interface SearchIndex<T extends keyof Database = keyof Database> {
  table: T;
  /** The FTS5 table's name on SQLite (its triggers are `<name>_insert|_delete|_update`). */
  name: string;
  /** The text columns searched, all of them `text not null` (checked by `searchIndex`). */
  columns: readonly string[];
}

/** Declares a table's search index with its column names checked against the schema. */
export function searchIndex<T extends keyof Database>(
  table: T,
  name: string,
  columns: readonly (keyof Database[T] & string)[],
): SearchIndex<T> {
  return { table, name, columns };
}

// Every name below comes from a SearchIndex constant, so raw SQL built from them carries no user input.
const quoted = (column: string, prefix = ''): string => `${prefix}"${column}"`;
const ftsColumns = (index: SearchIndex): string => index.columns.map((c) => quoted(c)).join(', ');
const valuesOf = (index: SearchIndex, row: 'new' | 'old'): string =>
  index.columns.map((c) => quoted(c, `${row}.`)).join(', ');
/** 'simple': no stemming or stop words, so both dialects match the words the user typed. */
const pgVector = (index: SearchIndex): string =>
  `to_tsvector('simple'::regconfig, ${index.columns.map((c) => quoted(c)).join(` || ' ' || `)})`;

/** Creates (or re-creates) the index; safe to call again after a table rebuild. */
export async function createSearch(
  db: Kysely<Database>,
  dialect: DialectName,
  index: SearchIndex,
): Promise<void> {
  const table = String(index.table);
  if (dialect === 'postgres') {
    await sql
      .raw(`create index if not exists ${table}_search_idx on ${table} using gin ((${pgVector(index)}))`)
      .execute(db);
    return;
  }
  const { name } = index;
  const columns = ftsColumns(index);
  await sql
    .raw(
      `create virtual table if not exists ${name} using fts5(${columns}, ` +
        `content='${table}', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
    )
    .execute(db);
  const triggers = [
    `create trigger ${name}_insert after insert on ${table} begin
       insert into ${name}(rowid, ${columns}) values (new.rowid, ${valuesOf(index, 'new')});
     end`,
    `create trigger ${name}_delete after delete on ${table} begin
       insert into ${name}(${name}, rowid, ${columns}) values ('delete', old.rowid, ${valuesOf(index, 'old')});
     end`,
    // Only text edits touch the index; saving an analysis or bumping a counter does not.
    `create trigger ${name}_update after update of ${columns} on ${table} begin
       insert into ${name}(${name}, rowid, ${columns}) values ('delete', old.rowid, ${valuesOf(index, 'old')});
       insert into ${name}(rowid, ${columns}) values (new.rowid, ${valuesOf(index, 'new')});
     end`,
  ];
  for (const suffix of ['insert', 'delete', 'update']) {
    await sql.raw(`drop trigger if exists ${name}_${suffix}`).execute(db);
  }
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
  await rebuildSearch(db, dialect, index);
}

/** Re-reads every row into the index (SQLite); PostgreSQL's index cannot drift. */
export async function rebuildSearch(
  db: Kysely<Database>,
  dialect: DialectName,
  index: SearchIndex,
): Promise<void> {
  if (dialect === 'sqlite') {
    await sql.raw(`insert into ${index.name}(${index.name}) values ('rebuild')`).execute(db);
  }
}

/** Whether the index exists yet (SQLite; a migration before the one creating it runs without). */
export async function hasSearch(db: Kysely<Database>, index: SearchIndex): Promise<boolean> {
  const result = await sql<{ n: number }>`
    select count(*) as n from sqlite_master where type = 'table' and name = ${index.name}`.execute(db);
  return Number(result.rows[0]?.n ?? 0) > 0;
}

/**
 * A WHERE condition "this row matches the user's query", to combine with other filters; null
 * when the query has no searchable word (the caller decides what an empty search means). It
 * names the table itself, so use it on an unaliased `selectFrom(<table>)`.
 */
export function searchCondition(
  dialect: DialectName,
  index: SearchIndex,
  query: string,
): Expression<SqlBool> | null {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return null;
  const table = String(index.table);
  if (dialect === 'sqlite') {
    const match = fts5MatchExpression(terms);
    return sql<SqlBool>`${sql.raw(`${table}.rowid in (select rowid from ${index.name} where ${index.name} match `)}${match})`;
  }
  const tsQuery = tsQueryExpression(terms);
  return sql<SqlBool>`${sql.raw(pgVector(index))} @@ to_tsquery('simple'::regconfig, ${tsQuery})`;
}

/** Rows matching every word of `query` (prefixes count), best match first; ids break ties. */
export async function searchRows<T extends keyof Database>(
  db: Kysely<Database>,
  dialect: DialectName,
  index: SearchIndex<T>,
  query: string,
  options: { limit?: number } = {},
): Promise<Database[T][]> {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return [];
  const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
  const table = sql.raw(String(index.table));
  if (dialect === 'sqlite') {
    const fts = sql.raw(index.name);
    const match = fts5MatchExpression(terms);
    const result = await sql<Database[T]>`
      select ${table}.* from ${fts} join ${table} on ${table}.rowid = ${fts}.rowid
      where ${fts} match ${match}
      order by ${fts}.rank, ${table}.id
      limit ${limit}`.execute(db);
    return result.rows;
  }
  const tsQuery = tsQueryExpression(terms);
  const vector = sql.raw(pgVector(index));
  const result = await sql<Database[T]>`
    select ${table}.* from ${table}
    where ${vector} @@ to_tsquery('simple'::regconfig, ${tsQuery})
    order by ts_rank(${vector}, to_tsquery('simple'::regconfig, ${tsQuery})) desc, ${table}.id
    limit ${limit}`.execute(db);
  return result.rows;
}
