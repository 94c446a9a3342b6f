/**
 * Local-mode attacks against the real app on both databases: each is refused with the right code
 * and leaves the stored data exactly as it was. Headers and CORS are in security-headers.test.ts.
 */
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../src/db/storage';
import { forEachDatabase } from './databases';
import { appFor, HOST, JSON_SAME_ORIGIN, OWN_ORIGIN, SAME_ORIGIN, storyRows } from './http-app';

type Headers = Record<string, string>;

forEachDatabase('HTTP security', (getStorage) => {
  let app: FastifyInstance;
  let storage: Storage;
  let storyId: string;

  beforeAll(async () => {
    storage = getStorage();
    app = await appFor(storage);
    const created = await app.inject({
      method: 'POST',
      url: '/api/stories',
      headers: JSON_SAME_ORIGIN,
      payload: { title: 'Existing story', situation: 'private text' },
    });
    expect(created.statusCode).toBe(201);
    storyId = created.json().id;
  });
  afterAll(() => app.close());

  /** Sends `request`, expects `status` (and `code`), and checks the stories table is unchanged. */
  async function refusedWithoutChange(
    request: { method: 'POST' | 'PUT' | 'DELETE' | 'GET'; url?: string; headers: Headers; payload?: unknown },
    status: number,
    code: string,
  ): Promise<void> {
    const before = await storyRows(storage);
    const response = await app.inject({
      method: request.method,
      url: request.url ?? '/api/stories',
      headers: request.headers,
      ...(request.payload === undefined ? {} : { payload: request.payload as object }),
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(await storyRows(storage)).toEqual(before);
  }

  const newStory = { title: 'Planted by an attacker' };

  describe('Host header (DNS rebinding)', () => {
    it.each([
      ['a rebinding domain on our port', 'attacker.example:4317'],
      ['a loopback name on another port', '127.0.0.1:9999'],
      ['a loopback name without a port', 'localhost'],
      ['an empty Host', ''],
      ['a loopback lookalike', '127.0.0.1.attacker.example:4317'],
    ])('refuses %s with 403 forbidden_host, reads included', async (_name, host) => {
      const read = await app.inject({ method: 'GET', url: `/api/stories/${storyId}`, headers: { host } });
      expect(read.statusCode).toBe(403);
      expect(read.json().error.code).toBe('forbidden_host');
      expect(read.body).not.toContain('private text');
      await refusedWithoutChange(
        {
          method: 'POST',
          headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
          payload: newStory,
        },
        403,
        'forbidden_host',
      );
    });

    it.each(['127.0.0.1:4317', 'localhost:4317', '[::1]:4317', 'LOCALHOST:4317'])(
      'accepts the loopback name %s with our port',
      async (host) => {
        const response = await app.inject({ method: 'GET', url: '/api/health', headers: { host } });
        expect(response.statusCode).toBe(200);
      },
    );

    it('refuses a request with no Host at all (HTTP/1.0 on a real socket)', async () => {
      const live = await appFor(storage, { env: { ONSITE_PORT: '0' } });
      await live.listen({ host: '127.0.0.1', port: 0 });
      try {
        const address = live.server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const reply = await rawRequest(port, 'GET /api/health HTTP/1.0\r\n\r\n');
        expect(reply).toMatch(/^HTTP\/1\.1 403/);
        expect(reply).toContain('"forbidden_host"');
        // The same server answers when the Host is its own address and real port.
        const ok = await rawRequest(port, `GET /api/health HTTP/1.0\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
        expect(ok).toMatch(/^HTTP\/1\.1 200/);
      } finally {
        await live.close();
      }
    });
  });

  describe('cross-site writes (CSRF)', () => {
    const json = { host: HOST, 'content-type': 'application/json' };

    it.each<[string, Headers]>([
      ['a cross-site Origin', { origin: 'http://attacker.example' }],
      ['an Origin on another local port (same site, other origin)', { origin: 'http://127.0.0.1:5173' }],
      ['the other loopback name as Origin', { origin: 'http://localhost:4317' }],
      ['Origin: null (sandboxed frame, file: page)', { origin: 'null' }],
      ['an https lookalike with a path', { origin: `${OWN_ORIGIN}/evil` }],
      ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
      ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
      ['Sec-Fetch-Site: none', { 'sec-fetch-site': 'none' }],
      [
        'same-origin claimed but a foreign Origin',
        { 'sec-fetch-site': 'same-origin', origin: 'http://attacker.example' },
      ],
      ['our Origin but Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site', origin: OWN_ORIGIN }],
      ['cookies without Origin or Sec-Fetch-Site', { cookie: 'session=abc' }],
    ])('refuses a create with %s: 403 forbidden_origin, nothing written', async (_name, extra) => {
      await refusedWithoutChange(
        { method: 'POST', headers: { ...json, ...extra }, payload: newStory },
        403,
        'forbidden_origin',
      );
    });

    it('refuses cross-site updates and deletes of an existing story', async () => {
      const evil = { ...json, origin: 'http://attacker.example', 'sec-fetch-site': 'cross-site' };
      const url = `/api/stories/${storyId}`;
      await refusedWithoutChange(
        { method: 'PUT', url, headers: evil, payload: { version: 1, title: 'Defaced' } },
        403,
        'forbidden_origin',
      );
      await refusedWithoutChange(
        { method: 'DELETE', url: `${url}?version=1`, headers: evil },
        403,
        'forbidden_origin',
      );
    });

    it('refuses form and text bodies (what a cross-site form can send) with 415', async () => {
      const form = { host: HOST, 'content-type': 'application/x-www-form-urlencoded' };
      await refusedWithoutChange(
        { method: 'POST', headers: form, payload: 'title=Planted' },
        415,
        'unsupported_media_type',
      );
      const text = { host: HOST, 'content-type': 'text/plain' };
      await refusedWithoutChange(
        { method: 'POST', headers: text, payload: JSON.stringify(newStory) },
        415,
        'unsupported_media_type',
      );
    });

    it.each<[string, Headers]>([
      ['Sec-Fetch-Site: same-origin (our page)', { 'sec-fetch-site': 'same-origin' }],
      ['our own Origin (browsers without Sec-Fetch-Site)', { origin: OWN_ORIGIN }],
      ['neither header and no cookie (curl, the CLI)', {}],
    ])('accepts a create with %s', async (_name, extra) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/stories',
        headers: { ...json, ...extra },
        payload: newStory,
      });
      expect(response.statusCode).toBe(201);
    });
  });

  describe('hostile bodies', () => {
    it('refuses a body over the limit with 413 payload_too_large', async () => {
      const payload = JSON.stringify({ title: 'Big', situation: 'x'.repeat(1_100_000) });
      await refusedWithoutChange(
        { method: 'POST', headers: JSON_SAME_ORIGIN, payload },
        413,
        'payload_too_large',
      );
    });

    it.each([
      ['__proto__', '{"title":"Poisoned","__proto__":{"polluted":true}}'],
      ['constructor.prototype', '{"title":"Poisoned","constructor":{"prototype":{"polluted":true}}}'],
      ['a nested __proto__', '{"title":"Poisoned","metrics":[{"__proto__":{"polluted":true}}]}'],
    ])('refuses %s with 400 invalid_json and pollutes nothing', async (_name, payload) => {
      await refusedWithoutChange({ method: 'POST', headers: JSON_SAME_ORIGIN, payload }, 400, 'invalid_json');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('GET with a same-origin header changes nothing either (reads are reads)', async () => {
    const before = await storyRows(storage);
    const response = await app.inject({ method: 'GET', url: '/api/stories', headers: SAME_ORIGIN });
    expect(response.statusCode).toBe(200);
    expect(await storyRows(storage)).toEqual(before);
  });
});

/** One raw HTTP exchange, so a test can send what `inject` and fetch never would (no Host). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // write, not end: a half-closed socket may be dropped before a slower handler answers.
    // HTTP/1.0 without keep-alive makes the server close the connection after its reply.
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      reply += chunk;
    });
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}
