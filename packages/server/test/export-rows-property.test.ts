/**
 * The round-trip property for the row sections (questions, companies, practice, assessments,
 * interviews, plan): random records of every row section, written to one instance, exported,
 * imported into an EMPTY instance and exported again give a deep-equal document — as JSON and as
 * a Markdown folder (whose onsite-data.json carries them) — on SQLite and PostgreSQL.
 * Values are random within each column's rules: the tables' CHECK constraints and what import
 * checks a row reads back as; free text is random; derived columns agree with their sources.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyze,
  BUILT_IN_COMPANY_IDS,
  CALIBRATION_ORDINALS,
  COMPETENCY_TAGS,
  DAYS_OF_WEEK,
  DIMENSION_LEVELS,
  emptyChecklist,
  INTERVIEW_TYPE_IDS,
  LEVEL_IDS,
  type LevelId,
  parseCustomCompany,
  THANK_YOU_STATUSES,
} from '@onsite/core';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import { PLAN_SETTINGS_ID } from '../src/db/repositories/plan';
import type { Storage } from '../src/db/storage';
import { assessmentResultOf } from '../src/services/assessment';
import { COMPETENCY_IDS } from '../src/services/assessment-schema';
import { exportDocument } from '../src/services/export';
import { EXPORT_SECTIONS } from '../src/services/export-sections';
import type { ColumnKind, RowSection } from '../src/services/export-sections/rows';
import { importDocument } from '../src/services/import';
import { INTERVIEW_OUTCOMES } from '../src/services/interview-schema';
import { writeMarkdownExport } from '../src/services/markdown-export';
import { readMarkdownExport } from '../src/services/markdown-import';
import { PLAN_ENTRY_KINDS, PLAN_ENTRY_STATUSES } from '../src/services/plan-schema';
import { SCORERS } from '../src/services/practice-schema';
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
const jsonList = (values: fc.Arbitrary<string>, minLength = 0) =>
  fc.uniqueArray(values, { minLength, maxLength: 4 }).map((items) => JSON.stringify(items));

/** A JSON array of objects, as the repositories store nested lists. */
const jsonArray = (item: fc.Arbitrary<unknown>, minLength = 0) =>
  fc.array(item, { minLength, maxLength: 3 }).map((items) => JSON.stringify(items));

const nullable = <T>(values: fc.Arbitrary<T>) => fc.option(values, { nil: null });
const date = instant.map((iso) => iso.slice(0, 10));
const wallTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const interviewType = fc.constantFrom(...INTERVIEW_TYPE_IDS);
const level = fc.constantFrom(...LEVEL_IDS);
const flag = fc.integer({ min: 0, max: 1 });

/** One real analysis: core's report on a short answer, as a practice answer stores it. */
const REPORT = JSON.stringify(
  analyze(
    'I led the migration of our billing service. I planned it, moved traffic in stages and cut costs by 30%.',
  ),
);

/**
 * Per section, the columns with rules beyond their kind: the tables' CHECK constraints and what
 * import checks the row reads back as (the API's enums, JSON shapes, instants, dates). Derived
 * columns are filled in by `derive` below; every other column is free text or a free number.
 */
