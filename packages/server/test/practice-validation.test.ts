/** Bad practice input: always a 4xx in the one error shape, never a 500, and nothing written. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_LIMITS, type PracticeSession } from '../src/services/practice-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

const long = (n: number) => 'x'.repeat(n);
const base = { title: 'Mock', type: 'behavioral' };
const withAnswer = (answer: object) => ({ ...base, rounds: [{ answers: [answer] }] });
const answers = (n: number, transcript = 'An answer.') => Array.from({ length: n }, () => ({ transcript }));

const INVALID_CREATES: [string, unknown][] = [
  ['no title', { type: 'behavioral' }],
  ['blank title', { ...base, title: '  ' }],
  ['no type', { title: 'Mock' }],
  ['unknown type', { ...base, type: 'chess' }],
  ['unknown level', { ...base, targetLevel: 'wizard' }],
  ['company not a slug', { ...base, company: 'Amazon Inc' }],
  ['startedAt without offset', { ...base, startedAt: '2026-01-01T10:00:00' }],
  ['NUL in notes', { ...base, notes: 'a\u0000b' }],
  ['unknown field', { ...base, mood: 'calm' }],
  ['version on create', { ...base, version: 1 }],
  ['11 rounds', { ...base, rounds: Array.from({ length: 11 }, () => ({})) }],
  ['31 answers across rounds', { ...base, rounds: [{ answers: answers(16) }, { answers: answers(15) }] }],
  ['over 150,000 characters of answers', { ...base, rounds: [{ answers: answers(8, long(19_000)) }] }],
  ['transcript over 20,000 chars', withAnswer({ transcript: long(20_001) })],
  ['lone surrogate in a transcript', withAnswer({ transcript: 'a\ud800b' })],
  ['duration 0', withAnswer({ transcript: 'x', durationSeconds: 0 })],
  ['duration over 24 h', withAnswer({ transcript: 'x', durationSeconds: 86_401 })],
  ['fractional duration', withAnswer({ transcript: 'x', durationSeconds: 1.5 })],
  ['unknown rubric dimension', withAnswer({ scores: [{ by: 'self', ratings: { charisma: 'great' } }] })],
  ['unknown rubric band', withAnswer({ scores: [{ by: 'self', ratings: { storytelling: 'superb' } }] })],
  ['unknown scorer', withAnswer({ scores: [{ by: 'boss', ratings: {} }] })],
  ['a peer name on a self scorecard', withAnswer({ scores: [{ by: 'self', peerName: 'Me', ratings: {} }] })],
  ['11 scorecards', withAnswer({ scores: Array.from({ length: 11 }, () => ({ by: 'self', ratings: {} })) })],
  ['empty questionId', withAnswer({ questionId: '' })],
  ['unknown answer field', withAnswer({ transcript: 'x', mood: 'calm' })],
  ['repeated answer ids', { ...base, rounds: [{ answers: [{ id: 'a' }, { id: 'a' }] }] }],
  ['array body', [base]],
  ['null body', null],
];

forEachDatabase('practice validation', (getStorage) => {
  let api: Api;
  let session: PracticeSession;
  const count = async () =>
    (await getStorage().db.selectFrom('practice_sessions').select('id').execute()).length;
  const answerCount = async () =>
    (await getStorage().db.selectFrom('practice_answers').select('id').execute()).length;

  beforeAll(async () => {
    api = await apiFor(getStorage());
    session = (await api.post('/api/practice', withAnswer({ transcript: 'Kept as is.' }))).json();
  });
  afterAll(async () => {
    await api.app.close();
  });

  describe('POST /api/practice', () => {
    it.each(INVALID_CREATES)(
      'refuses %s with 400 invalid_request and writes nothing',
      async (_name, body) => {
        const [sessions, rows] = [await count(), await answerCount()];
        const response = await api.send('POST', '/api/practice', JSON.stringify(body));
        expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
        const error = response.json().error;
        expect(error.code).toBe('invalid_request');
        expect(Array.isArray(error.details)).toBe(true);
        expect([await count(), await answerCount()]).toEqual([sessions, rows]);
      },
    );

    it('accepts exactly the limits: 30 answers, a 20,000-character transcript, a 24 h duration', async () => {
      const response = await api.post('/api/practice', {
        ...base,
        rounds: [
          { answers: [{ transcript: long(20_000), durationSeconds: 86_400 }, ...answers(14)] },
          { answers: answers(15) },
        ],
      });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
      expect(response.json().answerCount).toBe(30);
    });
  });

  describe('PUT /api/practice/:id', () => {
    it.each(INVALID_CREATES.filter(([name]) => !/no title|no type|version on create|body/.test(name)))(
      'refuses %s with 400 and leaves the session as it was',
      async (_name, body) => {
        const response = await api.put(`/api/practice/${session.id}`, {
          ...(body as object),
          version: session.version,
        });
        expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
        expect((await api.get(`/api/practice/${session.id}`)).json()).toEqual(session);
      },
    );

    it('needs a version: missing, zero or beyond int4 is 400', async () => {
      for (const version of [undefined, 0, 2_147_483_648, '1']) {
        const response = await api.put(`/api/practice/${session.id}`, { title: 'x', version });
        expect(response.statusCode).toBe(400);
      }
      expect((await api.get(`/api/practice/${session.id}`)).json()).toEqual(session);
    });
  });

  it('stores and searches the largest searchable session: distinct CJK words at every text limit', async () => {
    // The worst case for PostgreSQL's 1 MB tsvector: as many distinct short words as the limits allow.
    let next = 0;
    const distinctWords = (chars: number) => {
      const words: string[] = [];
      for (let length = 0; length < chars - 3; length += 3) {
        const n = next++;
        words.push(String.fromCodePoint(0x4e00 + (n % 20_000), 0x4e00 + Math.floor(n / 20_000)));
      }
      return words.join(' ');
    };
    const perAnswer = Math.floor(PRACTICE_LIMITS.sessionTextChars / 8);
    const body = {
      title: distinctWords(PRACTICE_LIMITS.titleChars),
      type: 'behavioral',
      notes: distinctWords(PRACTICE_LIMITS.notesChars),
      rounds: [{ answers: Array.from({ length: 8 }, () => ({ transcript: distinctWords(perAnswer) })) }],
    };
    const response = await api.post('/api/practice', body);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
    const lastWord = body.rounds[0]?.answers.at(-1)?.transcript.split(' ').at(-1) ?? '';
    const found = await api.get(`/api/practice?q=${encodeURIComponent(lastWord)}`);
    expect(found.json().items.map((s: { id: string }) => s.id)).toEqual([response.json().id]);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await api.send(
      'POST',
      '/api/practice',
      JSON.stringify({ ...base, notes: long(1_100_000) }),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBeDefined();
  });
});
