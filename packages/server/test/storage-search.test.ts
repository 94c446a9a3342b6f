/** Full-text search over stories, identical behaviour on SQLite (FTS5) and PostgreSQL (tsvector). */
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/schema';
import { parseSearchTerms, searchCondition, searchRows } from '../src/db/search';
import { STORY_SEARCH } from '../src/db/search-indexes';
import type { DialectName } from '../src/db/storage';
import { STORY_SEARCH_COLUMNS } from '../src/db/tables/story';

const searchStories = (db: Kysely<Database>, dialect: DialectName, query: string) =>
  searchRows(db, dialect, STORY_SEARCH, query);
const storySearchCondition = (dialect: DialectName, query: string) =>
  searchCondition(dialect, STORY_SEARCH, query);

import { forEachDatabase, storyRow } from './databases';

/** One story per searchable field, each with a word found nowhere else. */
const wordFor = (column: string): string => `zq${column.replaceAll('_', '')}word`;

const HOSTILE_QUERIES = [
  '"',
  "'",
  '""',
  "''",
  '*',
  '**',
  'NEAR(',
  'NEAR(a b',
  'a NEAR/2 b',
  '-',
  '-kubernetes',
  'AND',
  'OR NOT',
  '(',
  ')',
  'title:',
  'title:migration',
  '^migration',
  'a & b | !c',
  "'; drop table stories; --",
  '\\',
  ':*',
  '<->',
  '{ } [ ]',
  '\u0000',
  '🚀🔥',
  '\u202Eevil',
  'x'.repeat(5000),
  Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
];

forEachDatabase('story search', (getStorage) => {
  beforeAll(async () => {
    const { db } = getStorage();
    const rows = STORY_SEARCH_COLUMNS.map((column) =>
      storyRow(`field-${column}`, { [column]: wordFor(column) }),
    );
    rows.push(
      storyRow('migration', {
        title: 'Database migration under load',
        action: 'I split the Kubernetes rollout into canary waves',
        result: 'p99 latency fell 40%',
      }),
      storyRow('unicode', { situation: 'Résumé review in Zürich with the Привет team' }),
      storyRow('quotes', { task: 'The "NEAR" launch; it\'s the O\'Brien-style plan' }),
    );
    await db.insertInto('stories').values(rows).execute();
  });

  const ids = async (query: string): Promise<string[]> => {
    const { db, dialect } = getStorage();
    return (await searchStories(db, dialect, query)).map((s) => s.id).sort();
  };

  it.each(STORY_SEARCH_COLUMNS)('finds a story by a word in its %s', async (column) => {
    expect(await ids(wordFor(column))).toEqual([`field-${column}`]);
  });

  it('requires every word, matches prefixes and ignores case', async () => {
    expect(await ids('kubernetes canary')).toEqual(['migration']);
    expect(await ids('KUBER')).toEqual(['migration']);
    expect(await ids('kubernetes nonexistentword')).toEqual([]);
  });

  it('finds words with accents and non-Latin scripts', async () => {
    expect(await ids('Résumé')).toEqual(['unicode']);
    expect(await ids('zürich')).toEqual(['unicode']);
    expect(await ids('привет')).toEqual(['unicode']);
  });

  it('treats quotes and operators in the text as plain words', async () => {
    expect(await ids('"NEAR" launch')).toEqual(['quotes']);
    expect(await ids("O'Brien")).toEqual(['quotes']);
  });

  it.each(HOSTILE_QUERIES.map((q) => [q.length > 40 ? `${q.slice(0, 40)}…` : q, q]))(
    'never fails on the hostile query %j',
    async (_label, query) => {
      await expect(ids(query)).resolves.toBeInstanceOf(Array);
      const { db, dialect } = getStorage();
      const condition = storySearchCondition(dialect, query);
      if (condition)
        await expect(db.selectFrom('stories').select('id').where(condition).execute()).resolves.toBeDefined();
    },
  );

  it('keeps the index in step with updates and deletes', async () => {
    const { db } = getStorage();
    await db
      .insertInto('stories')
      .values(storyRow('editable', { result: 'zqoldword' }))
      .execute();
    expect(await ids('zqoldword')).toEqual(['editable']);
    await db.updateTable('stories').set({ result: 'zqnewword' }).where('id', '=', 'editable').execute();
    expect(await ids('zqoldword')).toEqual([]);
    expect(await ids('zqnewword')).toEqual(['editable']);
    // Non-text columns do not touch the index but must not break it either.
    await db.updateTable('stories').set({ version: 2, tags: '["x"]' }).where('id', '=', 'editable').execute();
    expect(await ids('zqnewword')).toEqual(['editable']);
    await db.deleteFrom('stories').where('id', '=', 'editable').execute();
    expect(await ids('zqnewword')).toEqual([]);
  });

  it('composes as a WHERE condition with other filters', async () => {
    const { db, dialect } = getStorage();
    const condition = storySearchCondition(dialect, 'kubernetes');
    expect(condition).not.toBeNull();
    if (!condition) return;
    const rows = await db
      .selectFrom('stories')
      .select('id')
      .where(condition)
      .where('id', '!=', 'x')
      .execute();
    expect(rows.map((r) => r.id)).toEqual(['migration']);
  });

  it('returns nothing (and no condition) for a query without words', async () => {
    const { dialect } = getStorage();
    expect(await ids('  -*" ')).toEqual([]);
    expect(storySearchCondition(dialect, '"*"')).toBeNull();
  });
});

describe('parseSearchTerms', () => {
  it('keeps letters, marks and digits only, lower-cased, deduplicated and bounded', () => {
    expect(parseSearchTerms('NEAR("a" -b*) c:d p99 P99')).toEqual(['near', 'a', 'b', 'c', 'd', 'p99']);
    expect(parseSearchTerms(Array.from({ length: 40 }, (_, i) => `t${i}`).join(' '))).toHaveLength(16);
    expect(parseSearchTerms('y'.repeat(200))[0]).toHaveLength(64);
  });
});
