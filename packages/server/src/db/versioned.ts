/**
 * The two guarded writes every editable record needs, for any table with `id` and `version`
 * columns: update or delete only while the row is still at the version the caller loaded.
 * Returning the row count (0 = stale or gone) lets the service tell 409 from 404.
 */
import type { Kysely, Updateable } from 'kysely';
import type { Database } from './schema';

/** Tables whose rows carry an optimistic-concurrency `version` next to a text `id`. */
export type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: number } ? K : never;
}[keyof Database];

/** The narrow view Kysely needs to build `where id = ? and version = ?` on any such table. */
type VersionedRow = { id: string; version: number } & Record<string, unknown>;
type VersionedDb = Kysely<Record<string, VersionedRow>>;

/** Sets `changes` on row `id` only while it is at `expectedVersion`; returns rows changed. */
export async function updateIfVersion<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
  expectedVersion: number,
  changes: Updateable<Database[T]>,
): Promise<number> {
  const result = await (db as unknown as VersionedDb)
    .updateTable(table as string)
    .set(changes as Updateable<VersionedRow>)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes row `id` only while it is at `expectedVersion`; returns rows deleted. */
export async function deleteIfVersion(
  db: Kysely<Database>,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
): Promise<number> {
  const result = await (db as unknown as VersionedDb)
    .deleteFrom(table as string)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
