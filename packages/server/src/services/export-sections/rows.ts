/**
 * Sections for nouns exported as their stored rows: every column, camelCased, validated per
 * column (storable text, 32-bit integers, finite numbers, nullability) and written back as is.
 * Lossless by construction (derived columns such as search text travel with the row, and import
 * recomputes them from their sources: RowSectionSpec.derived), and a noun joins with a column
 * list instead of its own mapping code. Rules the database enforces
 * (CHECK constraints, foreign keys, unique keys) are reported by import as the record's error.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { toCount } from '../../db/dialect';
import type { Database } from '../../db/schema';
import { MAX_VERSION, recordIdSchema, storableText } from '../fields';
import { defineSection, type ExportSection, exportedInstantSchema, type Reference } from './section';

/**
 * How a column is validated: text, integer (PostgreSQL `integer`), double, or an instant as the
 * server writes it (`created_at`, `updated_at`); `?` = nullable.
 */
export type ColumnKind = 'id' | 'text' | 'text?' | 'int' | 'int?' | 'real' | 'real?' | 'version' | 'instant';

type Row = Record<string, unknown>;
/** The untyped view for tables named at run time (the column lists below are checked against Database). */
type RowDb = Kysely<Record<string, Row>>;

/** Big enough for any stored JSON column (a practice answer's analysis), small enough to bound memory. */
const MAX_TEXT = 5_000_000;
const int4 = z.number().int().min(-2_147_483_648).max(2_147_483_647);
/**
 * One message for a malformed stamp (not the format's and the calendar's both), and not aborting:
 * the row's other problems (what the app could not serve) are still reported in the same pass.
 */
const instant = z.string().refine((text) => exportedInstantSchema.safeParse(text).success, {
  message: 'expected an ISO-8601 UTC instant like 2026-01-31T09:30:00.000Z',
});

