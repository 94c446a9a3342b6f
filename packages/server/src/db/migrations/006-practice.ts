import { sql } from 'kysely';
import { createSearch } from '../search';
import { PRACTICE_SEARCH } from '../search-indexes';
import type { Migration } from './types';

/** Practice sessions and their answers, list order, filters, and search over titles, notes and transcripts. */
export const migration: Migration = {
  id: '006-practice',
  async up(db, dialect) {
    await db.schema
      .createTable('practice_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('target_level', 'text')
      .addColumn('company', 'text')
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('rounds', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('answers_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('answer_count', 'integer', (c) => c.notNull().defaultTo(0))
      // 'double precision': PostgreSQL's 'real' is 4 bytes and would round the mean.
      .addColumn('mean_score', 'double precision')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await sql`create index practice_sessions_created_at_id_idx on practice_sessions (created_at desc, id desc)`.execute(
      db,
    );
    await sql`create index practice_sessions_started_at_idx on practice_sessions (started_at desc, id desc)`.execute(
      db,
    );

    await db.schema
      .createTable('practice_answers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) =>
        c.notNull().references('practice_sessions.id').onDelete('cascade'),
      )
      .addColumn('round_index', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('question_id', 'text')
      .addColumn('question_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('transcript', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('duration_seconds', 'integer')
      // No foreign key: practice history outlives the stories it used (see tables/practice.ts).
      .addColumn('story_id', 'text')
      .addColumn('analysis', 'text')
      .addColumn('analysis_version', 'integer')
      .addColumn('score', 'integer')
      .addColumn('scores', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema
      .createIndex('practice_answers_session_idx')
      .on('practice_answers')
      .columns(['session_id', 'round_index', 'position'])
      .execute();
    await db.schema
      .createIndex('practice_answers_story_idx')
      .on('practice_answers')
      .column('story_id')
      .execute();
    await createSearch(db, dialect, PRACTICE_SEARCH);
  },
};
