/** /api/stories end to end (routes → service → repository → a real database), on both engines. */
import { analyze } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story, StoryVersion } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor, FULL_STORY } from './story-api';

function starFields(story: Partial<Story>) {
  const { situation, task, action, result, learnings, leadershipDimension, strategicImplication } = story;
  return { situation, task, action, result, learnings, leadershipDimension, strategicImplication };
}

/** What core says about a story right now: the stored analysis must equal this. */
function expectedAnalysis(story: Story) {
  return analyze(starFields(story), {
    ...(story.targetLevel ? { level: story.targetLevel } : {}),
    tags: story.tags,
  });
}

interface ErrorResponse {
  error: { code: string; message: string; details?: { current?: Story } };
}

function expectError(response: { statusCode: number; json(): unknown }, status: number, code?: string) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as ErrorResponse;
  expect(typeof body.error.message).toBe('string');
  if (code) expect(body.error.code).toBe(code);
  return body;
}

forEachDatabase('story API', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  const create = async (body: object = FULL_STORY): Promise<Story> => {
    const response = await api.post('/api/stories', body);
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const history = async (id: string): Promise<StoryVersion[]> => {
    const response = await api.get(`/api/stories/${id}/versions`);
    expect(response.statusCode).toBe(200);
    return response.json().items;
  };

  describe('create and get', () => {
    it('creates at version 1 with the level stored canonical and the analysis of that version', async () => {
      const story = await create();
      expect(story).toMatchObject({ ...FULL_STORY, targetLevel: 'L5', version: 1, analysisVersion: 1 });
      expect(story.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(story.createdAt).toBe(story.updatedAt);
      expect(story.analysis).toEqual(expectedAnalysis(story));
      expect(story.analysis?.options.level).toBe('L5');
      expect((await api.get(`/api/stories/${story.id}`)).json()).toEqual(story);
    });

    it('fills omitted fields with empty values; a title-only draft has no analysis yet', async () => {
      const story = await create({ title: 'Draft' });
      expect(story).toMatchObject({ situation: '', impact: '', metrics: [], tags: [], principles: [] });
      expect(story).toMatchObject({ targetLevel: null, analysis: null, analysisVersion: null });
    });

    it('answers 404 not_found for an unknown id', async () => {
      expectError(await api.get('/api/stories/no-such-story'), 404, 'not_found');
      expectError(await api.get('/api/stories/no-such-story/versions'), 404, 'not_found');
    });
  });

  describe('update', () => {
    it('applies a patch at the loaded version, bumps it, keeps other fields and re-analyses', async () => {
      const before = await create();
      const response = await api.put(`/api/stories/${before.id}`, {
        version: 1,
        result: 'Nothing much changed.',
        targetLevel: 'Director',
      });
      expect(response.statusCode).toBe(200);
      const after: Story = response.json();
      expect(after).toMatchObject({
        version: 2,
        analysisVersion: 2,
        result: 'Nothing much changed.',
        targetLevel: 'L6',
      });
      expect(after.situation).toBe(before.situation);
      expect(after.createdAt).toBe(before.createdAt);
      expect(after.analysis).toEqual(expectedAnalysis(after));
      expect(after.analysis).not.toEqual(before.analysis);
      expect((await api.get(`/api/stories/${before.id}`)).json()).toEqual(after);
    });

    it('clears the target level with null', async () => {
      const before = await create();
      const after = (await api.put(`/api/stories/${before.id}`, { version: 1, targetLevel: null })).json();
      expect(after.targetLevel).toBeNull();
      expect(after.analysis.options.level).toBeNull();
    });

    it('refuses a stale version with 409, the current record, and no change to the data', async () => {
      const story = await create();
      const current: Story = (
        await api.put(`/api/stories/${story.id}`, { version: 1, title: 'Renamed' })
      ).json();
      const stale = await api.put(`/api/stories/${story.id}`, { version: 1, title: 'Lost update' });
      const body = expectError(stale, 409, 'version_conflict');
      expect(body.error.details?.current).toEqual(current);
      expect((await api.get(`/api/stories/${story.id}`)).json()).toEqual(current);
      expect(await history(story.id)).toHaveLength(1);
      // A version from the future is just as stale.
      expectError(
        await api.put(`/api/stories/${story.id}`, { version: 9, title: 'x' }),
        409,
        'version_conflict',
      );
    });

    it('answers 404 for an update of a story that does not exist', async () => {
      expectError(await api.put('/api/stories/missing', { version: 1, title: 'x' }), 404, 'not_found');
    });

    it('lets exactly one of two concurrent updates of the same version win', async () => {
      const story = await create();
      const results = await Promise.all(
        ['A', 'B', 'C'].map((title) => api.put(`/api/stories/${story.id}`, { version: 1, title })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      const winner = results.find((r) => r.statusCode === 200)?.json() as Story;
      expect((await api.get(`/api/stories/${story.id}`)).json()).toEqual(winner);
      expect(await history(story.id)).toHaveLength(1);
    });
  });

  describe('history', () => {
    it('grows by one per update, newest first, each snapshot exactly the story as it was', async () => {
      const seen: Story[] = [await create()];
      expect(await history(seen[0]?.id ?? '')).toEqual([]);
      for (let i = 1; i <= 3; i++) {
        const previous = seen.at(-1) as Story;
        const next = await api.put(`/api/stories/${previous.id}`, {
          version: previous.version,
          action: `Step ${i}`,
        });
        seen.push(next.json());
        const versions = await history(previous.id);
        expect(versions).toHaveLength(i);
        expect(versions[0]?.story).toEqual(previous);
        expect(versions[0]?.replacedAt).toBe((seen.at(-1) as Story).updatedAt);
      }
      const versions = await history(seen[0]?.id ?? '');
      expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
      expect(versions.map((v) => v.story)).toEqual(seen.slice(0, 3).reverse());
    });
  });

  describe('delete', () => {
    it('needs the version: 400 without it, 409 with a stale one (and nothing deleted)', async () => {
      const story = await create();
      await api.put(`/api/stories/${story.id}`, { version: 1, title: 'v2' });
      expectError(await api.delete(`/api/stories/${story.id}`), 400, 'invalid_request');
      const stale = expectError(
        await api.delete(`/api/stories/${story.id}?version=1`),
        409,
        'version_conflict',
      );
      expect(stale).toMatchObject({ error: { details: { current: { version: 2 } } } });
      expect((await api.get(`/api/stories/${story.id}`)).statusCode).toBe(200);
      expect(await history(story.id)).toHaveLength(1);
    });

    it('deletes the story and its whole history (204), then 404s', async () => {
      const story = await create();
      await api.put(`/api/stories/${story.id}`, { version: 1, title: 'v2' });
      await api.put(`/api/stories/${story.id}`, { version: 2, title: 'v3' });
      const response = await api.delete(`/api/stories/${story.id}?version=3`);
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
      expectError(await api.get(`/api/stories/${story.id}`), 404, 'not_found');
      expectError(await api.get(`/api/stories/${story.id}/versions`), 404, 'not_found');
      expectError(await api.delete(`/api/stories/${story.id}?version=3`), 404, 'not_found');
      const rows = await getStorage()
        .db.selectFrom('story_versions')
        .where('story_id', '=', story.id)
        .selectAll()
        .execute();
      expect(rows).toEqual([]);
    });
  });
});
