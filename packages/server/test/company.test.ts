/** /api/companies/{id} and writes, and /api/companies/{id}/notes, end to end on both engines. */
import { BUILT_IN_COMPANIES, parseCustomCompany } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company, CompanyNotes } from '../src/services/company-schema';
import { customSet, expectError } from './company-api';
import { forEachDatabase } from './databases';
import { type Api, apiFor } from './story-api';

interface CompanyErrors {
  errors: { path: string; code: string; message: string }[];
}

forEachDatabase('company API', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });

  const create = async (body: object): Promise<Company> => {
    const response = await api.post('/api/companies', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  describe('built-in sets', () => {
    it.each(BUILT_IN_COMPANIES.map((set) => [set.id, set] as const))(
      'gets %s as core has it, read-only',
      async (id, set) => {
        const response = await api.get(`/api/companies/${id}`);
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({
          id: set.id,
          name: set.name,
          builtIn: true,
          principles: set.principles,
          tensions: set.tensions ?? [],
          interviewNotes: set.interviewNotes,
          version: null,
          createdAt: null,
          updatedAt: null,
        });
        expectError(await api.put(`/api/companies/${id}`, { version: 1, name: 'Mine' }), 403, 'read_only');
        expectError(await api.delete(`/api/companies/${id}?version=1`), 403, 'read_only');
      },
    );

    it('answers 404 for an unknown company', async () => {
      expectError(await api.get('/api/companies/initech'), 404, 'not_found');
      expectError(await api.get('/api/companies/initech/notes'), 404, 'not_found');
      expectError(
        await api.put('/api/companies/initech/notes', { version: 0, notes: 'x' }),
        404,
        'not_found',
      );
    });
  });

  describe('custom sets', () => {
    it('creates a set normalised by core, at version 1', async () => {
      const input = customSet('acme');
      const company = await create(input);
      const parsed = parseCustomCompany(input);
      if (!parsed.ok) throw new Error('the fixture must be valid');
      expect(company).toMatchObject({
        id: 'acme',
        name: input.name,
        builtIn: false,
        principles: parsed.company.principles,
        tensions: parsed.company.tensions,
        interviewNotes: input.interviewNotes,
        version: 1,
      });
      expect(company.principles.map((p) => p.id)).toEqual(['acme.ship-weekly', 'acme.own-the-pager']);
      expect(company.createdAt).toBe(company.updatedAt);
      expect((await api.get('/api/companies/acme')).json()).toEqual(company);
    });

    it('refuses a built-in id with 422 and core code reserved_company_id', async () => {
      const body = expectError(await api.post('/api/companies', customSet('amazon')), 422, 'invalid_company');
      expect((body.error.details as CompanyErrors).errors).toContainEqual(
        expect.objectContaining({ path: 'id', code: 'reserved_company_id' }),
      );
      expect((await api.get('/api/companies/amazon')).json().builtIn).toBe(true);
    });

    it('refuses an id another custom set has with 409 company_exists', async () => {
      await create(customSet('dup-co'));
      const notes = await api.put('/api/companies/dup-co/notes', { version: 0, notes: 'Keep me' });
      expect(notes.statusCode).toBe(200);
      expectError(
        await api.post('/api/companies', { ...customSet('dup-co'), name: 'Other' }),
        409,
        'company_exists',
      );
      expect((await api.get('/api/companies/dup-co')).json().name).toBe('Acme dup-co');
      // The refused create touched nothing, the set's notes included.
      expect((await api.get('/api/companies/dup-co/notes')).json()).toEqual(notes.json());
    });

    it('lets exactly one of two concurrent creates of one id win; the other is 409 company_exists', async () => {
      const [a, b] = await Promise.all([
        api.post('/api/companies', customSet('race')),
        api.post('/api/companies', { ...customSet('race'), name: 'Other' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const loser = a.statusCode === 201 ? b : a;
      expect(loser.json().error.code).toBe('company_exists');
    });

    it.each([
      ['invalid_company_id', { ...customSet('x'), id: 'Not A Slug' }, 'id'],
      ['no_principles', { ...customSet('np'), principles: [], tensions: [] }, 'principles'],
      [
        'cue_not_lowercase',
        { ...customSet('cu'), principles: [{ name: 'Loud', cues: ['SHOUT'] }], tensions: [] },
        'principles.0.cues.0',
      ],
      [
        'duplicate_principle',
        {
          ...customSet('dp'),
          principles: [
            { name: 'A', cues: ['a'] },
            { name: 'a', cues: ['b'] },
          ],
          tensions: [],
        },
        'principles.1.name',
      ],
      [
        'unknown_tension_principle',
        { ...customSet('ut'), tensions: [{ a: 'ut.nope', b: 'ut.ship-weekly', note: 'n' }] },
        'tensions.0.a',
      ],
      ['too_long', { ...customSet('tl'), name: 'n'.repeat(150) }, 'name'],
    ])('refuses a set core rejects with 422 and its code %s', async (code, body, path) => {
      const error = expectError(await api.post('/api/companies', body), 422, 'invalid_company');
      expect((error.error.details as CompanyErrors).errors).toContainEqual(
        expect.objectContaining({ code, path }),
      );
    });

    it.each([
      ['a missing name', { id: 'm', principles: [] }],
      ['a wrong type', { ...customSet('wt'), principles: 'none' }],
      ['an unknown field', { ...customSet('uf'), builtIn: true }],
      ['NUL in a name', { ...customSet('nul'), name: 'a\u0000b' }],
    ])('refuses %s with 400', async (_name, body) => {
      expectError(await api.post('/api/companies', body), 400, 'invalid_request');
    });

    it('updates any part at the loaded version; omitted parts and the id stay', async () => {
      const before = await create(customSet('upd'));
      const response = await api.put('/api/companies/upd', { version: 1, name: 'Acme Renamed' });
      expect(response.statusCode, response.body).toBe(200);
      const after: Company = response.json();
      expect(after).toEqual({ ...before, name: 'Acme Renamed', version: 2, updatedAt: after.updatedAt });
      const principles = [{ name: 'Think Small', cues: ['scoped'] }];
      const replaced = await api.put('/api/companies/upd', { version: 2, principles, tensions: [] });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect(replaced.json().principles.map((p: { id: string }) => p.id)).toEqual(['upd.think-small']);
      expectError(await api.put('/api/companies/upd', { version: 3, id: 'other' }), 400);
    });

    it('re-validates the merged set on update (422), and writes nothing', async () => {
      await create(customSet('reval'));
      // Dropping the principles the stored tensions name leaves the tensions dangling.
      const body = expectError(
        await api.put('/api/companies/reval', { version: 1, principles: [{ name: 'Other', cues: ['x'] }] }),
        422,
        'invalid_company',
      );
      expect((body.error.details as CompanyErrors).errors[0]?.code).toBe('unknown_tension_principle');
      expect((await api.get('/api/companies/reval')).json().version).toBe(1);
    });

    it('answers a stale update or delete with 409 and the current set', async () => {
      await create(customSet('stale'));
      const first = await api.put('/api/companies/stale', { version: 1, name: 'First' });
      const conflict = expectError(
        await api.put('/api/companies/stale', { version: 1, name: 'Lost' }),
        409,
        'version_conflict',
      );
      expect(conflict.error.details).toEqual({ current: first.json() });
      expectError(await api.delete('/api/companies/stale?version=1'), 409, 'version_conflict');
      expect((await api.get('/api/companies/stale')).json().name).toBe('First');
    });

    it('deletes a set with its notes; the id can then be used again, with no notes', async () => {
      await create(customSet('gone'));
      const saved = await api.put('/api/companies/gone/notes', { version: 0, notes: 'Secret plans' });
      expect(saved.statusCode).toBe(200);
      expect((await api.delete('/api/companies/gone?version=1')).statusCode).toBe(204);
      expectError(await api.get('/api/companies/gone'), 404, 'not_found');
      expectError(await api.get('/api/companies/gone/notes'), 404, 'not_found');
      await create(customSet('gone'));
      expect((await api.get('/api/companies/gone/notes')).json()).toMatchObject({ notes: '', version: 0 });
    });
  });

  describe('notes', () => {
    const NEWS = [
      {
        date: '2026-03-01',
        text: 'Announced a reorg of the devices group.',
        sourceUrl: 'https://example.com/news/1',
      },
      { date: '2026-02-11', text: 'New VP of engineering.' },
    ];
    const ASK = [
      { text: 'How is success measured in the first 90 days?', interviewer: 'Hiring manager' },
      { text: 'What does on-call look like?' },
    ];

    it('starts empty at version 0 on a built-in company, and saves at 0 → 1', async () => {
      const empty: CompanyNotes = (await api.get('/api/companies/apple/notes')).json();
      expect(empty).toEqual({
        companyId: 'apple',
        notes: '',
        news: [],
        questionsToAsk: [],
        version: 0,
        updatedAt: null,
      });
      const response = await api.put('/api/companies/apple/notes', {
        version: 0,
        notes: 'Secrecy culture; ask about cross-team visibility.',
        news: NEWS,
        questionsToAsk: ASK,
      });
      expect(response.statusCode, response.body).toBe(200);
      const saved: CompanyNotes = response.json();
      expect(saved).toMatchObject({
        companyId: 'apple',
        notes: 'Secrecy culture; ask about cross-team visibility.',
        news: [NEWS[0], { ...NEWS[1], sourceUrl: null }],
        questionsToAsk: [ASK[0], { ...ASK[1], interviewer: null }],
        version: 1,
      });
      expect((await api.get('/api/companies/apple/notes')).json()).toEqual(saved);
      // The principles are untouched and still read-only.
      expect((await api.get('/api/companies/apple')).json().version).toBeNull();
    });

    it('keeps omitted parts, replaces sent lists, and refuses stale versions with 409', async () => {
      const first = await api.put('/api/companies/netflix/notes', {
        version: 0,
        notes: 'Keeper test',
        news: NEWS,
      });
      expect(first.statusCode).toBe(200);
      const second = await api.put('/api/companies/netflix/notes', { version: 1, news: [] });
      expect(second.json()).toMatchObject({ notes: 'Keeper test', news: [], version: 2 });
      const stale = expectError(
        await api.put('/api/companies/netflix/notes', { version: 1, notes: 'Lost' }),
        409,
        'version_conflict',
      );
      expect(stale.error.details).toEqual({ current: second.json() });
      // A second "first save" is just as stale.
      expectError(
        await api.put('/api/companies/netflix/notes', { version: 0, notes: 'Lost' }),
        409,
        'version_conflict',
      );
    });

    it('lets exactly one of two concurrent first saves win; the other gets 409 with the winner', async () => {
      const [a, b] = await Promise.all([
        api.put('/api/companies/microsoft/notes', { version: 0, notes: 'first writer' }),
        api.put('/api/companies/microsoft/notes', { version: 0, notes: 'second writer' }),
      ]);
      const statuses = [a.statusCode, b.statusCode].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = a.statusCode === 200 ? a : b;
      const loser = a.statusCode === 200 ? b : a;
      expect(loser.json().error.details).toEqual({ current: winner.json() });
      expect((await api.get('/api/companies/microsoft/notes')).json()).toEqual(winner.json());
    });

    it.each([
      ['a javascript: URL', { news: [{ date: '2026-01-01', text: 't', sourceUrl: 'javascript:alert(1)' }] }],
      ['a relative URL', { news: [{ date: '2026-01-01', text: 't', sourceUrl: '/news/1' }] }],
      ['an ftp URL', { news: [{ date: '2026-01-01', text: 't', sourceUrl: 'ftp://example.com/x' }] }],
      ['an impossible date', { news: [{ date: '2026-02-30', text: 't' }] }],
      ['blank news text', { news: [{ date: '2026-01-01', text: '  ' }] }],
      ['a question without text', { questionsToAsk: [{ interviewer: 'CTO' }] }],
      ['a negative version', { version: -1 }],
      ['an unknown field', { principles: [] }],
    ])('refuses %s with 400', async (_name, body) => {
      expectError(
        await api.put('/api/companies/meta/notes', { version: 0, ...body }),
        400,
        'invalid_request',
      );
    });
  });
});
