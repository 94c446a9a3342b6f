/**
 * The round-trip property for the row sections (questions, companies, practice, assessments,
 * interviews, plan): random records of every row section, written to one instance, exported,
 * imported into an EMPTY instance and exported again give a deep-equal document — as JSON and as
 * a Markdown folder (whose onsite-data.json carries them) — on SQLite and PostgreSQL.
 * Values are random within each column's rules and the tables' CHECK constraints.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPETENCY_TAGS, INTERVIEW_TYPE_IDS, LEVEL_IDS, parseCustomCompany } from '@onsite/core';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { exportDocument } from '../src/services/export';
import { EXPORT_SECTIONS } from '../src/services/export-sections';
import type { ColumnKind, RowSection } from '../src/services/export-sections/rows';
import { importDocument } from '../src/services/import';
import { writeMarkdownExport } from '../src/services/markdown-export';
import { readMarkdownExport } from '../src/services/markdown-import';
import { PLAN_ENTRY_KINDS, PLAN_ENTRY_STATUSES } from '../src/services/plan-schema';
import { createStoryService } from '../src/services/story';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { emptyAll } from './export-fixtures';

const RUNS = Number(process.env.ONSITE_EXPORT_RUNS ?? 8);
const NOW = () => new Date('2026-04-01T00:00:00.000Z');

const ROW_SECTIONS = EXPORT_SECTIONS.filter((section): section is RowSection => 'fields' in section);

const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('## Task', '---', '\n', '"', '{'),
    ),
    {
      maxLength: 4,
    },
  )
  .map((parts) => parts.join('').replaceAll('\u0000', ''));

/** An instant as the server writes it, within the years a plan covers. */
const instant = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** A JSON array of distinct values, as the repositories store list fields. */
const jsonList = (values: fc.Arbitrary<string>) =>
  fc.uniqueArray(values, { maxLength: 4 }).map((items) => JSON.stringify(items));

/**
 * Values a column accepts: the tables' CHECK constraints, and for the nouns whose import checks
 * the row reads back as the app serves it (questions, plan entries), values it accepts.
 */
function valueFor(field: string, kind: ColumnKind): fc.Arbitrary<unknown> {
  if (field === 'tags') return jsonList(fc.constantFrom(...COMPETENCY_TAGS));
  if (field === 'levels') return jsonList(fc.constantFrom(...LEVEL_IDS));
  if (field === 'principles') return jsonList(text);
  if (field === 'kind') return fc.constantFrom(...PLAN_ENTRY_KINDS);
  if (field === 'status') return fc.constantFrom(...PLAN_ENTRY_STATUSES);
  if (field === 'localDate') return instant.map((iso) => iso.slice(0, 10));
  if (field === 'startsAt') return instant;
  if (field === 'interviewType') return fc.option(fc.constantFrom(...INTERVIEW_TYPE_IDS), { nil: null });
  if (field === 'source') return fc.constantFrom('own', 'captured');
  if (field === 'selfRating') return fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
  if (field === 'active' || field === 'followUpDone') return fc.integer({ min: 0, max: 1 });
  if (field === 'durationMinutes') return fc.integer({ min: 1, max: 600 });
  switch (kind) {
    case 'id':
      return fc.uuid();
    case 'text':
      return text;
    case 'text?':
      return fc.option(text, { nil: null });
    case 'int':
      return fc.integer({ min: -2_147_483_648, max: 2_147_483_647 });
    case 'int?':
      return fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
    case 'real':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    case 'real?':
      return fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    case 'version':
      return fc.integer({ min: 1, max: 50 });
  }
}

/** Between 0 and 3 records of one section, references filled in by `pick`. */
function recordsOf(section: RowSection) {
  const fields = Object.fromEntries(
    Object.entries(section.fields).map(([field, kind]) => [field, valueFor(field, kind)]),
  );
  return fc.array(fc.record(fields), { maxLength: 3 });
}

const portfolio = fc.record(
  Object.fromEntries(ROW_SECTIONS.map((section) => [section.name, recordsOf(section)])),
);

/** A definition core accepts for a custom company with this id (its stored, normalised form). */
function companyDefinition(id: string): string {
  const parsed = parseCustomCompany(customSet(id));
  if (!parsed.ok) throw new Error(`the fixture set must be valid for id ${id}`);
  return JSON.stringify(parsed.company);
}

/** Points every reference at a record that exists, and drops duplicate keys. */
function linked(raw: Record<string, Record<string, unknown>[]>, storyIds: string[]) {
  const keysOf: Record<string, string[]> = { stories: storyIds };
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const section of ROW_SECTIONS) {
    const seen = new Set<string>();
    const records: Record<string, unknown>[] = [];
    for (const [i, original] of (raw[section.name] ?? []).entries()) {
      const record = { ...original };
      let orphan = false;
      for (const [field, target] of Object.entries(section.referenceFields)) {
        const targets = keysOf[target] ?? [];
        if (targets.length === 0) orphan = true;
        else record[field] = targets[i % targets.length];
      }
      // Import re-checks a custom company's definition with core: give each one a valid set of its own id.
      if (section.name === 'companies') record.definition = companyDefinition(String(record.id));
      const key = section.keyOf(record);
      if (orphan || seen.has(key)) continue;
      seen.add(key);
      records.push(record);
    }
    out[section.name] = records;
    keysOf[section.name] = records.map((record) => section.keyOf(record));
  }
  return out;
}

const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

async function seed(storage: Storage, raw: Record<string, Record<string, unknown>[]>) {
  const stories = createStoryService(storage, { now: NOW });
  const storyIds = [
    (await stories.create({ title: 'First' })).id,
    (await stories.create({ title: 'Second' })).id,
  ];
  const records = linked(raw, storyIds);
  // Written with plain inserts, not the section's own writeOne, so a mistake shared by the
  // section's reading and writing cannot hide behind the round trip.
  const db = storage.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const section of ROW_SECTIONS) {
    for (const record of records[section.name] ?? []) {
      const row = Object.fromEntries(Object.entries(record).map(([field, value]) => [snake(field), value]));
      await db.insertInto(section.table).values(row).execute();
    }
  }
}

forEachDatabase('export round trip of every row section (property)', (getStorage, database) => {
  let target: Storage;
  beforeAll(async () => {
    target = await database.fresh();
    await migrate(target);
  });

  it('covers every section that is not stories', () => {
    expect(ROW_SECTIONS.map((s) => s.name).sort()).toEqual(
      EXPORT_SECTIONS.map((s) => s.name)
        .filter((name) => name !== 'stories' && name !== 'storyVersions')
        .sort(),
    );
  });

  it('JSON and Markdown: export → import into an empty instance → export is deep-equal', async () => {
    await fc.assert(
      fc.asyncProperty(portfolio, async (raw) => {
        await emptyAll(getStorage());
        await seed(getStorage(), raw as Record<string, Record<string, unknown>[]>);
        const exported = await exportDocument(getStorage(), { now: NOW });

        await emptyAll(target);
        await importDocument(target, JSON.parse(JSON.stringify(exported)));
        expect(await exportDocument(target, { now: NOW })).toEqual(exported);

        await emptyAll(target);
        const dir = join(mkdtempSync(join(tmpdir(), 'onsite-md-')), 'export');
        try {
          await writeMarkdownExport(getStorage(), dir, { now: NOW });
          const source = readMarkdownExport(dir);
          expect(source.errors).toEqual([]);
          await importDocument(target, source.document);
          expect(await exportDocument(target, { now: NOW })).toEqual(exported);
        } finally {
          rmSync(join(dir, '..'), { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
  });
});
