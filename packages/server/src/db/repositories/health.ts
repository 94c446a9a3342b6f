/** The cheapest query that proves the database answers. */
import { sql } from 'kysely';
import type { Storage } from '../storage';

export async function ping(storage: Storage): Promise<void> {
  await sql`select 1`.execute(storage.db);
}
