/** Bad interview input: always a 4xx in the one error shape, never a 500, and nothing written. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../src/services/interview-schema';
import { forEachDatabase } from './databases';
import { FULL_INTERVIEW } from './interview-api';
import { type Api, apiFor } from './story-api';

const long = (n: number) => 'x'.repeat(n);
const base = { company: 'Acme', startsAt: '2026-03-10T14:00:00Z' };

/** Bodies a client might send for a new interview, each wrong in one way. */
const INVALID_CREATES: [string, unknown][] = [
  ['no company', { startsAt: base.startsAt }],
  ['blank company', { ...base, company: '  ' }],
  ['company over 200 chars', { ...base, company: long(201) }],
  ['company id with capitals', { ...base, companyId: 'Amazon' }],
  ['company id with a dot', { ...base, companyId: 'amazon.com' }],
  ['no start', { company: 'Acme' }],
  ['start without an offset', { ...base, startsAt: '2026-03-10T14:00:00' }],
  ['start that is a date only', { ...base, startsAt: '2026-03-10' }],
  ['start on a day that does not exist', { ...base, startsAt: '2026-02-30T10:00:00Z' }],
  ['start before 1970', { ...base, startsAt: '1969-12-31T23:59:59Z' }],
  ['start in year 9999 December', { ...base, startsAt: '9999-12-31T00:00:00Z' }],
  ['duration 0', { ...base, durationMinutes: 0 }],
  ['duration over 12 h', { ...base, durationMinutes: 721 }],
  ['fractional duration', { ...base, durationMinutes: 30.5 }],
  ['duration beyond int4', { ...base, durationMinutes: 2 ** 31 }],
  ['unknown type', { ...base, type: 'chat' }],
  ['unknown outcome', { ...base, outcome: 'ghosted' }],
  ['interviewer without a name', { ...base, interviewers: [{ role: 'VP' }] }],
  ['interviewer with an extra field', { ...base, interviewers: [{ name: 'A', email: 'a@example.com' }] }],
  ['31 interviewers', { ...base, interviewers: Array.from({ length: 31 }, (_, i) => ({ name: `P${i}` })) }],
  ['blank question', { ...base, questionsAsked: [{ text: ' ' }] }],
  ['question as a bare string', { ...base, questionsAsked: ['Why us?'] }],
  ['NUL in a question id', { ...base, questionsAsked: [{ text: 'Q', questionId: 'a\u0000' }] }],
  ['101 questions', { ...base, questionsAsked: Array.from({ length: 101 }, () => ({ text: 'Q' })) }],
  ['story id that is empty', { ...base, storiesUsed: [''] }],
  ['51 stories', { ...base, storiesUsed: Array.from({ length: 51 }, (_, i) => `s${i}`) }],
  ['unknown thank-you status', { ...base, thankYou: { status: 'posted' } }],
  ['thank-you deadline from the client', { ...base, thankYou: { deadline: '2026-03-11T14:00:00Z' } }],
  ['sentAt on a note not sent', { ...base, thankYou: { status: 'drafted', sentAt: '2026-03-11T14:00:00Z' } }],
  ['follow-up date that does not exist', { ...base, followUp: { date: '2026-02-29' } }],
  ['follow-up date with a time', { ...base, followUp: { date: '2026-03-12T10:00:00Z' } }],
  ['follow-up done as a string', { ...base, followUp: { done: 'yes' } }],
  ['self-rating 0', { ...base, reflection: { selfRating: 0 } }],
  ['self-rating 6', { ...base, reflection: { selfRating: 6 } }],
  ['notes over 20,000 chars', { ...base, notes: long(20_001) }],
  ['NUL in notes', { ...base, notes: 'a\u0000b' }],
  ['lone surrogate in reflection', { ...base, reflection: { text: 'a\ud800b' } }],
  ['unknown checklist item', { ...base, checklist: { post: { 'post.celebrate': true } } }],
  ['derived end from the client', { ...base, endsAt: '2026-03-10T15:00:00Z' }],
  ['version on create', { ...base, version: 1 }],
  ['id on create', { ...base, id: 'mine' }],
  ['unknown field', { ...base, mood: 'nervous' }],
  ['array body', [base]],
  ['null body', null],
];

forEachDatabase('interview validation', (getStorage) => {
  let api: Api;
  let kept: Interview;
  const count = async () => (await getStorage().db.selectFrom('interviews').select('id').execute()).length;

  beforeAll(async () => {
    api = await apiFor(getStorage());
    kept = (await api.post('/api/interviews', FULL_INTERVIEW)).json();
  });
  afterAll(async () => {
    await api.app.close();
  });

  describe('POST /api/interviews', () => {
    it.each(INVALID_CREATES)(
      'refuses %s with 400 invalid_request and writes nothing',
      async (_name, body) => {
        const before = await count();
        const response = await api.send('POST', '/api/interviews', JSON.stringify(body));
        expect(response.statusCode, response.body).toBe(400);
        const error = response.json().error;
        expect(error.code).toBe('invalid_request');
        expect(Array.isArray(error.details)).toBe(true);
        expect(await count()).toBe(before);
      },
    );

    it('names the offending field in the details', async () => {
      const response = await api.post('/api/interviews', { ...base, reflection: { selfRating: 9 } });
      const paths = response.json().error.details.map((d: { path: string }) => d.path);
      expect(paths).toContain('body.reflection.selfRating');
    });

    it('accepts the limits themselves', async () => {
      const response = await api.post('/api/interviews', {
        company: long(200),
        companyId: 'netflix',
        startsAt: '9999-12-01T00:00:00Z',
        durationMinutes: 720,
        notes: long(20_000),
        interviewers: Array.from({ length: 30 }, (_, i) => ({ name: `P${i}`, role: long(200) })),
        questionsAsked: Array.from({ length: 100 }, (_, i) => ({ text: `Q${i} ${long(1990)}` })),
        reflection: { selfRating: 5 },
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().thankYou.deadline).toBe('9999-12-02T12:00:00.000Z');
      const earliest = await api.post('/api/interviews', { ...base, startsAt: '1970-01-01T00:00:00Z' });
      expect(earliest.statusCode).toBe(201);
    });
  });

  describe('PUT /api/interviews/{id}', () => {
    const invalidUpdates: [string, unknown][] = [
      ['no version', { notes: 'x' }],
      ['version 0', { version: 0 }],
      ['version beyond int4', { version: 2 ** 31 }],
      ['blank company', { version: 1, company: '' }],
      ['null start', { version: 1, startsAt: null }],
      [
        'sentAt while the stored note is drafted',
        { version: 1, thankYou: { sentAt: '2026-03-11T10:00:00Z' } },
      ],
      ['wrong-phase checklist item', { version: 1, checklist: { during: { 'pre.calm-body': true } } }],
    ];
    it.each(invalidUpdates)('refuses %s with 400 and changes nothing', async (_name, body) => {
      const response = await api.send('PUT', `/api/interviews/${kept.id}`, JSON.stringify(body));
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
      expect((await api.get(`/api/interviews/${kept.id}`)).json()).toEqual(kept);
    });

    it('refuses ids with NUL and non-numeric delete versions with 400', async () => {
      expect((await api.get('/api/interviews/a%00b')).statusCode).toBe(400);
      expect((await api.delete(`/api/interviews/${kept.id}?version=one`)).statusCode).toBe(400);
      expect((await api.delete(`/api/interviews/${kept.id}?version=${2 ** 31}`)).statusCode).toBe(400);
    });
  });
});
