/** /api/practice end to end (routes → service → repository → a real database), on both engines. */
import { type AnalyzeOptions, analyze, getQuestion, QUESTION_BANK } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeAnswer, PracticeSession } from '../src/services/practice-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor, FULL_STORY } from './story-api';

const TRANSCRIPT =
  'Our checkout p99 latency had crept to 900ms during the holiday ramp. As the engineering manager I owned ' +
  'fixing it. I profiled the hot path with two senior engineers, cut three synchronous fraud calls to one and ' +
  'negotiated a four-week feature freeze with the product director. p99 fell to 210ms and conversion rose 4%. ' +
  'I now put latency budgets in every design review.';
const BANK_QUESTION = QUESTION_BANK[0];

/** A two-round session: a scored, timed behavioural answer with a story; a design round with a bank question. */
function sessionBody(storyId: string | null) {
  return {
    title: 'Mock loop with Priya',
    type: 'behavioral',
    startedAt: '2026-02-10T18:00:00+01:00',
    targetLevel: 'Director',
    company: 'amazon',
    notes: 'Felt rushed in round two',
    rounds: [
      {
        name: 'Hiring manager',
        answers: [
          {
            questionText: 'Tell me about a time you fixed a reliability problem under pressure.',
            transcript: TRANSCRIPT,
            durationSeconds: 150,
            storyId,
            scores: [
              { by: 'self', ratings: { storytelling: 'good', technicalDepth: 'great' } },
              {
                by: 'peer',
                peerName: 'Priya',
                ratings: {
                  storytelling: 'great',
                  technicalDepth: 'great',
                  leadershipRange: 'good',
                  businessAcumen: 'exceptional',
                  cultureFit: 'below',
                },
              },
            ],
            notes: 'Lead with the result next time',
          },
        ],
      },
      {
        name: 'Org design',
        type: 'system-org-design',
        answers: [{ questionId: BANK_QUESTION?.id, transcript: 'I would split the platform team in two.' }],
      },
    ],
  };
}

/** What core says about the answer in its session: the stored analysis must equal this. */
function expectedAnalysis(session: PracticeSession, roundIndex: number, answer: PracticeAnswer) {
  const round = session.rounds[roundIndex];
  const options: AnalyzeOptions = { type: round?.type ?? session.type };
  if (session.targetLevel) options.level = session.targetLevel;
  if (session.company) options.company = session.company;
  if (answer.questionText) options.question = answer.questionText;
  if (answer.durationSeconds !== null) options.durationSeconds = answer.durationSeconds;
  return analyze(answer.transcript, options);
}

function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(response.statusCode, JSON.stringify(response.json()).slice(0, 300)).toBe(status);
  const body = response.json() as {
    error: { code: string; message: string; details?: { current?: unknown; references?: unknown } };
  };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  return body;
}

