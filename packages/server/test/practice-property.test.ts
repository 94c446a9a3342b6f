/**
 * Properties on both databases: any valid practice session round-trips create → get unchanged,
 * with every answer as sent; and re-sending the answers by id changes nothing but the version.
 */
import { DIMENSION_IDS, DIMENSION_LEVELS, INTERVIEW_TYPE_IDS, LEVEL_IDS } from '@onsite/core';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PracticeSession } from '../src/services/practice-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

// Any Unicode but NUL (which the API refuses): emoji, accents, RTL, quotes, SQL and JSON syntax.
const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength }),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.constantFrom("'; drop table practice_sessions; --", '{"a":[1]}', 'um, so, like, p99 fell 40%'),
    )
    .filter((s) => !s.includes('\u0000') && s.length <= maxLength);
const nonBlank = (maxLength: number) => text(maxLength).filter((s) => s.trim() !== '');

const ratings = fc.record(
  Object.fromEntries(DIMENSION_IDS.map((id) => [id, fc.constantFrom(...DIMENSION_LEVELS)])),
  { requiredKeys: [] },
);
const scorecard = fc.oneof(
  fc.record({ by: fc.constant('self'), ratings }),
  fc.record({ by: fc.constant('peer'), peerName: fc.option(text(40), { nil: null }), ratings }),
);
const answer = fc.record(
  {
    questionText: text(200),
    transcript: text(600),
    durationSeconds: fc.option(fc.integer({ min: 1, max: 86_400 }), { nil: null }),
    scores: fc.array(scorecard, { maxLength: 3 }),
    notes: text(100),
  },
  { requiredKeys: [] },
);
const session = fc.record(
  {
    title: nonBlank(200),
    type: fc.constantFrom(...INTERVIEW_TYPE_IDS),
    targetLevel: fc.constantFrom(...LEVEL_IDS, null),
    company: fc.constantFrom('amazon', 'netflix', 'acme-corp', null),
    notes: text(300),
    rounds: fc.array(
      fc.record(
        {
          name: nonBlank(60),
          type: fc.constantFrom(...INTERVIEW_TYPE_IDS, null),
          answers: fc.array(answer, { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['title', 'type'] },
);

forEachDatabase('practice round trip', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('stores every valid session exactly: create → get deep-equal, answers as sent', async () => {
    await fc.assert(
      fc.asyncProperty(session, async (input) => {
        const created = await api.post('/api/practice', input);
        expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
        const stored: PracticeSession = created.json();
        const { rounds, ...header } = input;
        expect(stored).toMatchObject(header);
        expect(stored.rounds.map((r) => r.answers.length)).toEqual(
          (rounds ?? []).map((r) => r.answers?.length ?? 0),
        );
        stored.rounds.forEach((round, r) => {
          const sent = rounds?.[r];
          expect(round.name).toBe(sent?.name ?? `Round ${r + 1}`);
          expect(round.type).toBe(sent?.type ?? null);
          round.answers.forEach((answer, a) => {
            const { scores, ...fields } = sent?.answers?.[a] ?? {};
            expect(answer).toMatchObject(fields);
            expect(answer.scores).toEqual((scores ?? []).map((card) => ({ peerName: null, ...card })));
            expect(answer.analysis === null).toBe(answer.transcript.trim() === '');
          });
        });
        expect((await api.get(`/api/practice/${stored.id}`)).json()).toEqual(stored);
      }),
      { numRuns: 40 },
    );
  }, 180_000);

  it('re-sending every answer by id changes nothing but the version and the time', async () => {
    await fc.assert(
      fc.asyncProperty(session, async (input) => {
        const stored: PracticeSession = (await api.post('/api/practice', input)).json();
        const rounds = stored.rounds.map((round) => ({
          name: round.name,
          type: round.type,
          answers: round.answers.map((a) => ({ id: a.id })),
        }));
        const response = await api.put(`/api/practice/${stored.id}`, { version: 1, rounds });
        expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
        const { version, updatedAt, ...after } = response.json() as PracticeSession;
        const { version: _v, updatedAt: _u, ...before } = stored;
        expect(version).toBe(2);
        expect(after).toEqual(before);
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
