import { sql } from 'kysely';
import { createSearch } from '../search';
import { QUESTION_SEARCH } from '../search-indexes';
import type { Migration } from './types';

/** The user's own and captured questions, their list order and their full-text index. */
export const migration: Migration = {
  id: '004-questions',
  async up(db, dialect) {
    await db.schema
      .createTable('questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('own', 'captured')`))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('interview_type', 'text')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('principles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('levels', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('company', 'text')
      .addColumn('company_key', 'text')
      .addColumn('asked_at', 'text')
      .addColumn('round', 'text')
      .addColumn('interview_id', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The list pages stored questions newest-created first, id as tie-breaker.
    await sql`create index questions_created_at_id_idx on questions (created_at desc, id desc)`.execute(db);
    await db.schema.createIndex('questions_company_key_idx').on('questions').column('company_key').execute();
    await createSearch(db, dialect, QUESTION_SEARCH);
  },
};
