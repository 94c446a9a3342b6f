/**
 * What one section of an export is: the records of one noun (or one child table) with the
 * schema that validates them on import and the few storage operations export and import need.
 * A noun joins export/import by defining a section and listing it in export-sections.ts.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

/** A record that must exist (in the file or in the database) before this one can be written. */
export interface Reference {
  section: string;
  key: string;
  /** The field of this record that holds the reference, named when it points at nothing. */
  field?: string;
  /**
   * What must hold between this record and the one it points at (the file's version of it when
   * the file has one, else the stored one): a message saying what is wrong, or null.
   */
  check?(target: unknown): string | null;
  /** The field of this record that `check`'s message is about ('' for the record as a whole). */
  checkedField?: string;
}

export interface SectionDefinition<T> {
  /** The section's key in the export document, e.g. `stories`. */
  name: string;
  /** One record exactly as exported; import validates with it. Must not transform values. */
  record: z.ZodType<T>;
  /** The record's identity within its section (an id, or a composite such as `<storyId>@v<n>`). */
  keyOf(record: T): string;
  /** The records this one points at; import checks they exist before writing anything. */
  referencesOf?(record: T): Reference[];
  count(db: Db): Promise<number>;
  /** Every record in a stable order (by key), in batches, so exports of any size stream. */
  readAll(db: Db): AsyncIterable<T>;
  /** The stored record with this key, for the idempotence check. */
  readOne(db: Db, key: string): Promise<T | undefined>;
  /** Inserts the record with its own id, version and timestamps. */
  writeOne(db: Db, record: T): Promise<void>;
  /** Overwrites the stored record with the same key by this one (import's replace mode). */
  replaceOne(db: Db, record: T): Promise<void>;
  /** Whether the stored and the imported record hold the same data (default: deep equality). */
  sameRecord?(stored: T, imported: T): boolean;
}

/** A section with its record type erased, so sections of different nouns share one registry. */
export interface ExportSection {
  name: string;
  record: z.ZodType<unknown>;
  keyOf(record: unknown): string;
  referencesOf(record: unknown): Reference[];
  count(db: Db): Promise<number>;
  readAll(db: Db): AsyncIterable<unknown>;
  readOne(db: Db, key: string): Promise<unknown>;
  writeOne(db: Db, record: unknown): Promise<void>;
  replaceOne(db: Db, record: unknown): Promise<void>;
  sameRecord(stored: unknown, imported: unknown): boolean;
}

/**
 * Erases the record type. Every record reaching keyOf/writeOne/… has been parsed by `record`
 * (import) or read by readAll/readOne (export, idempotence check), so it is a T.
 */
export function defineSection<T>(definition: SectionDefinition<T>): ExportSection {
  const as = (record: unknown) => record as T;
  return {
    name: definition.name,
    record: definition.record,
    keyOf: (record) => definition.keyOf(as(record)),
    referencesOf: (record) => definition.referencesOf?.(as(record)) ?? [],
    count: (db) => definition.count(db),
    readAll: (db) => definition.readAll(db),
    readOne: (db, key) => definition.readOne(db, key),
    writeOne: (db, record) => definition.writeOne(db, as(record)),
    replaceOne: (db, record) => definition.replaceOne(db, as(record)),
    sameRecord: (stored, imported) =>
      definition.sameRecord
        ? definition.sameRecord(as(stored), as(imported))
        : isDeepStrictEqual(stored, imported),
  };
}

/**
 * An instant exactly as the server writes it (`Date#toISOString`, UTC, milliseconds), so an
 * imported timestamp is stored and exported again byte for byte.
 */
export const exportedInstantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    'expected an ISO-8601 UTC instant like 2026-01-31T09:30:00.000Z',
  )
  .refine((text) => {
    const time = Date.parse(text);
    return !Number.isNaN(time) && new Date(time).toISOString() === text;
  }, 'expected a real date and time');

/**
 * A stored instant as a field of a served shape: the same rule with one message, not the
 * format's and the calendar's both.
 */
export const storedInstantSchema = z
  .string()
  .refine((text) => exportedInstantSchema.safeParse(text).success, {
    message: 'expected an ISO-8601 UTC instant like 2026-01-31T09:30:00.000Z',
    // Rules refined on top (a range) would only repeat that the text is not an instant.
    abort: true,
  });

/** Reads rows in key order, `size` at a time, until a short batch says there are no more. */
export async function* inBatches<Row, Key>(
  readBatch: (after: Key | undefined, size: number) => Promise<Row[]>,
  keyOfRow: (row: Row) => Key,
  size = 200,
): AsyncGenerator<Row> {
  let after: Key | undefined;
  for (;;) {
    const rows = await readBatch(after, size);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < size || last === undefined) return;
    after = keyOfRow(last);
  }
}
