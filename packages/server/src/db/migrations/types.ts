import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { DialectName } from '../storage';

/**
 * One schema change. `id` is the file's number and name ("001-stories") and sorts in the order
 * the migrations run. `up` receives the migration's transaction; it must not commit, open its own
 * transaction or change pragmas (migrate.ts owns all three).
 */
export interface Migration {
  id: string;
  up(db: Kysely<Database>, dialect: DialectName): Promise<void>;
}
