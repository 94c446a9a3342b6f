/**
 * GET /api/health on both databases, and the real thing: `npm start` in a child process, polled
 * until healthy, exporting from its bundle, stopped with SIGTERM, exiting 0 with its data
 * checkpointed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from './databases';
import { appFor, SAME_ORIGIN } from './http-app';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const SERVER_VERSION = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'packages/server/package.json'), 'utf8')) as { version: string }
).version;

forEachDatabase('GET /api/health', (getStorage, database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appFor(getStorage());
  });
  afterAll(() => app.close());

  it('answers 200 {"status":"ok"} when the database answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health', headers: SAME_ORIGIN });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers HEAD too (monitors use it)', async () => {
    const response = await app.inject({ method: 'HEAD', url: '/api/health', headers: SAME_ORIGIN });
    expect(response.statusCode).toBe(200);
  });

  it('answers 503 storage_unavailable, not 500, when the database is gone', async () => {
    const storage = await database.fresh();
    const logs: string[] = [];
    const broken = await appFor(storage, { env: { ONSITE_LOG_LEVEL: 'error' }, logs });
    // Healthy first: Kysely's destroy() is a no-op on a driver that never ran a query.
    expect(
      (await broken.inject({ method: 'GET', url: '/api/health', headers: SAME_ORIGIN })).statusCode,
    ).toBe(200);
    await storage.close();
    const response = await broken.inject({ method: 'GET', url: '/api/health', headers: SAME_ORIGIN });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('storage_unavailable');
    // The server's log says why; the client is not told.
    const logged = logs.map((line) => JSON.parse(line)).find((entry) => entry.err?.cause);
    expect(logged?.err.cause.message).toEqual(expect.any(String));
    expect(response.body).not.toContain(logged?.err.cause.message);
    await broken.close();
  });
});

describe('npm start', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'onsite-start-'));
  });
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a healthy API, prints its URL, and exits 0 on SIGTERM with the WAL checkpointed', async () => {
    const port = await freePort();
    const started = performance.now();
    const running = spawn('npm', ['start', '--silent'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ONSITE_DATA_DIR: join(dataDir, 'data'), ONSITE_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = running;
    let stdout = '';
    let stderr = '';
    running.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    running.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => running.on('exit', (code) => done(code)));

    const health = await pollHealth(port, 20_000);
    const seconds = (performance.now() - started) / 1000;
    // A figure, not an assertion: timing depends on the machine (goal ≤ 2 s, see the report).
    console.log(`npm start → healthy /api/health in ${seconds.toFixed(2)} s`);
    expect(health).toEqual({ status: 'ok' });
    expect(stdout).toContain(`Onsite is running at http://127.0.0.1:${port}\n`);
    expect((statSync(join(dataDir, 'data')).mode & 0o777).toString(8)).toBe('700');
    // The bundle npm start runs lives in node_modules/.cache: code that finds files next to its
    // source (the export read package.json that way) breaks only there.
    const exported = await fetch(`http://127.0.0.1:${port}/api/export`);
    expect(exported.status).toBe(200);
    expect(((await exported.json()) as { app: { version: string } }).app.version).toBe(SERVER_VERSION);
    const zipped = await fetch(`http://127.0.0.1:${port}/api/export?format=markdown`);
    expect([zipped.status, zipped.headers.get('content-type')]).toEqual([200, 'application/zip']);

    running.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr.replace(/^npm warn .*\n/gm, '')).toBe('');
    // checkpoint(TRUNCATE) then close: no WAL left holding unmerged pages.
    const wal = join(dataDir, 'data', 'onsite.db-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  });

  it('refuses a bad environment with exit 2 and one line', async () => {
    const running = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ONSITE_DATA_DIR: join(dataDir, 'unused'), ONSITE_PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    running.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((done) => running.on('exit', (c) => done(c)));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^onsite: ONSITE_PORT must be a whole number from 0 to 65535 \(got "eighty"\)\n$/);
    expect(existsSync(join(dataDir, 'unused'))).toBe(false);
  });
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function pollHealth(port: number, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`no healthy /api/health on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
