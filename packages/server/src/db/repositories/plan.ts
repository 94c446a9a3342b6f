/**
 * All SQL for the plan: the settings row and the stored entries. Callers pass the Kysely handle
 * (`storage.db` or their transaction). JSON and the 0/1 flag are mapped here and nowhere else.
 */
import type { CalibrationRule, DayOfWeek } from '@onsite/core';
import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
  sql,
} from 'kysely';
import type { PlanEntryKind, PlanEntryStatus, PlanSettings } from '../../services/plan-schema';
import { inByteOrder } from '../dialect';
import type { Database } from '../schema';
import type { DialectName } from '../storage';
import type { PlanEntryTable, PlanSettingsTable } from '../tables/plan';
import { deleteIfVersion, updateIfVersion } from '../versioned';

type Db = Kysely<Database>;

/** The plan is one record; its row always has this id. */
export const PLAN_SETTINGS_ID = 'plan';

/** One entry as stored (see PlanEntryTable), in the service's words. */
export interface StoredPlanEntry {
  id: string;
  kind: PlanEntryKind;
  title: string;
  localDate: string;
  start: string;
  durationMinutes: number;
  status: PlanEntryStatus;
  note: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The stored row as the API serves it; import runs it too, to refuse settings the plan could not use. */
export function rowToSettings(row: Selectable<PlanSettingsTable>): PlanSettings {
  return {
    timezone: row.timezone,
    practiceTime: row.practice_time,
    // Written only by settingsToRow from validated settings.
    weekdays: JSON.parse(row.weekdays) as DayOfWeek[],
    calibration: {
      ordinal: row.calibration_ordinal as CalibrationRule['ordinal'],
      weekday: row.calibration_weekday as DayOfWeek,
      time: row.calibration_time,
    },
    startDate: row.start_date,
    active: Number(row.active) === 1,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function settingsToRow(settings: PlanSettings): Insertable<PlanSettingsTable> {
  return {
    id: PLAN_SETTINGS_ID,
    timezone: settings.timezone,
    practice_time: settings.practiceTime,
    weekdays: JSON.stringify(settings.weekdays),
    calibration_ordinal: settings.calibration.ordinal,
    calibration_weekday: settings.calibration.weekday,
    calibration_time: settings.calibration.time,
    start_date: settings.startDate,
    active: settings.active ? 1 : 0,
    version: settings.version,
    created_at: settings.createdAt,
    updated_at: settings.updatedAt,
  };
}

export async function getPlanSettings(db: Db): Promise<PlanSettings | undefined> {
  const row = await db
    .selectFrom('plan_settings')
    .selectAll()
    .where('id', '=', PLAN_SETTINGS_ID)
    .executeTakeFirst();
  return row ? rowToSettings(row) : undefined;
}

/** Stores the first settings unless a concurrent request already did; either way one row remains. */
export async function insertPlanSettingsIfMissing(db: Db, settings: PlanSettings): Promise<void> {
  await db
    .insertInto('plan_settings')
    .values(settingsToRow(settings))
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
}

export async function updatePlanSettingsIfVersion(
  db: Db,
  settings: PlanSettings,
  expectedVersion: number,
): Promise<number> {
  const { id, created_at: _createdAt, ...changes } = settingsToRow(settings);
  return updateIfVersion(db, 'plan_settings', id, expectedVersion, changes);
}

/** The stored row in the service's words; import runs it too, to refuse rows the plan could not use. */
export function rowToEntry(row: Selectable<PlanEntryTable>): StoredPlanEntry {
  return {
    id: row.id,
    kind: row.kind as PlanEntryKind,
    title: row.title,
    localDate: row.local_date,
    start: row.starts_at,
    durationMinutes: Number(row.duration_minutes),
    status: row.status as PlanEntryStatus,
    note: row.note,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function entryToRow(entry: StoredPlanEntry): Insertable<PlanEntryTable> {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    local_date: entry.localDate,
    starts_at: entry.start,
    duration_minutes: entry.durationMinutes,
    status: entry.status,
    note: entry.note,
    version: entry.version,
    created_at: entry.createdAt,
    updated_at: entry.updatedAt,
  };
}

export async function getPlanEntry(db: Db, id: string): Promise<StoredPlanEntry | undefined> {
  const row = await db.selectFrom('plan_entries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToEntry(row) : undefined;
}

/** Inserts `entry` unless its id is already stored; returns rows inserted (0 = someone was first). */
export async function insertPlanEntryIfMissing(db: Db, entry: StoredPlanEntry): Promise<number> {
  const result = await db
    .insertInto('plan_entries')
    .values(entryToRow(entry))
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export async function updatePlanEntryIfVersion(
  db: Db,
  entry: StoredPlanEntry,
  expectedVersion: number,
): Promise<number> {
  const { id, created_at: _createdAt, ...changes } = entryToRow(entry);
  return updateIfVersion(db, 'plan_entries', id, expectedVersion, changes);
}

export async function deletePlanEntryIfVersion(db: Db, id: string, expectedVersion: number): Promise<number> {
  return deleteIfVersion(db, 'plan_entries', id, expectedVersion);
}

/**
 * Stored entries of a range: routine ones by their local date (their identity), one-offs by
 * their instant, so a one-off shows on the day it falls in whatever zone the plan is in now.
 * `startsFrom` is inclusive, `startsBefore` exclusive.
 */
export async function listPlanEntriesInRange(db: Db, range: EntryRange): Promise<StoredPlanEntry[]> {
  const rows = await db
    .selectFrom('plan_entries')
    .selectAll()
    .where((eb) => inRange(eb, range))
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  return rows.map(rowToEntry);
}

/** The dates and instants a range covers. */
export interface EntryRange {
  fromDate: string;
  toDate: string;
  startsFrom: string;
  startsBefore: string;
}

/**
 * The entries of a range: routine ones by their local date (inclusive), one-offs by their instant
 * (start inclusive, end exclusive). `routineToo` narrows the routine rows further.
 */
function inRange(
  eb: ExpressionBuilder<Database, 'plan_entries'>,
  range: EntryRange,
  routineToo?: Expression<SqlBool>,
): Expression<SqlBool> {
  const routine = [
    eb('kind', '!=', 'custom'),
    eb('local_date', '>=', range.fromDate),
    eb('local_date', '<=', range.toDate),
  ];
  return eb.or([
    eb.and(routineToo ? [...routine, routineToo] : routine),
    eb.and([
      eb('kind', '=', 'custom'),
      eb('starts_at', '>=', range.startsFrom),
      eb('starts_at', '<', range.startsBefore),
    ]),
  ]);
}

/** Where a page of stored entries starts: after this (start, id) in start order. */
export interface EntryPosition {
  start: string;
  id: string;
}

export interface StandaloneEntryQuery extends EntryRange {
  /** Routine entries the settings make for the range: they are listed as generated, not here. */
  generatedIds: readonly string[];
  kind?: PlanEntryKind | undefined;
  status?: PlanEntryStatus | undefined;
  after?: EntryPosition | undefined;
  limit: number;
}

/**
 * One batch of the stored entries that stand alone in a range, in (start, id) order after
 * `after`: one-offs by their instant, and routine rows the settings no longer make that record
 * something (not pending, or a note; the plan service's `isShownAlone`). Compared byte by byte,
 * so the order is the one JavaScript gives the generated entries these are merged with.
 */
export async function pageStandaloneEntries(
  db: Db,
  dialect: DialectName,
  query: StandaloneEntryQuery,
): Promise<StoredPlanEntry[]> {
  const start = inByteOrder(dialect, 'starts_at');
  const id = inByteOrder(dialect, 'id');
  let select = db
    .selectFrom('plan_entries')
    .selectAll()
    // A routine row stands alone only when it records something (not pending, or a note).
    .where((eb) => inRange(eb, query, eb.or([eb('status', '!=', 'pending'), eb('note', '!=', '')])));
  if (query.generatedIds.length > 0) select = select.where('id', 'not in', [...query.generatedIds]);
  if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  const { after } = query;
  if (after) {
    select = select.where(
      sql<SqlBool>`(${start} > ${after.start} or (${start} = ${after.start} and ${id} > ${after.id}))`,
    );
  }
  const rows = await select.orderBy(start).orderBy(id).limit(query.limit).execute();
  return rows.map(rowToEntry);
}

/** The stored state of these entries (those that have one), for routine entries being listed. */
export async function getPlanEntries(db: Db, ids: readonly string[]): Promise<StoredPlanEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('plan_entries')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(rowToEntry);
}

/** An interview's recruiter follow-up, as the calendar feed shows it (no notes, no people). */
export interface FollowUpRow {
  interviewId: string;
  company: string;
  /** YYYY-MM-DD. */
  date: string;
  done: boolean;
  version: number;
}

/**
 * Interviews whose follow-up date lies in [fromDate, toDate]. The interview repository answers
 * "due by now"; the feed needs a window, and reads only these five columns.
 */
export async function listFollowUpsBetween(db: Db, fromDate: string, toDate: string): Promise<FollowUpRow[]> {
  const rows = await db
    .selectFrom('interviews')
    .select(['id', 'company', 'follow_up_date', 'follow_up_done', 'version'])
    .where('follow_up_date', 'is not', null)
    .where('follow_up_date', '>=', fromDate)
    .where('follow_up_date', '<=', toDate)
    .orderBy('follow_up_date')
    .orderBy('id')
    .execute();
  // The WHERE already excludes nulls; the check narrows the type without an assertion.
  return rows.flatMap((row) =>
    row.follow_up_date === null
      ? []
      : [
          {
            interviewId: row.id,
            company: row.company,
            date: row.follow_up_date,
            done: Number(row.follow_up_done) === 1,
            version: Number(row.version),
          },
        ],
  );
}
