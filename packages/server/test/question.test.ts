/** /api/questions/{id} and writes end to end, on both engines: bank read-only, own and captured CRUD. */
import { getQuestion, QUESTION_BANK } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../src/services/question-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

interface ErrorResponse {
  error: { code: string; message: string; details?: unknown };
}

function expectError(response: { statusCode: number; json(): unknown }, status: number, code?: string) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as ErrorResponse;
  expect(typeof body.error.message).toBe('string');
  if (code) expect(body.error.code).toBe(code);
  return body;
}

const CAPTURED = {
  source: 'captured',
  text: 'Walk me through the last time you had to let someone go.',
  interviewType: 'behavioral',
  tags: ['hiring'],
  principles: ['amazon.earn-trust'],
  levels: ['M2', 'L7+'],
  notes: 'Asked twice, second time about the paperwork.',
  company: 'Stripe',
  askedAt: '2026-03-14',
  round: 'onsite 2 (hiring manager)',
  interviewId: 'interview-42',
};

forEachDatabase('question API', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  const create = async (body: object): Promise<Question> => {
    const response = await api.post('/api/questions', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  describe('bank questions', () => {
    it('gets a bank question by its id, with its bank details and no version', async () => {
      const bank = QUESTION_BANK[3];
      if (!bank) throw new Error('the bank is empty');
      const response = await api.get(`/api/questions/${bank.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        id: bank.id,
        source: 'bank',
        text: bank.text,
        interviewType: bank.type,
        tags: bank.competencies,
        principles: bank.principles,
        levels: bank.levels,
        version: null,
        createdAt: null,
        bank: { kind: bank.kind, followUps: bank.followUps, lookingFor: bank.lookingFor },
      });
    });

    it('refuses to update or delete a bank question with 403 read_only', async () => {
      const id = 'beh-disagree-with-boss';
      expect(getQuestion(id)).toBeDefined();
      expectError(await api.put(`/api/questions/${id}`, { version: 1, text: 'Mine now' }), 403, 'read_only');
      expectError(await api.delete(`/api/questions/${id}?version=1`), 403, 'read_only');
      expect((await api.get(`/api/questions/${id}`)).json().text).toBe(getQuestion(id)?.text);
    });
  });

  describe('own and captured questions', () => {
    it('creates an own question by default, with empty defaults, at version 1', async () => {
      const question = await create({ text: 'How do you grow managers of managers?' });
      expect(question).toMatchObject({
        source: 'own',
        interviewType: null,
        tags: [],
        principles: [],
        levels: [],
        notes: '',
        company: null,
        askedAt: null,
        round: null,
        interviewId: null,
        version: 1,
        bank: null,
      });
      expect(question.id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await api.get(`/api/questions/${question.id}`)).json()).toEqual(question);
    });

    it('creates a captured question with where it was asked; levels are stored canonical', async () => {
      const question = await create(CAPTURED);
      expect(question).toMatchObject({ ...CAPTURED, levels: ['L5', 'L7+'] });
      expect((await api.get(`/api/questions/${question.id}`)).json()).toEqual(question);
    });

    it('refuses capture fields on an own question, at create and at update', async () => {
      const body = expectError(await api.post('/api/questions', { text: 'Mine', company: 'Acme' }), 400);
      expect(JSON.stringify(body.error.details)).toContain('company');
      const own = await create({ text: 'Mine' });
      expectError(await api.put(`/api/questions/${own.id}`, { version: 1, askedAt: '2026-01-02' }), 400);
      // Clearing with null is harmless and allowed.
      const cleared = await api.put(`/api/questions/${own.id}`, { version: 1, round: null });
      expect(cleared.statusCode).toBe(200);
    });

    it('updates at the loaded version, keeps other fields, clears with null; source cannot change', async () => {
      const question = await create(CAPTURED);
      const response = await api.put(`/api/questions/${question.id}`, {
        version: 1,
        notes: 'They wanted the legal side too.',
        round: null,
      });
      expect(response.statusCode).toBe(200);
      const updated: Question = response.json();
      const { round: _round, ...kept } = CAPTURED;
      expect(updated).toMatchObject({
        ...kept,
        levels: ['L5', 'L7+'],
        notes: 'They wanted the legal side too.',
      });
      expect(updated).toMatchObject({ round: null, version: 2, createdAt: question.createdAt });
      expect((await api.get(`/api/questions/${question.id}`)).json()).toEqual(updated);
      expectError(await api.put(`/api/questions/${question.id}`, { version: 2, source: 'own' }), 400);
    });

    it('answers a stale update or delete with 409 and the current question', async () => {
      const question = await create({ text: 'Original' });
      const first = await api.put(`/api/questions/${question.id}`, { version: 1, text: 'First edit' });
      expect(first.statusCode).toBe(200);
      const stale = expectError(
        await api.put(`/api/questions/${question.id}`, { version: 1, text: 'Lost edit' }),
        409,
        'version_conflict',
      );
      expect(stale.error.details).toEqual({ current: first.json() });
      expectError(await api.delete(`/api/questions/${question.id}?version=1`), 409, 'version_conflict');
      expect((await api.get(`/api/questions/${question.id}`)).json().text).toBe('First edit');
    });

    it('deletes at the current version; then it is 404', async () => {
      const question = await create({ text: 'Short-lived' });
      const response = await api.delete(`/api/questions/${question.id}?version=1`);
      expect(response.statusCode).toBe(204);
      expectError(await api.get(`/api/questions/${question.id}`), 404, 'not_found');
      expectError(await api.delete(`/api/questions/${question.id}?version=1`), 404, 'not_found');
      expectError(
        await api.put(`/api/questions/${question.id}`, { version: 1, text: 'x' }),
        404,
        'not_found',
      );
    });
  });

  describe('validation', () => {
    it.each([
      ['no text', {}],
      ['blank text', { text: '   ' }],
      ['NUL in text', { text: 'a\u0000b' }],
      ['unknown interview type', { text: 'x', interviewType: 'coding' }],
      ['unknown tag', { text: 'x', tags: ['juggling'] }],
      ['repeated tag', { text: 'x', tags: ['hiring', 'hiring'] }],
      ['malformed principle', { text: 'x', principles: ['Customer Obsession'] }],
      ['unknown level', { text: 'x', levels: ['L99'] }],
      ['the same level twice by alias', { text: 'x', levels: ['L6', 'M3'] }],
      ['impossible date', { text: 'x', source: 'captured', askedAt: '2026-02-30' }],
      ['bank as a source', { text: 'x', source: 'bank' }],
      ['unknown field', { text: 'x', difficulty: 'hard' }],
    ])('refuses %s with 400', async (_name, body) => {
      expectError(await api.post('/api/questions', body), 400, 'invalid_request');
    });

    it('refuses a missing or bad version on writes with 400', async () => {
      const question = await create({ text: 'x' });
      expectError(await api.put(`/api/questions/${question.id}`, { text: 'y' }), 400);
      expectError(await api.put(`/api/questions/${question.id}`, { version: 2_147_483_648, text: 'y' }), 400);
      expectError(await api.delete(`/api/questions/${question.id}`), 400);
      expectError(await api.delete(`/api/questions/${question.id}?version=zero`), 400);
    });

    it('answers 404 for an id that is neither in the bank nor stored', async () => {
      expectError(await api.get('/api/questions/beh-no-such-question'), 404, 'not_found');
    });
  });
});
