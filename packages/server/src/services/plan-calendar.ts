/**
 * The plan as an iCalendar feed (`GET /api/plan.ics`), built with the `ics` library: routine
 * sessions, the monthly calibration, one-off entries, and (from the interview noun) real
 * interviews, thank-you deadlines and recruiter follow-ups. Titles only: no note, no story text,
 * nothing the user wrote beyond the titles they gave their own entries.
 * UIDs are derived from record ids, so a calendar app that re-reads the feed updates events in
 * place instead of duplicating them.
 */
import { addCalendarDays, type DateRange, rangeInstants, thisWeekAndNext } from '@onsite/core';
import { createEvents, type EventAttributes } from 'ics';
import type { Storage } from '../db/storage';
import { entriesInRange, type PlanService } from './plan';
import { resolveRange } from './plan-entries';
import type { PlanEntry, PlanRangeQuery } from './plan-schema';

export interface CalendarEvent {
  /** Unique and stable for the record it shows. */
  uid: string;
  title: string;
  /** UTC instants (ISO-8601), `end` after `start`; or with `allDay`, dates with `end` exclusive. */
  start: string;
  end: string;
  allDay?: boolean;
  /** Bumped when the record changes, so clients replace their copy. */
  sequence?: number;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  categories?: string[];
  /** Lines of framework text only (a session's activities), never the user's notes. */
  description?: readonly string[];
}

/** The feed's window: local dates (inclusive) and the UTC instants bounding them. */
export interface CalendarWindow {
  from: string;
  to: string;
  /** Inclusive. */
  start: string;
  /** Exclusive. */
  end: string;
}

/** Events of another noun (interviews, their deadlines and follow-ups) for the window. */
export type CalendarSource = (db: Storage['db'], window: CalendarWindow) => Promise<CalendarEvent[]>;

const UID_DOMAIN = 'onsite.local';
/** The feed spans four weeks back (recent history) to half a year ahead. */
const FEED_DAYS_BACK = 28;
const FEED_DAYS_AHEAD = 26 * 7;

export function calendarUid(kind: string, id: string): string {
  return `${kind}-${id}@${UID_DOMAIN}`;
}

// RFC 5545 text may not hold control characters (a bare CR would end the line); the library
// escapes newlines, commas and semicolons but not these. One line each: lines join with \n later.
const CONTROL_CHARACTERS = /\p{Cc}/gu;

function cleanText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ');
}

function cleanLines(lines: readonly string[]): string {
  return lines.map(cleanText).join('\n');
}

function entryStatus(entry: PlanEntry): CalendarEvent['status'] {
  if (entry.status === 'skipped') return 'CANCELLED';
  return 'CONFIRMED';
}

/** Plan entries as events; a done session says so in its title. */
export function planEntryEvents(entries: readonly PlanEntry[]): CalendarEvent[] {
  return entries.map((entry) => ({
    uid: calendarUid('plan', entry.id),
    title: entry.status === 'done' ? `✓ ${entry.title}` : entry.title,
    start: entry.start,
    end: entry.end,
    sequence: entry.version,
    status: entryStatus(entry),
    categories: ['Onsite', entry.kind === 'custom' ? 'Plan' : 'Practice'],
    ...(entry.activities.length > 0 ? { description: entry.activities } : {}),
  }));
}

/** `2026-12-05` → [2026, 12, 5], the library's all-day form (VALUE=DATE). */
function dateArray(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function timing(event: CalendarEvent) {
  if (event.allDay) return { start: dateArray(event.start), end: dateArray(event.end) };
  return {
    start: Date.parse(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
  } as const;
}

function toAttributes(event: CalendarEvent): EventAttributes {
  return {
    uid: event.uid,
    title: cleanText(event.title),
    ...timing(event),
    ...(event.sequence === undefined ? {} : { sequence: event.sequence }),
    ...(event.status ? { status: event.status } : {}),
    ...(event.categories ? { categories: event.categories.map(cleanText) } : {}),
    ...(event.description ? { description: cleanLines(event.description) } : {}),
    productId: 'onsite/plan',
    calName: 'Onsite',
  };
}

/** The events as one VCALENDAR. Throws if the library refuses them (a bug of ours, not bad input). */
export function toICalendar(events: readonly CalendarEvent[]): string {
  const { error, value } = createEvents(events.map(toAttributes), {
    productId: 'onsite/plan',
    calName: 'Onsite',
  });
  if (error || value === null) throw new Error('could not build the calendar feed', { cause: error });
  return value;
}

export interface PlanCalendar {
  /** The feed for a local date range (default: four weeks back to half a year ahead). */
  feed(query: PlanRangeQuery): Promise<string>;
}

export function createPlanCalendar(
  storage: Storage,
  plan: PlanService,
  deps: { now?: () => Date; sources?: readonly CalendarSource[] } = {},
): PlanCalendar {
  const clock = deps.now ?? (() => new Date());
  const sources = deps.sources ?? [];

  function feedRange(query: PlanRangeQuery, timezone: string): DateRange {
    if (query.from !== undefined || query.to !== undefined) return resolveRange(query, timezone, clock());
    const monday = thisWeekAndNext(clock(), timezone).from;
    return { from: addCalendarDays(monday, -FEED_DAYS_BACK), to: addCalendarDays(monday, FEED_DAYS_AHEAD) };
  }

  return {
    async feed(query) {
      const settings = await plan.settings();
      const range = feedRange(query, settings.timezone);
      const events = planEntryEvents(await entriesInRange(storage.db, settings, range));
      const { start, end } = rangeInstants(range, settings.timezone);
      const window = { ...range, start: start.toISOString(), end: end.toISOString() };
      for (const source of sources) events.push(...(await source(storage.db, window)));
      return toICalendar(events);
    },
  };
}
