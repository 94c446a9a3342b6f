/** Shared pieces of the interview specs: a complete body and the error-shape assertion. */
import { expect } from 'vitest';
import type { Interview } from '../src/services/interview-schema';
import type { Api } from './story-api';

/** A complete, well-formed interview body (every field set) for specs to start from. */
export const FULL_INTERVIEW = {
  company: 'Amazon',
  companyId: 'amazon',
  role: 'Senior Manager, Software Development',
  round: 'Bar raiser',
  type: 'behavioral',
  startsAt: '2026-03-10T09:30:00-05:00',
  durationMinutes: 60,
  location: 'https://chime.example/meeting/123',
  interviewers: [
    { name: 'Priya Raman', role: 'Bar raiser' },
    { name: 'Tom Okafor', role: 'Director of Engineering' },
  ],
  checklist: {
    pre: { 'pre.company-news': true, 'pre.tech-setup': true },
    during: { 'during.rapport': true },
  },
  notes: 'Asked a lot about ownership and disagreeing with a director.',
  questionsAsked: [
    { text: 'Tell me about a time you disagreed with your manager.', questionId: 'beh-biggest-failure' },
    { text: 'How do you grow senior engineers into managers?' },
  ],
  thankYou: { draft: 'Thank you for the conversation about ownership.', status: 'drafted' },
  followUp: { date: '2026-03-17', done: false },
  reflection: {
    text: 'Good energy overall.',
    wentWell: 'The latency story landed with numbers.',
    toImprove: 'Shorter situations; I spent four minutes on context.',
    selfRating: 4,
  },
  outcome: 'pending',
};

interface ErrorResponse {
  error: { code: string; message: string; details?: { current?: Interview; missing?: string[] } | unknown[] };
}

export function expectError(
  response: { statusCode: number; json(): unknown },
  status: number,
  code?: string,
) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as ErrorResponse;
  expect(typeof body.error.message).toBe('string');
  if (code) expect(body.error.code).toBe(code);
  return body;
}

/** The calls specs repeat, each asserting its success status. `api` is read at call time. */
export function interviewCalls(api: () => Api) {
  return {
    async create(body: object = FULL_INTERVIEW): Promise<Interview> {
      const response = await api().post('/api/interviews', body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    },
    async update(id: string, body: object): Promise<Interview> {
      const response = await api().put(`/api/interviews/${id}`, body);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    },
    /** A new story's id, for interviews to point at. */
    async storyId(title: string): Promise<string> {
      const response = await api().post('/api/stories', { title });
      expect(response.statusCode).toBe(201);
      return response.json().id;
    },
  };
}
