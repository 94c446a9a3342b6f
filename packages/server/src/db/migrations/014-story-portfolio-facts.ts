import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The dashboard's portfolio card built the whole matrix from every story's text and analysis on
 * each request. Each story now keeps the facts the card adds up (services/portfolio-facts.ts):
 * its category and tag count beside it, one row per competency it shows. Existing stories get
 * theirs on the first dashboard after this (facts_version null means "not computed").
 */
export const migration: Migration = {
  id: '014-story-portfolio-facts',
  async up(db) {
    await db.schema.alterTable('stories').addColumn('category', 'text').execute();
    await db.schema.alterTable('stories').addColumn('tag_count', 'integer').execute();
    await db.schema.alterTable('stories').addColumn('facts_version', 'text').execute();
    await db.schema
      .createTable('story_competencies')
      .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('competency', 'text', (c) => c.notNull())
      .addColumn('strength', 'integer', (c) => c.notNull().check(sql`strength between 1 and 3`))
      .addPrimaryKeyConstraint('story_competencies_pk', ['story_id', 'competency'])
      .execute();
    // The overuse read looks for stories with many tags.
    await db.schema.createIndex('stories_tag_count_idx').on('stories').column('tag_count').execute();
  },
};
