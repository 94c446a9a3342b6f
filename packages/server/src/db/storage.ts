/**
 * The storage handle every service receives. Opening, pragmas, migrations and shutdown are the
 * storage layer's business (connection.ts, migrate.ts); services only see `db`, `dialect` and
 * `transaction`.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface Storage {
  db: Kysely<Database>;
  dialect: DialectName;
  /**
   * Runs `work` in one write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: a normal
   * transaction), committing when it resolves and rolling back when it throws.
   */
  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /**
   * A value that differs whenever committed data may have changed since it was last read, by
   * this process or any other (SQLite: this connection's change count and `data_version`); read
   * it before and after serving a read and the response was built from one state of the data.
   * `undefined` when the storage cannot tell cheaply (PostgreSQL: other servers may share the
   * database), and then nothing may be reused between requests.
   */
  changeToken(): string | undefined;
  /** Flushes what a crash could lose (SQLite: WAL checkpoint TRUNCATE). */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}
