/** GET /api/questions: filters, search and paging over the bank plus stored questions, on both engines. */
import { COMPETENCY_TAGS, INTERVIEW_TYPE_IDS, QUESTION_BANK, resolveLevel } from '@onsite/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Question, QuestionPage } from '../src/services/question-schema';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

const STORED = [
  {
    source: 'own',
    text: 'How do you decide when to rewrite a legacy billing system?',
    interviewType: 'technical-leadership',
    tags: ['technical'],
    levels: ['L6'],
  },
  {
    source: 'own',
    text: 'What is your approach to calibrating performance ratings?',
    notes: 'Zyzzyva calibration',
    tags: ['performance'],
  },
  {
    source: 'captured',
    text: 'Tell me about a reorg you led.',
    interviewType: 'system-org-design',
    company: 'Acme Robotics',
    askedAt: '2026-02-10',
    round: 'onsite 1',
    tags: ['change'],
    levels: ['L7+'],
  },
  {
    source: 'captured',
    text: 'Describe a time you disagreed with your director.',
    interviewType: 'behavioral',
    company: 'amazon',
    principles: ['amazon.have-backbone-disagree-and-commit'],
    tags: ['conflict'],
  },
  {
    source: 'captured',
    text: 'How would you run a blameless postmortem?',
    company: 'Globex',
    notes: 'Asked by the SRE lead',
  },
];

