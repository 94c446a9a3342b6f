/**
 * JSON answers are 7-bit (http/ascii-json.ts): text with accents, arrows, emoji and CJK goes out
 * as \u escapes and reads back exactly as it was stored, on a built answer, a kept one (response
 * cache), a page of the list and an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiJson } from '../src/http/ascii-json';
import { forEachDatabase } from './databases';
import { type Api, apiFor, FULL_STORY } from './story-api';

const WIDE = 'Café → “déploiement” — 40 % fewer pages 😀, 改善, naïve−minus';
const isAscii = (bytes: Buffer): boolean => bytes.every((byte) => byte < 0x80);

describe('asciiJson', () => {
  it('escapes every unit above U+007F, and JSON.parse gives the same value back', () => {
    const value = { text: WIDE, lone: '\ud800x', plain: 'a "quoted" \\ line\n' };
    const json = asciiJson(JSON.stringify(value));
    expect(isAscii(Buffer.from(json))).toBe(true);
    expect(json).toContain('\\u2192'); // →
    expect(json).toContain('\\ud83d\\ude00'); // 😀 as its surrogate pair
    expect(JSON.parse(json)).toEqual(value);
  });

  it('hands back an ASCII string untouched', () => {
    const json = JSON.stringify({ text: 'plain words' });
    expect(asciiJson(json)).toBe(json);
  });
});

forEachDatabase('ASCII JSON answers', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(() => api.app.close());

  it('sends a story with non-ASCII text as 7-bit bytes that read back to the same text', async () => {
    const created = await api.post('/api/stories', { ...FULL_STORY, title: WIDE, situation: WIDE });
    expect(created.statusCode).toBe(201);
    expect(isAscii(created.rawPayload)).toBe(true);
    const { id } = created.json() as { id: string };

    for (let round = 0; round < 2; round++) {
      // The second round is answered from the response cache on SQLite: the same bytes.
      const one = await api.get(`/api/stories/${id}`);
      expect(one.statusCode).toBe(200);
      expect(isAscii(one.rawPayload)).toBe(true);
      expect(one.json()).toMatchObject({ title: WIDE, situation: WIDE });

      const page = await api.get('/api/stories?limit=5');
      expect(isAscii(page.rawPayload)).toBe(true);
      expect(page.json().items[0]).toMatchObject({ title: WIDE });
      expect(page.headers['content-length']).toBe(String(page.rawPayload.length));
    }
  });

  it('escapes an error message that quotes non-ASCII input', async () => {
    const response = await api.get(`/api/stories/${encodeURIComponent('ünknown→')}`);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(isAscii(response.rawPayload)).toBe(true);
    expect(response.json()).toHaveProperty('error.code');
  });
});
