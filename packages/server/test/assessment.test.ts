/** /api/assessments end to end (routes → service → repository → a real database), on both engines. */
import {
  calibrateSelfAssessment,
  expectationsFor,
  type LevelId,
  SELF_ASSESSMENT_CATEGORIES,
  scoreSelfAssessment,
} from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Assessment, AssessmentForm, AssessmentPage } from '../src/services/assessment-schema';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

const COMPETENCIES = SELF_ASSESSMENT_CATEGORIES.flatMap((c) => c.competencies.map((k) => k.id));
const rateAll = (rating: number) =>
  Object.fromEntries(COMPETENCIES.map((id) => [id, { rating, evidence: `Evidence for ${id}` }]));

function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as {
    error: { code: string; message: string; details?: { current?: unknown } };
  };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  return body;
}

/** What core says about these answers: the stored result must agree. */
function expectResultFromCore(assessment: Assessment) {
  const ratings = Object.fromEntries(
    Object.entries(assessment.answers).map(([id, a]) => [id, a.rating ?? 0]),
  );
  const score = scoreSelfAssessment(ratings, assessment.targetLevel as LevelId);
  const calibration = calibrateSelfAssessment(ratings, assessment.targetLevel as LevelId);
  expect(assessment.result.total).toBeCloseTo(score.total, 10);
  expect(assessment.result.readiness).toBe(score.readiness);
  expect(assessment.result.topGaps).toEqual(score.topGaps);
  expect(assessment.result.calibration).toEqual({
    level: calibration.level,
    atCeiling: calibration.atCeiling,
  });
  expect(assessment.result.categories.map((c) => [c.id, c.standing, c.level, c.rated])).toEqual(
    calibration.categories.map((c) => [c.id, c.standing, c.level, c.rated]),
  );
  expect(assessment.result).toMatchObject({
    rated: calibration.rated,
    of: 25,
    complete: calibration.complete,
  });
}