const CONSTRAINED: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  questions: {
    source: fc.constantFrom('own', 'captured'),
    interviewType: nullable(interviewType),
    tags: jsonList(fc.constantFrom(...COMPETENCY_TAGS)),
    levels: jsonList(level),
    principles: jsonList(text),
  },
  companyNotes: {
    id: fc.constantFrom(...BUILT_IN_COMPANY_IDS, 'custom'), // 'custom': `linked` picks a generated company
    news: jsonArray(
      fc.record({
        date,
        text,
        sourceUrl: nullable(fc.constantFrom('https://example.com/news', 'http://a.b/c?d')),
      }),
    ),
    questionsToAsk: jsonArray(fc.record({ text, interviewer: nullable(text) })),
  },
  practiceSessions: {
    type: interviewType,
    targetLevel: nullable(level),
    startedAt: instant,
    rounds: jsonArray(fc.record({ name: text, type: nullable(interviewType) }), 1),
  },
  practiceAnswers: {
    roundIndex: fc.nat({ max: 2 }),
    analysis: nullable(fc.constant(REPORT)),
    analysisVersion: nullable(fc.integer({ min: 1, max: 50 })),
    scores: jsonArray(
      fc.record({
        by: fc.constantFrom(...SCORERS),
        peerName: nullable(text),
        ratings: fc.record(
          {
            storytelling: fc.constantFrom(...DIMENSION_LEVELS),
            cultureFit: fc.constantFrom(...DIMENSION_LEVELS),
          },
          { requiredKeys: [] },
        ),
      }),
    ),
  },
  assessments: {
    targetLevel: level,
    takenAt: instant,
    answers: fc
      .dictionary(
        fc.constantFrom(...COMPETENCY_IDS),
        fc.record({ rating: nullable(fc.integer({ min: 1, max: 5 })), evidence: text }),
        { maxKeys: 4 },
      )
      .map((answers) => JSON.stringify(answers)),
  },
  interviews: {
    // A built-in company (no record needed), none, or a custom one `linked` points at a generated company.
    companyId: nullable(fc.constantFrom(...BUILT_IN_COMPANY_IDS, 'custom')),
    type: nullable(interviewType),
    startsAt: instant,
    durationMinutes: fc.integer({ min: 1, max: 720 }),
    interviewers: jsonArray(fc.record({ name: text, role: text })),
    checklist: fc.constant(JSON.stringify(emptyChecklist())),
    questionsAsked: jsonArray(fc.record({ text, questionId: fc.constant(null) })),
    thankYouStatus: fc.constantFrom(...THANK_YOU_STATUSES),
    thankYouSentAt: instant,
    followUpDate: nullable(date),
    followUpDone: flag,
    selfRating: nullable(fc.integer({ min: 1, max: 5 })),
    outcome: fc.constantFrom(...INTERVIEW_OUTCOMES),
  },
  interviewStories: { position: fc.nat({ max: 49 }) },
  planSettings: {
    id: fc.constant(PLAN_SETTINGS_ID),
    timezone: fc.constantFrom('UTC', 'Europe/Dublin', 'America/New_York', 'Asia/Tokyo'),
    practiceTime: wallTime,
    weekdays: jsonList(fc.constantFrom(...DAYS_OF_WEEK), 1),
    calibrationOrdinal: fc.constantFrom(...CALIBRATION_ORDINALS),
    calibrationWeekday: fc.constantFrom(...DAYS_OF_WEEK),
    calibrationTime: wallTime,
    startDate: date,
    active: flag,
  },
  planEntries: {
    kind: fc.constantFrom(...PLAN_ENTRY_KINDS),
    status: fc.constantFrom(...PLAN_ENTRY_STATUSES),
    localDate: date,
    startsAt: instant,
    durationMinutes: fc.integer({ min: 1, max: 600 }),
  },
};

/** Values a column accepts: its section's rule, else any value of its kind. */
function valueFor(section: string, field: string, kind: ColumnKind): fc.Arbitrary<unknown> {
  const constrained = CONSTRAINED[section]?.[field];
  if (constrained) return constrained;
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
    case 'instant':
      return instant;
  }
}

