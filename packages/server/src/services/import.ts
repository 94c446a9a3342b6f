/**
 * Import: one path for POST /api/import and `onsite import`, so both validate and write alike.
 *
 * 1. Validate everything before writing anything: the header (format, formatVersion), every
 *    record against its section's schema, duplicate keys within the file, and references (a
 *    history record's story must be in the file or stored, and newer). Any error → ImportError
 *    `invalid_records` with one entry per problem (section, index, id, path, message) and nothing
 *    written.
 * 2. Write in one transaction, sections in dependency order. Per record:
 *    - not stored yet → created, with its own id, version and timestamps;
 *    - stored with the same content → unchanged (so importing a file twice changes nothing);
 *    - stored with different content → a conflict. Mode `keep` (the default) leaves the stored
 *      record, and the records that depend on it (its history), as they are and lists the
 *      conflict; mode `replace` overwrites the stored record with the file's.
 *    Stored records that the file does not mention are never touched: import never deletes, with
 *    one exception in mode `replace`: a story replaced by an older version of itself loses the
 *    stored history from that version on (edits its restored version never had).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Storage } from '../db/storage';
import type { Progress } from './export';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-schema';
import { EXPORT_SECTIONS, type ExportSection } from './export-sections';

export type ImportMode = 'keep' | 'replace';

export interface ImportOptions {
  mode?: ImportMode;
  /** Validate and count what would happen, write nothing. */
  dryRun?: boolean;
  onProgress?: Progress;
  /** Where a record came from (a Markdown file name), shown with its errors. */
  sourceOf?: (section: string, index: number) => string | undefined;
  /** Problems found while reading the source (a Markdown file without frontmatter…). */
  sourceErrors?: readonly RecordError[];
}

/** One problem with one record; `index` is its position in its section's array. */
export interface RecordError {
  section: string;
  index: number | null;
  id: string | null;
  /** Where in the record, dot-separated (`analysis.score`); '' for the record as a whole. */
  path: string;
  message: string;
  /** The file the record came from, when it was not one JSON document. */
  file?: string;
}

export interface SectionCounts {
  created: number;
  unchanged: number;
  replaced: number;
  conflicts: number;
}

export interface ImportReport {
  dryRun: boolean;
  mode: ImportMode;
  sections: Record<string, SectionCounts>;
  totals: SectionCounts;
  /**
   * The records left as stored because the file holds different content (mode `keep`), or whose
   * parent was; the first MAX_REPORTED_CONFLICTS of them.
   */
  conflicts: { section: string; id: string }[];
}

export type ImportErrorCode = 'not_an_export' | 'unsupported_format_version' | 'invalid_records';

/** The file cannot be imported; nothing was written. */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details?: { errors?: RecordError[]; errorCount?: number; [key: string]: unknown },
  ) {
    super(message);
  }
}

/** Enough to fix a file in one pass without an answer the size of the file. */
export const MAX_REPORTED_ERRORS = 200;
/** The conflicts listed by id; `totals.conflicts` counts them all. */
export const MAX_REPORTED_CONFLICTS = 1000;

const HEADER_KEYS = new Set(['format', 'formatVersion', 'exportedAt', 'app']);

interface ValidRecord {
  section: ExportSection;
  /** Position in its section's array, for messages. */
  index: number;
  key: string;
  record: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function idOf(record: unknown): string | null {
  if (!isObject(record)) return null;
  for (const field of ['id', 'storyId']) {
    const value = record[field];
    if (typeof value === 'string') return value.slice(0, 200);
  }
  return null;
}

function checkHeader(data: unknown): Record<string, unknown> {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new ImportError(
      'not_an_export',
      `Not an Onsite export: expected an object with "format": "${EXPORT_FORMAT}".`,
    );
  }
  if (data.formatVersion !== EXPORT_FORMAT_VERSION) {
    throw new ImportError(
      'unsupported_format_version',
      `This file has formatVersion ${JSON.stringify(data.formatVersion)}; this Onsite reads formatVersion ` +
        `${EXPORT_FORMAT_VERSION}. Import it with the Onsite that exported it, or upgrade.`,
      { formatVersion: data.formatVersion, supported: [EXPORT_FORMAT_VERSION] },
    );
  }
  return data;
}