forEachDatabase('assessment API', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  const create = async (body: object): Promise<Assessment> => {
    const response = await api.post('/api/assessments', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  describe('create and get', () => {
    it('stores the answers and the result core computes, at the canonical level', async () => {
      const assessment = await create({
        targetLevel: 'Director',
        takenAt: '2026-03-01T09:30:00+02:00',
        notes: 'After the mock loop',
        answers: rateAll(4),
      });
      expect(assessment).toMatchObject({
        targetLevel: 'L6',
        takenAt: '2026-03-01T07:30:00.000Z',
        version: 1,
      });
      expect(Object.keys(assessment.answers)).toEqual(COMPETENCIES);
      expect(assessment.result).toMatchObject({ total: 80, readiness: 'ready', complete: true });
      // All 4s reach every L5 minimum but not every Director one.
      expect(assessment.result.calibration).toEqual({ level: 'L5', atCeiling: false });
      expectResultFromCore(assessment);
      expect((await api.get(`/api/assessments/${assessment.id}`)).json()).toEqual(assessment);
    });

    it('accepts a partial draft: unanswered competencies are absent and count as 0', async () => {
      const assessment = await create({
        answers: {
          negotiation: { rating: 5 },
          'business-acumen': { rating: null, evidence: 'Still thinking' },
        },
      });
      expect(assessment.targetLevel).toBe('L5');
      expect(assessment.answers).toEqual({
        'business-acumen': { rating: null, evidence: 'Still thinking' },
        negotiation: { rating: 5, evidence: '' },
      });
      expect(assessment.result).toMatchObject({
        rated: 1,
        complete: false,
        readiness: 'significant-preparation',
      });
      expect(assessment.result.calibration.level).toBeNull();
      expectResultFromCore(assessment);
    });

    it('creates an empty draft from an empty body', async () => {
      const assessment = await create({});
      expect(assessment).toMatchObject({ notes: '', answers: {}, version: 1 });
      expect(assessment.result.total).toBe(0);
      expect(assessment.takenAt).toBe(assessment.createdAt);
    });

    it('answers 404 for an unknown id', async () => {
      expectError(await api.get('/api/assessments/nope'), 404, 'not_found');
    });
  });

  describe('validation', () => {
    it.each([
      ['an unknown competency id', { answers: { 'juggling-chainsaws': { rating: 3 } } }],
      ['a rating above 5', { answers: { negotiation: { rating: 6 } } }],
      ['a rating of 0', { answers: { negotiation: { rating: 0 } } }],
      ['a fractional rating', { answers: { negotiation: { rating: 2.5 } } }],
      ['a rating as text', { answers: { negotiation: { rating: '3' } } }],
      ['an answer without a rating key', { answers: { negotiation: { evidence: 'x' } } }],
      ['an unknown level', { targetLevel: 'wizard' }],
      ['a date without an offset', { takenAt: '2026-03-01T09:30:00' }],
      ['NUL in notes', { notes: 'a\u0000b' }],
      ['an unknown field', { mood: 'good' }],
    ])('refuses %s with 400 and writes nothing', async (_name, body) => {
      const before = (await getStorage().db.selectFrom('assessments').select('id').execute()).length;
      expectError(await api.post('/api/assessments', body), 400, 'invalid_request');
      expect((await getStorage().db.selectFrom('assessments').select('id').execute()).length).toBe(before);
    });
  });

  describe('update validation', () => {
    it.each([
      ['an unknown competency id', { answers: { 'juggling-chainsaws': { rating: 3 } } }],
      ['a rating above 5', { answers: { negotiation: { rating: 6 } } }],
      ['an unknown level', { targetLevel: 'wizard' }],
      ['no version', { version: undefined }],
      ['a version beyond int4', { version: 2_147_483_648 }],
      ['an id in the body', { id: 'mine' }],
    ])('refuses %s with 400 and leaves the run as it was', async (_name, change) => {
      const before = await create({ answers: { negotiation: { rating: 3 } } });
      expectError(
        await api.put(`/api/assessments/${before.id}`, { version: 1, ...change }),
        400,
        'invalid_request',
      );
      expect((await api.get(`/api/assessments/${before.id}`)).json()).toEqual(before);
    });
  });

  describe('update and delete', () => {
    it('recomputes the result when the answers or the level change, and bumps the version', async () => {
      const before = await create({ answers: rateAll(4), notes: 'first' });
      const raised = await api.put(`/api/assessments/${before.id}`, { version: 1, targetLevel: 'L7+' });
      expect(raised.statusCode).toBe(200);
      const atVp: Assessment = raised.json();
      expect(atVp).toMatchObject({ version: 2, targetLevel: 'L7+', notes: 'first' });
      expect(atVp.answers).toEqual(before.answers);
      const gapSum = (a: Assessment) => a.result.topGaps.reduce((sum, g) => sum + g.gap, 0);
      expect(gapSum(atVp)).toBeGreaterThan(gapSum(before));
      expect(atVp.result.categories.map((c) => c.standing)).not.toEqual(
        before.result.categories.map((c) => c.standing),
      );
      expectResultFromCore(atVp);

      const rerated: Assessment = (
        await api.put(`/api/assessments/${before.id}`, { version: 2, answers: rateAll(5) })
      ).json();
      expect(rerated.result).toMatchObject({ total: 100, readiness: 'ready', topGaps: [] });
      expect(rerated.result.calibration).toEqual({ level: 'L6', atCeiling: true });
      expectResultFromCore(rerated);
      expect((await api.get(`/api/assessments/${before.id}`)).json()).toEqual(rerated);
    });

    it('replaces the answers whole when they are sent', async () => {
      const before = await create({ answers: rateAll(3) });
      const after: Assessment = (
        await api.put(`/api/assessments/${before.id}`, {
          version: 1,
          answers: { negotiation: { rating: 2 } },
        })
      ).json();
      expect(Object.keys(after.answers)).toEqual(['negotiation']);
      expectResultFromCore(after);
    });

    it('refuses a stale version with 409 and the current run, changing nothing', async () => {
      const before = await create({ notes: 'v1' });
      const current: Assessment = (
        await api.put(`/api/assessments/${before.id}`, { version: 1, notes: 'v2' })
      ).json();
      const body = expectError(
        await api.put(`/api/assessments/${before.id}`, { version: 1, notes: 'lost' }),
        409,
        'version_conflict',
      );
      expect(body.error.details?.current).toEqual(current);
      expectError(await api.delete(`/api/assessments/${before.id}?version=1`), 409, 'version_conflict');
      expect((await api.get(`/api/assessments/${before.id}`)).json()).toEqual(current);
    });

    it('lets one of three concurrent updates of the same version win', async () => {
      const before = await create({});
      const results = await Promise.all(
        ['a', 'b', 'c'].map((notes) => api.put(`/api/assessments/${before.id}`, { version: 1, notes })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    });

    it('deletes at the current version (204), then 404s', async () => {
      const before = await create({});
      expectError(await api.put('/api/assessments/missing', { version: 1, notes: 'x' }), 404, 'not_found');
      expectError(await api.delete(`/api/assessments/${before.id}`), 400, 'invalid_request');
      expect((await api.delete(`/api/assessments/${before.id}?version=1`)).statusCode).toBe(204);
      expectError(await api.get(`/api/assessments/${before.id}`), 404, 'not_found');
      expectError(await api.delete(`/api/assessments/${before.id}?version=1`), 404, 'not_found');
    });
  });

  describe('form', () => {
    it('shows every category and competency with the expectations of the asked level', async () => {
      const response = await api.get('/api/assessments/form?level=Director');
      expect(response.statusCode).toBe(200);
      const form: AssessmentForm = response.json();
      expect(form.level).toBe('L6');
      expect(form.categories.flatMap((c) => c.competencies.map((k) => k.id))).toEqual(COMPETENCIES);
      for (const category of form.categories) {
        const { min, expected } = expectationsFor('L6')[category.id];
        expect(category).toMatchObject({ min, expected });
      }
      expect(form.categories.map((c) => c.weightPercent)).toEqual([30, 25, 20, 15, 10]);
      expect(form.ratingScale.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
      expect(form.readinessBands.map((b) => b.minScore)).toEqual([80, 60, 0]);
    });

    it('defaults to L5 and refuses an unknown level', async () => {
      expect((await api.get('/api/assessments/form')).json().level).toBe('L5');
      expectError(await api.get('/api/assessments/form?level=wizard'), 400, 'invalid_request');
    });
  });
});

forEachDatabase('assessment list', (_getStorage, database) => {
  let api: Api;
  const created: Assessment[] = [];

  beforeAll(async () => {
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    for (let i = 0; i < 9; i++) {
      const response = await api.post('/api/assessments', {
        targetLevel: i % 3 === 0 ? 'L6' : 'L5',
        takenAt: `2026-0${1 + (i % 3)}-15T12:00:00Z`,
        notes: `Run ${i} after zq${i}word practice`,
        answers: rateAll(1 + (i % 5)),
      });
      expect(response.statusCode).toBe(201);
      created.push(response.json());
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  const page = async (query: string): Promise<AssessmentPage> => {
    const response = await api.get(`/api/assessments?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('pages newest first with lean rows (headline of the result, no answers)', async () => {
    const first = await page('limit=4');
    expect(first.items.map((a) => a.id)).toEqual(
      created
        .slice(-4)
        .reverse()
        .map((a) => a.id),
    );
    const row = first.items[0] as AssessmentPage['items'][number] & { answers?: unknown; result?: unknown };
    const full = created.at(-1) as Assessment;
    expect(row.answers).toBeUndefined();
    expect(row.result).toBeUndefined();
    expect(row).toMatchObject({
      total: full.result.total,
      readiness: full.result.readiness,
      calibratedLevel: full.result.calibration.level,
      rated: 25,
      excerpt: full.notes,
    });
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const result: AssessmentPage = await page(
        `limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      ids.push(...result.items.map((a) => a.id));
      cursor = result.nextCursor;
    } while (cursor);
    expect(ids).toEqual(created.map((a) => a.id).reverse());
  });

  it('filters by level and by when the run was taken (from inclusive, to exclusive)', async () => {
    const atL6 = await page('level=Director');
    expect(atL6.items.map((a) => a.id).sort()).toEqual(
      created
        .filter((a) => a.targetLevel === 'L6')
        .map((a) => a.id)
        .sort(),
    );
    const february = await page(
      `from=${encodeURIComponent('2026-02-15T12:00:00Z')}&to=${encodeURIComponent('2026-03-15T12:00:00Z')}`,
    );
    expect(february.items.map((a) => a.id).sort()).toEqual(
      created
        .filter((a) => a.takenAt.startsWith('2026-02'))
        .map((a) => a.id)
        .sort(),
    );
  });

  it('takes calendar days as range bounds (to = through the end of that day)', async () => {
    const february = await page('from=2026-02-01&to=2026-02-28');
    expect(february.items.map((a) => a.id).sort()).toEqual(
      created
        .filter((a) => a.takenAt.startsWith('2026-02'))
        .map((a) => a.id)
        .sort(),
    );
    expectError(await api.get('/api/assessments?to=2026-02-30'), 400, 'invalid_request');
  });

  it('finds runs by a word of their notes', async () => {
    expect((await page('q=zq4word')).items.map((a) => a.id)).toEqual([created[4]?.id]);
    expect((await page('q=nosuchwordanywhere')).items).toEqual([]);
  });

  it('refuses bad list queries with 400', async () => {
    expectError(await api.get('/api/assessments?level=wizard'), 400, 'invalid_request');
    expectError(await api.get('/api/assessments?from=yesterday'), 400, 'invalid_request');
    expectError(await api.get('/api/assessments?cursor=garbage'), 400, 'invalid_request');
  });
});
