import { sql } from 'kysely';
import { createSearch } from '../search';
import { COMPANY_NOTES_SEARCH, COMPANY_SEARCH } from '../search-indexes';
import type { Migration } from './types';

/** Custom company principle sets and per-company prep notes, each searchable. */
export const migration: Migration = {
  id: '005-companies',
  async up(db, dialect) {
    await db.schema
      .createTable('companies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('principles_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('company_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('news', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('questions_to_ask', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await createSearch(db, dialect, COMPANY_SEARCH);
    await createSearch(db, dialect, COMPANY_NOTES_SEARCH);
  },
};
