import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The interview list pages newest-recorded first (created_at, id: keys an edit never changes, so
 * a reschedule between two page loads cannot skip or repeat a row), as stories and practice do;
 * without this index every page would scan and sort the table.
 */
export const migration: Migration = {
  id: '012-interview-list-order',
  async up(db) {
    await sql`create index interviews_created_at_id_idx on interviews (created_at desc, id desc)`.execute(db);
  },
};
