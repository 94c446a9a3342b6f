/** The assembled app: OpenAPI document of every route, the placeholder home page, route list. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { routes } from '../src/routes/index';
import { forEachDatabase } from './databases';
import { appFor, SAME_ORIGIN } from './http-app';

interface OpenApiDocument {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}

forEachDatabase('the app', (getStorage) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appFor(getStorage());
  });
  afterAll(() => app.close());

  it('serves an OpenAPI 3 document listing every API route, with its responses', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: SAME_ORIGIN });
    expect(response.statusCode).toBe(200);
    const doc: OpenApiDocument = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Onsite API');
    expect(doc.paths['/api/health']?.get?.responses).toHaveProperty('200');
    expect(doc.paths['/api/stories']).toHaveProperty('get');
    expect(doc.paths['/api/stories']).toHaveProperty('post');
    // Every /api route Fastify knows is documented, except the document itself.
    const documented = new Set(Object.keys(doc.paths));
    const known = new Set<string>();
    for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
      const path = line.match(/(\/api\/\S*)/)?.[1];
      if (path) known.add(path.replace(/:(\w+)/g, '{$1}'));
    }
    for (const path of known) if (path !== '/api/openapi.json') expect(documented).toContain(path);
    expect(documented.has('/')).toBe(false);
  });

  it('serves a self-contained home page: no script, no style, nothing external, links the API docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: SAME_ORIGIN });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.body;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('href="/api/openapi.json"');
    expect(html).not.toMatch(/<script|<style|<link|\sstyle=|\son\w+=|https?:\/\//i);
  });

  it('links only pages that answer 200, the Markdown export among them', async () => {
    const html = (await app.inject({ method: 'GET', url: '/', headers: SAME_ORIGIN })).body;
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
    expect(links).toContain('/api/export?format=markdown');
    for (const url of links) {
      const reply = await app.inject({ method: 'GET', url, headers: SAME_ORIGIN });
      expect([url, reply.statusCode]).toEqual([url, 200]);
    }
  });

  it('registers health, OpenAPI and home before the nouns', () => {
    expect(routes.slice(0, 3).map((r) => r.name)).toEqual(['healthRoutes', 'openapiRoutes', 'homeRoutes']);
    expect(routes.length).toBeGreaterThan(3);
  });
});
