/**
 * `npm start`: read the environment, open and migrate storage, serve, and shut down cleanly.
 * Exit codes: 0 after a signal-driven shutdown, 1 when startup fails, 2 for a bad environment.
 * Startup failures print one line, never a stack trace; the terminal stays quiet otherwise
 * (log level `warn` unless ONSITE_LOG_LEVEL says more).
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { type Config, ConfigError, isLoopbackHost, loadConfig } from './config';
import { openStorage } from './db/connection';
import { migrate } from './db/migrate';
import type { Storage } from './db/storage';
import { collectWhenIdle } from './idle-collector';

/** Give up on a graceful stop after this long rather than hang the terminal. */
const SHUTDOWN_DEADLINE_MS = 10_000;

function fail(message: string, code: number): never {
  process.stderr.write(`onsite: ${message}\n`);
  process.exit(code);
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return 'that port is already in use (set ONSITE_PORT to another one)';
  if (code === 'EACCES') return 'permission denied (ports below 1024 need privileges; try ONSITE_PORT)';
  return error instanceof Error ? error.message : String(error);
}

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

function listenOnSignals(app: FastifyInstance, storage: Storage): void {
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => fail('shutdown took too long; exiting', 1), SHUTDOWN_DEADLINE_MS).unref();
    try {
      // Closing the app finishes in-flight requests first, so their writes are in before the
      // checkpoint folds the WAL into the database file.
      await app.close();
      await storage.checkpoint();
      await storage.close();
    } catch (error) {
      fail(`shutdown failed: ${reason(error)}`, 1);
    }
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function start(config: Config): Promise<void> {
  let storage: Storage;
  try {
    storage = await openStorage({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  } catch (error) {
    fail(`cannot open storage: ${reason(error)}`, 1);
  }
  let app: FastifyInstance;
  try {
    await migrate(storage);
    app = await buildApp({ config, storage });
    collectWhenIdle(app);
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await storage.close().catch(() => undefined);
    fail(`cannot start: ${reason(error)}`, 1);
  }
  listenOnSignals(app, storage);
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  process.stdout.write(`Onsite is running at ${urlOf(config.host, port)}\n`);
  if (!isLoopbackHost(config.host)) {
    // Shared-server mode: say plainly who can now reach the stories (there is no login yet).
    process.stderr.write(
      `onsite: warning: listening on ${config.host}, not just this machine; anyone who can reach it can read and change your data\n`,
    );
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message, 2);
  throw error;
}
await start(config);
