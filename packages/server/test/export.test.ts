/**
 * Export and import through the services and the routes, on SQLite and PostgreSQL: a round trip
 * restores every record exactly, import validates everything before writing anything, and
 * importing twice changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../src/db/storage';
import { exportDocument, exportJson, writeJsonExport } from '../src/services/export';
import { EXPORT_SECTIONS } from '../src/services/export-sections';
import type { RowSection } from '../src/services/export-sections/rows';
import { ImportError, importDocument } from '../src/services/import';
import { createStoryService } from '../src/services/story';
import type { StoryCreateInput } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { emptyAll, seedPortfolio } from './export-fixtures';
import { FULL_STORY } from './story-api';

const NOW = () => new Date('2026-03-01T10:00:00.000Z');

async function importError(work: Promise<unknown>): Promise<ImportError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

forEachDatabase('export and import', (getStorage, database) => {
  let source: Storage;
  let target: Storage;

  beforeEach(async () => {
    source = getStorage();
    target ??= await freshMigrated(database);
    await emptyAll(source);
    await emptyAll(target);
  });

  it('round-trips stories with their history and analyses into an empty instance', async () => {
    await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    expect(exported.stories).toHaveLength(3);
    expect(exported.storyVersions).toHaveLength(2);
    const report = await importDocument(target, JSON.parse(JSON.stringify(exported)));
    expect(report.totals).toEqual({ created: 5, unchanged: 0, replaced: 0, conflicts: 0 });
    expect(await exportDocument(target, { now: NOW })).toEqual(exported);
  });

  it('writes JSON text that parses to the same document the object export gives', async () => {
    await seedPortfolio(source);
    const text = await exportJson(source, { now: NOW });
    expect(JSON.parse(text)).toEqual(await exportDocument(source, { now: NOW }));
    // Every section is present even when empty, in registry order.
    const empty = JSON.parse(await exportJson(target, { now: NOW })) as Record<string, unknown>;
    expect(Object.keys(empty)).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'app',
      ...EXPORT_SECTIONS.map((s) => s.name),
    ]);
  });

  it('is idempotent: a second import reports every record unchanged and writes nothing', async () => {
    await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    await importDocument(target, exported);
    const second = await importDocument(target, exported);
    expect(second.totals).toEqual({ created: 0, unchanged: 5, replaced: 0, conflicts: 0 });
    expect(await exportDocument(target, { now: NOW })).toEqual(exported);
  });

  it('keeps a stored record that differs (a conflict) unless mode is replace', async () => {
    const ids = await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    await importDocument(target, exported);
    // The target's copy moves on: a new version with a new title and one more history entry.
    const stories = createStoryService(target, { now: NOW });
    const edited = await stories.update(ids.edited, { title: 'Edited after the export' }, 3);

    const kept = await importDocument(target, exported);
    expect(kept.totals).toEqual({ created: 0, unchanged: 4, replaced: 0, conflicts: 1 });
    expect(kept.conflicts).toEqual([{ section: 'stories', id: ids.edited }]);
    expect(await stories.get(ids.edited)).toEqual(edited);

    const replaced = await importDocument(target, exported, { mode: 'replace' });
    expect(replaced.totals).toEqual({ created: 0, unchanged: 4, replaced: 1, conflicts: 0 });
    const after = await exportDocument(target, { now: NOW });
    expect(after.stories).toEqual(exported.stories);
    // The snapshot the target wrote after the export (version 3) is newer than the file's story,
    // so replacing drops it: the history is the file's again.
    expect(after.storyVersions).toEqual(exported.storyVersions);
  });

  it("keeps a conflicting story's history from the file out too (mode keep)", async () => {
    const ids = await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    // The target holds the same story id with other content and no history.
    const only = (exported.stories as { id: string }[]).find((story) => story.id === ids.edited);
    await importDocument(target, {
      ...exported,
      stories: [{ ...only, title: 'Someone else wrote this' }],
      storyVersions: [],
    });
    const report = await importDocument(target, exported);
    expect(report.sections.stories).toEqual({ created: 2, unchanged: 0, replaced: 0, conflicts: 1 });
    expect(report.sections.storyVersions).toEqual({ created: 0, unchanged: 0, replaced: 0, conflicts: 2 });
    expect((await exportDocument(target)).storyVersions).toEqual([]);
  });

  it('writes nothing when one record among good ones is invalid, and names only that record', async () => {
    const ids = await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    const stories = exported.stories as Record<string, unknown>[];
    const index = stories.findIndex((story) => story.id === ids.edited);
    // The edited story has history in the file: its history must not be reported as dangling.
    const bad: Record<string, unknown> = { ...stories[index], title: '   ', version: 0 };
    const withBad = stories.map((story, i) => (i === index ? bad : story));
    const error = await importError(importDocument(target, { ...exported, stories: withBad }));
    expect(error.code).toBe('invalid_records');
    const errors = error.details?.errors ?? [];
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['title', 'version']));
    // Every problem is this record's own (its history is not reported as dangling).
    for (const e of errors) expect(e).toMatchObject({ section: 'stories', index, id: ids.edited });
    expect(error.message).toBe('1 record is invalid; nothing was imported.');
    expect(await exportDocument(target, { now: NOW })).toMatchObject({ stories: [], storyVersions: [] });
  });

  it('refuses duplicate ids in the file and history of a story that is nowhere', async () => {
    const { edited } = await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    const others = (exported.stories as { id: string }[]).filter((story) => story.id !== edited);
    // The edited story is left out (its history now points nowhere) and another one is doubled.
    const stories = [...others, others[0]];
    const error = await importError(importDocument(target, { ...exported, stories }));
    const errors = error.details?.errors ?? [];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          section: 'stories',
          index: stories.length - 1,
          message: expect.stringMatching(/duplicate/),
        }),
        expect.objectContaining({
          section: 'storyVersions',
          index: 0,
          path: 'storyId',
          message: expect.stringMatching(/neither in the file nor stored/),
        }),
      ]),
    );
    expect((await exportDocument(target)).stories).toEqual([]);
  });

  it('refuses history that is not older than its story', async () => {
    const { edited } = await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    const versions = exported.storyVersions as {
      storyId: string;
      version: number;
      story: { version: number };
    }[];
    const future = versions.map((v, i) =>
      i === 0 ? { ...v, version: 3, story: { ...v.story, version: 3 } } : v,
    );
    const error = await importError(importDocument(target, { ...exported, storyVersions: future }));
    expect(error.details?.errors).toEqual([
      expect.objectContaining({
        section: 'storyVersions',
        index: 0,
        id: `${edited}@v3`,
        message: 'history version 3 is not older than the story (version 3)',
      }),
    ]);
  });

  it('replacing a story with an older version drops the stored history from that version on', async () => {
    const { edited } = await seedPortfolio(source);
    const older = await exportDocument(source, { now: NOW });
    const stories = createStoryService(source, { now: NOW });
    await stories.update(edited, { title: 'Third edit' }, 3);
    await stories.update(edited, { title: 'Fourth edit' }, 4);
    const report = await importDocument(source, older, { mode: 'replace' });
    expect(report.sections.stories).toMatchObject({ replaced: 1, unchanged: 2 });
    expect((await stories.history(edited)).map((v) => v.version)).toEqual([2, 1]);
    // The story edits on from the file's version without colliding with a leftover snapshot.
    const next = await stories.update(edited, { title: 'Edited after the restore' }, 3);
    expect(next.version).toBe(4);
    expect((await stories.history(edited)).map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it('refuses a file that is not an export, an unknown formatVersion and unknown sections', async () => {
    expect((await importError(importDocument(target, [1, 2]))).code).toBe('not_an_export');
    expect((await importError(importDocument(target, { format: 'other' }))).code).toBe('not_an_export');
    const future = await importError(importDocument(target, { format: 'onsite-export', formatVersion: 2 }));
    expect(future.code).toBe('unsupported_format_version');
    expect(future.message).toMatch(/formatVersion 2.*reads formatVersion 1/);
    const unknown = await importError(
      importDocument(target, { format: 'onsite-export', formatVersion: 1, widgets: [] }),
    );
    expect(unknown.details?.errors).toEqual([expect.objectContaining({ section: 'widgets', index: null })]);
  });

  it("turns a record the database refuses (a CHECK constraint) into that record's error, writing nothing", async () => {
    // A plan entry's duration is left to the table's CHECK (duration_minutes > 0): import's own
    // checks stop at what the plan service reads.
    const entries = EXPORT_SECTIONS.find((section) => section.name === 'planEntries') as RowSection;
    const blank = (kind: string) =>
      kind.endsWith('?') ? null : kind === 'text' ? '' : kind === 'instant' ? '2026-03-01T09:00:00.000Z' : 1;
    const entry = {
      ...Object.fromEntries(Object.entries(entries.fields).map(([field, kind]) => [field, blank(kind)])),
      id: 'pe-1',
      kind: 'custom',
      status: 'pending',
      localDate: '2026-03-02',
      startsAt: '2026-03-02T09:00:00.000Z',
      durationMinutes: 0,
    };
    await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    const error = await importError(importDocument(target, { ...exported, planEntries: [entry] }));
    expect(error.details?.errors).toEqual([
      expect.objectContaining({
        section: 'planEntries',
        index: 0,
        id: 'pe-1',
        message: expect.stringMatching(/^the database refused this record: .*(check|CHECK)/),
      }),
    ]);
    expect(await exportDocument(target, { now: NOW })).toMatchObject({ stories: [], planEntries: [] });
  });

  it('counts without writing on a dry run', async () => {
    await seedPortfolio(source);
    const exported = await exportDocument(source, { now: NOW });
    const report = await importDocument(target, exported, { dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      totals: { created: 5, unchanged: 0, replaced: 0, conflicts: 0 },
    });
    expect((await exportDocument(target)).stories).toEqual([]);
  });

  it('reads one snapshot: a story deleted by another connection mid-export is exported whole, history included', async () => {
    const { edited } = await seedPortfolio(source);
    const other = await database.reopen();
    const before = await exportDocument(source, { now: NOW });
    let deleted = false;
    const chunks: string[] = [];
    await writeJsonExport(
      source,
      async (chunk) => {
        chunks.push(chunk);
        // Once the first story is out, another connection deletes the edited story and its history.
        if (!deleted && chunk.includes('"id"')) {
          deleted = true;
          await createStoryService(other).delete(edited, 3);
        }
      },
      { now: NOW },
    );
    expect(deleted).toBe(true);
    expect(
      await createStoryService(other)
        .get(edited)
        .catch((error: unknown) => error),
    ).toMatchObject({
      code: 'not_found',
    });
    const exported = JSON.parse(chunks.join('')) as Record<string, unknown>;
    expect(exported).toEqual(before);
    // And it imports: the history never points at a story the file lacks.
    await importDocument(target, exported);
  });

  it('reports progress up to the total on export and import', async () => {
    await seedPortfolio(source);
    const exportSteps: [number, number][] = [];
    const exported = await exportDocument(source, {
      onProgress: (done, total) => exportSteps.push([done, total]),
    });
    expect(exportSteps.at(0)).toEqual([0, 5]);
    expect(exportSteps.at(-1)).toEqual([5, 5]);
    const importSteps: [number, number][] = [];
    await importDocument(target, exported, { onProgress: (done, total) => importSteps.push([done, total]) });
    expect(importSteps.at(-1)).toEqual([5, 5]);
  });

  describe('stories', () => {
    it('imports a story whose history is already stored', async () => {
      const stories = createStoryService(source, { now: NOW });
      const created = await stories.create(FULL_STORY as StoryCreateInput);
      await stories.update(created.id, { title: 'Second title' }, 1);
      const exported = await exportDocument(source);
      await importDocument(target, { ...exported, storyVersions: [] });
      const report = await importDocument(target, { ...exported, stories: [] });
      expect(report.sections.storyVersions?.created).toBe(1);
    });
  });
});

async function freshMigrated(database: { fresh(): Promise<Storage> }): Promise<Storage> {
  const { migrate } = await import('../src/db/migrate');
  const storage = await database.fresh();
  await migrate(storage);
  return storage;
}
