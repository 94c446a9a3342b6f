/**
 * Drives the real app (real storage, real routes, real security) through `inject`, with the
 * headers a same-origin browser page sends, so specs read as plain HTTP calls.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Storage } from '../src/db/storage';

const PORT = 4317;
const HEADERS = { host: `127.0.0.1:${PORT}`, 'sec-fetch-site': 'same-origin' };

export interface Api {
  app: FastifyInstance;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  /** A raw body (bad JSON, oversized payloads) with a JSON content type. */
  send(method: 'POST' | 'PUT', url: string, payload: string): Promise<LightMyRequestResponse>;
}

/** `extraRoutes` adds test-only routes before the app is sealed (Fastify takes none after ready). */
export async function apiFor(storage: Storage, extraRoutes?: (app: FastifyInstance) => void): Promise<Api> {
  const config = loadConfig({
    ONSITE_PORT: String(PORT),
    // Only read by storage, which the test opened itself: nothing is written here (a temp dir per
    // app was left behind by every test file).
    ONSITE_DATA_DIR: join(tmpdir(), 'onsite-api-tests-unused'),
    ONSITE_LOG_LEVEL: 'silent',
  });
  const app = await buildApp({ config, storage });
  extraRoutes?.(app);
  await app.ready();
  const json = (method: 'POST' | 'PUT', url: string, body: unknown) =>
    app.inject({ method, url, headers: HEADERS, payload: body as object });
  return {
    app,
    get: (url) => app.inject({ method: 'GET', url, headers: HEADERS }),
    post: (url, body) => json('POST', url, body),
    put: (url, body) => json('PUT', url, body),
    delete: (url) => app.inject({ method: 'DELETE', url, headers: HEADERS }),
    send: (method, url, payload) =>
      app.inject({ method, url, headers: { ...HEADERS, 'content-type': 'application/json' }, payload }),
  };
}

/** A complete, well-formed story body (every field set) for specs to start from. */
export const FULL_STORY = {
  title: 'Checkout latency rescue',
  situation: 'Checkout p99 latency had crept to 900ms and conversion was falling during the holiday ramp.',
  task: 'As the engineering manager for payments I owned getting p99 under 300ms before Black Friday.',
  action:
    'I profiled the hot path with two senior engineers, cut three synchronous fraud calls to one, and ' +
    'negotiated a freeze on new checkout features with the product director for four weeks.',
  result: 'p99 fell from 900ms to 210ms and checkout conversion rose 4% over the holiday period.',
  learnings: 'I now put latency budgets in every design review instead of waiting for alerts.',
  leadershipDimension: 'I traded feature scope for reliability and got product to own the call with me.',
  strategicImplication: 'Latency budgets became an org-wide standard for customer-facing services.',
  context: 'Peak season',
  principle: 'Speed is a feature',
  concept: 'Latency budgets',
  application: 'Design reviews',
  impact: '4% conversion',
  metrics: ['p99 900ms → 210ms', 'conversion +4%'],
  tags: ['technical', 'crisis'],
  principles: ['amazon.customer-obsession', 'amazon.deliver-results'],
  targetLevel: 'M2',
};
