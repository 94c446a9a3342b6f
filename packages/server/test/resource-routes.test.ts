/**
 * The standard routes of every versioned noun (list, get, create, update, delete): the operations
 * and status codes the OpenAPI document promises for /api/<noun> and /api/<noun>/{id}, the words
 * and tag each one carries, and which of their GETs may reuse answers (response-cache.ts). Pinned
 * so that code shared by the nouns cannot quietly change one noun's contract.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { responseCacheStats } from '../src/http/response-cache';
import { forEachDatabase } from './databases';
import { appFor, SAME_ORIGIN } from './http-app';

interface Operation {
  summary?: string;
  tags?: string[];
  responses?: Record<string, unknown>;
}
type OpenApiPaths = Record<string, Record<string, Operation>>;

const list = [200, 400];
const get = [200, 400, 404];
const create = [201, 400, 413];
const update = [200, 400, 404, 409, 413];
const remove = [204, 400, 404, 409];
/** 403 read_only: built-in records (bank questions, built-in companies, routine plan entries). */
const readOnly = 403;
/** 422: references to nothing, or a principle set core refuses. */
const refused = 422;

/** Collection path → its operations' statuses, and the same for its `/{id}`. */
const NOUNS: Record<string, { collection: Record<string, number[]>; item: Record<string, number[]> }> = {
  '/api/stories': { collection: { get: list, post: create }, item: { get, put: update, delete: remove } },
  '/api/questions': {
    collection: { get: list, post: create },
    item: { get, put: [...update, readOnly], delete: [...remove, readOnly] },
  },
  '/api/interviews': {
    collection: { get: list, post: [...create, refused] },
    item: { get, put: [...update, refused], delete: remove },
  },
  '/api/practice': {
    collection: { get: list, post: [...create, refused] },
    item: { get, put: [...update, refused], delete: remove },
  },
  '/api/assessments': { collection: { get: list, post: create }, item: { get, put: update, delete: remove } },
  '/api/companies': {
    // 409 company_exists on create.
    collection: { get: list, post: [...create, 409, refused] },
    item: { get, put: [...update, readOnly, refused], delete: [...remove, readOnly] },
  },
  '/api/plan/entries': {
    collection: { get: list, post: create },
    item: { get, put: [...update, readOnly], delete: [...remove, readOnly] },
  },
};

/** The GETs whose answers are reused while the data is unchanged; the others read the clock. */
const REUSED = new Set([
  '/api/stories',
  '/api/stories/{id}',
  '/api/questions',
  '/api/questions/{id}',
  '/api/interviews/{id}',
  '/api/practice',
  '/api/practice/{id}',
  '/api/assessments',
  '/api/assessments/{id}',
  '/api/companies',
  '/api/companies/{id}',
]);

const sorted = (statuses: number[]) => statuses.map(String).sort();

forEachDatabase('standard noun routes', (getStorage, database) => {
  let app: FastifyInstance;
  let paths: OpenApiPaths;
  beforeAll(async () => {
    app = await appFor(getStorage());
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: SAME_ORIGIN });
    paths = response.json<{ paths: OpenApiPaths }>().paths;
  });
  afterAll(() => app.close());

  it('documents the same operations and statuses for every noun', () => {
    for (const [path, { collection, item }] of Object.entries(NOUNS)) {
      for (const [documented, expected] of [
        [path, collection],
        [`${path}/{id}`, item],
      ] as const) {
        const operations = paths[documented] ?? {};
        const statuses = Object.fromEntries(
          Object.entries(operations).map(([method, op]) => [method, Object.keys(op.responses ?? {}).sort()]),
        );
        const want = Object.fromEntries(Object.entries(expected).map(([method, s]) => [method, sorted(s)]));
        expect([documented, statuses]).toEqual([documented, want]);
      }
    }
  });

  it("gives every standard operation a summary and its noun's tag", () => {
    for (const path of Object.keys(NOUNS)) {
      const operations = [...Object.values(paths[path] ?? {}), ...Object.values(paths[`${path}/{id}`] ?? {})];
      const tags = new Set(operations.map((op) => JSON.stringify(op.tags)));
      expect([path, tags.size]).toEqual([path, 1]);
      for (const op of operations) expect(op.summary).toMatch(/\S/);
    }
  });

  // A marked route counts a miss on arrival, whatever it answers; PostgreSQL keeps no answers, so
  // there no route may count one.
  it('reuses the answers of exactly the marked GETs (none on PostgreSQL)', async () => {
    const reused: string[] = [];
    for (const path of Object.keys(NOUNS)) {
      for (const [documented, url] of [
        [path, path],
        [`${path}/{id}`, `${path}/no-such-record`],
      ] as const) {
        const misses = responseCacheStats(app)?.misses ?? 0;
        await app.inject({ method: 'GET', url, headers: SAME_ORIGIN });
        if ((responseCacheStats(app)?.misses ?? 0) > misses) reused.push(documented);
      }
    }
    expect(new Set(reused)).toEqual(database.dialect === 'sqlite' ? REUSED : new Set());
  });
});
