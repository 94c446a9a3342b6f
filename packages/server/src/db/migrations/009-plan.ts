import { sql } from 'kysely';
import type { Migration } from './types';

/** The plan's settings (one row) and the stored state of its entries (done, skipped, notes, one-offs). */
export const migration: Migration = {
  id: '009-plan',
  async up(db) {
    await db.schema
      .createTable('plan_settings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('timezone', 'text', (c) => c.notNull())
      .addColumn('practice_time', 'text', (c) => c.notNull())
      .addColumn('weekdays', 'text', (c) => c.notNull())
      .addColumn('calibration_ordinal', 'text', (c) => c.notNull())
      .addColumn('calibration_weekday', 'text', (c) => c.notNull())
      .addColumn('calibration_time', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().check(sql`active in (0, 1)`))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('plan_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('local_date', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes > 0`))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // A range read selects routine rows by local date and one-offs by instant.
    await db.schema
      .createIndex('plan_entries_local_date_idx')
      .on('plan_entries')
      .column('local_date')
      .execute();
    await db.schema
      .createIndex('plan_entries_starts_at_idx')
      .on('plan_entries')
      .column('starts_at')
      .execute();
  },
};
