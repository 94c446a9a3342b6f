/** GET /api/portfolio/matrix end to end on both engines: stored stories in, core's matrix out. */
import { buildMatrix, getCompany, type PortfolioMatrix } from '@onsite/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Story } from '../src/services/story-schema';
import { forEachDatabase, storyRow } from './databases';
import {
  CONFLICT_STORY,
  CRISIS_STORY,
  createStory,
  DRAFT_STORY,
  expectError,
  portfolioStoryOf,
  VAGUE_CONFLICT_STORY,
} from './portfolio-fixtures';
import { type Api, apiFor } from './story-api';

forEachDatabase('portfolio matrix', (_getStorage, database) => {
  let api: Api;
  /** Newest first, as the matrix lists them. */
  let stories: Story[] = [];

  beforeAll(async () => {
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    for (const body of [CRISIS_STORY, CONFLICT_STORY, VAGUE_CONFLICT_STORY, DRAFT_STORY]) {
      stories.unshift(await createStory(api, body));
    }
    // Created in one millisecond, stories tie on created_at and the list falls back to id DESC.
    stories = stories.sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
    );
  });
  afterAll(async () => {
    await api.app.close();
  });

  async function matrix(query = ''): Promise<PortfolioMatrix> {
    const response = await api.get(`/api/portfolio/matrix${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  const rowOf = (m: PortfolioMatrix, title: string) => {
    const row = m.rows.find((r) => r.title === title);
    if (!row) throw new Error(`no row for ${title}`);
    return row;
  };

  it("equals core's matrix over the stored stories, newest first", async () => {
    const expected = buildMatrix(stories.map(portfolioStoryOf));
    expect(await matrix()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('shows a tagged, quantified story with clear evidence and explains why', async () => {
    const crisis = rowOf(await matrix(), CRISIS_STORY.title).competencies.crisis;
    expect(crisis?.strength).toBeGreaterThanOrEqual(2);
    expect(crisis?.reasons.slice(0, 2)).toEqual(['Tagged Crisis', 'Quantified result']);
  });

  it('keeps a draft without analysis at 1 on its tags, with no other cell', async () => {
    const draft = rowOf(await matrix(), DRAFT_STORY.title);
    expect(draft.competencies).toEqual({
      hiring: { strength: 1, reasons: ['Tagged Hiring', 'No current analysis to back it'] },
    });
  });

  it('ranks the strong conflict story above the vague one in the conflict column', async () => {
    const m = await matrix();
    expect(rowOf(m, CONFLICT_STORY.title).competencies.conflict?.strength).toBeGreaterThan(
      rowOf(m, VAGUE_CONFLICT_STORY.title).competencies.conflict?.strength ?? 0,
    );
  });

  it('reports gaps: hiring only touched, failure missing, crisis covered', async () => {
    const gaps = (await matrix()).gaps;
    expect(gaps.competencies.find((g) => g.competency === 'hiring')).toMatchObject({
      status: 'weak',
      best: 1,
    });
    expect(gaps.competencies.find((g) => g.competency === 'failure')).toMatchObject({
      status: 'missing',
      best: 0,
    });
    expect(gaps.competencies.map((g) => g.competency)).not.toContain('crisis');
    expect(gaps.categories.find((g) => g.id === 'people-leadership')).toMatchObject({ count: 1, needed: 4 });
  });

  it('reports progress to the 20–30 target and per category', async () => {
    const { progress } = await matrix();
    expect(progress).toMatchObject({ stories: 4, status: 'under', toTarget: 16, uncategorised: 0 });
    const count = (id: string) => progress.categories.find((c) => c.id === id)?.count;
    expect(count('crisis-management')).toBe(1);
    expect(count('cross-functional')).toBe(2);
    expect(count('people-leadership')).toBe(1);
  });

  it('raises the portfolio red flags the seeded stories show', async () => {
    const { redFlags } = await matrix();
    // No story is tagged Failure, and none names an executive (a director is not one).
    expect(redFlags.map((f) => f.id)).toEqual(['no-failures', 'no-executive-contact']);
    expect(redFlags[0]?.text).toBe('No failure stories');
  });

  it("adds the company's principles, and checks the level asked for", async () => {
    const m = await matrix('?company=amazon&level=L7%2B');
    const amazon = getCompany('amazon');
    expect(m.company).toEqual({ id: 'amazon', name: amazon?.name });
    expect(m.level).toBe('L7+');
    expect(m.principles.map((p) => p.id)).toContain('amazon.ownership');
    const ownership = rowOf(m, CRISIS_STORY.title).principles['amazon.ownership'];
    expect(ownership?.strength).toBeGreaterThanOrEqual(2);
    expect(ownership?.reasons[0]).toBe('Mapped to Ownership');
    expect(rowOf(m, DRAFT_STORY.title).principles).toEqual({});
    expect(m).toEqual(
      JSON.parse(
        JSON.stringify(buildMatrix(stories.map(portfolioStoryOf), { company: amazon, level: 'L7+' })),
      ),
    );
  });

  it("reads a custom company's principles, mapped or shown in the text", async () => {
    const created = await api.post('/api/companies', {
      id: 'hooli',
      name: 'Hooli',
      principles: [
        {
          name: 'Own the Pager',
          description: 'The team that builds a service carries its on-call.',
          cues: ['war room', 'postmortem', 'on-call'],
        },
        { name: 'Tethics', description: 'Technology ethics, loudly.', cues: ['ethics', 'ethical'] },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const m = await matrix('?company=Hooli');
    expect(m.company).toEqual({ id: 'hooli', name: 'Hooli' });
    const columns = m.principles.map((p) => p.name);
    expect(columns).toEqual(['Own the Pager', 'Tethics']);
    const pager = m.principles[0]?.id ?? '';
    // The crisis story opens a war room and runs a postmortem: two cues of Own the Pager.
    const cell = rowOf(m, CRISIS_STORY.title).principles[pager];
    expect(cell?.reasons[0]).toMatch(/^The text shows it: "war room", "postmortem"/);
    expect(m.gaps.principles.map((g) => g.name)).toEqual(['Tethics']);
  });

  it('answers 400 for a malformed query and 422 for a company that does not exist', async () => {
    expectError(await api.get('/api/portfolio/matrix?level=L99'), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/matrix?company=not%20an%20id'), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/matrix?sort=title'), 400, 'invalid_request');
    const unknown = expectError(
      await api.get('/api/portfolio/matrix?company=initech'),
      422,
      'invalid_reference',
    );
    expect(unknown.error.details).toEqual({ company: 'initech' });
  });
});

forEachDatabase('portfolio matrix over stored rows', (_getStorage, database) => {
  let api: Api;
  beforeAll(async () => {
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    // An analysis kept from version 1 of a story now at version 2 (written before re-analysis
    // existed, or by an import): the matrix must not trust it.
    const stale = await createStory(api, CRISIS_STORY);
    await storage.db
      .insertInto('stories')
      .values(
        storyRow('stale-copy', {
          title: 'Stale analysis',
          result: stale.result,
          tags: JSON.stringify(['crisis']),
          version: 2,
          analysis: JSON.stringify(stale.analysis),
          analysis_version: 1,
        }),
      )
      .execute();
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('ignores an analysis computed for an older version of the story', async () => {
    const response = await api.get('/api/portfolio/matrix');
    expect(response.statusCode).toBe(200);
    const rows: PortfolioMatrix['rows'] = response.json().rows;
    const stale = rows.find((r) => r.storyId === 'stale-copy');
    expect(stale?.competencies.crisis).toEqual({
      strength: 1,
      reasons: ['Tagged Crisis', 'No current analysis to back it'],
    });
    const fresh = rows.find((r) => r.storyId !== 'stale-copy');
    expect(fresh?.competencies.crisis?.strength).toBeGreaterThanOrEqual(2);
  });

  it('is complete for an empty portfolio', async () => {
    const storage = await database.fresh();
    await migrate(storage);
    const empty = await apiFor(storage);
    const response = await empty.get('/api/portfolio/matrix');
    await empty.app.close();
    expect(response.statusCode).toBe(200);
    const m: PortfolioMatrix = response.json();
    expect(m.rows).toEqual([]);
    expect(m.gaps.competencies).toHaveLength(14);
    expect(m.progress).toMatchObject({ stories: 0, toTarget: 20 });
  });
});
