/** Property: any valid story input round-trips create → get unchanged, on both databases. */
import { COMPETENCY_TAGS, LEVEL_IDS } from '@onsite/core';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STORY_LIMITS, STORY_TEXT_FIELDS } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

// Any Unicode but NUL (which the API refuses): emoji, accents, RTL, quotes, SQL and JSON syntax.
const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength }),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.constantFrom("'; drop table stories; --", '{"a":[1]}', '\\u0000 is text here', 'p99 900ms → 210ms'),
    )
    .filter((s) => !s.includes('\u0000') && s.length <= maxLength);

const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

const storyInput = fc.record(
  {
    title: text(STORY_LIMITS.titleChars).filter((s) => s.length > 0 && s.trim() !== ''),
    ...Object.fromEntries(STORY_TEXT_FIELDS.map((field) => [field, text(400)])),
    metrics: fc.array(
      text(60).filter((s) => s.length > 0),
      { maxLength: 8 },
    ),
    tags: fc.uniqueArray(fc.constantFrom(...COMPETENCY_TAGS), { maxLength: 5 }),
    principles: fc.uniqueArray(
      fc.tuple(kebab, kebab).map(([company, name]) => `${company}.${name}`),
      { maxLength: 4 },
    ),
    targetLevel: fc.constantFrom(...LEVEL_IDS, null),
  },
  { requiredKeys: ['title'] },
);

forEachDatabase('story round trip', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('stores every valid input exactly: create → get deep-equal, fields as sent', async () => {
    await fc.assert(
      fc.asyncProperty(storyInput, async (input) => {
        const created = await api.post('/api/stories', input);
        expect(created.statusCode, created.body).toBe(201);
        const story = created.json();
        expect(story).toMatchObject(input);
        const fetched = await api.get(`/api/stories/${story.id}`);
        expect(fetched.json()).toEqual(story);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
