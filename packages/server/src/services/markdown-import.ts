/**
 * Reading a Markdown export back (a folder from `onsite export --format markdown`, or the same
 * files as a .zip sent to the HTTP API) into an export document for importDocument: stories from
 * the `.md` files at the top of the export, everything else from onsite-data.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-schema';
import { ImportError, type RecordError } from './import';
import { MARKDOWN_DATA_FILE, MARKDOWN_DATA_FORMAT } from './markdown-export';
import { parseStoryMarkdown } from './markdown-story';
import { type MarkdownFile, unzipMarkdownFiles } from './markdown-zip';

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

function parseData(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
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

/** A folder written by writeMarkdownExport (or edited since), as an export document. */
export function readMarkdownExport(dir: string): MarkdownSource {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isExportFile(entry.name))
    .map((entry) => entry.name);
  return readMarkdownFiles(names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
}

/** A .zip of such a folder (markdownExportZip's, or the user's own), as an export document. */
export function readMarkdownZip(bytes: Uint8Array): MarkdownSource {
  const files = unzipMarkdownFiles(bytes).filter((file) => isExportFile(file.name));
  // An empty folder is an empty export, but a zip of something else must not import as nothing.
  if (files.length === 0) {
    throw new ImportError(
      'not_an_export',
      `The archive holds no .md files and no ${MARKDOWN_DATA_FILE}, at its top or in one folder.`,
    );
  }
  return readMarkdownFiles(files);
}

const isExportFile = (name: string): boolean =>
  name === MARKDOWN_DATA_FILE || name.toLowerCase().endsWith('.md');

/** The export's files (names without folders) as an export document. */
function readMarkdownFiles(files: readonly MarkdownFile[]): MarkdownSource {
  const data = parseData(files.find((file) => file.name === MARKDOWN_DATA_FILE)?.text);
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
  const storyFiles = files
    .filter((file) => file.name.toLowerCase().endsWith('.md'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stories: Record<string, unknown>[] = [];
  const storyNames: string[] = [];
  for (const { name: file, text } of storyFiles) {
    try {
      const story = parseStoryMarkdown(text);
      const analysis = typeof story.id === 'string' ? analyses.get(story.id) : undefined;
      if (typeof story.id === 'string') analyses.delete(story.id);
      stories.push({
        ...story,
        analysis: analysis?.analysis ?? null,
        analysisVersion: analysis?.analysisVersion ?? null,
      });
      storyNames.push(file);
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
    sourceOf: (section, index) => (section === 'stories' ? storyNames[index] : MARKDOWN_DATA_FILE),
    errors,
  };
}
