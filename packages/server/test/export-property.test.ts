/**
 * The round-trip property: for random portfolios (stories written through the story service, so
 * with real analyses and history), export → import into an EMPTY instance → export again gives a
 * deep-equal document, as JSON and as a Markdown folder, on SQLite and PostgreSQL.
 * ONSITE_EXPORT_RUNS raises the number of portfolios (default 12 per database and format).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { exportDocument } from '../src/services/export';
import { importDocument } from '../src/services/import';
import { writeMarkdownExport } from '../src/services/markdown-export';
import { readMarkdownExport } from '../src/services/markdown-import';
import { createStoryService } from '../src/services/story';
import { STORY_TEXT_FIELDS, type StoryCreateInput } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { emptyAll } from './export-fixtures';

const RUNS = Number(process.env.ONSITE_EXPORT_RUNS ?? 12);
const NOW = () => new Date('2026-04-01T00:00:00.000Z');

// Pieces that stress the Markdown layout (headings inside text, frontmatter fences, CR, edges
// of blank lines) mixed with arbitrary well-formed Unicode.
const tricky = fc.constantFrom(
  '## Task',
  '\\## Situation',
  '## Notes',
  '---',
  '\r\n',
  '\n',
  '\n\n',
  ' ',
  '# ',
  ': x',
  '"',
  "'",
  '#tag',
);
const unicode = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replaceAll('\u0000', ''));
const text = fc.array(fc.oneof(unicode, tricky), { maxLength: 6 }).map((parts) => parts.join(''));
const title = text.filter((t) => t.trim() !== '' && t.length <= 200);

const storyInput: fc.Arbitrary<StoryCreateInput> = fc.record(
  {
    title,
    ...Object.fromEntries(STORY_TEXT_FIELDS.map((field) => [field, text])),
    metrics: fc.array(
      text.filter((m) => m.length > 0 && m.length <= 500),
      { maxLength: 3 },
    ),
    tags: fc.uniqueArray(fc.constantFrom('hiring', 'conflict', 'technical', 'strategy', 'change'), {
      maxLength: 3,
    }),
    principles: fc.uniqueArray(
      fc.constantFrom('amazon.customer-obsession', 'meta.move-fast', 'acme.be-kind'),
      {
        maxLength: 2,
      },
    ),
    targetLevel: fc.constantFrom(null, 'L5', 'L6', 'L7+'),
  },
  { requiredKeys: ['title'] },
) as fc.Arbitrary<StoryCreateInput>;

const portfolio = fc.array(fc.record({ story: storyInput, edits: fc.array(storyInput, { maxLength: 2 }) }), {
  maxLength: 4,
});

async function seed(storage: Storage, entries: { story: StoryCreateInput; edits: StoryCreateInput[] }[]) {
  let tick = Date.parse('2026-01-01T00:00:00.000Z');
  const now = () => {
    tick += 1000;
    return new Date(tick);
  };
  const stories = createStoryService(storage, { now });
  for (const { story, edits } of entries) {
    const created = await stories.create(story);
    let version = created.version;
    for (const edit of edits) version = (await stories.update(created.id, edit, version)).version;
  }
}

forEachDatabase('export round trip (property)', (getStorage, database) => {
  let target: Storage;
  beforeAll(async () => {
    target = await database.fresh();
    await migrate(target);
  });

  it('JSON: export → import into an empty instance → export is deep-equal', async () => {
    await fc.assert(
      fc.asyncProperty(portfolio, async (entries) => {
        await emptyAll(getStorage());
        await emptyAll(target);
        await seed(getStorage(), entries);
        const exported = await exportDocument(getStorage(), { now: NOW });
        await importDocument(target, JSON.parse(JSON.stringify(exported)));
        expect(await exportDocument(target, { now: NOW })).toEqual(exported);
      }),
      { numRuns: RUNS },
    );
  });

  it('Markdown folder: export → import into an empty instance → export is deep-equal', async () => {
    await fc.assert(
      fc.asyncProperty(portfolio, async (entries) => {
        await emptyAll(getStorage());
        await emptyAll(target);
        await seed(getStorage(), entries);
        const exported = await exportDocument(getStorage(), { now: NOW });
        const dir = join(mkdtempSync(join(tmpdir(), 'onsite-md-')), 'export');
        try {
          await writeMarkdownExport(getStorage(), dir, { now: NOW });
          const source = readMarkdownExport(dir);
          expect(source.errors).toEqual([]);
          await importDocument(target, source.document, { sourceOf: source.sourceOf });
          expect(await exportDocument(target, { now: NOW })).toEqual(exported);
        } finally {
          rmSync(join(dir, '..'), { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
  });
});
