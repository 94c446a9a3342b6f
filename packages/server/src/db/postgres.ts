/**
 * PostgreSQL storage: a pg Pool under Kysely. Durability is the server's business (fsync, WAL),
 * so checkpoint() has nothing to do; transactions are ordinary READ COMMITTED ones, and
 * writers are kept honest by the optimistic `version` checks in the repositories.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { StorageError } from './errors';
import type { Database } from './schema';
import type { Storage } from './storage';
import { runGuarded } from './transaction-guard';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names go into a connection option, never into SQL text, and still must be plain. */
export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new StorageError(
      'STORAGE_CONFIG_INVALID',
      'A PostgreSQL schema name must be lower-case letters, digits and underscores (max 63).',
    );
  }
}

export async function openPostgresStorage(url: string, schema?: string): Promise<Storage> {
  if (schema !== undefined) assertSchemaName(schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Every pooled connection starts with this search_path, so no query can run without it.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  const storage: Storage = {
    db,
    dialect: 'postgres',
    transaction: (work) => runGuarded(storage, closed, () => db.transaction().execute(work)),
    changeToken: () => undefined,
    async checkpoint() {},
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
  return storage;
}
