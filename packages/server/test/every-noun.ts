/** One record of every row noun, made through the API as a user would: the import specs' source. */
import { expect } from 'vitest';
import { COMPETENCY_IDS } from '../src/services/assessment-schema';
import { FULL_INTERVIEW } from './interview-api';
import type { Api } from './story-api';

export const [FIRST_COMPETENCY = '', SECOND_COMPETENCY = ''] = COMPETENCY_IDS;

/** A story, notes on a built-in company, a practice session, an assessment, an interview, plan settings. */
export async function seedEveryNoun(api: Api) {
  const created = async (url: string, body: unknown, method: 'post' | 'put' = 'post') => {
    const reply = await api[method](url, body);
    expect(reply.statusCode, reply.body).toBeLessThan(300);
    return reply.json<{ id: string }>();
  };
  const story = await created('/api/stories', { title: 'Latency budgets' });
  await created(
    '/api/companies/amazon/notes',
    {
      version: 0,
      notes: 'Leadership principles matter more than code.',
      news: [
        { date: '2026-01-05', text: 'Reorganised the devices group', sourceUrl: 'https://example.com/news' },
      ],
      questionsToAsk: [{ text: 'How do teams plan a quarter?', interviewer: 'Bar raiser' }],
    },
    'put',
  );
  const session = await created('/api/practice', {
    title: 'Mock loop',
    type: 'behavioral',
    startedAt: '2026-02-03T18:00:00.000Z',
    rounds: [
      {
        name: 'Ownership',
        answers: [
          {
            questionText: 'Tell me about a time you owned a failure.',
            transcript:
              'I led the payments team. Our p99 was 900ms before Black Friday. I set a latency budget, ' +
              'moved traffic in stages and we reached 280ms, which cut abandoned checkouts by 12%.',
          },
          { questionText: 'What would you do differently?', transcript: '' },
        ],
      },
    ],
  });
  const assessment = await created('/api/assessments', {
    targetLevel: 'L6',
    takenAt: '2026-02-04T08:00:00.000Z',
    answers: {
      [FIRST_COMPETENCY]: { rating: 4, evidence: 'Led two reorgs.' },
      [SECOND_COMPETENCY]: { rating: 2 },
    },
  });
  const interview = await created('/api/interviews', { ...FULL_INTERVIEW, storiesUsed: [story.id] });
  expect((await api.get('/api/plan/settings')).statusCode).toBe(200);
  const settings = (await api.get('/api/plan/settings')).json<{ version: number }>();
  await created('/api/plan/settings', { version: settings.version, timezone: 'Europe/Dublin' }, 'put');
  return { story: story.id, session: session.id, assessment: assessment.id, interview: interview.id };
}
