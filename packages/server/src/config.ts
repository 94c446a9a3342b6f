/**
 * The server's settings, read once from the environment and validated, so a typo fails at startup
 * with one line instead of surfacing later as a strange runtime error.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_PORT = 4317;
export const DEFAULT_HOST = '127.0.0.1';
/** 1 MiB: a whole portfolio of stories fits many times over; bulk import sets its own limit. */
export const DEFAULT_BODY_LIMIT = 1_048_576;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  /** SQLite file and pre-migration backups live here (created 0700 by the storage layer). */
  dataDir: string;
  /** `postgres://…` switches storage to PostgreSQL; undefined means SQLite in dataDir. */
  databaseUrl: string | undefined;
  /** Largest accepted request body, in bytes; larger bodies get 413. */
  bodyLimit: number;
  logLevel: LogLevel;
  /**
   * Extra `Host` header values accepted besides the loopback names (shared-server mode behind a
   * reverse proxy, e.g. `onsite.example.com`). Lower-case, compared exactly.
   */
  allowedHosts: string[];
}

/** Thrown for a bad environment; its message is one line naming the variable and what it wants. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const emptyAsUnset = (value: unknown) => (value === '' ? undefined : value);

const integer = (name: string, min: number, max: number) =>
  z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^\d+$/, `${name} must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(min, `${name} must be at least ${min}`)
          .max(max, `${name} must be at most ${max}`),
      )
      .optional(),
  );

const envSchema = z.object({
  // 0 asks the OS for a free port (tests); the URL printed at startup shows the real one.
  ONSITE_PORT: integer('ONSITE_PORT', 0, 65_535),
  ONSITE_HOST: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'ONSITE_HOST must be a host name or IP address (e.g. 127.0.0.1)')
      .optional(),
  ),
  ONSITE_DATA_DIR: z.preprocess(emptyAsUnset, z.string().optional()),
  ONSITE_DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'ONSITE_DATABASE_URL must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  // At least 1 KiB so ordinary requests always fit; at most 1 GiB so a typo cannot remove the limit.
  ONSITE_BODY_LIMIT: integer('ONSITE_BODY_LIMIT', 1024, 1_073_741_824),
  ONSITE_LOG_LEVEL: z.preprocess(
    emptyAsUnset,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'ONSITE_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .optional(),
  ),
  ONSITE_ALLOWED_HOSTS: z.preprocess(emptyAsUnset, z.string().optional()),
});

/** Parses the environment (process.env by default) into a Config, or throws a ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const message = issue?.message ?? 'invalid environment';
    // Never echo the database URL: it may carry a password.
    if (variable === 'ONSITE_DATABASE_URL') throw new ConfigError(message);
    throw new ConfigError(`${message} (got ${JSON.stringify(env[variable] ?? '')})`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.ONSITE_DATA_DIR ?? resolve(homedir(), '.onsite'));
  return {
    port: e.ONSITE_PORT ?? DEFAULT_PORT,
    host: e.ONSITE_HOST ?? DEFAULT_HOST,
    dataDir,
    databaseUrl: e.ONSITE_DATABASE_URL,
    bodyLimit: e.ONSITE_BODY_LIMIT ?? DEFAULT_BODY_LIMIT,
    logLevel: e.ONSITE_LOG_LEVEL ?? 'warn',
    allowedHosts: (e.ONSITE_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True when the server only listens on this machine (local mode, the default). */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}
