/**
 * GET /api/interviews: keyset pages, filters (company, type, outcome, upcoming/past, thank-you
 * and follow-up state against a pinned clock) and full-text search, on a fresh database each.
 */
import { INTERVIEW_TYPE_IDS } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { createInterviewService, type InterviewService } from '../src/services/interview';
import type {
  Interview,
  InterviewListQuery,
  InterviewPage,
  InterviewSummary,
} from '../src/services/interview-schema';
import { interviewListQuerySchema } from '../src/services/interview-schema';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { expectError } from './interview-api';
import { type Api, apiFor } from './story-api';

/** The pinned server clock of these specs. */
const NOW = new Date('2026-06-15T12:00:00.000Z');
const DAY_MS = 86_400_000;
const COMPANIES = [
  { company: 'Amazon', companyId: 'amazon' },
  { company: 'Globex' },
  { company: 'Initech Labs', companyId: 'initech' },
] as const;
/** Where each interview's unique search word goes, in turn. */
const WORD_PLACES = ['notes', 'role', 'round', 'reflection', 'question', 'wentWell', 'toImprove'] as const;
const COUNT = 25;

/** The list's order: newest recorded first, the id breaking ties. */
const byCreatedDesc = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/** When seed `i` is recorded: a minute apart before NOW, seeds 3 and 4 at once so the id breaks the tie. */
const recordedAt = (i: number) => new Date(NOW.getTime() - (COUNT - (i === 4 ? 3 : i)) * 60_000);

function bodyFor(i: number): Record<string, unknown> {
  const word = `kw${i}q`;
  const place = WORD_PLACES[i % WORD_PLACES.length];
  // Days -12 … +12 around NOW; two interviews share a start so the id must break the tie.
  const startsAt = new Date(NOW.getTime() + (i - 12) * DAY_MS + (i === 3 ? DAY_MS : 0)).toISOString();
  return {
    ...COMPANIES[i % COMPANIES.length],
    type: INTERVIEW_TYPE_IDS[i % INTERVIEW_TYPE_IDS.length],
    startsAt,
    durationMinutes: 60,
    outcome: i % 5 === 0 ? 'advanced' : 'pending',
    notes: place === 'notes' ? `We discussed the ${word} rollout.` : '',
    role: place === 'role' ? `Director ${word}` : 'Director',
    round: place === 'round' ? `Panel ${word}` : 'Panel',
    questionsAsked: place === 'question' ? [{ text: `How did ${word} scale?` }] : [],
    reflection: {
      text: place === 'reflection' ? `Felt ${word} went fine.` : '',
      wentWell: place === 'wentWell' ? `The ${word} story landed.` : '',
      toImprove: place === 'toImprove' ? `Shorter ${word} intro.` : '',
    },
    thankYou: { status: i % 4 === 0 ? 'sent' : 'drafted' },
    followUp: {
      date: new Date(NOW.getTime() + (i - 12) * DAY_MS).toISOString().slice(0, 10),
      done: i % 6 === 1,
    },
  };
}

