/** GET /api/companies: built-in then custom sets, the builtIn filter, search (incl. notes) and paging. */
import { BUILT_IN_COMPANIES } from '@onsite/core';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { CompanyPage, CompanySummary } from '../src/services/company-schema';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

const BUILT_IN_IDS = BUILT_IN_COMPANIES.map((set) => set.id);
/** Created out of order on purpose: the list sorts custom sets by id. */
const CUSTOM_IDS = ['zeta-corp', 'acme', 'globex', 'initech', 'acme-labs', 'hooli', 'umbrella'];

async function walk(api: Api, query: string, limit: number): Promise<CompanySummary[][]> {
  const pages: CompanySummary[][] = [];
  let cursor: string | null = null;
  do {
    const response = await api.get(
      `/api/companies?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page: CompanyPage = response.json();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page.items);
    cursor = page.nextCursor;
    if (pages.length > 100) throw new Error('paging does not end');
  } while (cursor);
  return pages;
}

const ids = (items: CompanySummary[]) => items.map((item) => item.id);

forEachDatabase('company list', (_getStorage, database) => {
  let api: Api;
  beforeAll(async () => {
    const storage = await database.fresh();
    await migrate(storage);
    api = await apiFor(storage);
    for (const id of CUSTOM_IDS) {
      const response = await api.post('/api/companies', customSet(id));
      expect(response.statusCode, response.body).toBe(201);
    }
    const special = await api.put('/api/companies/hooli', {
      version: 1,
      principles: [{ name: 'Tethics', description: 'Technology ethics, loudly.', cues: ['ethics'] }],
      tensions: [],
    });
    expect(special.statusCode, special.body).toBe(200);
    for (const [id, notes] of [
      ['google', 'Recruiter mentioned the quokka initiative'],
      ['initech', 'TPS reports everywhere; quokka mascot'],
    ] as const) {
      const saved = await api.put(`/api/companies/${id}/notes`, { version: 0, notes });
      expect(saved.statusCode, saved.body).toBe(200);
    }
  });
  afterAll(async () => {
    await api.app.close();
  });

  const all = async (query: string) => (await walk(api, query, 100)).flat();

  it('lists the built-in sets first in core order, then custom sets by id, as summaries', async () => {
    const items = await all('');
    expect(ids(items)).toEqual([...BUILT_IN_IDS, ...[...CUSTOM_IDS].sort()]);
    const amazon = items[0];
    expect(amazon).toEqual({
      id: 'amazon',
      name: BUILT_IN_COMPANIES[0]?.name,
      builtIn: true,
      principles: BUILT_IN_COMPANIES[0]?.principles.map((p) => ({ id: p.id, name: p.name })),
      version: null,
      createdAt: null,
      updatedAt: null,
    });
    expect(items.find((item) => item.id === 'acme')).toMatchObject({ builtIn: false, version: 1 });
  });

  it('filters built-in or custom sets', async () => {
    expect(ids(await all('&builtIn=true'))).toEqual(BUILT_IN_IDS);
    expect(ids(await all('&builtIn=false'))).toEqual([...CUSTOM_IDS].sort());
    expect((await api.get('/api/companies?builtIn=yes')).statusCode).toBe(400);
  });

  it('searches names, principle names and descriptions, and notes, every word as a prefix', async () => {
    expect(ids(await all('&q=AMAZ'))).toEqual(['amazon']);
    expect(ids(await all('&q=tethic'))).toEqual(['hooli']);
    expect(ids(await all('&q=loudly%20technology'))).toEqual(['hooli']);
    // In notes only: a built-in company and a custom one.
    expect(ids(await all('&q=quokka'))).toEqual(['google', 'initech']);
    // One word in the name, another in the notes.
    expect(ids(await all('&q=initech%20mascot'))).toEqual(['initech']);
    expect(ids(await all('&q=quokka&builtIn=false'))).toEqual(['initech']);
    expect(ids(await all('&q=nothing-matches-this'))).toEqual([]);
    expect(ids(await all(`&q=${encodeURIComponent('"( *')}`))).toEqual(ids(await all('')));
  });

  it('walks every company exactly once, for any page size and filter', async () => {
    const filters = fc.constantFrom('', '&builtIn=true', '&builtIn=false', '&q=acme', '&q=quokka', '&q=ship');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 15 }), filters, async (limit, filter) => {
        const expected = ids(await all(filter));
        const pages = await walk(api, filter, limit);
        expect(ids(pages.flat())).toEqual(expected);
        if (expected.length > 0) expect(pages.at(-1)?.length).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('does not skip or repeat when a set is created between pages', async () => {
    const first: CompanyPage = (await api.get('/api/companies?builtIn=false&limit=2')).json();
    expect(ids(first.items)).toEqual(['acme', 'acme-labs']);
    const created = await api.post('/api/companies', customSet('aaa-first'));
    expect(created.statusCode).toBe(201);
    const rest = await api.get(`/api/companies?builtIn=false&limit=100&cursor=${first.nextCursor}`);
    expect(ids(rest.json().items)).toEqual(['globex', 'hooli', 'initech', 'umbrella', 'zeta-corp']);
  });

  it('refuses a cursor it did not make with 400', async () => {
    for (const raw of ['["builtin","initech"]', '["custom",7]', '["elsewhere","x"]']) {
      const response = await api.get(`/api/companies?cursor=${Buffer.from(raw).toString('base64url')}`);
      expect(response.statusCode).toBe(400);
    }
  });
});
