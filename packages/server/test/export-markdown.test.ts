/**
 * The Markdown layout on its own: file names every OS accepts, the escape that keeps headings
 * inside text from splitting a story, hand edits in Obsidian, and the errors for files that are
 * not stories.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../src/db/storage';
import { exportDocument } from '../src/services/export';
import type { StoryRecord } from '../src/services/export-sections/story';
import { importDocument } from '../src/services/import';
import { writeMarkdownExport } from '../src/services/markdown-export';
import { readMarkdownExport } from '../src/services/markdown-import';
import { parseStoryMarkdown, storyFileName, storyToMarkdown } from '../src/services/markdown-story';
import { forEachDatabase } from './databases';
import { emptyAll, seedPortfolio } from './export-fixtures';

const STORY: StoryRecord = {
  id: '7f1c2d3e-aaaa-bbbb-cccc-123456789abc',
  title: 'Café: Q3/Q4 <launch>?',
  situation: 'Line one\n## Task\n\\## Already escaped\n',
  task: '',
  action: '\n\nStarts and ends with blank lines\n\n',
  result: 'Result\r\nwith CRLF',
  learnings: '',
  leadershipDimension: '',
  strategicImplication: '',
  context: '',
  principle: '',
  concept: '',
  application: '',
  impact: 'Impact',
  metrics: ['p99 900ms → 210ms'],
  tags: ['technical'],
  principles: ['amazon.deliver-results'],
  targetLevel: 'L6',
  version: 3,
  analysis: null,
  analysisVersion: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'onsite-md-test-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Markdown layout', () => {
  it('reads back exactly what it wrote, headings inside text included', () => {
    const markdown = storyToMarkdown(STORY);
    expect(markdown).toContain('## Situation\n\nLine one\n\\## Task\n\\\\## Already escaped\n\n');
    expect(markdown).not.toContain('## Task\n\n');
    const { analysis: _a, analysisVersion: _v, ...fields } = STORY;
    expect(parseStoryMarkdown(markdown)).toEqual(fields);
  });

  it('keeps metadata whose first lines hold only spaces (a YAML block scalar would drop them)', () => {
    for (const tricky of [' \n\n', '  \n\n\n', '\n \n', ' \nx', '\t\n']) {
      const story = { ...STORY, title: `${tricky}Title`, metrics: [tricky, `a${tricky}`] };
      expect(parseStoryMarkdown(storyToMarkdown(story)), JSON.stringify(tricky)).toMatchObject({
        title: story.title,
        metrics: story.metrics,
      });
    }
  });

  it('starts with YAML frontmatter holding the metadata, then a readable title', () => {
    const markdown = storyToMarkdown(STORY);
    expect(markdown.split('\n').slice(0, 14)).toEqual([
      '---',
      `id: ${STORY.id}`,
      'title: "Café: Q3/Q4 <launch>?"',
      'tags:',
      '  - technical',
      'principles:',
      '  - amazon.deliver-results',
      'targetLevel: L6',
      'metrics:',
      '  - p99 900ms → 210ms',
      'version: 3',
      'createdAt: 2026-01-01T00:00:00.000Z',
      'updatedAt: 2026-01-02T00:00:00.000Z',
      '---',
    ]);
    expect(markdown).toContain('\n# Café: Q3/Q4 <launch>?\n');
  });

  it('names files from the title and a short id, with no character an OS refuses, never twice', () => {
    const taken = new Set<string>();
    expect(storyFileName(STORY, taken)).toBe('cafe-q3-q4-launch-7f1c2d3e.md');
    expect(storyFileName({ ...STORY, title: 'CAFÉ Q3 Q4 LAUNCH' }, taken)).toBe(
      'cafe-q3-q4-launch-7f1c2d3e-2.md',
    );
    expect(storyFileName({ id: '../..', title: '🚀🚀' }, taken)).toBe('story-story.md');
    expect(storyFileName({ id: 'x', title: 'a'.repeat(300) }, taken)).toBe(`${'a'.repeat(60)}-x.md`);
    expect(storyFileName({ id: 'ab12', title: '面接の準備 (第2回)' }, taken)).toBe(
      '面接の準備-第2回-ab12.md',
    );
    expect(storyFileName({ id: 'ab12', title: 'नमस्ते टीम' }, taken)).toBe('नमस्ते-टीम-ab12.md');
    expect(storyFileName({ id: 'ab12', title: '한국어 제목' }, taken)).toBe('한국어-제목-ab12.md');
    // Cut at 60 code points, never between the halves of a character outside the BMP.
    expect(storyFileName({ id: 'ab12', title: `${'x'.repeat(59)}𠀀𠀀` }, taken)).toBe(
      `${'x'.repeat(59)}𠀀-ab12.md`,
    );
    // Nothing Windows or macOS refuse in a file name, and no lone surrogate (\p{Cs}).
    for (const name of taken) {
      expect(name).toMatch(/^[^<>:"/\\|?*\p{Cc}\p{Cs}]+\.md$/u);
    }
  });

  it('refuses files that are not stories, with a reason', () => {
    expect(() => parseStoryMarkdown('# Just notes\n')).toThrow(/no YAML frontmatter/);
    expect(() => parseStoryMarkdown('---\nid: [unclosed\n---\n')).toThrow(/not valid YAML/);
    expect(() => parseStoryMarkdown('---\n- a list\n---\n')).toThrow(/must be a YAML mapping/);
    expect(() => parseStoryMarkdown('---\nid: x\n---\n## Task\n\na\n\n## Task\n\nb\n')).toThrow(
      /appears twice/,
    );
  });
});

forEachDatabase('Markdown folder import', (getStorage) => {
  let storage: Storage;
  beforeEach(async () => {
    storage = getStorage();
    await emptyAll(storage);
  });

  it('imports a story edited in Obsidian (CRLF line endings) as a conflict, or replaces it', async () => {
    await seedPortfolio(storage);
    const dir = join(tempDir(), 'vault');
    await writeMarkdownExport(storage, dir);
    const file = readdirSync(dir).find((name) => name.startsWith('reorg-of-the-platform-group'));
    if (file === undefined) throw new Error('the edited story has no file');
    const edited = readFileSync(join(dir, file), 'utf8')
      .replace('Two teams owned one service.', 'Two teams, one service, no owner.')
      .replaceAll('\n', '\r\n');
    writeFileSync(join(dir, file), edited);

    const source = readMarkdownExport(dir);
    const kept = await importDocument(storage, source.document, { sourceOf: source.sourceOf });
    expect(kept.sections.stories).toMatchObject({ unchanged: 2, conflicts: 1 });
    const replaced = await importDocument(storage, source.document, { mode: 'replace' });
    expect(replaced.sections.stories).toMatchObject({ unchanged: 2, replaced: 1 });
    const stories = (await exportDocument(storage)).stories as StoryRecord[];
    const story = stories.find((s) => s.title === 'Reorg of the platform group');
    // A file saved with CRLF line endings reads as if it had LF ones.
    expect(story?.situation).toBe('Two teams, one service, no owner.');
    expect(story?.task).toBe('I had to pick one owner within a month.');
  });

  it('names the file of an invalid story and of a file that is not a story', async () => {
    await seedPortfolio(storage);
    const dir = join(tempDir(), 'vault');
    await writeMarkdownExport(storage, dir);
    writeFileSync(join(dir, 'shopping-list.md'), '- milk\n');
    const file = readdirSync(dir).find((name) => name.startsWith('a-draft-with-only-a-title'));
    if (file === undefined) throw new Error('the draft has no file');
    const text = readFileSync(join(dir, file), 'utf8').replace(/^version: 1$/m, 'version: zero');
    writeFileSync(join(dir, file), text);

    const source = readMarkdownExport(dir);
    const error = await importDocument(storage, source.document, {
      sourceOf: source.sourceOf,
      sourceErrors: source.errors,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'invalid_records',
      details: {
        errors: expect.arrayContaining([
          expect.objectContaining({
            file: 'shopping-list.md',
            message: expect.stringMatching(/frontmatter/),
          }),
          expect.objectContaining({ file, section: 'stories', path: 'version' }),
        ]),
      },
    });
  });

  it('refuses to export into a folder that holds files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.md'), 'mine');
    await expect(writeMarkdownExport(storage, dir)).rejects.toThrow(/is not empty/);
    expect(readdirSync(dir)).toEqual(['keep.md']);
  });
});
