/**
 * The one error handler: every failure has the `{"error": {code, message, details?}}` shape, bad
 * input is never a 500, nothing leaks a stack trace, and a real 500 is logged without the request.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../src/http/errors';
import { forEachDatabase } from './databases';
import { appFor, JSON_SAME_ORIGIN, SAME_ORIGIN, STACK_FRAME } from './http-app';

const SECRET = 'MARKER-private-story-text-4f1c';

function expectErrorShape(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(response.body).not.toMatch(STACK_FRAME);
  expect(response.body).not.toContain('node_modules');
  return body.error as { code: string; message: string; details?: unknown };
}

forEachDatabase('HTTP errors', (getStorage) => {
  let app: FastifyInstance;
  const logs: string[] = [];

  beforeAll(async () => {
    app = await appFor(getStorage(), { env: { ONSITE_LOG_LEVEL: 'trace' }, logs });
    // Probe routes standing in for services that fail in each way the handler must cover.
    app.post('/api/test/conflict', () => {
      throw new ApiError(409, 'version_conflict', 'The story changed', { current: { id: 's1', version: 3 } });
    });
    app.post('/api/test/zod', (request) => z.object({ n: z.number() }).parse(request.body));
    app.post('/api/test/crash', () => {
      throw Object.assign(new Error('database exploded'), { detail: `Key (title)=(${SECRET}) exists` });
    });
    app.get('/api/test/teapot', () => {
      throw new ApiError(422, 'unprocessable', 'Cannot analyse an empty answer');
    });
  });
  afterAll(() => app.close());

  const post = (url: string, payload: string | object) =>
    app.inject({ method: 'POST', url, headers: JSON_SAME_ORIGIN, payload });

  it('answers unknown paths and methods with 404 not_found', async () => {
    const error = expectErrorShape(
      await app.inject({ method: 'GET', url: '/api/nothing-here?q=1', headers: SAME_ORIGIN }),
      404,
      'not_found',
    );
    expect(error.message).toContain('/api/nothing-here');
    expectErrorShape(
      await app.inject({ method: 'PATCH', url: '/api/health', headers: SAME_ORIGIN }),
      404,
      'not_found',
    );
    expectErrorShape(
      await app.inject({ method: 'GET', url: '/nope', headers: SAME_ORIGIN }),
      404,
      'not_found',
    );
  });

  it('answers schema violations with 400 invalid_request and a {path, message} per problem', async () => {
    const error = expectErrorShape(
      await post('/api/stories', { title: 5, tags: ['nope'] }),
      400,
      'invalid_request',
    );
    const details = error.details as { path: string; message: string }[];
    expect(details.length).toBeGreaterThanOrEqual(1);
    for (const detail of details) {
      expect(Object.keys(detail).sort()).toEqual(['message', 'path']);
      expect(detail.path).toMatch(/^body(\.|$)/);
    }
    expect(details.map((d) => d.path)).toContain('body.title');
  });

  it('answers bad query strings with details under query', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/stories?limit=-5', headers: SAME_ORIGIN });
    const error = expectErrorShape(response, 400, 'invalid_request');
    expect((error.details as { path: string }[])[0]?.path).toMatch(/^query\.limit/);
  });

  it('answers a ZodError thrown by a service with 400 invalid_request', async () => {
    const error = expectErrorShape(await post('/api/test/zod', { n: 'x' }), 400, 'invalid_request');
    expect(error.details).toEqual([{ path: 'n', message: expect.any(String) }]);
  });

  it.each([
    ['malformed JSON', '{"title": '],
    ['an empty body', ''],
    ['a JSON body of the wrong kind', '"just a string"'],
  ])('answers %s with 400, never 500', async (_name, payload) => {
    const response = await post('/api/stories', payload);
    expect(response.statusCode).toBe(400);
    expectErrorShape(response, 400, response.json().error.code);
    expect(['invalid_json', 'invalid_request']).toContain(response.json().error.code);
  });

  it('answers a malformed URL with 400 in our shape, nosniff and no echo (no hooks run for it)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/%zz<b>', headers: SAME_ORIGIN });
    expectErrorShape(response, 400, 'invalid_request');
    expect(response.body).not.toContain('<b>');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('passes an ApiError through with its status, code and details (409 carries the current record)', async () => {
    const error = expectErrorShape(await post('/api/test/conflict', {}), 409, 'version_conflict');
    expect(error.details).toEqual({ current: { id: 's1', version: 3 } });
    expectErrorShape(
      await app.inject({ method: 'GET', url: '/api/test/teapot', headers: SAME_ORIGIN }),
      422,
      'unprocessable',
    );
  });

  describe('a genuine failure', () => {
    it('answers 500 internal with no stack, no message from inside, no request text', async () => {
      const response = await post('/api/test/crash', { title: SECRET });
      const error = expectErrorShape(response, 500, 'internal');
      expect(response.body).not.toContain('exploded');
      expect(response.body).not.toContain(SECRET);
      expect(error.details).toBeUndefined();
    });

    it('logs the error server-side, without the request body or driver details', async () => {
      logs.length = 0;
      await post('/api/test/crash', { title: SECRET });
      const entries = logs.map(
        (line) => JSON.parse(line) as { level: number; err?: { message: string; stack: string } },
      );
      const failure = entries.find((e) => e.level >= 50);
      expect(failure?.err?.message).toBe('database exploded');
      expect(failure?.err?.stack).toMatch(STACK_FRAME);
      expect(logs.join('\n')).not.toContain(SECRET);
    });
  });

  it('never logs story text or search terms, even at trace level', async () => {
    logs.length = 0;
    const created = await post('/api/stories', { title: SECRET, situation: `${SECRET} situation` });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    await app.inject({ method: 'GET', url: `/api/stories?q=${SECRET}`, headers: SAME_ORIGIN });
    await app.inject({
      method: 'PUT',
      url: `/api/stories/${id}`,
      headers: JSON_SAME_ORIGIN,
      payload: { version, result: SECRET },
    });
    await post('/api/stories', { title: 7, situation: SECRET });
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(SECRET);
  });
});
