import { sql } from 'kysely';
import { inByteOrder } from '../dialect';
import type { Migration } from './types';

/**
 * The plan's entry list reads stored entries a page at a time in (start, id) order, compared
 * byte by byte (see inByteOrder): without this index every page would scan and sort the table.
 */
export const migration: Migration = {
  id: '013-plan-entry-order',
  async up(db, dialect) {
    await sql`create index plan_entries_starts_at_id_idx on plan_entries (${inByteOrder(dialect, 'starts_at')}, ${inByteOrder(dialect, 'id')})`.execute(
      db,
    );
  },
};
