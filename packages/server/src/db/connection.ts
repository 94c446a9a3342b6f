/**
 * Opening storage: SQLite in the data directory by default, PostgreSQL when a database URL is
 * given. Everything dialect-specific about opening lives in sqlite.ts and postgres.ts; this file
 * only chooses.
 */
import { StorageError } from './errors';
import { openPostgresStorage } from './postgres';
import { openSqliteStorage } from './sqlite';
import type { Storage } from './storage';

export interface StorageConfig {
  /** `postgres://…` or `postgresql://…`; absent means SQLite at `<dataDir>/onsite.db`. */
  databaseUrl?: string | undefined;
  /** The data directory (SQLite file, pre-migration backups). Created 0700 when missing. */
  dataDir: string;
  /** PostgreSQL only: the schema to use (search_path). Tests use a fresh one per run. */
  schema?: string | undefined;
}

export async function openStorage(config: StorageConfig): Promise<Storage> {
  const url = config.databaseUrl?.trim();
  if (url === undefined || url === '') {
    return openSqliteStorage(config.dataDir);
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    return openPostgresStorage(url, config.schema);
  }
  throw new StorageError(
    'STORAGE_CONFIG_INVALID',
    'The database URL must start with postgres:// or postgresql:// (leave it unset for SQLite).',
  );
}