const COLUMN_SCHEMAS: Record<ColumnKind, z.ZodType> = {
  id: recordIdSchema,
  text: storableText(MAX_TEXT),
  'text?': storableText(MAX_TEXT).nullable(),
  int: int4,
  'int?': int4.nullable(),
  real: z.number(),
  'real?': z.number().nullable(),
  version: z.number().int().min(1).max(MAX_VERSION),
  instant,
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

export interface RowSectionSpec<T extends keyof Database> {
  name: string;
  table: T;
  /** The primary key's columns (text in every table: ids are UUID text). */
  key: readonly (keyof Database[T] & string)[];
  columns: { [C in keyof Database[T] & string]-?: ColumnKind };
  /**
   * Columns holding the key of a record in another section (a foreign key, checked on import).
   * `unless` names values that point at nothing stored (a built-in company); `check` is what
   * must hold between the row and the record it points at (see Reference.check), a problem
   * with the row's field `checkedField`.
   */
  references?: readonly {
    column: keyof Database[T] & string;
    section: string;
    unless?: (key: string) => boolean;
    check?: (record: Row, target: Row) => string | null;
    checkedField?: string;
  }[];
  /**
   * The noun's own rules a row must keep beyond its column types, checked on import (e.g. a
   * custom company's definition must still be a set core accepts). Receives the camelCased record.
   */
  rules?: (record: Row, ctx: z.RefinementCtx) => void;
  /**
   * How the app reads the row back (the repository's mapper) and the API schema its result must
   * pass. Import refuses a record the app could not serve, so an edited export can never store a
   * row whose GET answers 500 (a bad enum, a JSON column that does not parse or has the wrong shape).
   */
  servedAs?: {
    read: (row: Row) => unknown;
    schema: z.ZodType;
    jsonColumns?: readonly string[];
    /**
     * What the mapper reads in place of a JSON column that does not parse, when `null` would
     * stop it (an empty checklist): so one pass still reports the record's other fields.
     */
    placeholders?: Readonly<Record<string, string>>;
    /**
     * Where the mapper renames a field, so errors name the file's field: `start` ← `startsAt`,
     * or a dotted path of the served shape, `thankYou.status` ← `thankYouStatus`.
     */
    renamed?: Readonly<Record<string, string>>;
  };
  /**
   * Columns the app derives from others (search text, an end time, totals). Import never takes
   * them from the file: it recomputes them with the repository's own code, so an edited file can
   * neither make them disagree with their sources nor make a second import of it a conflict.
   */
  derived?: {
    /** The derived columns (snake_case) computed from the row's own columns. May throw on bad sources. */
    fromRow?: (row: Row) => Row;
    /**
     * Columns derived from records of other sections (a session's totals from its answers):
     * not compared by the idempotence check, and set by `afterWrite` once those records are written.
     */
    fromOthers?: readonly (keyof Database[T] & string)[];
    /** Runs in import's transaction after each write of a record of this section. */
    afterWrite?: (db: Kysely<Database>, row: Row) => Promise<void>;
  };
}

/** A row section keeps its column list visible, for tests that generate records from it. */
export interface RowSection extends ExportSection {
  table: string;
  keyColumns: readonly string[];
  /** camelCased record field → how it is validated. */
  fields: Readonly<Record<string, ColumnKind>>;
  /** camelCased record field → the section its value points at. */
  referenceFields: Readonly<Record<string, string>>;
}

/** A repository mapper as `servedAs.read` or a derivation takes it: the row arrives untyped. */
export const untyped =
  <R, O>(read: (row: R) => O) =>
  (row: Row): O =>
    read(row as unknown as R);

/** Reports, per field, why the app could not serve this row (see RowSectionSpec.servedAs). */
function checkServable(
  row: Row,
  servedAs: NonNullable<RowSectionSpec<keyof Database>['servedAs']>,
  ctx: z.RefinementCtx,
): void {
  // The mapper parses the JSON columns: name the column rather than report a bare SyntaxError,
  // then read the rest with that column as null, so one pass reports every other field too.
  const unparsable = new Set<string>();
  const readable = { ...row };
  for (const column of servedAs.jsonColumns ?? []) {
    try {
      JSON.parse(String(row[column]));
    } catch {
      unparsable.add(camel(column));
      readable[column] = servedAs.placeholders?.[column] ?? 'null';
      ctx.addIssue({ code: 'custom', path: [camel(column)], message: 'not JSON' });
    }
  }
  let served: unknown;
  try {
    served = servedAs.read(readable);
  } catch (error) {
    // A column already reported as not JSON explains why; the mapper's own words would only add noise.
    if (unparsable.size > 0) return;
    const message = error instanceof Error ? error.message : String(error);
    ctx.addIssue({ code: 'custom', path: [], message: `the app could not read this record: ${message}` });
    return;
  }
  const parsed = servedAs.schema.safeParse(served);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    const path = fileFieldPath(issue.path as (string | number)[], servedAs.renamed ?? {});
    if (typeof path[0] === 'string' && unparsable.has(path[0])) continue;
    ctx.addIssue({ code: 'custom', path, message: issue.message });
  }
}

/** A path in the served shape as a path in the file's record: its longest renamed prefix replaced. */
function fileFieldPath(path: (string | number)[], renamed: Readonly<Record<string, string>>) {
  for (let length = path.length; length > 0; length -= 1) {
    const field = renamed[path.slice(0, length).join('.')];
    if (field !== undefined) return [field, ...path.slice(length)];
  }
  return path;
}

