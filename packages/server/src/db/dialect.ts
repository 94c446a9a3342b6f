/**
 * Where SQLite and PostgreSQL differ outside search (search.ts): constraint error recognition,
 * the shape of counts and text order. Repositories and migrations call these helpers and never
 * branch on the dialect themselves.
 */
import { type RawBuilder, sql } from 'kysely';
import type { DialectName } from './storage';

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** A duplicate primary key or unique value (SQLite SQLITE_CONSTRAINT_*, PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** A row pointing at a missing parent (SQLite SQLITE_CONSTRAINT_FOREIGNKEY, PostgreSQL 23503). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** `count(*)` is a number on SQLite and a bigint-as-string on PostgreSQL; both become a number. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/**
 * `column` compared byte by byte, which for the ASCII we store in keys (ids, ISO instants) is the
 * order JavaScript's `<` gives, whatever the database's collation: PostgreSQL's default may be a
 * locale's, which orders "a-b" and "ab" differently. For rows ordered by the database that are
 * merged with entries ordered in JavaScript (the plan's list). SQLite compares bytes already.
 */
export function inByteOrder(dialect: DialectName, column: string): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`${sql.ref(column)} collate "C"`
    : sql<string>`${sql.ref(column)}`;
}