async function walk(api: Api, query: string, limit: number): Promise<Question[][]> {
  const pages: Question[][] = [];
  let cursor: string | null = null;
  do {
    const url = `/api/questions?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await api.get(url);
    expect(response.statusCode, response.body).toBe(200);
    const page: QuestionPage = response.json();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page.items);
    cursor = page.nextCursor;
    if (pages.length > 500) throw new Error('paging does not end');
  } while (cursor);
  return pages;
}

const ids = (questions: Question[]) => questions.map((q) => q.id);

forEachDatabase('question list', (_getStorage, database) => {
  let api: Api;
  /** Stored questions as created, oldest first. */
  const stored: Question[] = [];

  beforeAll(async () => {
    // A database of its own, so the expected results are exactly what this file stored.
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    for (const body of STORED) {
      const response = await api.post('/api/questions', body);
      expect(response.statusCode, response.body).toBe(201);
      stored.push(response.json());
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  const all = async (query: string) => (await walk(api, query, 100)).flat();

  describe('order and paging', () => {
    it('lists the whole bank first in bank order, then stored questions newest first', async () => {
      const items = await all('');
      expect(items).toHaveLength(QUESTION_BANK.length + stored.length);
      expect(ids(items.slice(0, QUESTION_BANK.length))).toEqual(QUESTION_BANK.map((q) => q.id));
      const tail = items.slice(QUESTION_BANK.length);
      expect(new Set(ids(tail))).toEqual(new Set(ids(stored)));
      const created = tail.map((q) => q.createdAt ?? '');
      expect(created).toEqual([...created].sort().reverse());
    });

    it('crosses from the bank into stored questions mid-page and on a page boundary', async () => {
      const everything = ids(await all(''));
      // 152 bank questions: 76, 38 and 8 end a page exactly on the bank's last question.
      for (const limit of [7, 76, 38, 8, 100, 1]) {
        const pages = await walk(api, '', limit);
        expect(ids(pages.flat())).toEqual(everything);
        expect(pages.at(-1)?.length).toBeGreaterThan(0);
      }
    });

    it('is stable when questions are edited between pages', async () => {
      const first = await api.get('/api/questions?source=own&limit=1');
      const page: QuestionPage = first.json();
      const [top] = page.items;
      if (!top || !page.nextCursor) throw new Error('expected two own questions');
      const edited = await api.put(`/api/questions/${top.id}`, { version: top.version, text: top.text });
      expect(edited.statusCode).toBe(200);
      const rest = await api.get(`/api/questions?source=own&limit=5&cursor=${page.nextCursor}`);
      expect(ids(rest.json().items)).not.toContain(top.id);
      expect(rest.json().items).toHaveLength(1);
    });

    it('walks every question exactly once, for any page size and filter', async () => {
      const filters = fc.constantFrom(
        '',
        '&source=bank',
        '&source=captured',
        '&type=behavioral',
        '&tag=conflict',
        '&level=L6',
        '&company=amazon',
        '&q=time',
      );
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 60 }), filters, async (limit, filter) => {
          const expected = ids(await all(filter));
          const walked = ids((await walk(api, filter, limit)).flat());
          expect(walked).toEqual(expected);
          expect(new Set(walked).size).toBe(walked.length);
        }),
        { numRuns: 25 },
      );
    }, 120_000);

    it('refuses a cursor it did not make with 400', async () => {
      for (const cursor of [
        'nope',
        Buffer.from('["bank","no-such-id"]').toString('base64url'),
        Buffer.from('[1,2]').toString('base64url'),
      ]) {
        const response = await api.get(`/api/questions?cursor=${cursor}`);
        expect(response.statusCode).toBe(400);
        expect(response.json().error.code).toBe('invalid_request');
      }
    });
  });

  describe('filters', () => {
    it('filters by source', async () => {
      const bank = await all('&source=bank');
      expect(ids(bank)).toEqual(QUESTION_BANK.map((q) => q.id));
      const captured = await all('&source=captured');
      expect(new Set(ids(captured))).toEqual(new Set(ids(stored.filter((q) => q.source === 'captured'))));
      const own = await all('&source=own');
      expect(own.every((q) => q.source === 'own')).toBe(true);
      expect(own).toHaveLength(2);
    });

    it.each(INTERVIEW_TYPE_IDS)('filters by interview type %s across the bank and stored', async (type) => {
      const items = await all(`&type=${type}`);
      const expected = [
        ...QUESTION_BANK.filter((q) => q.type === type).map((q) => q.id),
        ...stored.filter((q) => q.interviewType === type).map((q) => q.id),
      ];
      expect(new Set(ids(items))).toEqual(new Set(expected));
      expect(items.length).toBe(expected.length);
    });

    it('filters by tag', async () => {
      for (const tag of COMPETENCY_TAGS) {
        const items = await all(`&tag=${tag}`);
        expect(items.every((q) => q.tags.includes(tag))).toBe(true);
        const count =
          QUESTION_BANK.filter((q) => q.competencies.includes(tag)).length +
          stored.filter((q) => q.tags.includes(tag)).length;
        expect(items).toHaveLength(count);
      }
    });

    it('filters by level with any alias; stored questions without levels suit every level', async () => {
      const level = resolveLevel('Director');
      if (level !== 'L6') throw new Error('Director is expected to be L6');
      const items = await all('&level=Director');
      expect(items.filter((q) => q.source === 'bank')).toHaveLength(
        QUESTION_BANK.filter((q) => q.levels.includes(level)).length,
      );
      const storedIds = ids(items.filter((q) => q.source !== 'bank'));
      expect(new Set(storedIds)).toEqual(
        new Set(ids(stored.filter((q) => q.levels.length === 0 || q.levels.includes('L6')))),
      );
      expect(storedIds).not.toContain(stored[2]?.id);
    });

    it('filters by principle', async () => {
      const items = await all('&principle=amazon.have-backbone-disagree-and-commit');
      expect(items.length).toBeGreaterThan(1);
      expect(items.every((q) => q.principles.includes('amazon.have-backbone-disagree-and-commit'))).toBe(
        true,
      );
      expect(ids(items)).toContain(stored[3]?.id);
    });

    it('filters by company: asked there (any case) or probing its principles', async () => {
      const acme = await all('&company=ACME%20robotics');
      expect(ids(acme)).toEqual([stored[2]?.id]);
      const amazon = await all('&company=Amazon');
      expect(ids(amazon)).toContain(stored[3]?.id);
      expect(amazon.filter((q) => q.source === 'bank')).toHaveLength(
        QUESTION_BANK.filter((q) => q.principles.some((p) => p.startsWith('amazon.'))).length,
      );
      expect(await all('&company=Initech')).toEqual([]);
    });

    it("matches a custom company's id to the name questions were captured under", async () => {
      expect(ids(await all('&company=acme-robotics'))).toEqual([]);
      const created = await api.post('/api/companies', {
        ...customSet('acme-robotics'),
        name: 'Acme Robotics',
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(ids(await all('&company=acme-robotics'))).toEqual([stored[2]?.id]);
      expect(ids(await all('&company=Acme%20Robotics'))).toEqual([stored[2]?.id]);
    });

    it('combines filters', async () => {
      const items = await all('&source=captured&type=behavioral&company=amazon');
      expect(ids(items)).toEqual([stored[3]?.id]);
    });
  });

  describe('search', () => {
    it('matches every word as a prefix, case-insensitively, in stored text and notes and in the bank', async () => {
      expect(ids(await all('&q=BILLING%20legacy'))).toEqual([stored[0]?.id]);
      expect(ids(await all('&q=zyzz'))).toEqual([stored[1]?.id]);
      expect(ids(await all('&q=sre%20lead'))).toEqual([stored[4]?.id]);
      const bank = await all('&q=disagre&source=bank');
      expect(bank.length).toBeGreaterThan(0);
      for (const question of bank) expect(question.text.toLowerCase()).toMatch(/\bdisagre/);
      expect(bank.length).toBe(QUESTION_BANK.filter((q) => /\bdisagre/i.test(q.text)).length);
    });

    it('treats search syntax as plain text, and a query with no words as no filter', async () => {
      for (const q of ['"unbalanced', 'NEAR(a b)', "it's:*", '-', 'a & b | c']) {
        const response = await api.get(`/api/questions?q=${encodeURIComponent(q)}`);
        expect(response.statusCode).toBe(200);
      }
      expect(ids(await all(`&q=${encodeURIComponent('*** ---')}`))).toEqual(ids(await all('')));
    });
  });
});