forEachDatabase('practice API', (getStorage) => {
  let api: Api;
  let storyId: string;
  beforeAll(async () => {
    api = await apiFor(getStorage());
    storyId = (await api.post('/api/stories', FULL_STORY)).json().id;
  });
  afterAll(async () => {
    await api.app.close();
  });

  const create = async (body: object): Promise<PracticeSession> => {
    const response = await api.post('/api/practice', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const answersOf = (session: PracticeSession) => session.rounds.flatMap((r) => r.answers);

  describe('create and get', () => {
    it('stores rounds and answers in order, with the analysis core gives each transcript', async () => {
      const session = await create(sessionBody(storyId));
      expect(session).toMatchObject({
        title: 'Mock loop with Priya',
        type: 'behavioral',
        startedAt: '2026-02-10T17:00:00.000Z',
        targetLevel: 'L6',
        company: 'amazon',
        version: 1,
        answerCount: 2,
      });
      expect(session.rounds.map((r) => [r.name, r.type])).toEqual([
        ['Hiring manager', null],
        ['Org design', 'system-org-design'],
      ]);
      const [first, second] = answersOf(session) as [PracticeAnswer, PracticeAnswer];
      expect(first).toMatchObject({ storyId, durationSeconds: 150, notes: 'Lead with the result next time' });
      expect(first.analysis).toEqual(expectedAnalysis(session, 0, first));
      expect(first.analysis?.options).toMatchObject({ level: 'L6', company: 'amazon', durationSeconds: 150 });
      expect(first.analysisVersion).toBe(1);
      // The bank question's text is filled in and analysed with the round's type.
      expect(second.questionText).toBe(getQuestion(BANK_QUESTION?.id ?? '')?.text);
      expect(second.analysis).toEqual(expectedAnalysis(session, 1, second));
      expect(second.analysis?.options.type).toBe('system-org-design');
      const [a, b] = [first.analysis?.score ?? Number.NaN, second.analysis?.score ?? Number.NaN];
      expect(session.meanScore).toBeCloseTo((a + b) / 2, 1);
      expect((await api.get(`/api/practice/${session.id}`)).json()).toEqual(session);
    });

    it('round-trips self and peer rubric scorecards exactly', async () => {
      const session = await create(sessionBody(storyId));
      const stored: PracticeSession = (await api.get(`/api/practice/${session.id}`)).json();
      expect(answersOf(stored)[0]?.scores).toEqual([
        { by: 'self', peerName: null, ratings: { storytelling: 'good', technicalDepth: 'great' } },
        {
          by: 'peer',
          peerName: 'Priya',
          ratings: {
            storytelling: 'great',
            technicalDepth: 'great',
            leadershipRange: 'good',
            businessAcumen: 'exceptional',
            cultureFit: 'below',
          },
        },
      ]);
    });

    it('keeps an empty transcript without analysis; a title and type make a valid session', async () => {
      const empty = await create({ title: 'Warm-up', type: 'culture-values' });
      expect(empty).toMatchObject({
        rounds: [],
        answerCount: 0,
        meanScore: null,
        notes: '',
        targetLevel: null,
      });
      const draft = await create({
        title: 'Draft',
        type: 'behavioral',
        rounds: [{ answers: [{ transcript: '  ' }] }],
      });
      expect(draft.rounds[0]?.name).toBe('Round 1');
      expect(answersOf(draft)[0]).toMatchObject({ analysis: null, analysisVersion: null, storyId: null });
      expect(draft.meanScore).toBeNull();
    });

    it('analyses a custom company without principles (its set lives with the companies noun)', async () => {
      const session = await create({
        title: 'Startup loop',
        type: 'behavioral',
        company: 'acme-corp',
        rounds: [{ answers: [{ transcript: TRANSCRIPT }] }],
      });
      expect(session.company).toBe('acme-corp');
      expect(answersOf(session)[0]?.analysis?.options.company).toBeNull();
    });

    it('answers 404 for an unknown id', async () => {
      expectError(await api.get('/api/practice/no-such-session'), 404, 'not_found');
    });
  });

  describe('references', () => {
    it('refuses a storyId that names no story with 422 invalid_reference, writing nothing', async () => {
      const before = (await getStorage().db.selectFrom('practice_sessions').select('id').execute()).length;
      const body = expectError(
        await api.post('/api/practice', sessionBody('no-such-story')),
        422,
        'invalid_reference',
      );
      expect(body.error.details?.references).toEqual([
        { round: 0, answer: 0, field: 'storyId', value: 'no-such-story' },
      ]);
      expect((await getStorage().db.selectFrom('practice_sessions').select('id').execute()).length).toBe(
        before,
      );
    });

    it('refuses a questionId that is neither in the bank nor one of your questions', async () => {
      const response = await api.post('/api/practice', {
        title: 't',
        type: 'behavioral',
        rounds: [{ answers: [{ questionId: 'beh-made-up-question' }] }],
      });
      expectError(response, 422, 'invalid_reference');
    });

    it('takes one of your own questions by id and fills in its text', async () => {
      const question = await api.post('/api/questions', { text: 'How do you decide when to split a team?' });
      expect(question.statusCode, question.body.slice(0, 300)).toBe(201);
      const session = await create({
        title: 'Own question',
        type: 'system-org-design',
        rounds: [
          { answers: [{ questionId: question.json().id, transcript: 'When it passes eight people.' }] },
        ],
      });
      const [answer] = answersOf(session) as [PracticeAnswer];
      expect(answer).toMatchObject({
        questionId: question.json().id,
        questionText: 'How do you decide when to split a team?',
      });
      expect(answer.analysis?.options.question).toBe('How do you decide when to split a team?');
    });

    it("refuses an answer id that is not one of the session's answers", async () => {
      const session = await create(sessionBody(storyId));
      const other = await create(sessionBody(storyId));
      const foreign = answersOf(other)[0]?.id;
      expectError(
        await api.put(`/api/practice/${session.id}`, {
          version: 1,
          rounds: [{ answers: [{ id: foreign }] }],
        }),
        422,
        'invalid_reference',
      );
      expectError(
        await api.post('/api/practice', {
          title: 't',
          type: 'behavioral',
          rounds: [{ answers: [{ id: foreign }] }],
        }),
        422,
        'invalid_reference',
      );
    });

    it('keeps the story id when the story is deleted, and the session stays editable', async () => {
      const story = (await api.post('/api/stories', { ...FULL_STORY, title: 'Doomed' })).json();
      const session = await create(sessionBody(story.id));
      expect((await api.delete(`/api/stories/${story.id}?version=1`)).statusCode).toBe(204);
      const after: PracticeSession = (await api.get(`/api/practice/${session.id}`)).json();
      expect(answersOf(after)[0]?.storyId).toBe(story.id);
      const edited = await api.put(`/api/practice/${session.id}`, { version: 1, title: 'Renamed' });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(answersOf(edited.json())[0]?.storyId).toBe(story.id);
      // Linking the deleted story to another answer is a new link, and refused.
      const [kept] = answersOf(after);
      expectError(
        await api.put(`/api/practice/${session.id}`, {
          version: 2,
          rounds: [{ answers: [{ id: kept?.id }, { transcript: 'x', storyId: story.id }] }],
        }),
        422,
        'invalid_reference',
      );
    });
  });

  describe('update', () => {
    it('re-analyses an edited transcript at the new version and keeps an unchanged one as it was', async () => {
      const before = await create(sessionBody(storyId));
      const [first, second] = answersOf(before) as [PracticeAnswer, PracticeAnswer];
      const response = await api.put(`/api/practice/${before.id}`, {
        version: 1,
        rounds: [
          { name: 'Hiring manager', answers: [{ id: first.id }] },
          {
            name: 'Org design',
            type: 'system-org-design',
            answers: [
              { id: second.id, transcript: 'I would split the platform team in two, by customer journey.' },
            ],
          },
        ],
      });
      expect(response.statusCode, response.body).toBe(200);
      const after: PracticeSession = response.json();
      const [firstAfter, secondAfter] = answersOf(after) as [PracticeAnswer, PracticeAnswer];
      expect(after.version).toBe(2);
      expect(firstAfter).toEqual(first);
      expect(secondAfter.id).toBe(second.id);
      expect(secondAfter.questionText).toBe(second.questionText);
      expect(secondAfter.analysisVersion).toBe(2);
      expect(secondAfter.analysis).toEqual(expectedAnalysis(after, 1, secondAfter));
      expect((await api.get(`/api/practice/${before.id}`)).json()).toEqual(after);
    });

    it('re-analyses every answer when the level changes, and keeps rounds not sent', async () => {
      const before = await create(sessionBody(storyId));
      const after: PracticeSession = (
        await api.put(`/api/practice/${before.id}`, { version: 1, targetLevel: 'L5' })
      ).json();
      expect(after.rounds.map((r) => r.answers.map((a) => a.id))).toEqual(
        before.rounds.map((r) => r.answers.map((a) => a.id)),
      );
      after.rounds.forEach((round, r) => {
        for (const answer of round.answers) {
          expect(answer.analysisVersion).toBe(2);
          expect(answer.analysis).toEqual(expectedAnalysis(after, r, answer));
          expect(answer.analysis?.options.level).toBe('L5');
        }
      });
    });

    it('removes answers not sent, adds new ones and replaces scorecards', async () => {
      const before = await create(sessionBody(storyId));
      const [first] = answersOf(before) as [PracticeAnswer];
      const after: PracticeSession = (
        await api.put(`/api/practice/${before.id}`, {
          version: 1,
          rounds: [
            {
              answers: [
                { id: first.id, scores: [{ by: 'self', ratings: { cultureFit: 'great' } }] },
                { transcript: 'A new answer about hiring five engineers.' },
              ],
            },
          ],
        })
      ).json();
      expect(after.answerCount).toBe(2);
      expect(after.rounds).toHaveLength(1);
      expect(answersOf(after)[0]?.scores).toEqual([
        { by: 'self', peerName: null, ratings: { cultureFit: 'great' } },
      ]);
      expect(answersOf(after)[0]?.transcript).toBe(first.transcript);
      const rows = await getStorage()
        .db.selectFrom('practice_answers')
        .select('id')
        .where('session_id', '=', before.id)
        .execute();
      expect(rows.map((r) => r.id).sort()).toEqual(
        answersOf(after)
          .map((a) => a.id)
          .sort(),
      );
    });

    it('refuses a stale version with 409 and the current session, changing nothing', async () => {
      const before = await create(sessionBody(storyId));
      const current: PracticeSession = (
        await api.put(`/api/practice/${before.id}`, { version: 1, notes: 'v2' })
      ).json();
      const body = expectError(
        await api.put(`/api/practice/${before.id}`, { version: 1, notes: 'lost', rounds: [] }),
        409,
        'version_conflict',
      );
      expect(body.error.details?.current).toEqual(current);
      expect((await api.get(`/api/practice/${before.id}`)).json()).toEqual(current);
      expectError(await api.put('/api/practice/missing', { version: 1, notes: 'x' }), 404, 'not_found');
    });

    it('lets one of three concurrent updates of the same version win, and its answers alone remain', async () => {
      const before = await create(sessionBody(storyId));
      const results = await Promise.all(
        ['a', 'b', 'c'].map((word) =>
          api.put(`/api/practice/${before.id}`, {
            version: 1,
            rounds: [{ answers: [{ transcript: `Answer ${word}` }] }],
          }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      const winner = results.find((r) => r.statusCode === 200)?.json() as PracticeSession;
      expect((await api.get(`/api/practice/${before.id}`)).json()).toEqual(winner);
      const rows = await getStorage()
        .db.selectFrom('practice_answers')
        .select('id')
        .where('session_id', '=', before.id)
        .execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe('delete', () => {
    it('needs the current version, then deletes the session and its answers', async () => {
      const session = await create(sessionBody(storyId));
      expectError(await api.delete(`/api/practice/${session.id}`), 400, 'invalid_request');
      expectError(await api.delete(`/api/practice/${session.id}?version=2`), 409, 'version_conflict');
      expect((await api.delete(`/api/practice/${session.id}?version=1`)).statusCode).toBe(204);
      expectError(await api.get(`/api/practice/${session.id}`), 404, 'not_found');
      const rows = await getStorage()
        .db.selectFrom('practice_answers')
        .select('id')
        .where('session_id', '=', session.id)
        .execute();
      expect(rows).toEqual([]);
    });
  });
});
