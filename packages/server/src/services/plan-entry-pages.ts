/**
 * One page of the plan's entries, read from the database a page at a time instead of the whole
 * range. Two streams, each in (start, id) order after the cursor, are merged:
 * - the routine entries the settings make for the range: computed (a bounded number: the query
 *   schema caps the range), with the stored state of only the ones walked past;
 * - the stored entries that stand alone (one-offs, and routine rows the settings no longer make
 *   that record something): read in keyset batches, kind and status filtered by the database.
 * `q` is matched here by `matchesQuery`, as the view does, so its case rules are JavaScript's on
 * both databases. The cursor keeps its shape: its `createdAt` carries the last entry's start.
 */
import { routineEntries, type ScheduleEntry } from '@onsite/core';
import * as repo from '../db/repositories/plan';
import type { Storage } from '../db/storage';
import { type Cursor, encodeCursor } from './fields';
import { entryView, matchesQuery, storedEntryView } from './plan-entries';
import type { PlanEntry, PlanEntryKind, PlanEntryPage, PlanEntryStatus, PlanSettings } from './plan-schema';

export interface EntryPageQuery {
  limit: number;
  cursor?: Cursor | undefined;
  kind?: PlanEntryKind | undefined;
  status?: PlanEntryStatus | undefined;
  q?: string | undefined;
}

/** What a page needs to know about the plan: its settings, routine and the range's bounds. */
export interface EntryPageScope {
  settings: PlanSettings;
  routine: Parameters<typeof routineEntries>[0];
  range: { from: string; to: string };
  /** The range's first midnight and the midnight after its last day, in the plan's zone. */
  instants: { start: Date; end: Date };
}

interface Position {
  start: string;
  id: string;
}

/** (start, id) order, compared by UTF-16 code unit: the byte order the database is asked for. */
export function comparePositions(a: Position, b: Position): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

const matches = (entry: PlanEntry, query: EntryPageQuery) =>
  (query.status === undefined || entry.status === query.status) &&
  (query.q === undefined || matchesQuery(entry, query.q));

/** The routine entries after the cursor that pass the filters, their stored state read a batch at a time. */
async function* routineStream(
  db: Storage['db'],
  generated: readonly ScheduleEntry[],
  query: EntryPageQuery,
  batch: number,
): AsyncGenerator<PlanEntry> {
  const { cursor } = query;
  const candidates = generated.filter(
    (entry) =>
      (query.kind === undefined || entry.kind === query.kind) &&
      (cursor === undefined || comparePositions(entry, { start: cursor.createdAt, id: cursor.id }) > 0),
  );
  for (let from = 0; from < candidates.length; from += batch) {
    const slice = candidates.slice(from, from + batch);
    const stored = await repo.getPlanEntries(
      db,
      slice.map((entry) => entry.id),
    );
    const byId = new Map(stored.map((entry) => [entry.id, entry]));
    for (const entry of slice) {
      const view = entryView(entry, byId.get(entry.id));
      if (matches(view, query)) yield view;
    }
  }
}

/** The stored entries standing alone after the cursor that pass the filters, a keyset batch at a time. */
async function* standaloneStream(
  storage: Storage,
  scope: EntryPageScope,
  generatedIds: readonly string[],
  query: EntryPageQuery,
  batch: number,
): AsyncGenerator<PlanEntry> {
  let after: Position | undefined = query.cursor && { start: query.cursor.createdAt, id: query.cursor.id };
  for (;;) {
    const rows = await repo.pageStandaloneEntries(storage.db, storage.dialect, {
      fromDate: scope.range.from,
      toDate: scope.range.to,
      startsFrom: scope.instants.start.toISOString(),
      startsBefore: scope.instants.end.toISOString(),
      generatedIds,
      kind: query.kind,
      status: query.status,
      after,
      limit: batch,
    });
    for (const row of rows) {
      const view = storedEntryView(row, scope.settings.timezone);
      if (matches(view, query)) yield view;
    }
    const last = rows.at(-1);
    if (rows.length < batch || last === undefined) return;
    after = { start: last.start, id: last.id };
  }
}

/** The first `count` entries of two ordered streams, in order. */
async function firstOfBoth(
  a: AsyncGenerator<PlanEntry>,
  b: AsyncGenerator<PlanEntry>,
  count: number,
): Promise<PlanEntry[]> {
  const out: PlanEntry[] = [];
  let headA = await a.next();
  let headB = await b.next();
  while (out.length < count && !(headA.done && headB.done)) {
    if (headB.done || (!headA.done && comparePositions(headA.value, headB.value) <= 0)) {
      out.push(headA.value as PlanEntry);
      headA = await a.next();
    } else {
      out.push(headB.value);
      headB = await b.next();
    }
  }
  return out;
}

/** One page of the entries of `scope`'s range that pass the query's filters. */
export async function pageEntries(
  storage: Storage,
  scope: EntryPageScope,
  query: EntryPageQuery,
): Promise<PlanEntryPage> {
  const generated = [...routineEntries(scope.routine, scope.range)].sort(comparePositions);
  // One more than the page, to know whether another page follows.
  const wanted = query.limit + 1;
  const entries = await firstOfBoth(
    routineStream(storage.db, generated, query, wanted),
    standaloneStream(
      storage,
      scope,
      generated.map((entry) => entry.id),
      query,
      wanted,
    ),
    wanted,
  );
  const items = entries.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      entries.length > query.limit && last ? encodeCursor({ createdAt: last.start, id: last.id }) : null,
  };
}
