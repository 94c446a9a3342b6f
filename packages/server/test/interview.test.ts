/** /api/interviews end to end (routes → service → repository → a real database), on both engines. */
import { CHECKLIST_ITEM_IDS, CHECKLIST_PHASES } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../src/services/interview-schema';
import { forEachDatabase } from './databases';
import { expectError, FULL_INTERVIEW, interviewCalls } from './interview-api';
import { type Api, apiFor } from './story-api';

forEachDatabase('interview API', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  const { create, update, storyId } = interviewCalls(() => api);

  describe('create and get', () => {
    it('stores every field, in UTC, with the end and the thank-you deadline computed', async () => {
      const interview = await create();
      expect(interview).toMatchObject({
        company: 'Amazon',
        companyId: 'amazon',
        role: FULL_INTERVIEW.role,
        round: 'Bar raiser',
        type: 'behavioral',
        startsAt: '2026-03-10T14:30:00.000Z',
        durationMinutes: 60,
        endsAt: '2026-03-10T15:30:00.000Z',
        location: FULL_INTERVIEW.location,
        interviewers: FULL_INTERVIEW.interviewers,
        notes: FULL_INTERVIEW.notes,
        questionsAsked: [
          { text: FULL_INTERVIEW.questionsAsked[0]?.text, questionId: 'beh-biggest-failure' },
          { text: FULL_INTERVIEW.questionsAsked[1]?.text, questionId: null },
        ],
        storiesUsed: [],
        thankYou: { ...FULL_INTERVIEW.thankYou, sentAt: null, deadline: '2026-03-11T15:30:00.000Z' },
        followUp: FULL_INTERVIEW.followUp,
        reflection: FULL_INTERVIEW.reflection,
        outcome: 'pending',
        version: 1,
      });
      expect(interview.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(interview.createdAt).toBe(interview.updatedAt);
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(interview);
    });

    it('fills omitted fields; the duration defaults to the type’s longest canonical round, else 60', async () => {
      const bare = await create({ company: 'Acme', startsAt: '2026-05-01T23:30:00Z' });
      expect(bare).toMatchObject({
        companyId: null,
        role: '',
        type: null,
        durationMinutes: 60,
        endsAt: '2026-05-02T00:30:00.000Z',
        interviewers: [],
        questionsAsked: [],
        storiesUsed: [],
        thankYou: { draft: '', status: 'not-started', sentAt: null, deadline: '2026-05-03T00:30:00.000Z' },
        followUp: { date: null, done: false },
        reflection: { text: '', wentWell: '', toImprove: '', selfRating: null },
        outcome: 'pending',
      });
      const technical = await create({
        company: 'Acme',
        type: 'technical-leadership',
        startsAt: '2026-05-01T10:00:00Z',
      });
      expect(technical.durationMinutes).toBe(90);
      expect(technical.thankYou.deadline).toBe('2026-05-02T11:30:00.000Z');
    });

    it('answers 404 not_found for an unknown id', async () => {
      expectError(await api.get('/api/interviews/no-such-interview'), 404, 'not_found');
    });
  });

  describe('the thank-you deadline', () => {
    it('rolls over month and year ends, and moves when the start or the duration changes', async () => {
      const interview = await create({
        company: 'Acme',
        startsAt: '2026-12-31T22:00:00Z',
        durationMinutes: 90,
      });
      expect(interview.endsAt).toBe('2026-12-31T23:30:00.000Z');
      expect(interview.thankYou.deadline).toBe('2027-01-01T23:30:00.000Z');

      const moved = await update(interview.id, { version: 1, startsAt: '2027-02-28T12:00:00+01:00' });
      expect(moved).toMatchObject({ endsAt: '2027-02-28T12:30:00.000Z', durationMinutes: 90 });
      expect(moved.thankYou.deadline).toBe('2027-03-01T12:30:00.000Z');

      const longer = await update(interview.id, { version: 2, durationMinutes: 720 });
      expect(longer).toMatchObject({ endsAt: '2027-02-28T23:00:00.000Z' });
      expect(longer.thankYou.deadline).toBe('2027-03-01T23:00:00.000Z');
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(longer);
    });

    it('cannot be written by a client', async () => {
      expectError(
        await api.post('/api/interviews', {
          ...FULL_INTERVIEW,
          thankYou: { status: 'drafted', deadline: '2030-01-01T00:00:00Z' },
        }),
        400,
        'invalid_request',
      );
      const interview = await create();
      expectError(
        await api.put(`/api/interviews/${interview.id}`, { version: 1, endsAt: '2030-01-01T00:00:00Z' }),
        400,
      );
    });
  });

  describe('thank-you note status', () => {
    it('stamps sentAt with the time it was marked sent, keeps it, and clears it when unsent', async () => {
      const interview = await create();
      const before = Date.now();
      const sent = await update(interview.id, { version: 1, thankYou: { status: 'sent' } });
      expect(sent.thankYou.draft).toBe(FULL_INTERVIEW.thankYou.draft);
      expect(Date.parse(sent.thankYou.sentAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
      const edited = await update(interview.id, { version: 2, thankYou: { draft: 'Edited after sending' } });
      expect(edited.thankYou).toMatchObject({ status: 'sent', sentAt: sent.thankYou.sentAt });
      const unsent = await update(interview.id, { version: 3, thankYou: { status: 'drafted' } });
      expect(unsent.thankYou).toMatchObject({
        status: 'drafted',
        sentAt: null,
        draft: 'Edited after sending',
      });
    });

    it('takes an explicit sentAt (normalised to UTC) and refuses one on a note that is not sent', async () => {
      const sent = await create({
        ...FULL_INTERVIEW,
        thankYou: { status: 'sent', sentAt: '2026-03-10T18:00:00+02:00' },
      });
      expect(sent.thankYou.sentAt).toBe('2026-03-10T16:00:00.000Z');
      const refused = expectError(
        await api.post('/api/interviews', {
          ...FULL_INTERVIEW,
          thankYou: { sentAt: '2026-03-10T18:00:00Z' },
        }),
        400,
        'invalid_request',
      );
      expect(JSON.stringify(refused.error.details)).toContain('thankYou.sentAt');
    });
  });

  describe('checklist', () => {
    it('returns every framework item, ticks round-trip, and progress is counted per phase', async () => {
      const interview = await create();
      for (const phase of CHECKLIST_PHASES) {
        expect(Object.keys(interview.checklist[phase])).toEqual(CHECKLIST_ITEM_IDS[phase]);
      }
      expect(interview.checklist.pre).toMatchObject({ 'pre.company-news': true, 'pre.tech-setup': true });
      expect(interview.checklist.pre['pre.calm-body']).toBe(false);
      expect(interview.checklistProgress).toMatchObject({
        pre: { done: 2, total: CHECKLIST_ITEM_IDS.pre.length },
        during: { done: 1 },
        post: { done: 0 },
        all: { done: 3 },
      });

      // Ticks merge: the ones not sent keep their state.
      const ticked = await update(interview.id, {
        version: 1,
        checklist: { pre: { 'pre.tech-setup': false }, post: { 'post.thank-you': true } },
      });
      expect(ticked.checklist.pre).toMatchObject({ 'pre.company-news': true, 'pre.tech-setup': false });
      expect(ticked.checklist.during['during.rapport']).toBe(true);
      expect(ticked.checklist.post['post.thank-you']).toBe(true);
      expect(ticked.checklistProgress.all.done).toBe(3);
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(ticked);
    });

    it('refuses unknown item ids, items under the wrong phase, unknown phases and non-booleans (400)', async () => {
      const interview = await create();
      for (const checklist of [
        { pre: { 'pre.nap': true } },
        { pre: { 'post.thank-you': true } },
        { lunch: {} },
        { during: { 'during.rapport': 'yes' } },
      ]) {
        expectError(
          await api.post('/api/interviews', { ...FULL_INTERVIEW, checklist }),
          400,
          'invalid_request',
        );
        expectError(
          await api.put(`/api/interviews/${interview.id}`, { version: 1, checklist }),
          400,
          'invalid_request',
        );
      }
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(interview);
    });
  });

  describe('update', () => {
    it('applies a patch at the loaded version: objects merge, lists replace, the rest is kept', async () => {
      const before = await create();
      const after = await update(before.id, {
        version: 1,
        outcome: 'advanced',
        interviewers: [{ name: 'Sam Lee' }],
        reflection: { selfRating: null, toImprove: 'Pause before answering.' },
        followUp: { done: true },
      });
      expect(after).toMatchObject({
        version: 2,
        outcome: 'advanced',
        interviewers: [{ name: 'Sam Lee', role: '' }],
        reflection: { ...FULL_INTERVIEW.reflection, selfRating: null, toImprove: 'Pause before answering.' },
        followUp: { date: FULL_INTERVIEW.followUp.date, done: true },
      });
      expect(after.notes).toBe(before.notes);
      expect(after.questionsAsked).toEqual(before.questionsAsked);
      expect(after.createdAt).toBe(before.createdAt);
      expect((await api.get(`/api/interviews/${before.id}`)).json()).toEqual(after);
    });

    it('refuses a stale version with 409, the current record, and no change to the data', async () => {
      const interview = await create();
      const current = await update(interview.id, { version: 1, round: 'Hiring manager' });
      const stale = expectError(
        await api.put(`/api/interviews/${interview.id}`, { version: 1, round: 'Lost update' }),
        409,
        'version_conflict',
      );
      expect(stale.error.details).toEqual({ current });
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(current);
      expectError(
        await api.put(`/api/interviews/${interview.id}`, { version: 7, notes: 'x' }),
        409,
        'version_conflict',
      );
    });

    it('lets exactly one of three concurrent updates of the same version win', async () => {
      const interview = await create();
      const results = await Promise.all(
        ['A', 'B', 'C'].map((round) => api.put(`/api/interviews/${interview.id}`, { version: 1, round })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      const winner = results.find((r) => r.statusCode === 200)?.json() as Interview;
      expect((await api.get(`/api/interviews/${interview.id}`)).json()).toEqual(winner);
    });

    it('answers 404 for an interview that does not exist', async () => {
      expectError(await api.put('/api/interviews/missing', { version: 1, notes: 'x' }), 404, 'not_found');
    });
  });

  describe('delete', () => {
    it('needs the version: 400 without it, 409 with a stale one, then 204 and 404', async () => {
      const id = await storyId('Linked');
      const interview = await create({ ...FULL_INTERVIEW, storiesUsed: [id] });
      await update(interview.id, { version: 1, notes: 'v2' });
      expectError(await api.delete(`/api/interviews/${interview.id}`), 400, 'invalid_request');
      const stale = expectError(
        await api.delete(`/api/interviews/${interview.id}?version=1`),
        409,
        'version_conflict',
      );
      expect(stale).toMatchObject({ error: { details: { current: { version: 2 } } } });
      expect((await api.get(`/api/interviews/${interview.id}`)).statusCode).toBe(200);

      const response = await api.delete(`/api/interviews/${interview.id}?version=2`);
      expect(response.statusCode).toBe(204);
      expectError(await api.get(`/api/interviews/${interview.id}`), 404, 'not_found');
      expectError(await api.delete(`/api/interviews/${interview.id}?version=2`), 404, 'not_found');
      const links = await getStorage()
        .db.selectFrom('interview_stories')
        .where('interview_id', '=', interview.id)
        .selectAll()
        .execute();
      expect(links).toEqual([]);
      // The story itself is untouched.
      expect((await api.get(`/api/stories/${id}`)).statusCode).toBe(200);
    });
  });
});
