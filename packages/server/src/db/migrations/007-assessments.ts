import { sql } from 'kysely';
import { createSearch } from '../search';
import { ASSESSMENT_SEARCH } from '../search-indexes';
import type { Migration } from './types';

/** Self-assessment runs, their list order and full-text search over their notes. */
export const migration: Migration = {
  id: '007-assessments',
  async up(db, dialect) {
    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('target_level', 'text', (c) => c.notNull())
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('result', 'text', (c) => c.notNull())
      // 'double precision': PostgreSQL's 'real' is 4 bytes and would round the score.
      .addColumn('total', 'double precision', (c) => c.notNull())
      .addColumn('readiness', 'text', (c) => c.notNull())
      .addColumn('calibrated_level', 'text')
      .addColumn('rated', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await sql`create index assessments_created_at_id_idx on assessments (created_at desc, id desc)`.execute(
      db,
    );
    await db.schema.createIndex('assessments_taken_at_idx').on('assessments').column('taken_at').execute();
    await createSearch(db, dialect, ASSESSMENT_SEARCH);
  },
};
