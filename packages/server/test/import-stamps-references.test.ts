/**
 * What import checks beyond each column's type, as the services keep it on every save:
 * - every row's created/updated stamps are instants exactly as the server writes them, in every
 *   row section that has them (a malformed stamp used to be written as it was);
 * - an interview's companyId names a company that exists: built in, in the same file, or stored
 *   (as notes on a company do); deleting a custom company unlinks its interviews, so an export
 *   never holds a link import would refuse.
 * Each bad file is a 422 `invalid_records` naming section, index, id and field, with nothing
 * written; good files import and export again unchanged. SQLite and PostgreSQL.
 */
import { expect, it } from 'vitest';
import { EXPORT_SECTIONS } from '../src/services/export-sections';
import type { RowSection } from '../src/services/export-sections/rows';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { seedEveryNoun } from './every-noun';
import { type ExportPair, exportPair } from './export-fixtures';
import { type Corruption, type ErrorReply, type Exported, expectEachRefused } from './import-refusals';
import { FULL_INTERVIEW } from './interview-api';

const STAMPS = ['createdAt', 'updatedAt'] as const;
const ROW_SECTIONS = EXPORT_SECTIONS.filter((section): section is RowSection => 'fields' in section);
/** Found by field name, whatever kind the section declares: a new section cannot slip past. */
const STAMPED = ROW_SECTIONS.map((section) => ({
  name: section.name,
  stamps: STAMPS.filter((stamp) => stamp in section.fields),
})).filter((section) => section.stamps.length > 0);

/** Stamps the server would never write: not a date, no milliseconds, a local time, an offset, Feb 30th. */
const BAD_STAMPS = [
  'yesterday',
  '2026-03-01T09:00:00Z',
  '2026-03-01 09:00:00.000',
  '2026-03-01T09:00:00.000+01:00',
  '2026-02-30T09:00:00.000Z',
];

const ACME = 'acme-stamps';

/** Every row noun, plus the three `seedEveryNoun` leaves out: a question, a custom company, a plan entry. */
async function seedAll(pair: ExportPair) {
  const ids = await seedEveryNoun(pair.api());
  for (const [url, body] of [
    ['/api/questions', { text: 'Tell me about a reorg you led.', tags: ['change'] }],
    ['/api/companies', customSet(ACME)],
    ['/api/plan/entries', { title: 'Mock loop', start: '2026-12-01T17:00:00.000Z', durationMinutes: 60 }],
  ] as const) {
    const reply = await pair.api().post(url, body);
    expect(reply.statusCode, reply.body).toBe(201);
  }
  return ids;
}

/** Every section seeded, plus one interview linked to the custom company Acme. */
async function seedLinkedInterview(pair: ExportPair) {
  await seedAll(pair);
  const linked = await pair
    .api()
    .post('/api/interviews', { ...FULL_INTERVIEW, company: 'Acme', companyId: ACME });
  expect(linked.statusCode, linked.body).toBe(201);
  return linked;
}

async function expectTargetEmpty(pair: ExportPair) {
  const stored = (await pair.targetApi().get('/api/export')).json<Exported>();
  for (const section of EXPORT_SECTIONS) expect(stored[section.name], section.name).toEqual([]);
}

