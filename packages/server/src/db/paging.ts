/**
 * Keyset paging in (created_at DESC, id DESC) order, for any table with those columns. Both keys
 * never change after insert, so paging neither repeats nor skips a row however others are edited
 * between pages.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Cursor } from '../services/fields';

/** The rows of one page and where the next starts, from `limit + 1` rows fetched in order. */
export function pageOf<Row extends { created_at: string; id: string }>(
  rows: Row[],
  limit: number,
): { rows: Row[]; next: Cursor | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > limit && last ? { createdAt: last.created_at, id: last.id } : null,
  };
}

/**
 * "Comes after `cursor`" in (created_at DESC, id DESC) order, as a WHERE condition for a query on
 * one table with those columns: `query.where(afterCursor(cursor))`.
 */
export function afterCursor(cursor: Cursor): Expression<SqlBool> {
  return sql<SqlBool>`(created_at < ${cursor.createdAt} or (created_at = ${cursor.createdAt} and id < ${cursor.id}))`;
}
