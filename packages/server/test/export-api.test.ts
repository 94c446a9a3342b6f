/**
 * GET /api/export and POST /api/import through the real app (security, validation, error shape),
 * on SQLite and PostgreSQL.
 */
import { expect, it } from 'vitest';
import { IMPORT_BODY_LIMIT } from '../src/routes/export';
import { exportDocument } from '../src/services/export';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { exportPair, seedPortfolio } from './export-fixtures';
import { type Corruption, type ErrorReply, expectEachRefused as refusals } from './import-refusals';

forEachDatabase('export and import API', (getStorage, database) => {
  const pair = exportPair(getStorage, database);
  const api = {
    get: (url: string) => pair.api().get(url),
    post: (url: string, body: unknown) => pair.api().post(url, body),
  };

  const expectEachRefused = (section: string, corruptions: Corruption[]) =>
    refusals(pair, section, corruptions);

  it('GET /api/export sends every record as a JSON attachment', async () => {
    await seedPortfolio(getStorage());
    const reply = await api.get('/api/export');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['content-disposition']).toMatch(
      /^attachment; filename="onsite-export-[0-9TZ-]+\.json"$/,
    );
    const body = reply.json<Record<string, unknown>>();
    const expected = await exportDocument(getStorage());
    expect({ ...body, exportedAt: null }).toEqual({ ...expected, exportedAt: null });
    expect(body.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await api.get('/api/export?format=yaml')).statusCode).toBe(400);
  });

  it('POST /api/import restores an export into an empty instance, and a second time changes nothing', async () => {
    await seedPortfolio(getStorage());
    const exported = (await api.get('/api/export')).json<Record<string, unknown>>();
    const first = await pair.targetApi().post('/api/import', exported);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ dryRun: false, mode: 'keep', totals: { created: 5, unchanged: 0 } });
    const again = await pair.targetApi().post('/api/import', exported);
    expect(again.json()).toMatchObject({ totals: { created: 0, unchanged: 5, replaced: 0, conflicts: 0 } });
    const reexported = (await pair.targetApi().get('/api/export')).json<Record<string, unknown>>();
    expect({ ...reexported, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
  });

  it('?dryRun=true validates and counts without writing', async () => {
    await seedPortfolio(getStorage());
    const exported = (await api.get('/api/export')).json<Record<string, unknown>>();
    const reply = await pair.targetApi().post('/api/import?dryRun=true', exported);
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ dryRun: true, totals: { created: 5 } });
    expect((await pair.targetApi().get('/api/export')).json()).toMatchObject({
      stories: [],
      storyVersions: [],
    });
  });

  it('?mode=replace overwrites a stored record that differs; the default keeps it as a conflict', async () => {
    const { edited } = await seedPortfolio(getStorage());
    const exported = (await api.get('/api/export')).json<{ stories: { id: string; title: string }[] }>();
    await pair.targetApi().post('/api/import', exported);
    const changed = {
      ...exported,
      stories: exported.stories.map((s) => (s.id === edited ? { ...s, title: 'Renamed in the file' } : s)),
    };
    const kept = await pair.targetApi().post('/api/import', changed);
    expect(kept.json()).toMatchObject({
      totals: { conflicts: 1 },
      conflicts: [{ section: 'stories', id: edited }],
    });
    expect((await pair.targetApi().get(`/api/stories/${edited}`)).json()).not.toMatchObject({
      title: 'Renamed in the file',
    });
    const replaced = await pair.targetApi().post('/api/import?mode=replace', changed);
    expect(replaced.json()).toMatchObject({ mode: 'replace', totals: { replaced: 1, conflicts: 0 } });
    expect((await pair.targetApi().get(`/api/stories/${edited}`)).json()).toMatchObject({
      title: 'Renamed in the file',
    });
  });

  it('422 names every invalid record and writes nothing', async () => {
    await seedPortfolio(getStorage());
    const exported = (await api.get('/api/export')).json<{ stories: Record<string, unknown>[] }>();
    const stories = [...exported.stories];
    stories[2] = { ...stories[2], tags: ['not-a-tag'] };
    const reply = await pair.targetApi().post('/api/import', { ...exported, stories });
    expect(reply.statusCode).toBe(422);
    const body = reply.json<ErrorReply>();
    expect(body.error.code).toBe('invalid_records');
    expect(body.error.details?.errors).toEqual([
      expect.objectContaining({ section: 'stories', index: 2, id: stories[2]?.id, path: 'tags.0' }),
    ]);
    expect((await pair.targetApi().get('/api/export')).json()).toMatchObject({
      stories: [],
      storyVersions: [],
    });
  });

  it('422 for a custom company core would refuse, or one posing as a built-in set; nothing written', async () => {
    const created = await api.post('/api/companies', customSet('acme-import'));
    expect(created.statusCode).toBe(201);
    const exported = (await api.get('/api/export')).json<{ companies: Record<string, unknown>[] }>();
    const [company] = exported.companies;
    if (!company) throw new Error('the export must hold the custom company');
    const definition = JSON.parse(String(company.definition)) as Record<string, unknown>;
    const asAmazon = {
      ...company,
      id: 'amazon',
      definition: JSON.stringify({ ...definition, id: 'amazon' }),
    };
    const broken = { ...company, definition: JSON.stringify({ ...definition, principles: [] }) };
    const renamed = { ...company, id: 'someone-else' };
    for (const bad of [asAmazon, broken, renamed]) {
      const reply = await pair.targetApi().post('/api/import', { ...exported, companies: [bad] });
      expect(reply.statusCode, reply.body).toBe(422);
      const errors = reply.json<ErrorReply>().error.details?.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error).toMatchObject({ section: 'companies', index: 0 });
    }
    expect((await pair.targetApi().get('/api/export')).json()).toMatchObject({ companies: [], stories: [] });
    const good = await pair.targetApi().post('/api/import', exported);
    expect(good.statusCode, good.body).toBe(200);
    expect((await pair.targetApi().get('/api/companies/acme-import')).statusCode).toBe(200);
  });

  it('422 for a question the API could not serve (bad enum, JSON that is not JSON or has the wrong shape); nothing written', async () => {
    const created = await api.post('/api/questions', {
      text: 'Tell me about a reorg you led.',
      interviewType: 'behavioral',
      tags: ['change'],
      levels: ['L6'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { exported, record: question } = await expectEachRefused('questions', [
      [{ interviewType: 'bogus' }, 'interviewType'],
      [{ levels: 'L6, L7' }, 'levels'],
      [{ levels: 'L6', interviewType: 'bogus' }, 'levels', 'interviewType'],
      [{ tags: '{"change": true}' }, 'tags'],
      [{ tags: '["not-a-tag"]' }, 'tags.0'],
    ]);
    const good = await pair.targetApi().post('/api/import', exported);
    expect(good.statusCode, good.body).toBe(200);
    expect((await pair.targetApi().get(`/api/questions/${String(question.id)}`)).statusCode).toBe(200);
    expect((await pair.targetApi().get('/api/questions')).statusCode).toBe(200);
  });

  it('422 for a plan entry the plan could not use (unknown kind or status, bad date or instant); nothing written', async () => {
    const created = await api.post('/api/plan/entries', {
      title: 'Mock loop with a mentor',
      start: '2026-12-01T17:00:00.000Z',
      durationMinutes: 60,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { exported } = await expectEachRefused('planEntries', [
      [{ kind: 'bogus' }, 'kind'],
      [{ status: 'maybe' }, 'status'],
      [{ localDate: '2026-02-30' }, 'localDate'],
      [{ startsAt: 'next tuesday' }, 'startsAt'],
    ]);
    const good = await pair.targetApi().post('/api/import', exported);
    expect(good.statusCode, good.body).toBe(200);
    expect((await pair.targetApi().get('/api/plan.ics')).statusCode).toBe(200);
  });

  it('422 for an unknown formatVersion, 400 for a body that is not an export', async () => {
    const future = await pair.targetApi().post('/api/import', { format: 'onsite-export', formatVersion: 2 });
    expect(future.statusCode).toBe(422);
    expect(future.json<ErrorReply>().error.code).toBe('unsupported_format_version');
    expect((await pair.targetApi().post('/api/import', { stories: [] })).statusCode).toBe(400);
    expect((await pair.targetApi().send('POST', '/api/import', '{"format":')).statusCode).toBe(400);
  });

  it(`413 beyond ${IMPORT_BODY_LIMIT / 1024 / 1024} MiB, with the error shape`, async () => {
    const padding = 'x'.repeat(IMPORT_BODY_LIMIT);
    const reply = await pair
      .targetApi()
      .send('POST', '/api/import', `{"format":"onsite-export","formatVersion":1,"pad":"${padding}"}`);
    expect(reply.statusCode).toBe(413);
    expect(reply.json<ErrorReply>().error.code).toBeTypeOf('string');
  });

  it('accepts imports above the app-wide body limit up to its own', async () => {
    // 1.5 MiB of a valid export: over the 1 MiB default for other routes.
    const long = 'Long situation. '.repeat(1100);
    await seedPortfolio(getStorage());
    const exported = (await api.get('/api/export')).json<{ stories: Record<string, unknown>[] }>();
    const many = Array.from({ length: 90 }, (_, i) => ({
      ...exported.stories[1],
      id: `bulk-${i}`,
      situation: long,
    }));
    const body = { ...exported, stories: many, storyVersions: [] };
    expect(JSON.stringify(body).length).toBeGreaterThan(1_048_576);
    const reply = await pair.targetApi().post('/api/import', body);
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ totals: { created: 90 } });
  });

  it('the OpenAPI document describes both routes', async () => {
    const doc = (await api.get('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/export', '/api/import']));
  });
});