export function rowSection<T extends keyof Database>(spec: RowSectionSpec<T>): RowSection {
  const columns = Object.entries(spec.columns) as [string, ColumnKind][];
  const shape = z.strictObject(
    Object.fromEntries(columns.map(([column, kind]) => [camel(column), COLUMN_SCHEMAS[kind]])),
  );
  const { rules, servedAs, derived } = spec;
  /** The row as import stores it: derived columns recomputed from their sources. */
  const storedRow = (item: Row): Row => {
    const row = toRow(item);
    return derived?.fromRow ? { ...row, ...derived.fromRow(row) } : row;
  };
  const record = shape.superRefine((item, ctx) => {
    rules?.(item, ctx);
    if (!servedAs) return;
    let row: Row;
    try {
      row = storedRow(item);
    } catch {
      // Sources the derivation cannot read (an unparsable JSON column, a malformed instant):
      // the check below reports them against the file's own row.
      row = toRow(item);
    }
    checkServable(row, servedAs, ctx);
  });
  /** What the idempotence check compares: the row as stored, minus what other records decide. */
  const comparable = (item: Row): Row => {
    let row: Row;
    try {
      row = storedRow(item);
    } catch {
      row = toRow(item); // a stored row the derivation cannot read differs from any valid import
    }
    for (const column of derived?.fromOthers ?? []) delete row[column];
    return row;
  };
  const numeric = new Set(
    columns.filter(([, kind]) => /^(int|real|version)/.test(kind)).map(([column]) => column),
  );
  const table = spec.table as string;
  const db = (handle: Kysely<Database>) => handle as unknown as RowDb;

  const toRecord = (row: Row): Row =>
    Object.fromEntries(
      columns.map(([column]) => {
        const value = row[column];
        // PostgreSQL may hand back numeric columns as strings (bigint settings); keep numbers numbers.
        return [camel(column), value !== null && numeric.has(column) ? Number(value) : value];
      }),
    );
  const toRow = (item: Row): Row =>
    Object.fromEntries(columns.map(([column]) => [column, item[camel(column)]]));
  const keyValues = (item: Row) => spec.key.map((column) => item[camel(column)]);
  const keyOf = (item: Row) => {
    const values = keyValues(item);
    return values.length === 1 ? String(values[0]) : JSON.stringify(values);
  };
  const keyFrom = (key: string): unknown[] =>
    spec.key.length === 1 ? [key] : (JSON.parse(key) as unknown[]);

  const section = defineSection<Row>({
    name: spec.name,
    record: record as unknown as z.ZodType<Row>,
    keyOf,
    referencesOf: (item): Reference[] =>
      (spec.references ?? []).flatMap((ref) => {
        const value = item[camel(ref.column)];
        if (value === null || ref.unless?.(String(value))) return [];
        const { check } = ref;
        return [
          {
            section: ref.section,
            key: String(value),
            field: camel(ref.column),
            ...(check && { check: (target: unknown) => check(item, target as Row) }),
            ...(ref.checkedField !== undefined && { checkedField: ref.checkedField }),
          },
        ];
      }),
    async count(handle) {
      const row = await db(handle)
        .selectFrom(table)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      return toCount(row.n as number);
    },
    async *readAll(handle) {
      // Offset paging is safe here: export reads inside one snapshot, so no row moves between pages.
      const size = 500;
      for (let offset = 0; ; offset += size) {
        let query = db(handle).selectFrom(table).selectAll();
        for (const column of spec.key) query = query.orderBy(column);
        const rows = await query.limit(size).offset(offset).execute();
        for (const row of rows) yield toRecord(row);
        if (rows.length < size) return;
      }
    },
    async readOne(handle, key) {
      const values = keyFrom(key);
      let query = db(handle).selectFrom(table).selectAll();
      spec.key.forEach((column, i) => {
        query = query.where(sql.ref(column), '=', String(values[i]));
      });
      const row = await query.executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async writeOne(handle, item) {
      await db(handle).insertInto(table).values(storedRow(item)).execute();
      await derived?.afterWrite?.(handle, toRow(item));
    },
    async replaceOne(handle, item) {
      const values = keyValues(item);
      const changes = storedRow(item);
      for (const column of spec.key) delete changes[column];
      if (Object.keys(changes).length === 0) return;
      let query = db(handle).updateTable(table).set(changes);
      spec.key.forEach((column, i) => {
        query = query.where(sql.ref(column), '=', String(values[i]));
      });
      await query.execute();
      await derived?.afterWrite?.(handle, toRow(item));
    },
    sameRecord: (stored, imported) => isDeepStrictEqual(comparable(stored), comparable(imported)),
  });
  return {
    ...section,
    table,
    keyColumns: spec.key,
    fields: Object.fromEntries(columns.map(([column, kind]) => [camel(column), kind])),
    referenceFields: Object.fromEntries(
      (spec.references ?? []).map((ref) => [camel(ref.column), ref.section]),
    ),
  };
}
