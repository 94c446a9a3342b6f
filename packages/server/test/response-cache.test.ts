/**
 * GET answers reused while the data is unchanged (http/response-cache.ts): a kept answer is the
 * same bytes and headers as a built one, every kind of write makes the next GET see it (through
 * the API, through another connection on the same file, a write that lands while an answer is
 * being built), the security checks still run first, and PostgreSQL keeps nothing.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/db/connection';
import { sqliteInternals } from '../src/db/sqlite';
import type { Storage } from '../src/db/storage';
import { registerResponseCache, responseCacheStats, SAME_DATA_SAME_ANSWER } from '../src/http/response-cache';
import { forEachDatabase } from './databases';
import { type Api, apiFor, FULL_STORY } from './story-api';

forEachDatabase('response cache', (getStorage) => {
  let api: Api;
  let storage: Storage;
  let keeps: boolean;
  const stats = () => {
    const current = responseCacheStats(api.app);
    if (current === undefined) throw new Error('the app registered no response cache');
    return { ...current };
  };

  beforeAll(async () => {
    storage = getStorage();
    keeps = storage.dialect === 'sqlite';
    api = await apiFor(storage, (app) => {
      let calls = 0;
      // A stand-in for a read that overlaps a write: it writes while its own answer is being built.
      app.get('/api/test/overlapping-write', { config: SAME_DATA_SAME_ANSWER }, async () => {
        calls++;
        await createStory(`Written during read ${calls}`);
        return { calls };
      });
    });
  });
  afterAll(() => api.app.close());

  /** A request with only a Host header (no browser headers). */
  const rawGet = (url: string, host: string, method: 'GET' | 'HEAD' = 'GET') =>
    api.app.inject({ method, url, headers: { host } });

  async function createStory(title: string): Promise<{ id: string; version: number }> {
    const response = await api.post('/api/stories', { ...FULL_STORY, title });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  it('answers a repeated GET with the same bytes and headers it built the first time', async () => {
    await createStory('Kept answer');
    const before = stats();
    const first = await api.get('/api/stories?limit=5');
    const second = await api.get('/api/stories?limit=5');
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    const { date: _a, ...firstHeaders } = first.headers;
    const { date: _b, ...secondHeaders } = second.headers;
    expect(secondHeaders).toEqual(firstHeaders);
    expect(second.headers['cache-control']).toBe('no-store');
    expect(second.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const after = stats();
    expect(after.hits - before.hits).toBe(keeps ? 1 : 0);
    expect(after.kept - before.kept).toBe(keeps ? 1 : 0);
  });

  it('shows a story created, updated or deleted through the API at the next GET', async () => {
    const list = async () =>
      (await api.get('/api/stories?limit=100')).json().items.map((s: { title: string }) => s.title);
    await list();
    const story = await createStory('Created after a kept list');
    expect(await list()).toContain('Created after a kept list');

    const url = `/api/stories/${story.id}`;
    expect((await api.get(url)).json().title).toBe('Created after a kept list');
    const updated = await api.put(url, { version: story.version, title: 'Renamed after a kept get' });
    expect(updated.statusCode).toBe(200);
    expect((await api.get(url)).json().title).toBe('Renamed after a kept get');
    expect(await list()).toContain('Renamed after a kept get');

    const deleted = await api.delete(`${url}?version=${updated.json().version}`);
    expect(deleted.statusCode).toBe(204);
    expect((await api.get(url)).statusCode).toBe(404);
    expect(await list()).not.toContain('Renamed after a kept get');
  });

  it('shows a change another process commits to the same SQLite file (e.g. onsite import)', async () => {
    const internals = sqliteInternals(storage);
    if (internals === undefined) return; // PostgreSQL: nothing is kept, so nothing can go stale
    const story = await createStory('Before the other process');
    const url = `/api/stories/${story.id}`;
    await api.get(url);
    expect((await api.get(url)).json().title).toBe('Before the other process');

    const other = new BetterSqlite3(internals.file);
    try {
      other
        .prepare('update stories set title = ? where id = ?')
        .run('Written by the other process', story.id);
    } finally {
      other.close();
    }
    expect((await api.get(url)).json().title).toBe('Written by the other process');
  });

  it('does not keep an answer built while a write landed', async () => {
    const before = stats();
    expect((await api.get('/api/test/overlapping-write')).json()).toEqual({ calls: 1 });
    expect((await api.get('/api/test/overlapping-write')).json()).toEqual({ calls: 2 });
    const after = stats();
    expect(after.kept - before.kept).toBe(0);
    expect(after.hits - before.hits).toBe(0);
  });

  it('keeps nothing but 200s of routes that opted in', async () => {
    const before = stats();
    for (let i = 0; i < 2; i++) {
      expect((await api.get('/api/stories/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
      expect((await api.get('/api/stories?limit=0')).statusCode).toBe(400);
      expect((await api.get('/api/dashboard')).statusCode).toBe(200);
      expect((await api.get('/api/health')).statusCode).toBe(200);
    }
    const after = stats();
    expect(after.kept - before.kept).toBe(0);
    expect(after.hits - before.hits).toBe(0);
  });

  it('still refuses a foreign Host for a URL whose answer is kept', async () => {
    await api.get('/api/stories?limit=3');
    await api.get('/api/stories?limit=3');
    const refused = await rawGet('/api/stories?limit=3', 'attacker.example:4317');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden_host');
    expect(refused.body).not.toContain('Kept answer');
  });

  it('answers HEAD without serving a kept body', async () => {
    await api.get('/api/stories?limit=4');
    const head = await rawGet('/api/stories?limit=4', '127.0.0.1:4317', 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('response cache bounds', () => {
  let storage: Storage;
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onsite-cache-bounds-'));
    storage = await openStorage({ dataDir: dir });
    app = Fastify();
    registerResponseCache(app, {
      changeToken: () => storage.changeToken(),
      everyResponseHeaders: ['content-type'],
      maxBytes: 25_000,
    });
    app.get('/download', { config: SAME_DATA_SAME_ANSWER }, (_request, reply) =>
      reply.header('content-disposition', 'attachment; filename="x.json"').send({ file: true }),
    );
    app.get('/page/:n', { config: SAME_DATA_SAME_ANSWER }, (request) => ({
      n: (request.params as { n: string }).n,
      text: 'x'.repeat(10_000),
    }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps at most maxBytes, dropping the least recently used answer first', async () => {
    const stats = () => ({ ...(responseCacheStats(app) ?? { hits: -1, misses: -1, kept: -1 }) });
    for (const n of [1, 2, 3]) await app.inject(`/page/${n}`); // ~10 KB each: the third evicts the first
    const before = stats();
    await app.inject('/page/3');
    await app.inject('/page/2');
    expect(stats().hits - before.hits).toBe(2);
    await app.inject('/page/1');
    expect(stats().misses - before.misses).toBe(1);
  });

  it('does not keep an answer that carries a header of its own (a hit would drop it)', async () => {
    const before = { ...responseCacheStats(app) };
    for (let i = 0; i < 2; i++) {
      const response = await app.inject('/download');
      expect(response.headers['content-disposition']).toBe('attachment; filename="x.json"');
    }
    expect(responseCacheStats(app)?.kept).toBe(before.kept);
  });
});
