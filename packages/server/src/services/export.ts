/**
 * Exports: every section read from one consistent snapshot of the database and handed out record
 * by record, so a file of thousands of stories is written as it is read, never held twice.
 * Free of HTTP and files: GET /api/export collects the chunks, the CLI writes them to a file or
 * stdout, the Markdown export lays the same records out as a folder.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import type { Storage } from '../db/storage';
import {
  currentAppVersion,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  type ExportHeader,
} from './export-schema';
import { EXPORT_SECTIONS } from './export-sections';
import type { ExportSection } from './export-sections/section';

/** `(done, total)` in records, after each record. */
export type Progress = (done: number, total: number) => void;

export interface ExportOptions {
  /** The clock for `exportedAt` (tests pin it). */
  now?: () => Date;
  onProgress?: Progress;
}

export function exportHeader(now: () => Date = () => new Date()): ExportHeader {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now().toISOString(),
    app: { version: currentAppVersion() },
  };
}

/**
 * Runs `work` on one connection inside a read-only snapshot, so every section is read as of the
 * same moment: a story deleted mid-export cannot leave its history behind without it.
 * SQLite: a deferred BEGIN is a WAL read snapshot that never blocks other writers.
 * PostgreSQL: REPEATABLE READ gives the same guarantee.
 */
export async function withSnapshot<T>(
  storage: Storage,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return storage.db.connection().execute(async (db) => {
    const begin =
      storage.dialect === 'postgres' ? 'begin isolation level repeatable read read only' : 'begin';
    await sql.raw(begin).execute(db);
    try {
      const result = await work(db);
      await sql.raw('commit').execute(db);
      return result;
    } catch (error) {
      await sql.raw('rollback').execute(db);
      throw error;
    }
  });
}

/** Visitor for a snapshot's records, section by section, in EXPORT_SECTIONS order. */
export interface RecordVisitor {
  startSection?(section: ExportSection): Promise<void> | void;
  record(section: ExportSection, record: unknown): Promise<void> | void;
  endSection?(section: ExportSection): Promise<void> | void;
}

/** Reads every record of every section from one snapshot, reporting progress per record. */
export async function visitRecords(
  storage: Storage,
  visitor: RecordVisitor,
  onProgress?: Progress,
): Promise<void> {
  await withSnapshot(storage, async (db) => {
    let total = 0;
    for (const section of EXPORT_SECTIONS) total += await section.count(db);
    let done = 0;
    onProgress?.(0, total);
    for (const section of EXPORT_SECTIONS) {
      await visitor.startSection?.(section);
      for await (const record of section.readAll(db)) {
        await visitor.record(section, record);
        done += 1;
        onProgress?.(done, Math.max(total, done));
      }
      await visitor.endSection?.(section);
    }
  });
}

/**
 * Writes the export as JSON text through `write`, one record per line (diff-friendly, and a
 * reader can see the structure). `write` may return a promise to apply back-pressure.
 */
export async function writeJsonExport(
  storage: Storage,
  write: (chunk: string) => Promise<void> | void,
  options: ExportOptions = {},
): Promise<void> {
  const header = JSON.stringify(exportHeader(options.now));
  await write(`${header.slice(0, -1)}`);
  let first = true;
  await visitRecords(
    storage,
    {
      async startSection(section) {
        first = true;
        await write(`,\n${JSON.stringify(section.name)}: [`);
      },
      async record(_section, record) {
        await write(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
        first = false;
      },
      async endSection() {
        await write(first ? ']' : '\n]');
      },
    },
    options.onProgress,
  );
  await write('\n}\n');
}

/** The export as one string (GET /api/export, tests). */
export async function exportJson(storage: Storage, options: ExportOptions = {}): Promise<string> {
  const chunks: string[] = [];
  await writeJsonExport(storage, (chunk) => void chunks.push(chunk), options);
  return chunks.join('');
}

/** The export as an object: the header plus one array per section. */
export async function exportDocument(storage: Storage, options: ExportOptions = {}): Promise<ExportDocument> {
  const sections: Record<string, unknown[]> = Object.fromEntries(EXPORT_SECTIONS.map((s) => [s.name, []]));
  await visitRecords(
    storage,
    { record: (section, record) => void sections[section.name]?.push(record) },
    options.onProgress,
  );
  return { ...exportHeader(options.now), ...sections };
}
