/**
 * The Markdown export: a folder Obsidian (or any editor) opens, one `.md` file per story (see
 * markdown-story.ts) plus `onsite-data.json` with everything that is not story text (stored
 * analyses, history, the other nouns' sections), so the folder imports back losslessly through
 * the same import path. The CLI writes the folder; the HTTP API sends the same files as one .zip.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Storage } from '../db/storage';
import { type ExportOptions, exportHeader, visitRecords } from './export';
import type { StoryRecord } from './export-sections/story';
import { storyFileName, storyToMarkdown } from './markdown-story';
import { type MarkdownFile, zipMarkdownFiles } from './markdown-zip';

export const MARKDOWN_DATA_FILE = 'onsite-data.json';
export const MARKDOWN_DATA_FORMAT = 'onsite-markdown-data';

/** Thrown when the target folder cannot take an export (it holds files already). */
export class ExportTargetError extends Error {
  override name = 'ExportTargetError';
}

export interface MarkdownExportCounts {
  stories: number;
  /** Records in onsite-data.json (analyses, history, other sections). */
  otherRecords: number;
}

export interface MarkdownExportResult extends MarkdownExportCounts {
  dir: string;
}

/** Where the export's files go: a folder on disk or an archive in memory. */
interface MarkdownSink {
  storyFile(name: string, text: string): void;
  /** Appends to onsite-data.json, which is written as it is read (it can be large). */
  dataText(text: string): void;
}

/** Streams every record into `sink`: stories as files, everything else into the data file. */
async function exportMarkdown(
  storage: Storage,
  sink: MarkdownSink,
  options: ExportOptions,
): Promise<MarkdownExportCounts> {
  const taken = new Set<string>([MARKDOWN_DATA_FILE]);
  const counts: MarkdownExportCounts = { stories: 0, otherRecords: 0 };
  const header = { ...exportHeader(options.now), format: MARKDOWN_DATA_FORMAT };
  sink.dataText(`${JSON.stringify(header).slice(0, -1)},\n"storyAnalyses": [`);
  let first = true;
  const item = (record: unknown) => {
    sink.dataText(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
    first = false;
    counts.otherRecords += 1;
  };
  await visitRecords(
    storage,
    {
      startSection(section) {
        if (section.name === 'stories') return;
        // Close the previous array (storyAnalyses, or the previous section) and open this one.
        sink.dataText(`${first ? ']' : '\n]'},\n${JSON.stringify(section.name)}: [`);
        first = true;
      },
      record(section, record) {
        if (section.name !== 'stories') return item(record);
        const story = record as StoryRecord;
        sink.storyFile(storyFileName(story, taken), storyToMarkdown(story));
        counts.stories += 1;
        if (story.analysis !== null) {
          item({ storyId: story.id, analysisVersion: story.analysisVersion, analysis: story.analysis });
        }
      },
    },
    options.onProgress,
  );
  sink.dataText(`${first ? ']' : '\n]'}\n}\n`);
  return counts;
}

function writePrivateFile(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
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
  const data = openSync(join(dir, MARKDOWN_DATA_FILE), 'wx', 0o600);
  try {
    const counts = await exportMarkdown(
      storage,
      {
        storyFile: (name, text) => writePrivateFile(join(dir, name), text),
        dataText: (text) => void writeSync(data, text),
      },
      options,
    );
    return { dir, ...counts };
  } finally {
    closeSync(data);
  }
}

export interface MarkdownArchive extends MarkdownExportCounts {
  /** The archive's one folder, also the download's file name without `.zip`. */
  folder: string;
  zip: Uint8Array;
}

/** The same files as one .zip, everything inside the folder `onsite-export-<time>`. */
export async function markdownExportZip(
  storage: Storage,
  options: ExportOptions = {},
): Promise<MarkdownArchive> {
  const now = (options.now ?? (() => new Date()))();
  const files: MarkdownFile[] = [];
  const data: string[] = [];
  const counts = await exportMarkdown(
    storage,
    { storyFile: (name, text) => void files.push({ name, text }), dataText: (text) => void data.push(text) },
    { ...options, now: () => now },
  );
  files.push({ name: MARKDOWN_DATA_FILE, text: data.join('') });
  const folder = `onsite-export-${now.toISOString().replace(/[:.]/g, '-')}`;
  return { ...counts, folder, zip: zipMarkdownFiles(folder, files) };
}
