/**
 * The real app over a real storage, for the HTTP foundation's tests (security, errors, health,
 * app). Requests go through `inject`, with the headers a browser tab on our own page would send.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Storage } from '../src/db/storage';

export const PORT = 4317;
export const HOST = `127.0.0.1:${PORT}`;
export const OWN_ORIGIN = `http://${HOST}`;
/** What our own page sends with a fetch(): the Host it was served from and same-origin. */
export const SAME_ORIGIN = { host: HOST, 'sec-fetch-site': 'same-origin' } as const;
export const JSON_SAME_ORIGIN = { ...SAME_ORIGIN, 'content-type': 'application/json' } as const;

export interface AppOptions {
  /** Extra environment on top of the test defaults (port 4317, silent logs). */
  env?: Record<string, string>;
  /** Collects every log line (the level comes from env ONSITE_LOG_LEVEL). */
  logs?: string[];
}

export async function appFor(storage: Storage, options: AppOptions = {}): Promise<FastifyInstance> {
  const config = loadConfig({
    ONSITE_PORT: String(PORT),
    // Only read by storage, which the test opened itself; nothing is written here.
    ONSITE_DATA_DIR: join(tmpdir(), 'onsite-http-tests-unused'),
    ONSITE_LOG_LEVEL: 'silent',
    ...options.env,
  });
  const logs = options.logs;
  return buildApp({ config, storage, ...(logs ? { logStream: { write: (line) => logs.push(line) } } : {}) });
}

/** Every stories row, for "the data did not change" assertions. */
export async function storyRows(storage: Storage): Promise<unknown[]> {
  return storage.db.selectFrom('stories').selectAll().orderBy('id').execute();
}

/** A stack frame as Node prints it ("at fn (/path/file.ts:12:3)"). */
export const STACK_FRAME = /\bat .*[/\\].*:\d+:\d+/;
