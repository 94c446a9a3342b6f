/**
 * The Markdown export over HTTP: GET /api/export?format=markdown sends the folder as a .zip, and
 * POST /api/import takes that .zip back, on SQLite and PostgreSQL, through the real app.
 */

import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { exportDocument } from '../src/services/export';
import { forEachDatabase } from './databases';
import { exportPair, seedPortfolio } from './export-fixtures';
import type { Api } from './story-api';

const SAME_ORIGIN = { host: '127.0.0.1:4317', 'sec-fetch-site': 'same-origin' };

function postZip(api: Api, url: string, zip: Uint8Array, headers: Record<string, string> = SAME_ORIGIN) {
  return api.app.inject({
    method: 'POST',
    url,
    headers: { ...headers, 'content-type': 'application/zip' },
    payload: Buffer.from(zip),
  });
}

const zipOf = (reply: LightMyRequestResponse): Uint8Array => new Uint8Array(reply.rawPayload);

forEachDatabase('Markdown export and import over HTTP (.zip)', (getStorage, database) => {
  const pair = exportPair(getStorage, database);
  const api = { get: (url: string) => pair.api().get(url) };
  const target = () => pair.target();

  it('GET /api/export?format=markdown sends one folder: a .md per story and onsite-data.json', async () => {
    await seedPortfolio(getStorage());
    const reply = await api.get('/api/export?format=markdown');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/zip');
    const name = /^attachment; filename="(onsite-export-[0-9TZ-]+)\.zip"$/.exec(
      String(reply.headers['content-disposition']),
    )?.[1];
    expect(name).toBeDefined();
    const entries = Object.keys(unzipSync(zipOf(reply))).sort();
    expect(entries.every((entry) => entry.startsWith(`${name}/`))).toBe(true);
    expect(entries.filter((entry) => entry.endsWith('.md'))).toHaveLength(3);
    expect(entries).toContain(`${name}/onsite-data.json`);
  });

  it('the .zip imports into an empty instance losslessly, and a second time changes nothing', async () => {
    await seedPortfolio(getStorage());
    const zip = zipOf(await api.get('/api/export?format=markdown'));
    const first = await postZip(pair.targetApi(), '/api/import', zip);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ totals: { created: 5, conflicts: 0 } });
    const again = await postZip(pair.targetApi(), '/api/import', zip);
    expect(again.json()).toMatchObject({ totals: { created: 0, unchanged: 5, replaced: 0, conflicts: 0 } });
    const source = await exportDocument(getStorage());
    const restored = await exportDocument(target());
    expect({ ...restored, exportedAt: null }).toEqual({ ...source, exportedAt: null });
  });

  it('a broken story file is 422 naming the file, and nothing is written', async () => {
    await seedPortfolio(getStorage());
    const files = unzipSync(zipOf(await api.get('/api/export?format=markdown')));
    const broken = Object.keys(files).find((entry) => entry.endsWith('.md')) as string;
    files[broken] = strToU8('no frontmatter here\n');
    const reply = await postZip(pair.targetApi(), '/api/import', zipSync(files));
    expect(reply.statusCode).toBe(422);
    const body = reply.json<{ error: { code: string; details: { errors: { file?: string }[] } } }>();
    expect(body.error.code).toBe('invalid_records');
    expect(body.error.details.errors.map((e) => e.file)).toContain(broken.split('/')[1]);
    expect((await exportDocument(target())).stories).toEqual([]);
  });

  it('?dryRun=true counts a .zip without writing', async () => {
    await seedPortfolio(getStorage());
    const zip = zipOf(await api.get('/api/export?format=markdown'));
    const reply = await postZip(pair.targetApi(), '/api/import?dryRun=true', zip);
    expect(reply.json()).toMatchObject({ dryRun: true, totals: { created: 5 } });
    expect((await exportDocument(target())).stories).toEqual([]);
  });

  it('a cross-site page cannot post a .zip', async () => {
    await seedPortfolio(getStorage());
    const zip = zipOf(await api.get('/api/export?format=markdown'));
    const reply = await postZip(pair.targetApi(), '/api/import', zip, {
      host: '127.0.0.1:4317',
      'sec-fetch-site': 'cross-site',
    });
    expect(reply.statusCode).toBe(403);
    expect((await exportDocument(target())).stories).toEqual([]);
  });

  it('random and damaged archives get a 4xx with our error shape, never a 5xx or a write', async () => {
    await seedPortfolio(getStorage());
    const zip = zipOf(await api.get('/api/export?format=markdown'));
    const damaged = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc
        .array(fc.tuple(fc.nat({ max: zip.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        })
        .map((edits) => {
          const copy = zip.slice();
          for (const [at, byte] of edits) copy[at] = byte;
          return copy;
        }),
      fc.nat({ max: zip.length - 1 }).map((end) => zip.slice(0, end)),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const reply = await postZip(pair.targetApi(), '/api/import?dryRun=true', bytes);
        expect(reply.statusCode).toBeLessThan(500);
        if (reply.statusCode !== 200) expect(reply.json()).toHaveProperty('error.code');
      }),
      { numRuns: 60 },
    );
    expect((await exportDocument(target())).stories).toEqual([]);
  });
});