/** Between 0 and 3 records of one section, references filled in by `pick`. */
function recordsOf(section: RowSection) {
  const fields = Object.fromEntries(
    Object.entries(section.fields).map(([field, kind]) => [field, valueFor(section.name, field, kind)]),
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

type Records = Record<string, Record<string, unknown>[]>;
const json = <T>(value: unknown) => JSON.parse(String(value)) as T;
const plusMinutes = (iso: unknown, minutes: number) =>
  new Date(Date.parse(String(iso)) + minutes * 60_000).toISOString();
const lower = (name: unknown) => String(name).trim().toLowerCase();

/**
 * Makes the records agree with themselves as the app keeps them: fields that go together (an
 * answer within its session's rounds, a sent time only on a sent note), and the derived columns,
 * spelled out here from what the services document rather than borrowed from the sections, so
 * import's recomputation is checked against an independent statement of it.
 */
function consistent(records: Records): Records {
  const all = (name: string) => records[name] ?? [];
  for (const question of all('questions'))
    question.companyKey = question.company === null ? null : lower(question.company);
  for (const company of all('companies')) {
    const { principles } = json<{ principles: { name: string; description: string }[] }>(company.definition);
    company.principlesText = principles.map((p) => `${p.name} ${p.description}`).join('\n');
  }
  for (const notes of all('companyNotes')) {
    const news = json<{ text: string }[]>(notes.news);
    const asks = json<{ text: string; interviewer: string | null }[]>(notes.questionsToAsk);
    notes.searchText = [
      notes.notes,
      ...news.map((item) => item.text),
      ...asks.map((item) => `${item.text} ${item.interviewer ?? ''}`),
    ].join('\n');
  }
  for (const session of all('practiceSessions')) {
    const roundCount = json<unknown[]>(session.rounds).length;
    const answers = all('practiceAnswers').filter((answer) => answer.sessionId === session.id);
    answers.forEach((answer, position) => {
      answer.roundIndex = Number(answer.roundIndex) % roundCount;
      answer.position = position;
      answer.score = answer.analysis === null ? null : json<{ score: number }>(answer.analysis).score;
    });
    const ordered = [...answers].sort(
      (a, b) => Number(a.roundIndex) - Number(b.roundIndex) || Number(a.position) - Number(b.position),
    );
    const scores = ordered.flatMap((answer) => (answer.score === null ? [] : [Number(answer.score)]));
    session.answerCount = answers.length;
    session.meanScore =
      scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
    session.answersText = ordered
      .flatMap((answer) => [answer.questionText, answer.transcript, answer.notes])
      .filter((part) => part !== '')
      .join('\n');
  }
  for (const run of all('assessments')) {
    // The verdict is core's scoring, which the service runs on every save: the test runs it too.
    const result = assessmentResultOf(json(run.answers), run.targetLevel as LevelId);
    Object.assign(run, {
      result: JSON.stringify(result),
      total: result.total,
      readiness: result.readiness,
      calibratedLevel: result.calibration.level,
      rated: result.rated,
    });
  }
  for (const interview of all('interviews')) {
    interview.companyKey = lower(interview.company);
    interview.questionsText = json<{ text: string }[]>(interview.questionsAsked)
      .map((question) => question.text)
      .join('\n');
    interview.endsAt = plusMinutes(interview.startsAt, Number(interview.durationMinutes));
    interview.thankYouDeadline = plusMinutes(interview.endsAt, 24 * 60);
    if (interview.thankYouStatus !== 'sent') interview.thankYouSentAt = null;
  }
  return records;
}

const BUILT_IN = new Set<string>(BUILT_IN_COMPANY_IDS);
/** Points every reference at a record that exists, and drops duplicate keys. */
function linked(raw: Records, storyIds: string[]) {
  const keysOf: Record<string, string[]> = { stories: storyIds };
  const out: Records = {};
  for (const section of ROW_SECTIONS) {
    const seen = new Set<string>();
    const records: Record<string, unknown>[] = [];
    for (const [i, original] of (raw[section.name] ?? []).entries()) {
      const record = { ...original };
      let orphan = false;
      for (const [field, target] of Object.entries(section.referenceFields)) {
        // No link, or a link to a built-in company: it points at no record, so it stays as drawn.
        const value = record[field];
        if (value === null || (target === 'companies' && BUILT_IN.has(String(value)))) continue;
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
  return consistent(out);
}

const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

async function seed(storage: Storage, raw: Records) {
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
        await seed(getStorage(), raw as Records);
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
