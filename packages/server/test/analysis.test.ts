/** POST /api/analyze: core's Report over HTTP; core's error codes as 422; bad requests 400. */
import { analyze, parseCustomCompany } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { type Api, apiFor, FULL_STORY } from './story-api';

const ANSWER =
  'Our checkout p99 was 900ms. I owned fixing it before Black Friday. I profiled the hot path and cut ' +
  'three fraud calls to one. p99 fell to 210ms and conversion rose 4%. I learned to set latency budgets early.';

forEachDatabase('analysis API', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  describe('reports', () => {
    it('analyses text with options, exactly as core does', async () => {
      const options = {
        level: 'Director',
        company: 'amazon',
        type: 'behavioral' as const,
        durationSeconds: 95,
      };
      const response = await api.post('/api/analyze', { text: ANSWER, ...options });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(analyze(ANSWER, options));
      expect(response.json().options).toMatchObject({ level: 'L6', company: 'amazon', spoken: true });
    });

    it('analyses STAR+ fields', async () => {
      const { situation, task, action, result, learnings } = FULL_STORY;
      const fields = { situation, task, action, result, learnings };
      const response = await api.post('/api/analyze', {
        fields,
        question: 'Tell me about a time you fixed latency.',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(
        analyze(fields, { question: 'Tell me about a time you fixed latency.' }),
      );
      expect(response.json().star.situation.present).toBe(true);
    });
  });

  describe("core's refusals are 422 with core's code", () => {
    it.each([
      ['empty_answer', { text: '   ' }],
      ['empty_answer', { fields: {} }],
      ['unknown_level', { text: ANSWER, level: 'wizard' }],
      ['unknown_company', { text: ANSWER, company: 'initech' }],
      ['unknown_interview_type', { text: ANSWER, type: 'trivia' }],
      ['invalid_duration', { text: ANSWER, durationSeconds: -5 }],
      ['invalid_duration', { text: ANSWER, durationSeconds: 5e-324 }],
      ['invalid_duration', { text: ANSWER, durationSeconds: 90_000 }],
    ])('%s for %j', async (code, body) => {
      const response = await api.post('/api/analyze', body);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe(code);
    });
  });

  describe('a custom company', () => {
    const CUSTOM_ANSWER =
      'Our release train was monthly. I owned moving the team to weekly releases. I shipped the first weekly ' +
      'release in March and set up on-call rotations so the pager load stayed fair. Incidents fell 30% and ' +
      'we shipped twice as often. I learned that iteration speed depends on operational ownership.';

    it('analyses against a stored custom set, exactly as core does with that set', async () => {
      const created = await api.post('/api/companies', customSet('acme-analyze'));
      expect(created.statusCode, created.body).toBe(201);
      const parsed = parseCustomCompany(customSet('acme-analyze'));
      if (!parsed.ok) throw new Error('the fixture must be valid');
      for (const company of ['acme-analyze', ' ACME-Analyze ']) {
        const response = await api.post('/api/analyze', { text: CUSTOM_ANSWER, company });
        expect(response.statusCode, response.body).toBe(200);
        const expected = analyze(CUSTOM_ANSWER, { company, companies: [parsed.company] });
        expect(response.json()).toEqual(expected);
        expect(response.json().options.company).toBe('acme-analyze');
        expect(expected.principles.map((p) => p.id)).toContain('acme-analyze.ship-weekly');
      }
    });

    it('uses the set as it is now: edits show, a deleted set is unknown_company again', async () => {
      const created = await api.post('/api/companies', customSet('acme-edit'));
      expect(created.statusCode).toBe(201);
      const principles = [{ name: 'Iterate Weekly', cues: ['shipped', 'weekly release', 'iteration'] }];
      const updated = await api.put('/api/companies/acme-edit', { version: 1, principles, tensions: [] });
      expect(updated.statusCode, updated.body).toBe(200);
      const report = (await api.post('/api/analyze', { text: CUSTOM_ANSWER, company: 'acme-edit' })).json();
      expect(report.principles.map((p: { id: string }) => p.id)).toEqual(['acme-edit.iterate-weekly']);
      expect((await api.delete('/api/companies/acme-edit?version=2')).statusCode).toBe(204);
      const gone = await api.post('/api/analyze', { text: CUSTOM_ANSWER, company: 'acme-edit' });
      expect(gone.statusCode).toBe(422);
      expect(gone.json().error.code).toBe('unknown_company');
    });
  });

  describe('malformed requests are 400', () => {
    it.each([
      ['neither text nor fields', { level: 'L6' }],
      ['both text and fields', { text: ANSWER, fields: { situation: 'x' } }],
      ['unknown field', { text: ANSWER, tone: 'happy' }],
      ['unknown STAR field', { fields: { plot: 'x' } }],
      ['text not a string', { text: 5 }],
      ['spoken not a boolean', { text: ANSWER, spoken: 'yes' }],
      ['field over 20,000 chars', { fields: { action: 'x'.repeat(20_001) } }],
    ])('%s', async (_name, body) => {
      const response = await api.post('/api/analyze', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
    });

    it('answers an oversized body with 413', async () => {
      const response = await api.send('POST', '/api/analyze', JSON.stringify({ text: 'x '.repeat(600_000) }));
      expect(response.statusCode).toBe(413);
    });
  });

  it('documents both nouns in the OpenAPI document', async () => {
    const doc = (await api.get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/analyze',
        '/api/stories',
        '/api/stories/{id}',
        '/api/stories/{id}/versions',
      ]),
    );
    expect(doc.paths['/api/stories/{id}'].put.responses['409']).toBeDefined();
    expect(doc.paths['/api/analyze'].post.responses['200'].content['application/json'].schema).toBeDefined();
  });
});
