/**
 * The CLI's way into the server's storage: the same environment (ONSITE_DATA_DIR,
 * ONSITE_DATABASE_URL) and the same migrations as `npm start`, closed whatever happens.
 */
import type { Config, Storage } from '@onsite/server';
import { UsageError } from './errors';
import type { Io } from './io';

export type Server = typeof import('@onsite/server');

/** Loads the server package (only for the commands that need storage: it is not small). */
export async function loadServer(): Promise<Server> {
  return import('@onsite/server');
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens and migrates the storage the server would use, runs `work`, and closes it. */
export async function withStorage<T>(
  io: Io,
  command: string,
  work: (storage: Storage, config: Config, server: Server) => Promise<T>,
): Promise<T> {
  const server = await loadServer();
  let config: Config;
  try {
    config = server.loadConfig({ ...(io.env ?? {}) });
  } catch (error) {
    if (error instanceof server.ConfigError) throw new UsageError(error.message, command, false);
    throw error;
  }
  let storage: Storage;
  try {
    storage = await server.openStorage({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  } catch (error) {
    throw new UsageError(`cannot open storage: ${reason(error)}`, command, false);
  }
  try {
    try {
      await server.migrate(storage);
    } catch (error) {
      throw new UsageError(`cannot migrate storage: ${reason(error)}`, command, false);
    }
    return await work(storage, config, server);
  } finally {
    await storage.close();
  }
}

/** A timestamp for default file names: 2026-11-24T05-10-00Z (no ':' — Windows refuses it). */
export function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}
