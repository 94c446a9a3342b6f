/** Property: any valid question (own or captured) round-trips create → get → list unchanged, on both engines. */
import { COMPETENCY_TAGS, INTERVIEW_TYPE_IDS, LEVEL_IDS } from '@onsite/core';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

// Any Unicode but NUL and lone surrogates (which the API refuses): emoji, RTL, quotes, SQL and JSON syntax.
const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength }),
      fc.constantFrom("'; drop table questions; --", '{"a":[1]}', 'naïve café – “quoted”', '%_\\'),
    )
    .filter((s) => s.length <= maxLength);
const nonBlank = (maxLength: number) => text(maxLength).filter((s) => s.trim() !== '');
const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const common = {
  text: nonBlank(300),
  interviewType: fc.constantFrom(...INTERVIEW_TYPE_IDS, null),
  tags: fc.uniqueArray(fc.constantFrom(...COMPETENCY_TAGS), { maxLength: 4 }),
  principles: fc.uniqueArray(
    fc.tuple(kebab, kebab).map(([company, name]) => `${company}.${name}`),
    { maxLength: 4 },
  ),
  levels: fc.uniqueArray(fc.constantFrom(...LEVEL_IDS), { maxLength: 3 }),
  notes: text(400),
};

const ownInput = fc.record({ source: fc.constant('own'), ...common }, { requiredKeys: ['text'] });
const capturedInput = fc.record(
  {
    source: fc.constant('captured'),
    ...common,
    company: fc.option(nonBlank(100), { nil: null }),
    askedAt: fc.option(date, { nil: null }),
    round: fc.option(text(100), { nil: null }),
    interviewId: fc.option(nonBlank(100), { nil: null }),
  },
  { requiredKeys: ['source', 'text'] },
);

forEachDatabase('question round trip', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('stores every valid input exactly, and finds it by its own company and source', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(ownInput, capturedInput), async (input) => {
        const created = await api.post('/api/questions', input);
        expect(created.statusCode, created.body).toBe(201);
        const question = created.json();
        expect(question).toMatchObject({ ...input, source: input.source ?? 'own' });
        expect((await api.get(`/api/questions/${question.id}`)).json()).toEqual(question);
        const company = 'company' in input ? input.company : null;
        if (company) {
          // Another case, where changing case round-trips (not for ß or dotless ı).
          const shouted =
            company.toUpperCase().toLowerCase() === company.toLowerCase() ? company.toUpperCase() : company;
          const query = `source=${question.source}&company=${encodeURIComponent(shouted)}&limit=100`;
          const listed = await api.get(`/api/questions?${query}`);
          expect(listed.statusCode, listed.body).toBe(200);
          expect(listed.json().items).toContainEqual(question);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
