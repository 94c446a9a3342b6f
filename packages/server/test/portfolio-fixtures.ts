/**
 * A small seeded portfolio for the portfolio specs, and core's view of stories as the API
 * returns them, so specs can compare the server's answer with what core computes.
 */
import { type PortfolioStory, summarizeReport } from '@onsite/core';
import { expect } from 'vitest';
import { STORY_TEXT_FIELDS, type Story } from '../src/services/story-schema';
import type { Api } from './story-api';

export const CRISIS_STORY = {
  title: 'Payments outage recovery',
  situation:
    'A database failover took payments down for 40 minutes during peak traffic across a 60-person org.',
  task: 'As the director on call I owned the recovery and the follow-up for four teams.',
  action:
    'I opened a war room, split diagnosis from customer communication, and made the call to roll back the ' +
    'schema change; afterwards I ran a blameless postmortem and funded a failover drill every quarter.',
  result:
    'Recovery time fell from 40 minutes to 6 minutes within two quarters and we kept $2M of annual revenue.',
  learnings: 'I learned to rehearse failure before it happens rather than after.',
  tags: ['crisis', 'technical'],
  principles: ['amazon.ownership'],
  metrics: ['recovery 40 min → 6 min'],
  targetLevel: 'L6',
};

export const CONFLICT_STORY = {
  title: 'Architecture standoff',
  situation:
    'Two senior engineers disagreed sharply about the payments architecture and the conflict stalled a ' +
    '40-person org for six weeks.',
  task: 'As the director I owned resolving the disagreement before quarterly planning.',
  action:
    'I met each of them one to one, wrote down the trade-offs, ran a design review with data from a two-week ' +
    'spike, made the call and asked the dissenting engineer to lead the rollout.',
  result:
    'We shipped in 10 weeks, cut checkout latency by 40% and saved $1.2M a year; both engineers were promoted.',
  learnings: 'I learned to surface disagreement early and make the decision process explicit.',
  tags: ['conflict', 'technical'],
  targetLevel: 'L6',
};

export const VAGUE_CONFLICT_STORY = {
  title: 'Team disagreement',
  situation: 'There was some conflict on the team.',
  action: 'We talked about it a lot.',
  result: 'Things got better.',
  tags: ['conflict'],
};

/** A draft: a title only, so no analysis. */
export const DRAFT_STORY = { title: 'Hiring bar draft', tags: ['hiring'] };

export async function createStory(api: Api, body: object): Promise<Story> {
  const response = await api.post('/api/stories', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** The story as core's portfolio maths reads it, built from the API's full story. */
export function portfolioStoryOf(story: Story): PortfolioStory {
  return {
    id: story.id,
    title: story.title,
    text: STORY_TEXT_FIELDS.map((field) => story[field])
      .filter((text) => text !== '')
      .join('\n'),
    tags: story.tags,
    principles: story.principles,
    metrics: story.metrics,
    targetLevel: story.targetLevel,
    analysis:
      story.analysis && story.analysisVersion === story.version ? summarizeReport(story.analysis) : null,
  };
}

interface ErrorResponse {
  error: { code: string; message: string; details?: unknown };
}

export function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as ErrorResponse;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  return body;
}
