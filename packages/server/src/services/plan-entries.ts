/**
 * How a plan entry reads in the API: a generated routine entry merged with its stored state,
 * a stored entry on its own (a one-off, or a routine entry the settings no longer make), and the
 * range a request means when it leaves `from`/`to` out. Pure helpers of the plan service.
 */
import {
  addCalendarDays,
  calendarDateIn,
  type DateRange,
  type ScheduleEntry,
  thisWeekAndNext,
  wallTimeIn,
} from '@onsite/core';
import type { StoredPlanEntry } from '../db/repositories/plan';
import type { PlanEntry } from './plan-schema';

/** A range named by one end only spans two weeks from (or up to) it. */
const ONE_END_SPAN_DAYS = 13;

export function resolveRange(
  query: { from?: string | undefined; to?: string | undefined },
  timezone: string,
  now: Date,
): DateRange {
  if (query.from !== undefined && query.to !== undefined) return { from: query.from, to: query.to };
  if (query.from !== undefined)
    return { from: query.from, to: addCalendarDays(query.from, ONE_END_SPAN_DAYS) };
  if (query.to !== undefined) return { from: addCalendarDays(query.to, -ONE_END_SPAN_DAYS), to: query.to };
  return thisWeekAndNext(now, timezone);
}

/** A generated entry with what the user stored against its id (or untouched: version 1, pending). */
export function entryView(entry: ScheduleEntry, stored: StoredPlanEntry | undefined): PlanEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    activities: entry.activities,
    date: entry.date,
    localTime: entry.localTime,
    start: entry.start,
    end: entry.end,
    durationMinutes: entry.durationMinutes,
    status: stored?.status ?? 'pending',
    note: stored?.note ?? '',
    version: stored?.version ?? 1,
    updatedAt: stored?.updatedAt ?? null,
  };
}

/** A stored entry as it stands alone: its date and time read in the plan's current zone. */
export function storedEntryView(entry: StoredPlanEntry, timezone: string): PlanEntry {
  const start = new Date(entry.start);
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    activities: [],
    // A routine entry keeps the date it is named after; a one-off falls on its local day.
    date: entry.kind === 'custom' ? calendarDateIn(start, timezone) : entry.localDate,
    localTime: wallTimeIn(start, timezone),
    start: entry.start,
    end: new Date(start.getTime() + entry.durationMinutes * 60_000).toISOString(),
    durationMinutes: entry.durationMinutes,
    status: entry.status,
    note: entry.note,
    version: entry.version,
    updatedAt: entry.updatedAt,
  };
}

/** Every word of `q` (case-insensitive) appears in the title or the note. */
export function matchesQuery(entry: PlanEntry, q: string): boolean {
  const haystack = `${entry.title}\n${entry.note}`.toLocaleLowerCase('en');
  return q
    .toLocaleLowerCase('en')
    .split(/\s+/u)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}