async function expectRoundTrip(pair: ExportPair, exported: Exported) {
  const reply = await pair.targetApi().post('/api/import', exported);
  expect(reply.statusCode, reply.body).toBe(200);
  const again = (await pair.targetApi().get('/api/export')).json<Exported>();
  expect({ ...again, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
}

forEachDatabase('import checks stamps and company links', (getStorage, database) => {
  const pair = exportPair(getStorage, database);

  it('covers the row sections that have stamps', () => {
    expect(STAMPED.map((section) => section.name).sort()).toEqual(
      [
        'assessments',
        'companies',
        'companyNotes',
        'interviews',
        'planEntries',
        'planSettings',
        'practiceSessions',
        'questions',
      ].sort(),
    );
  });

  for (const { name, stamps } of STAMPED) {
    it(`${name}: 422 for a ${stamps.join(' or ')} the server would not write; nothing written; a good file round-trips`, async () => {
      await seedAll(pair);
      const corruptions: Corruption[] = stamps.flatMap((stamp) =>
        BAD_STAMPS.map((bad): Corruption => [{ [stamp]: bad }, stamp]),
      );
      // Both stamps of one record in one pass, and a non-string.
      corruptions.push([Object.fromEntries(stamps.map((stamp) => [stamp, 'soon'])), ...stamps]);
      corruptions.push([{ [stamps[0] ?? '']: 20260301 }, stamps[0] ?? '']);
      const { exported } = await expectEachRefused(pair, name, corruptions);
      await expectTargetEmpty(pair);
      await expectRoundTrip(pair, exported);
    });
  }

  it('a bad stamp does not hide what else is wrong with the row: one pass names both', async () => {
    await seedAll(pair);
    await expectEachRefused(pair, 'interviews', [
      [{ updatedAt: 'soon', outcome: 'won' }, 'updatedAt', 'outcome'],
    ]);
    await expectTargetEmpty(pair);
  });

  it('422 for an interview whose companyId names no company, in the file or stored; nothing written', async () => {
    await seedAll(pair);
    const { exported, record } = await expectEachRefused(pair, 'interviews', [
      [{ companyId: 'ghost-co' }, 'companyId'],
    ]);
    const reply = await pair
      .targetApi()
      .post('/api/import', { ...exported, interviews: [{ ...record, companyId: 'ghost-co' }] });
    expect(reply.json<ErrorReply>().error.details?.errors).toEqual([
      expect.objectContaining({
        message: 'refers to companies ghost-co, which is neither in the file nor stored',
      }),
    ]);
    await expectTargetEmpty(pair);
  });

  it('accepts a companyId of a built-in company, of a custom one in the file, or of one already stored', async () => {
    await seedLinkedInterview(pair);
    const exported = (await pair.api().get('/api/export')).json<Exported>();
    expect((exported.interviews ?? []).map((interview) => interview.companyId).sort()).toEqual(
      [ACME, 'amazon'].sort(),
    );
    // The company in the same file.
    await expectRoundTrip(pair, exported);
    // The company only stored: a second file of interviews alone, into a target that has it.
    const onlyInterviews = Object.fromEntries(
      Object.entries(exported).map(
        ([key, value]) => [key, Array.isArray(value) && key !== 'interviews' ? [] : value] as const,
      ),
    );
    const alone = await pair.targetApi().post('/api/import?mode=replace', onlyInterviews);
    expect(alone.statusCode, alone.body).toBe(200);
  });

  it('a company refused itself is not reported again through the interviews that name it', async () => {
    await seedLinkedInterview(pair);
    const exported = (await pair.api().get('/api/export')).json<Exported>();
    const companies = (exported.companies ?? []).map((company) => ({ ...company, definition: '{}' }));
    const reply = await pair.targetApi().post('/api/import', { ...exported, companies });
    expect(reply.statusCode, reply.body).toBe(422);
    const errors = reply.json<ErrorReply>().error.details?.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatchObject({ section: 'companies', index: 0, id: ACME });
    await expectTargetEmpty(pair);
  });

  it('deleting a custom company unlinks its interviews (a new version, the name kept), so the export imports', async () => {
    const linked = await seedLinkedInterview(pair);
    const interview = linked.json<{ id: string; version: number }>();
    const company = (await pair.api().get(`/api/companies/${ACME}`)).json<{ version: number }>();
    const deleted = await pair.api().delete(`/api/companies/${ACME}?version=${company.version}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    const after = (await pair.api().get(`/api/interviews/${interview.id}`)).json();
    expect(after).toMatchObject({ company: 'Acme', companyId: null, version: interview.version + 1 });
    // The built-in link of the other interview is untouched.
    const all = (await pair.api().get('/api/interviews')).json<{ items: { companyId: string | null }[] }>();
    expect(all.items.map((item) => item.companyId).sort()).toEqual(['amazon', null].sort());
    await expectRoundTrip(pair, (await pair.api().get('/api/export')).json<Exported>());
  });
});
