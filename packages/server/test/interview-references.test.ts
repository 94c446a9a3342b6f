/**
 * What an interview points at: stories told (ordered, 422 when missing, dropped when the story is
 * deleted), bank or stored questions, built-in or custom companies; on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { expectError, FULL_INTERVIEW, interviewCalls } from './interview-api';
import { type Api, apiFor } from './story-api';

forEachDatabase('interview references', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  const { create, update, storyId } = interviewCalls(() => api);

  describe('stories used', () => {
    it('keeps the stories in order, and answers 422 invalid_reference for a missing one', async () => {
      const [first, second] = [await storyId('Latency rescue'), await storyId('Reorg')];
      const interview = await create({ ...FULL_INTERVIEW, storiesUsed: [second, first] });
      expect(interview.storiesUsed).toEqual([second, first]);

      const missing = expectError(
        await api.post('/api/interviews', { ...FULL_INTERVIEW, storiesUsed: [first, 'no-such-story'] }),
        422,
        'invalid_reference',
      );
      expect(missing.error.details).toMatchObject({ field: 'storiesUsed', missing: ['no-such-story'] });
      expectError(
        await api.put(`/api/interviews/${interview.id}`, { version: 1, storiesUsed: ['gone'] }),
        422,
        'invalid_reference',
      );
      // The refused update changed nothing.
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(interview);

      const untouched = await update(interview.id, { version: 1, notes: 'Stories unchanged' });
      expect(untouched.storiesUsed).toEqual([second, first]);
      const reordered = await update(interview.id, { version: 2, storiesUsed: [first] });
      expect(reordered.storiesUsed).toEqual([first]);
      expect((await api.get(`/api/interviews/${interview.id}`)).json().storiesUsed).toEqual([first]);
    });

    it('drops a story from the interviews that used it when the story is deleted', async () => {
      const [kept, deleted] = [await storyId('Kept'), await storyId('Deleted')];
      const interview = await create({ ...FULL_INTERVIEW, storiesUsed: [deleted, kept] });
      expect((await api.delete(`/api/stories/${deleted}?version=1`)).statusCode).toBe(204);
      expect((await api.get(`/api/interviews/${interview.id}`)).json().storiesUsed).toEqual([kept]);
    });

    it('refuses a repeated story id (400)', async () => {
      const id = await storyId('Twice');
      expectError(
        await api.post('/api/interviews', { ...FULL_INTERVIEW, storiesUsed: [id, id] }),
        400,
        'invalid_request',
      );
    });
  });

  describe('company id', () => {
    it('takes a built-in or a custom company id, clears with null, and answers 422 for an unknown one', async () => {
      expect((await api.post('/api/companies', customSet('acme-interviews'))).statusCode).toBe(201);
      const custom = await create({ ...FULL_INTERVIEW, company: 'Acme', companyId: 'acme-interviews' });
      expect(custom.companyId).toBe('acme-interviews');
      const refused = expectError(
        await api.post('/api/interviews', { ...FULL_INTERVIEW, companyId: 'no-such-company' }),
        422,
        'invalid_reference',
      );
      expect(refused.error.details).toMatchObject({ field: 'companyId', missing: ['no-such-company'] });
      expectError(
        await api.put(`/api/interviews/${custom.id}`, { version: 1, companyId: 'ghost-co' }),
        422,
        'invalid_reference',
      );
      const builtIn = await update(custom.id, { version: 1, companyId: 'google' });
      expect(builtIn.companyId).toBe('google');
      expect((await update(custom.id, { version: 2, companyId: null })).companyId).toBeNull();
    });
  });

  describe('questions asked', () => {
    it('links a bank question or a stored one, and answers 422 invalid_reference for an unknown id', async () => {
      const own = await api.post('/api/questions', { text: 'How do you run a reorg?' });
      expect(own.statusCode, own.body).toBe(201);
      const ownId: string = own.json().id;
      const questionsAsked = [
        { text: 'Bank', questionId: 'beh-biggest-failure' },
        { text: 'Own', questionId: ownId },
        { text: 'Free text' },
      ];
      const interview = await create({ ...FULL_INTERVIEW, questionsAsked });
      expect(interview.questionsAsked.map((q) => q.questionId)).toEqual(['beh-biggest-failure', ownId, null]);

      const refused = expectError(
        await api.post('/api/interviews', {
          ...FULL_INTERVIEW,
          questionsAsked: [...questionsAsked, { text: 'Ghost', questionId: 'no-such-question' }],
        }),
        422,
        'invalid_reference',
      );
      expect(refused.error.details).toMatchObject({ field: 'questionsAsked', missing: ['no-such-question'] });
      expectError(
        await api.put(`/api/interviews/${interview.id}`, {
          version: 1,
          questionsAsked: [{ text: 'Ghost', questionId: 'beh-no-such' }],
        }),
        422,
        'invalid_reference',
      );
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(interview);
    });
  });
});
