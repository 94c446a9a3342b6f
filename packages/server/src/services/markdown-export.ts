/**
 * The Markdown export: a folder Obsidian (or any editor) opens, one `.md` file per story with its
 * metadata as YAML frontmatter and its STAR+ and power-story fields as `## Situation` … sections,
 * plus `onsite-data.json` with everything that is not story text (stored analyses, history, the
 * other nouns' sections), so the folder imports back losslessly through the same import path.
 *
 * Lossless rules: a field's text sits between its heading's blank line and the blank line before
 * the next heading, byte for byte; a line of text that itself starts with `## ` is written with a
 * backslash in front (Markdown's own escape, so it still reads as plain text) and read back
 * without it. Empty fields have no section. File names are never read back: the id is in the
 * frontmatter, so renaming a file in Obsidian is harmless.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Storage } from '../db/storage';
import { type ExportOptions, exportHeader, visitRecords } from './export';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-schema';
import type { StoryRecord } from './export-sections/story';
import { ImportError, type RecordError } from './import';
import { STORY_TEXT_FIELDS, type StoryTextField } from './story-schema';

export const MARKDOWN_DATA_FILE = 'onsite-data.json';
export const MARKDOWN_DATA_FORMAT = 'onsite-markdown-data';

const HEADINGS: Record<StoryTextField, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learnings: 'Learnings',
  leadershipDimension: 'Leadership dimension',
  strategicImplication: 'Strategic implication',
  context: 'Context',
  principle: 'Principle',
  concept: 'Concept',
  application: 'Application',
  impact: 'Impact',
};
const FIELD_OF_HEADING = new Map(STORY_TEXT_FIELDS.map((field) => [HEADINGS[field], field]));
const HEADING_LINE = /^## (.+?)\r?$/;

/** The frontmatter keys, in the order they are written. */
const FRONTMATTER_KEYS = [
  'id',
  'title',
  'tags',
  'principles',
  'targetLevel',
  'metrics',
  'version',
  'createdAt',
  'updatedAt',
] as const;

/** Thrown when the target folder cannot take an export (it holds files already). */
export class ExportTargetError extends Error {
  override name = 'ExportTargetError';
}

const escapeLine = (line: string) => (/^\\*## /.test(line) ? `\\${line}` : line);
const unescapeLine = (line: string) => (/^\\+## /.test(line) ? line.slice(1) : line);

/** One story as a Markdown document (without its analysis, which goes to onsite-data.json). */
export function storyToMarkdown(story: StoryRecord): string {
  const frontmatter = Object.fromEntries(FRONTMATTER_KEYS.map((key) => [key, story[key]]));
  const parts = [`---\n${stringifyYaml(frontmatter, { lineWidth: 0 })}---\n`];
  // A readable title for Obsidian's preview; the frontmatter's title is the one that is imported.
  parts.push(`# ${story.title.replace(/\s+/g, ' ').trim()}\n`);
  for (const field of STORY_TEXT_FIELDS) {
    const text = story[field];
    if (text === '') continue;
    parts.push(`## ${HEADINGS[field]}\n\n${text.split('\n').map(escapeLine).join('\n')}\n`);
  }
  return parts.join('\n');
}

/**
 * A story's fields from its Markdown (frontmatter and sections), not yet validated: import checks
 * it with the story schema like any other record. Throws an Error saying what is wrong.
 */
export function parseStoryMarkdown(text: string): Record<string, unknown> {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Our files use \n; one that opens with \r\n was saved by a Windows editor, which converted
  // every line ending, so all of them go back to \n (text of our own keeps its \r untouched).
  const normalised = unmarked.startsWith('---\r\n') ? unmarked.replaceAll('\r\n', '\n') : unmarked;
  const open = /^---\r?\n/.exec(normalised);
  const close = open ? /\r?\n---\r?\n/.exec(normalised.slice(open[0].length - 1)) : null;
  if (!open || !close) throw new Error('no YAML frontmatter (the file must start with a --- block)');
  const yamlStart = open[0].length;
  const yamlEnd = open[0].length - 1 + close.index;
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(normalised.slice(yamlStart, yamlEnd));
  } catch (error) {
    throw new Error(
      `frontmatter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`,
    );
  }
  if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) {
    throw new Error('frontmatter must be a YAML mapping (id: …, title: …)');
  }
  const body = normalised.slice(yamlEnd + close[0].length);
  const story: Record<string, unknown> = { ...frontmatter };
  for (const field of STORY_TEXT_FIELDS) story[field] = '';
  const lines = body.split('\n');
  let field: StoryTextField | undefined;
  let content: string[] = [];
  const flush = () => {
    if (field === undefined) return;
    let text = content.map(unescapeLine).join('\n');
    // The blank line after the heading and the one before the next heading are layout, not text.
    if (text.startsWith('\n')) text = text.slice(1);
    if (text.endsWith('\n')) text = text.slice(0, -1);
    if (story[field] !== '') throw new Error(`the section "## ${HEADINGS[field]}" appears twice`);
    story[field] = text;
  };
  for (const line of lines) {
    const heading = HEADING_LINE.exec(line)?.[1];
    const next = heading === undefined ? undefined : FIELD_OF_HEADING.get(heading);
    if (next !== undefined) {
      flush();
      field = next;
      content = [];
    } else if (field !== undefined) {
      content.push(line);
    }
  }
  flush();
  return story;
}

