import { sql } from 'kysely';
import type { Migration } from './types';

/** The story portfolio and every past version of each story. */
export const migration: Migration = {
  id: '001-stories',
  async up(db) {
    let stories = db.schema.createTable('stories').addColumn('id', 'text', (c) => c.primaryKey());
    for (const column of [
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
    ]) {
      stories = stories.addColumn(column, 'text', (c) => c.notNull().defaultTo(''));
    }
    await stories
      .addColumn('metrics', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('principles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('target_level', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('analysis', 'text')
      .addColumn('analysis_version', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('stories_updated_at_idx').on('stories').column('updated_at').execute();

    await db.schema
      .createTable('story_versions')
      .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('story_versions_pk', ['story_id', 'version'])
      .execute();
  },
};
