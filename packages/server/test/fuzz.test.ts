/**
 * Bad input never breaks the server (issue 3, "Bad input"): for every route in the app's own route
 * table, valid and mutated requests derived from its OpenAPI schemas, through `inject` on real
 * storage. Every answer is < 500, every 4xx is {"error":{code,message}}, no stack trace leaks.
 *
 * Cases per route and database: ONSITE_FUZZ_RUNS (default 200, about 15 s for both databases);
 * `npm run test:fuzz -w @onsite/server` runs 1000.
 * ONSITE_FUZZ_SEED replays a run (fast-check prints the seed of a failure).
 */

import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from './databases';
import { requestArbitrary } from './fuzz/requests';
import { type OpenApiDocument, type RouteSpec, routeKey, routeSpecs, routeTable } from './fuzz/routes';
import { problemWith, Runner } from './fuzz/runner';
import { appFor, SAME_ORIGIN } from './http-app';

const RUNS = Number(process.env.ONSITE_FUZZ_RUNS ?? 200);
const SEED = process.env.ONSITE_FUZZ_SEED === undefined ? undefined : Number(process.env.ONSITE_FUZZ_SEED);

/** "sqlite GET /api/stories" → cases run, time taken and statuses seen, printed once at the end. */
const casesRun = new Map<string, number>();
const millis = new Map<string, number>();
const statuses = new Map<string, Map<number, number>>();

const statusSummary = (seen: Map<number, number> | undefined) =>
  [...(seen ?? [])]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');

afterAll(() => {
  const lines = [...casesRun].map(
    ([route, n]) => `  ${route}: ${n} cases, ${millis.get(route)} ms, ${statusSummary(statuses.get(route))}`,
  );
  console.info(`fuzz cases per route:\n${lines.join('\n')}`);
});

forEachDatabase('fuzz: every route, valid and mutated requests', (getStorage, database) => {
  let app: FastifyInstance;
  let specs: RouteSpec[];

  beforeAll(async () => {
    app = await appFor(getStorage());
    await app.ready();
    const doc = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: SAME_ORIGIN });
    specs = routeSpecs(app, doc.json<OpenApiDocument>());
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers every route with < 500 and the error shape', { timeout: 600_000 }, async () => {
    const runner = new Runner(app, specs, SAME_ORIGIN);
    await runner.seed();
    for (const route of specs) {
      const key = `${database.dialect} ${routeKey(route)}`;
      let count = 0;
      const seen = new Map<number, number>();
      statuses.set(key, seen);
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route), async (request) => {
          count++;
          const sent = await runner.send(route, request);
          seen.set(sent.response.statusCode, (seen.get(sent.response.statusCode) ?? 0) + 1);
          const problem = problemWith(sent);
          if (problem)
            throw new Error(`${sent.method} ${sent.url.slice(0, 300)} (${request.kind}): ${problem}`);
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      casesRun.set(key, count);
      millis.set(key, Math.round(performance.now() - started));
    }
  });

  // Runs after the fuzzing: a route in the table with no count was never fuzzed.
  it('fuzzed every route in the route table', () => {
    const fuzzed = [...casesRun.keys()].filter((key) => key.startsWith(`${database.dialect} `));
    const table = routeTable(app);
    const gets = new Set(table.filter((r) => r.method === 'GET').map((r) => r.path));
    // HEAD twins of GET routes are fuzzed as that route's method mutation.
    const expected = table
      .filter((r) => !(r.method === 'HEAD' && gets.has(r.path)))
      .map((r) => `${database.dialect} ${routeKey(r)}`);
    expect(fuzzed.sort()).toEqual(expected.sort());
    for (const key of fuzzed) expect(casesRun.get(key), key).toBeGreaterThanOrEqual(RUNS);
  });
});
