/** Bad story input: always a 4xx in the one error shape, never a 500, and nothing written. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_LIMITS, STORY_TEXT_FIELDS, type Story } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

const long = (n: number) => 'x'.repeat(n);

/** Bodies a client might send for a new story, each wrong in one way. */
const INVALID_CREATES: [string, unknown][] = [
  ['no title', { situation: 'x' }],
  ['empty title', { title: '' }],
  ['blank title', { title: '   ' }],
  ['title over 200 chars', { title: long(201) }],
  ['title not a string', { title: 42 }],
  ['text field over 20,000 chars', { title: 't', action: long(20_001) }],
  ['NUL in text', { title: 't', result: 'a\u0000b' }],
  ['lone surrogate in text', { title: 't', task: 'a\ud800b' }],
  ['unknown field', { title: 't', mood: 'happy' }],
  ['version on create', { title: 't', version: 1 }],
  ['id on create', { title: 't', id: 'mine' }],
  ['unknown tag', { title: 't', tags: ['wizardry'] }],
  ['repeated tag', { title: 't', tags: ['hiring', 'hiring'] }],
  ['principle without company', { title: 't', principles: ['customer-obsession'] }],
  ['principle not kebab', { title: 't', principles: ['amazon.Customer Obsession'] }],
  ['unknown level', { title: 't', targetLevel: 'wizard' }],
  ['51 metrics', { title: 't', metrics: Array.from({ length: 51 }, (_, i) => `m${i}`) }],
  ['empty metric', { title: 't', metrics: [''] }],
  ['metrics not a list', { title: 't', metrics: 'fast' }],
  ['array body', [{ title: 't' }]],
  ['null body', null],
];

forEachDatabase('story validation', (getStorage) => {
  let api: Api;
  let story: Story;
  const count = async () => (await getStorage().db.selectFrom('stories').select('id').execute()).length;

  beforeAll(async () => {
    api = await apiFor(getStorage());
    story = (await api.post('/api/stories', { title: 'Kept', situation: 'Kept as is.' })).json();
  });
  afterAll(async () => {
    await api.app.close();
  });

  describe('POST /api/stories', () => {
    it('stores and finds the largest searchable story: distinct CJK words in every field at its limit', async () => {
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
      const body: Record<string, string> = { title: distinctWords(STORY_LIMITS.titleChars) };
      for (const field of STORY_TEXT_FIELDS) body[field] = distinctWords(STORY_LIMITS.textChars);
      const response = await api.post('/api/stories', body);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
      const lastWord = body.impact?.split(' ').at(-1) ?? '';
      const found = await api.get(`/api/stories?q=${encodeURIComponent(lastWord)}`);
      expect(found.json().items.map((s: Story) => s.id)).toEqual([response.json().id]);
    });

    it.each(INVALID_CREATES)(
      'refuses %s with 400 invalid_request and writes nothing',
      async (_name, body) => {
        const before = await count();
        const response = await api.send('POST', '/api/stories', JSON.stringify(body));
        expect(response.statusCode).toBe(400);
        const error = response.json().error;
        expect(error.code).toBe('invalid_request');
        expect(Array.isArray(error.details)).toBe(true);
        expect(await count()).toBe(before);
      },
    );

    it('names the offending field in the details', async () => {
      const response = await api.post('/api/stories', { title: 't', tags: ['wizardry'], mood: 1 });
      const paths = response.json().error.details.map((d: { path: string }) => d.path);
      expect(paths.some((p: string) => p.startsWith('body.tags'))).toBe(true);
    });

    it('accepts the limits themselves', async () => {
      const response = await api.post('/api/stories', {
        title: long(200),
        action: long(20_000),
        metrics: Array.from({ length: 50 }, (_, i) => `m${i}`),
        principles: ['acme-labs.ship-it-2'],
      });
      expect(response.statusCode).toBe(201);
    });

    it('answers invalid JSON with 400 and prototype poisoning with 400', async () => {
      expect((await api.send('POST', '/api/stories', '{"title": ')).statusCode).toBe(400);
      const poisoned = await api.send('POST', '/api/stories', '{"title":"t","__proto__":{"admin":true}}');
      expect(poisoned.statusCode).toBe(400);
    });

    it('answers a body over the limit with 413 payload_too_large', async () => {
      const response = await api.send(
        'POST',
        '/api/stories',
        JSON.stringify({ title: 't', action: long(1_100_000) }),
      );
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe('payload_too_large');
    });
  });

  describe('PUT /api/stories/{id}', () => {
    const invalidUpdates: [string, unknown][] = [
      ['no version', { title: 'x' }],
      ['version 0', { version: 0, title: 'x' }],
      ['version as a string', { version: '1', title: 'x' }],
      ['fractional version', { version: 1.5 }],
      ['unknown field', { version: 1, mood: 'x' }],
      ['read-only field', { version: 1, analysis: null }],
      ['createdAt', { version: 1, createdAt: '2020-01-01T00:00:00Z' }],
      ['empty title', { version: 1, title: '' }],
      ['unknown level', { version: 1, targetLevel: 'wizard' }],
    ];

    it.each(invalidUpdates)('refuses %s with 400 and changes nothing', async (_name, body) => {
      const response = await api.put(`/api/stories/${story.id}`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
      expect((await api.get(`/api/stories/${story.id}`)).json()).toEqual(story);
    });
  });

  describe('ids and queries', () => {
    it("answers an over-long id with 414 (Fastify's 100-char parameter limit) and an unknown one with 404", async () => {
      const tooLong = await api.get(`/api/stories/${long(101)}`);
      expect(tooLong.statusCode).toBe(414);
      expect(tooLong.json().error.code).toBe('uri_too_long');
      expect((await api.get('/api/stories/%E2%9C%93')).statusCode).toBe(404);
    });

    it.each(['version=abc', 'version=0', 'version=1&x=1', ''])(
      'refuses DELETE ?%s with 400',
      async (query) => {
        expect((await api.delete(`/api/stories/${story.id}?${query}`)).statusCode).toBe(400);
        expect((await api.get(`/api/stories/${story.id}`)).statusCode).toBe(200);
      },
    );
  });
});
