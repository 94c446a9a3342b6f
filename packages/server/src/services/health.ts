/** Health: the server is up and its database answers. */
import { ping } from '../db/repositories/health';
import type { Storage } from '../db/storage';
import { ApiError } from '../http/errors';

export async function checkHealth(storage: Storage): Promise<{ status: 'ok' }> {
  try {
    await ping(storage);
  } catch (cause) {
    // 503, not 500: the request was fine, the database is not reachable right now.
    throw new ApiError(503, 'storage_unavailable', 'The database is not answering', undefined, { cause });
  }
  return { status: 'ok' };
}
