/** GET /api/portfolio/match end to end on both engines: the best stories for a question, with reasons. */
import {
  getQuestion,
  type MatchResult,
  matchStories,
  statedQuestionSignals,
  textQuestionSignals,
} from '@onsite/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Story } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
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

const CONFLICT_QUESTION = 'Tell me about a time you resolved a conflict between two engineers.';

forEachDatabase('portfolio match', (_getStorage, database) => {
  let api: Api;
  const stories: Story[] = [];

  beforeAll(async () => {
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    for (const body of [VAGUE_CONFLICT_STORY, CRISIS_STORY, DRAFT_STORY, CONFLICT_STORY]) {
      stories.push(await createStory(api, body));
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  async function match(query: string): Promise<MatchResult> {
    const response = await api.get(`/api/portfolio/match?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('ranks the strong, quantified conflict story first for a conflict question, with reasons', async () => {
    const result = await match(`question=${encodeURIComponent(CONFLICT_QUESTION)}`);
    expect(result.question.questionId).toBeNull();
    expect(result.question.competencies.map((c) => c.competency)).toContain('conflict');
    expect(result.items[0]?.title).toBe(CONFLICT_STORY.title);
    expect(result.items.map((m) => m.title)).toContain(VAGUE_CONFLICT_STORY.title);
    expect(result.items.map((m) => m.title)).not.toContain(DRAFT_STORY.title);
    const [first] = result.items;
    expect(first?.reasons.find((r) => r.signal === 'competency')?.text).toMatch(
      /^Conflict [23]\/3: Tagged Conflict/,
    );
    const sum = first?.reasons.reduce((total, r) => total + r.points, 0) ?? 0;
    expect(first?.score).toBe(Math.round(sum));
  });

  it("equals core's ranking over the stored stories", async () => {
    const expected = matchStories(stories.map(portfolioStoryOf), textQuestionSignals(CONFLICT_QUESTION), {
      limit: 5,
    });
    expect(await match(`question=${encodeURIComponent(CONFLICT_QUESTION)}`)).toEqual(
      JSON.parse(JSON.stringify(expected)),
    );
  });

  it('takes a bank question id and weighs its competencies, principles and levels', async () => {
    const bank = getQuestion('tl-worst-production-incident');
    if (!bank) throw new Error('tl-worst-production-incident is in the bank');
    const result = await match(`question=${bank.id}&limit=2`);
    expect(result.items[0]?.title).toBe(CRISIS_STORY.title);
    expect(result.question).toEqual(JSON.parse(JSON.stringify(statedQuestionSignals(bank))));
    expect(result.items.length).toBeLessThanOrEqual(2);
    const expected = matchStories(stories.map(portfolioStoryOf), statedQuestionSignals(bank), { limit: 2 });
    expect(result.items).toEqual(JSON.parse(JSON.stringify(expected.items)));
  });

  it('takes the id of a stored question: its tags when it has some, its words when it has none', async () => {
    const tagged = await api.post('/api/questions', {
      text: 'Walk me through your worst week as a manager.',
      tags: ['crisis'],
      levels: ['L6'],
    });
    expect(tagged.statusCode, tagged.body).toBe(201);
    const byTags = await match(`question=${tagged.json().id}`);
    expect(byTags.question).toMatchObject({
      questionId: tagged.json().id,
      competencies: [{ competency: 'crisis', cues: [] }],
      levels: ['L6'],
    });
    expect(byTags.items[0]?.title).toBe(CRISIS_STORY.title);

    const untagged = await api.post('/api/questions', {
      text: 'When did a disagreement between peers land on you?',
    });
    expect(untagged.statusCode, untagged.body).toBe(201);
    const byWords = await match(`question=${untagged.json().id}&level=L6`);
    expect(byWords.question.competencies.map((c) => c.competency)).toContain('conflict');
    expect(byWords.question.levels).toEqual(['L6']);
    expect(byWords.items[0]?.title).toBe(CONFLICT_STORY.title);
  });

  it('lists the competencies no story shows', async () => {
    const result = await match(
      `question=${encodeURIComponent('How have you improved diversity in hiring?')}`,
    );
    expect(result.uncovered).toContain('diversity');
    expect(result.uncovered).not.toContain('hiring');
  });

  it('uses the level asked for a question in text', async () => {
    const result = await match(`question=${encodeURIComponent(CONFLICT_QUESTION)}&level=L5`);
    expect(result.question.levels).toEqual(['L5']);
    expect(result.items[0]?.reasons.find((r) => r.signal === 'level')?.text).not.toBe('Level fit unknown');
  });

  it('weighs the principles of the company given, and none without one', async () => {
    const question = encodeURIComponent('Tell me about a time you showed Ownership during an outage.');
    const plain = await match(`question=${question}`);
    expect(plain.question.principles).toEqual([]);
    const atAmazon = await match(`question=${question}&company=amazon`);
    expect(atAmazon.question.principles.map((p) => p.id)).toEqual(['amazon.ownership']);
    // The crisis story is mapped to Ownership and shows it in its text.
    expect(atAmazon.items[0]?.title).toBe(CRISIS_STORY.title);
    const reason = atAmazon.items[0]?.reasons.find((r) => r.signal === 'principle');
    expect(reason?.text).toMatch(/^Ownership [23]\/3: Mapped to Ownership/);
    expect(reason?.points).toBeGreaterThan(0);
  });

  it('answers 200 with nothing to rank for a question it cannot read', async () => {
    const result = await match('question=What%20is%20your%20name%3F');
    expect(result).toMatchObject({ items: [], uncovered: [] });
    expect(result.question.competencies).toEqual([]);
  });

  it('answers 400 for a missing, blank, oversized or malformed query', async () => {
    expectError(await api.get('/api/portfolio/match'), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/match?question=%20%20'), 400, 'invalid_request');
    expectError(await api.get(`/api/portfolio/match?question=${'a'.repeat(2001)}`), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/match?question=conflict&limit=0'), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/match?question=conflict&limit=51'), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/match?question=conflict&level=L99'), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/match?question=conflict&extra=1'), 400, 'invalid_request');
    expectError(await api.get('/api/portfolio/match?question=a%00b'), 400, 'invalid_request');
  });

  it('answers 422 for a bank id, a stored question id or a company that does not exist', async () => {
    const question = expectError(
      await api.get('/api/portfolio/match?question=beh-no-such-question'),
      422,
      'invalid_reference',
    );
    expect(question.error.details).toEqual({ question: 'beh-no-such-question' });
    const uuid = '00000000-0000-4000-8000-000000000000';
    expectError(await api.get(`/api/portfolio/match?question=${uuid}`), 422, 'invalid_reference');
    expectError(
      await api.get('/api/portfolio/match?question=conflict&company=initech'),
      422,
      'invalid_reference',
    );
  });
});