function withSource(error: RecordError, options: ImportOptions): RecordError {
  const file = error.index === null ? undefined : options.sourceOf?.(error.section, error.index);
  return file === undefined ? error : { ...error, file };
}

/** Every record parsed, plus every problem found; never touches storage. */
function validateRecords(
  data: Record<string, unknown>,
  options: ImportOptions,
): { valid: ValidRecord[]; invalidIds: Set<string>; errors: RecordError[] } {
  const errors: RecordError[] = [...(options.sourceErrors ?? [])];
  const add = (error: RecordError) => errors.push(withSource(error, options));
  const known = new Set(EXPORT_SECTIONS.map((section) => section.name));
  for (const key of Object.keys(data)) {
    if (!HEADER_KEYS.has(key) && !known.has(key)) {
      add({
        section: key,
        index: null,
        id: null,
        path: '',
        message: 'unknown section (written by a newer Onsite?)',
      });
    }
  }
  const valid: ValidRecord[] = [];
  // Records that failed validation but say who they are: what refers to them is not reported
  // again as a dangling reference (the record itself is already listed).
  const invalidIds = new Set<string>();
  for (const section of EXPORT_SECTIONS) {
    const records = data[section.name];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      add({ section: section.name, index: null, id: null, path: '', message: 'must be an array of records' });
      continue;
    }
    const seen = new Map<string, number>();
    records.forEach((raw: unknown, index) => {
      const parsed = section.record.safeParse(raw);
      if (!parsed.success) {
        const id = idOf(raw);
        if (id !== null) invalidIds.add(`${section.name}\u0000${id}`);
        for (const issue of parsed.error.issues) {
          add({
            section: section.name,
            index,
            id,
            path: issue.path.map(String).join('.'),
            message: issue.message,
          });
        }
        return;
      }
      const key = section.keyOf(parsed.data);
      const first = seen.get(key);
      if (first !== undefined) {
        add({
          section: section.name,
          index,
          id: key,
          path: '',
          message: `duplicate of record ${first} in this file`,
        });
        return;
      }
      seen.set(key, index);
      valid.push({ section, index, key, record: parsed.data });
    });
  }
  return { valid, invalidIds, errors };
}

/** References to records that are neither in the file nor stored. */
async function checkReferences(
  db: Kysely<Database>,
  valid: ValidRecord[],
  invalidIds: Set<string>,
): Promise<RecordError[]> {
  const inFile = new Map(valid.map((item) => [`${item.section.name}\u0000${item.key}`, item.record]));
  const stored = new Map<string, unknown>();
  const errors: RecordError[] = [];
  for (const item of valid) {
    const problem = (message: string, path = '') =>
      errors.push({ section: item.section.name, index: item.index, id: item.key, path, message });
    for (const reference of item.section.referencesOf(item.record)) {
      const id = `${reference.section}\u0000${reference.key}`;
      // Already reported as invalid itself: saying its children dangle would only add noise.
      if (invalidIds.has(id)) continue;
      let target = inFile.get(id);
      if (target === undefined) {
        if (!stored.has(id)) {
          const section = EXPORT_SECTIONS.find((candidate) => candidate.name === reference.section);
          stored.set(id, section === undefined ? undefined : await section.readOne(db, reference.key));
        }
        target = stored.get(id);
      }
      if (target === undefined) {
        problem(
          `refers to ${reference.section} ${reference.key}, which is neither in the file nor stored`,
          reference.field,
        );
        continue;
      }
      const mismatch = reference.check?.(target);
      if (mismatch) problem(mismatch, reference.checkedField);
    }
  }
  return errors;
}

/**
 * Runs one write; a database refusal (a CHECK constraint, a unique value taken by another record)
 * becomes that record's import error. The transaction then rolls back, so nothing is written.
 * The database's message names the constraint, never the record's text.
 */