/**
 * `<slug of the title>-<first 8 characters of the id>.md`. The slug keeps letters and digits of
 * any script (Obsidian and every current file system take them) and turns everything else into
 * `-`, so no character Windows or macOS refuse (`<>:"/\\|?*`, controls) reaches the name.
 * Latin accents are dropped (café → cafe) to keep names easy to type.
 */
export function storyFileName(story: { id: string; title: string }, taken: Set<string>): string {
  const words = story.title
    .normalize('NFKD')
    // Only marks on Latin letters go: in other scripts (Devanagari vowel signs…) they are the word.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, never inside a surrogate pair.
  const slug = Array.from(words).slice(0, 60).join('').replace(/-+$/, '') || 'story';
  const short = story.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8) || 'story';
  // Case-insensitive: macOS and Windows file systems treat A.md and a.md as one file.
  for (let n = 1; ; n += 1) {
    const name = `${slug}-${short}${n === 1 ? '' : `-${n}`}.md`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function writePrivateFile(path: string, text: string): number {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return Buffer.byteLength(text);
}

export interface MarkdownExportResult {
  dir: string;
  stories: number;
  /** Records in onsite-data.json (analyses, history, other sections). */
  otherRecords: number;
}

/** Writes the export into `dir` (created 0700; must be missing or empty). */
export async function writeMarkdownExport(
  storage: Storage,
  dir: string,
  options: ExportOptions = {},
): Promise<MarkdownExportResult> {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new ExportTargetError(`${dir} is not empty; export into a new or empty folder`);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const taken = new Set<string>([MARKDOWN_DATA_FILE]);
  const data = openSync(join(dir, MARKDOWN_DATA_FILE), 'wx', 0o600);
  const result: MarkdownExportResult = { dir, stories: 0, otherRecords: 0 };
  try {
    const header = { ...exportHeader(options.now), format: MARKDOWN_DATA_FORMAT };
    writeSync(data, `${JSON.stringify(header).slice(0, -1)},\n"storyAnalyses": [`);
    let first = true;
    const item = (record: unknown) => {
      writeSync(data, `${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
      first = false;
      result.otherRecords += 1;
    };
    await visitRecords(
      storage,
      {
        startSection(section) {
          if (section.name === 'stories') return;
          // Close the previous array (storyAnalyses, or the previous section) and open this one.
          writeSync(data, `${first ? ']' : '\n]'},\n${JSON.stringify(section.name)}: [`);
          first = true;
        },
        record(section, record) {
          if (section.name !== 'stories') return item(record);
          const story = record as StoryRecord;
          writePrivateFile(join(dir, storyFileName(story, taken)), storyToMarkdown(story));
          result.stories += 1;
          if (story.analysis !== null) {
            item({ storyId: story.id, analysisVersion: story.analysisVersion, analysis: story.analysis });
          }
        },
      },
      options.onProgress,
    );
    writeSync(data, `${first ? ']' : '\n]'}\n}\n`);
  } finally {
    closeSync(data);
  }
  return result;
}

export interface MarkdownSource {
  /** An export document for importDocument. */
  document: Record<string, unknown>;
  sourceOf(section: string, index: number): string | undefined;
  /** Files that could not be read as stories at all. */
  errors: RecordError[];
}

interface StoredAnalysis {
  storyId: string;
  analysisVersion: unknown;
  analysis: unknown;
}

function readData(dir: string): Record<string, unknown> {
  const path = join(dir, MARKDOWN_DATA_FILE);
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportError(
      'not_an_export',
      `${MARKDOWN_DATA_FILE} is not valid JSON (${error instanceof Error ? error.message : ''})`,
    );
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== MARKDOWN_DATA_FORMAT
  ) {
    throw new ImportError('not_an_export', `${MARKDOWN_DATA_FILE} is not Onsite's Markdown companion file`);
  }
  return data as Record<string, unknown>;
}

/**
 * Reads a folder written by writeMarkdownExport (or edited since) back into an export document.
 * Stories come from the `.md` files at the top of the folder; everything else from onsite-data.json.
 */
export function readMarkdownExport(dir: string): MarkdownSource {
  const data = readData(dir);
  const { storyAnalyses, format: _format, ...rest } = data;
  const analyses = new Map<string, StoredAnalysis>();
  const errors: RecordError[] = [];
  if (storyAnalyses !== undefined && !Array.isArray(storyAnalyses)) {
    errors.push({
      section: 'storyAnalyses',
      index: null,
      id: null,
      path: '',
      message: 'must be an array',
      file: MARKDOWN_DATA_FILE,
    });
  }
  for (const [index, entry] of (Array.isArray(storyAnalyses) ? storyAnalyses : []).entries()) {
    const storyId = (entry as { storyId?: unknown } | null)?.storyId;
    if (typeof storyId !== 'string') {
      errors.push({
        section: 'storyAnalyses',
        index,
        id: null,
        path: 'storyId',
        message: 'expected a story id',
        file: MARKDOWN_DATA_FILE,
      });
    } else {
      analyses.set(storyId, entry as StoredAnalysis);
    }
  }
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => entry.name)
    .sort();
  const stories: Record<string, unknown>[] = [];
  const storyFiles: string[] = [];
  for (const file of files) {
    try {
      const story = parseStoryMarkdown(readFileSync(join(dir, file), 'utf8'));
      const analysis = typeof story.id === 'string' ? analyses.get(story.id) : undefined;
      if (typeof story.id === 'string') analyses.delete(story.id);
      stories.push({
        ...story,
        analysis: analysis?.analysis ?? null,
        analysisVersion: analysis?.analysisVersion ?? null,
      });
      storyFiles.push(file);
    } catch (error) {
      errors.push({
        section: 'stories',
        index: null,
        id: null,
        path: '',
        message: error instanceof Error ? error.message : String(error),
        file,
      });
    }
  }
  for (const storyId of analyses.keys()) {
    errors.push({
      section: 'storyAnalyses',
      index: null,
      id: storyId,
      path: '',
      message: 'analysis of a story with no .md file',
      file: MARKDOWN_DATA_FILE,
    });
  }
  const document: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    ...rest,
    stories,
  };
  return {
    document,
    sourceOf: (section, index) => (section === 'stories' ? storyFiles[index] : MARKDOWN_DATA_FILE),
    errors,
  };
}
