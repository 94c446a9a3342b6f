/**
 * Kysely's SqliteDriver opens every transaction with a plain (deferred) BEGIN. A deferred
 * transaction that reads and then writes must upgrade its lock; when another connection wrote
 * in between, SQLite answers SQLITE_BUSY at once (the busy timeout cannot help, waiting would
 * deadlock), and the write is lost to an error. BEGIN IMMEDIATE takes the write lock up front,
 * so a second writer waits (busy_timeout) instead of failing. Overriding the driver, rather than
 * wrapping one call site, makes every `db.transaction()` on this Kysely instance immediate,
 * including ones written by code that never heard of this file.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  // SqliteDialect keeps its config in a private field, so the subclass keeps its own copy.
  readonly #driverConfig: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#driverConfig = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#driverConfig);
  }
}
