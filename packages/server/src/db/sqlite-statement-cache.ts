/**
 * Kysely's SQLite driver prepares every statement again on every query; preparing is a real part
 * of a fast request (bench:api profile: ~8% of /api/health). Our queries come from a fixed set
 * of builders, so their SQL texts repeat: keep the prepared statements, keyed by SQL text, in a
 * small least-recently-used map. better-sqlite3 re-prepares a cached statement by itself when a
 * migration changes the schema under it.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Enough for every query the app builds; search and filter combinations stay well under it. */
export const STATEMENT_CACHE_SIZE = 256;

export function withStatementCache(raw: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement) {
        // Re-insert to mark it most recently used (a Map iterates in insertion order).
        statements.delete(sql);
      } else {
        statement = raw.prepare(sql);
        if (statements.size >= size) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
