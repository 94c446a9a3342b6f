import { sql } from 'kysely';
import { createSearch } from '../search';
import { INTERVIEW_SEARCH } from '../search-indexes';
import type { Migration } from './types';

/** Real interviews, the stories told in each, and full-text search over their text. */
export const migration: Migration = {
  id: '008-interviews',
  async up(db, dialect) {
    const blank = ['role', 'round', 'location', 'notes', 'questions_text', 'thank_you_draft'] as const;
    let interviews = db.schema
      .createTable('interviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('company_key', 'text', (c) => c.notNull())
      .addColumn('company_id', 'text')
      .addColumn('type', 'text')
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes > 0`))
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('interviewers', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('checklist', 'text', (c) => c.notNull())
      .addColumn('questions_asked', 'text', (c) => c.notNull().defaultTo('[]'));
    for (const column of blank)
      interviews = interviews.addColumn(column, 'text', (c) => c.notNull().defaultTo(''));
    await interviews
      .addColumn('thank_you_status', 'text', (c) => c.notNull().defaultTo('not-started'))
      .addColumn('thank_you_sent_at', 'text')
      .addColumn('thank_you_deadline', 'text', (c) => c.notNull())
      .addColumn('follow_up_date', 'text')
      .addColumn('follow_up_done', 'integer', (c) =>
        c.notNull().defaultTo(0).check(sql`follow_up_done in (0, 1)`),
      )
      .addColumn('reflection', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('reflection_went_well', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('reflection_to_improve', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('self_rating', 'integer', (c) => c.check(sql`self_rating between 1 and 5`))
      .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The list pages by start time (newest first, or soonest first for upcoming ones).
    await sql`create index interviews_starts_at_id_idx on interviews (starts_at desc, id desc)`.execute(db);
    // The dashboard's and calendar's questions: what ends when, what is overdue.
    await db.schema.createIndex('interviews_ends_at_idx').on('interviews').column('ends_at').execute();
    await db.schema
      .createIndex('interviews_thank_you_deadline_idx')
      .on('interviews')
      .column('thank_you_deadline')
      .execute();
    await db.schema
      .createIndex('interviews_follow_up_date_idx')
      .on('interviews')
      .column('follow_up_date')
      .execute();
    await db.schema
      .createIndex('interviews_company_key_idx')
      .on('interviews')
      .column('company_key')
      .execute();

    await db.schema
      .createTable('interview_stories')
      .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
      .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('interview_stories_pk', ['interview_id', 'story_id'])
      .execute();
    // Deleting a story cascades here, and countStoryUses groups by story: both look up by story_id.
    await db.schema
      .createIndex('interview_stories_story_id_idx')
      .on('interview_stories')
      .column('story_id')
      .execute();

    await createSearch(db, dialect, INTERVIEW_SEARCH);
  },
};