forEachDatabase('interview list', (_getStorage, database) => {
  let storage: Storage;
  let api: Api;
  let service: InterviewService;
  /** Every interview created here, by seed index. */
  const created: Interview[] = [];

  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    // A custom company, so the filter is seen to match custom ids as well as built-in ones.
    expect((await api.post('/api/companies', customSet('initech'))).statusCode).toBe(201);
    service = createInterviewService(storage, { now: () => NOW });
    for (let i = 0; i < COUNT; i++) {
      const recorder = createInterviewService(storage, { now: () => recordedAt(i) });
      created.push(await recorder.create(bodyFor(i) as never));
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  /** A list through the service with the pinned clock (the route uses the real one). */
  async function listAt(query: Record<string, string>): Promise<InterviewSummary[]> {
    const items: InterviewSummary[] = [];
    let cursor: string | null = null;
    do {
      const parsed: InterviewListQuery = interviewListQuerySchema.parse({
        ...query,
        limit: '4',
        ...(cursor ? { cursor } : {}),
      });
      const page: InterviewPage = await service.list(parsed);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  async function page(query: string): Promise<InterviewPage> {
    const response = await api.get(`/api/interviews?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function all(query: string, limit: number): Promise<InterviewSummary[]> {
    const items: InterviewSummary[] = [];
    let cursor: string | null = null;
    do {
      const cursorParam: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const result = await page(`limit=${limit}${query}${cursorParam}`);
      expect(result.items.length).toBeLessThanOrEqual(limit);
      items.push(...result.items);
      cursor = result.nextCursor;
    } while (cursor);
    return items;
  }

  const ids = (items: { id: string }[]) => items.map((item) => item.id);
  const idsWhere = (keep: (interview: Interview, i: number) => boolean) =>
    created
      .filter(keep)
      .sort(byCreatedDesc)
      .map((interview) => interview.id);

  describe('pages', () => {
    it('defaults to 20, newest recorded first, with summaries (no long texts)', async () => {
      const result = await page('');
      expect(result.items).toHaveLength(20);
      expect(result.nextCursor).not.toBeNull();
      expect(ids(result.items)).toEqual(idsWhere(() => true).slice(0, 20));
      const first = result.items[0] as InterviewSummary & Record<string, unknown>;
      for (const long of ['notes', 'questionsAsked', 'reflection', 'checklist', 'storiesUsed']) {
        expect(first[long], long).toBeUndefined();
      }
      expect(first.thankYou).not.toHaveProperty('draft');
      expect(first.checklistProgress.all.total).toBeGreaterThan(0);
      const whole = created.find((interview) => interview.id === first.id) as Interview;
      expect(first).toMatchObject({ company: whole.company, startsAt: whole.startsAt, version: 1 });
      expect(first.thankYou.deadline).toBe(whole.thankYou.deadline);
    });

    it('walks every interview exactly once at any page size, ties broken by id', async () => {
      for (const limit of [1, 7, 25, 100]) {
        expect(ids(await all('', limit))).toEqual(idsWhere(() => true));
      }
    });

    it('refuses a bad cursor, limit or filter value with 400', async () => {
      expectError(await api.get('/api/interviews?cursor=bm9wZQ'), 400, 'invalid_request');
      const nul = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'a\u0000b'])).toString('base64url');
      expectError(await api.get(`/api/interviews?cursor=${nul}`), 400, 'invalid_request');
      for (const query of [
        'limit=0',
        'limit=101',
        'when=soon',
        'thankYou=late',
        'followUp=x',
        'type=chat',
        'x=1',
      ]) {
        expectError(await api.get(`/api/interviews?${query}`), 400, 'invalid_request');
      }
    });
  });

  describe('filters', () => {
    it('company matches the company id or the name in any case, and nothing else', async () => {
      const amazon = idsWhere((_, i) => i % 3 === 0);
      expect(ids(await all('&company=amazon', 10))).toEqual(amazon);
      expect(ids(await all('&company=AMAZON', 10))).toEqual(amazon);
      const initech = idsWhere((_, i) => i % 3 === 2);
      expect(ids(await all('&company=initech', 10))).toEqual(initech);
      expect(ids(await all(`&company=${encodeURIComponent('  initech LABS ')}`, 10))).toEqual(initech);
      expect(await all('&company=initech%20lab', 10)).toEqual([]);
    });

    it('type and outcome', async () => {
      expect(ids(await all('&type=culture-values', 5))).toEqual(idsWhere((i) => i.type === 'culture-values'));
      expect(ids(await all('&outcome=advanced&type=behavioral', 5))).toEqual(
        idsWhere((i) => i.outcome === 'advanced' && i.type === 'behavioral'),
      );
    });

    it('upcoming (not ended at the server clock) and past (ended), in list order', async () => {
      const ended = (interview: Interview) => interview.endsAt <= NOW.toISOString();
      const upcoming = await listAt({ when: 'upcoming' });
      expect(ids(upcoming)).toEqual(idsWhere((i) => !ended(i)));
      expect(upcoming.length).toBeGreaterThan(5);
      const past = await listAt({ when: 'past' });
      expect(ids(past)).toEqual(idsWhere(ended));
      expect(past.length + upcoming.length).toBe(COUNT);
      // The interview starting exactly at NOW is in progress: upcoming, not past.
      const atNow = created.find((interview) => interview.startsAt === NOW.toISOString()) as Interview;
      expect(ids(upcoming)).toContain(atNow.id);
      expect(ids(past)).not.toContain(atNow.id);
    });

    it('from (inclusive) and to (exclusive) bound the start, in any offset', async () => {
      const from = created[5]?.startsAt as string;
      const to = created[9]?.startsAt as string;
      const expected = idsWhere((i) => i.startsAt >= from && i.startsAt < to);
      expect(expected.length).toBeGreaterThan(2);
      const query = `&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
      expect(ids(await all(query, 2))).toEqual(expected);
      // The same instant as wall time two hours ahead of UTC.
      const shifted = new Date(Date.parse(from) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
      expect(ids(await all(`&from=${encodeURIComponent(shifted)}&to=${encodeURIComponent(to)}`, 50))).toEqual(
        expected,
      );
      expectError(await api.get('/api/interviews?from=yesterday'), 400, 'invalid_request');
    });

    it('upcoming and past through HTTP use the real clock', async () => {
      const old = await api.post('/api/interviews', { company: 'Past Co', startsAt: '2001-01-01T10:00:00Z' });
      const future = await api.post('/api/interviews', {
        company: 'Future Co',
        startsAt: '2999-01-01T10:00:00Z',
      });
      const pastIds = ids(await all('&when=past', 100));
      const upcomingIds = ids(await all('&when=upcoming', 100));
      expect(pastIds).toContain(old.json().id);
      expect(pastIds).not.toContain(future.json().id);
      // Recorded by the real clock, after every seed: first in the list.
      expect(upcomingIds[0]).toBe(future.json().id);
      for (const response of [old, future]) {
        const { id, version } = response.json();
        expect((await api.delete(`/api/interviews/${id}?version=${version}`)).statusCode).toBe(204);
      }
    });

    it('thank-you: overdue (unsent, deadline passed), due (unsent, ahead) and sent', async () => {
      const at = NOW.toISOString();
      const overdue = await listAt({ thankYou: 'overdue' });
      expect(ids(overdue)).toEqual(idsWhere((i) => i.thankYou.status !== 'sent' && i.thankYou.deadline < at));
      expect(overdue.length).toBeGreaterThan(3);
      expect(ids(await listAt({ thankYou: 'due' }))).toEqual(
        idsWhere((i) => i.thankYou.status !== 'sent' && i.thankYou.deadline >= at),
      );
      expect(ids(await listAt({ thankYou: 'sent' }))).toEqual(idsWhere((i) => i.thankYou.status === 'sent'));
      // Combined with another filter, both apply.
      expect(ids(await listAt({ thankYou: 'overdue', company: 'globex' }))).toEqual(
        idsWhere((i, n) => n % 3 === 1 && i.thankYou.status !== 'sent' && i.thankYou.deadline < at),
      );
    });

    it('follow-up: due (today or later), overdue (before today, UTC), done', async () => {
      const today = NOW.toISOString().slice(0, 10);
      const open = (i: Interview) => !i.followUp.done && i.followUp.date !== null;
      const due = await listAt({ followUp: 'due' });
      expect(ids(due)).toEqual(idsWhere((i) => open(i) && (i.followUp.date ?? '') >= today));
      expect(due.map((i) => i.followUp.date)).toContain(today);
      expect(ids(await listAt({ followUp: 'overdue' }))).toEqual(
        idsWhere((i) => open(i) && (i.followUp.date ?? '') < today),
      );
      expect(ids(await listAt({ followUp: 'done' }))).toEqual(idsWhere((i) => i.followUp.done));
    });
  });

  describe('search', () => {
    it('finds each interview by a word in its notes, role, round, questions or reflection', async () => {
      for (let i = 0; i < COUNT; i++) {
        const result = await page(`q=kw${i}q`);
        expect(ids(result.items), `kw${i}q in ${WORD_PLACES[i % WORD_PLACES.length]}`).toEqual([
          created[i]?.id,
        ]);
      }
    });

    it('matches every word as a prefix, any case, and combines with filters', async () => {
      expect(ids((await page('q=INITECH%20pan')).items).sort()).toEqual(
        idsWhere((_, i) => i % 3 === 2).sort(),
      );
      expect((await page('q=initech&company=amazon')).items).toEqual([]);
      expect((await page('q=nothing-like-this')).items).toEqual([]);
    });

    it('follows edits: a replaced word no longer matches, the new one does', async () => {
      const target = created[0] as Interview;
      const response = await api.put(`/api/interviews/${target.id}`, {
        version: 1,
        notes: 'Now about zebrafish.',
      });
      expect(response.statusCode).toBe(200);
      created[0] = response.json();
      expect((await page('q=kw0q')).items).toEqual([]);
      expect(ids((await page('q=zebrafish')).items)).toEqual([target.id]);
    });
  });
});