async function refusedAs(
  item: Pick<ValidRecord, 'section' | 'index' | 'key'>,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!isDatabaseRefusal(error)) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'constraint violation';
    throw new ImportError('invalid_records', '1 record is invalid; nothing was imported.', {
      errors: [
        {
          section: item.section.name,
          index: item.index,
          id: item.key,
          path: '',
          message: `the database refused this record: ${reason}`,
        },
      ],
      errorCount: 1,
    });
  }
}

/** Constraint failures: SQLITE_CONSTRAINT_* or PostgreSQL class 23 (integrity constraint violation). */
function isDatabaseRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CONSTRAINT') || /^23\d{3}$/.test(code));
}

const zeroCounts = (): SectionCounts => ({ created: 0, unchanged: 0, replaced: 0, conflicts: 0 });

/** Applies (or, on a dry run, only counts) every valid record; `db` is the transaction. */
async function applyRecords(
  db: Kysely<Database>,
  valid: ValidRecord[],
  options: ImportOptions,
): Promise<ImportReport> {
  const mode = options.mode ?? 'keep';
  const write = options.dryRun !== true;
  const sections = Object.fromEntries(EXPORT_SECTIONS.map((section) => [section.name, zeroCounts()]));
  const conflicts: ImportReport['conflicts'] = [];
  const kept = new Set<string>();
  let done = 0;
  options.onProgress?.(0, valid.length);
  for (const { section, index, key, record } of valid) {
    const counts = sections[section.name] ?? zeroCounts();
    const parentKept = section.referencesOf(record).some((ref) => kept.has(`${ref.section}\u0000${ref.key}`));
    const stored = await section.readOne(db, key);
    if (stored !== undefined && section.sameRecord(stored, record)) {
      counts.unchanged += 1;
    } else if (parentKept || (stored !== undefined && mode === 'keep')) {
      // A record whose parent was kept as stored is kept too: writing a history entry onto a story
      // the file does not replace would give that story a past it never had.
      counts.conflicts += 1;
      kept.add(`${section.name}\u0000${key}`);
      if (conflicts.length < MAX_REPORTED_CONFLICTS) conflicts.push({ section: section.name, id: key });
    } else if (stored !== undefined) {
      if (write) await refusedAs({ section, index, key }, () => section.replaceOne(db, record));
      counts.replaced += 1;
    } else {
      if (write) await refusedAs({ section, index, key }, () => section.writeOne(db, record));
      counts.created += 1;
    }
    done += 1;
    options.onProgress?.(done, valid.length);
  }
  const totals = zeroCounts();
  for (const counts of Object.values(sections)) {
    totals.created += counts.created;
    totals.unchanged += counts.unchanged;
    totals.replaced += counts.replaced;
    totals.conflicts += counts.conflicts;
  }
  return { dryRun: !write, mode, sections, totals, conflicts };
}

function invalid(errors: RecordError[]): ImportError {
  const records = new Set(errors.map((error) => `${error.section}\u0000${error.index}`)).size;
  return new ImportError(
    'invalid_records',
    `${records} record${records === 1 ? ' is' : 's are'} invalid; nothing was imported.`,
    { errors: errors.slice(0, MAX_REPORTED_ERRORS), errorCount: errors.length },
  );
}

/**
 * Validates `data` (a parsed export document) completely, then writes it in one transaction (or
 * only counts, on a dry run). Throws ImportError when the file cannot be imported.
 */
export async function importDocument(
  storage: Storage,
  data: unknown,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const header = checkHeader(data);
  const { valid, invalidIds, errors } = validateRecords(header, options);
  for (const error of await checkReferences(storage.db, valid, invalidIds))
    errors.push(withSource(error, options));
  if (errors.length > 0) throw invalid(errors);
  if (options.dryRun === true) return applyRecords(storage.db, valid, options);
  // A record refused by the database (a constraint, or a reference deleted since the check above)
  // surfaces from refusedAs as that record's error, after the transaction rolled back.
  return storage.transaction((trx) => applyRecords(trx, valid, options));
}
