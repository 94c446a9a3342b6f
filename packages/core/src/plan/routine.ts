/**
 * The practice plan as dated schedule entries: the framework's weekly sessions on the user's
 * weekdays at their practice time, and the monthly full-loop calibration on a rule such as
 * "first Saturday". Pure and deterministic: the caller passes the dates (and `now` where a
 * default range is wanted); time zones are IANA names resolved with the runtime's Intl data.
 *
 * Entry ids come from (kind, local date) alone, so generating the same range twice gives the same
 * ids, and state stored against an id (done, skipped, a note) finds its entry again.
 */
import { MOCK_LOOP, MOCK_LOOP_TOTAL_MINUTES } from '../framework/mock-loop';
import { MONTHLY_CALIBRATION, WEEKLY_PRACTICE_MINUTES, WEEKLY_ROUTINE } from '../framework/routine';

/** Days in ISO order (Monday first), the order a week is shown in. */
export const DAYS_OF_WEEK = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** Which occurrence of a weekday in its month: "first Saturday", "last Sunday". */
export const CALIBRATION_ORDINALS = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type CalibrationOrdinal = (typeof CALIBRATION_ORDINALS)[number];

export interface CalibrationRule {
  ordinal: CalibrationOrdinal;
  weekday: DayOfWeek;
  /** Local wall time, HH:MM (24 h). */
  time: string;
}

export interface RoutineSettings {
  /** IANA time zone name, e.g. Europe/Dublin. */
  timezone: string;
  /** Local wall time of the weekly sessions, HH:MM (24 h). */
  practiceTime: string;
  /** The practice days; the framework's are Monday, Wednesday and Friday. */
  weekdays: readonly DayOfWeek[];
  calibration: CalibrationRule;
  /** No entry before this local date (YYYY-MM-DD). */
  startDate: string;
  /** A paused plan generates nothing. */
  active: boolean;
}

/** The framework's routine as settings, less what only the user knows (zone, start date). */
export const DEFAULT_ROUTINE: Omit<RoutineSettings, 'timezone' | 'startDate'> = {
  practiceTime: '07:30',
  weekdays: WEEKLY_ROUTINE.map((session) => session.day),
  calibration: { ordinal: 'first', weekday: 'saturday', time: '09:00' },
  active: true,
};

export const SCHEDULE_ENTRY_KINDS = ['weekly-session', 'monthly-calibration'] as const;
export type ScheduleEntryKind = (typeof SCHEDULE_ENTRY_KINDS)[number];

export interface ScheduleEntry {
  /** `<kind>-<YYYY-MM-DD>`: the same for the same kind and local date, whenever generated. */
  id: string;
  kind: ScheduleEntryKind;
  /** Local date in the plan's zone. */
  date: string;
  /** Local wall time, HH:MM. */
  localTime: string;
  /** UTC instants (ISO-8601). */
  start: string;
  end: string;
  durationMinutes: number;
  title: string;
  /** What to do in the slot, from the framework. */
  activities: string[];
}

/** Longest range generated at once: a year and a day covers any calendar year. */
export const MAX_SCHEDULE_DAYS = 367;

export const CALIBRATION_TITLE = 'Monthly full-loop calibration';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// ---------------------------------------------------------------- calendar dates (YYYY-MM-DD)

/** Midnight UTC of a calendar date, as epoch milliseconds; null when the date does not exist. */
function dateToUtcMs(date: string): number | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a date that does not round-trip does not exist.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : null;
}

function mustDate(date: string): number {
  const ms = dateToUtcMs(date);
  if (ms === null) throw new RangeError(`not a calendar date: ${date}`);
  return ms;
}

function utcMsToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isCalendarDate(date: string): boolean {
  return dateToUtcMs(date) !== null;
}

export function isWallTime(time: string): boolean {
  return TIME_PATTERN.test(time);
}

/** `date` moved by `days` (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return utcMsToDate(mustDate(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((mustDate(to) - mustDate(from)) / DAY_MS);
}

export function dayOfWeekOf(date: string): DayOfWeek {
  // getUTCDay counts from Sunday = 0; DAYS_OF_WEEK starts on Monday.
  const sundayFirst = new Date(mustDate(date)).getUTCDay();
  return DAYS_OF_WEEK[(sundayFirst + 6) % 7] as DayOfWeek;
}

// ---------------------------------------------------------------- time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** True for a zone name the runtime knows (IANA names such as America/New_York, and UTC). */
export function isIanaTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timezone` at `ms`, read back as if it were UTC (epoch ms, whole seconds). */
function wallClockMs(ms: number, timezone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * The instant at which clocks in `timezone` show `date` `time`. A wall time skipped by a DST
 * jump (02:30 on a spring-forward night) moves forward by the jump; one that happens twice (the
 * autumn night) is the earlier of the two, as calendar apps do.
 */
export function wallTimeToInstant(date: string, time: string, timezone: string): Date {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`not a wall time (HH:MM): ${time}`);
  const wall = mustDate(date) + (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
  // The offsets a day either side bracket any DST change near the wall time. Read with either,
  // the wall time maps to at most two instants; keep those whose clocks really show it.
  const offsetBefore = wallClockMs(wall - DAY_MS, timezone) - (wall - DAY_MS);
  const offsetAfter = wallClockMs(wall + DAY_MS, timezone) - (wall + DAY_MS);
  // The usual day: no change of offset nearby, so the one offset gives the one instant.
  if (offsetBefore === offsetAfter) return new Date(wall - offsetBefore);
  const shown = [wall - offsetBefore, wall - offsetAfter].filter((ms) => wallClockMs(ms, timezone) === wall);
  if (shown.length > 0) return new Date(Math.min(...shown));
  // Skipped by the jump: read with the offset from before it, which lands after the gap.
  return new Date(wall - offsetBefore);
}

/** The zone's own spelling of a name the runtime accepts (`utc` → `UTC`); throws RangeError for others. */
export function canonicalTimeZone(name: string): string {
  if (!isIanaTimeZone(name)) throw new RangeError(`unknown time zone: ${name}`);
  return formatterFor(name).resolvedOptions().timeZone;
}

/** The local wall time (HH:MM) in `timezone` at `instant`. */
export function wallTimeIn(instant: Date, timezone: string): string {
  return new Date(wallClockMs(instant.getTime(), timezone)).toISOString().slice(11, 16);
}

/** The local calendar date in `timezone` at `instant`. */
export function calendarDateIn(instant: Date, timezone: string): string {
  return utcMsToDate(wallClockMs(instant.getTime(), timezone));
}

export interface DateRange {
  /** First local date, inclusive. */
  from: string;
  /** Last local date, inclusive. */
  to: string;
}

/** This week and the next (Monday to Sunday) in `timezone`, as of `now`. */
export function thisWeekAndNext(now: Date, timezone: string): DateRange {
  const today = calendarDateIn(now, timezone);
  const monday = addCalendarDays(today, -DAYS_OF_WEEK.indexOf(dayOfWeekOf(today)));
  return { from: monday, to: addCalendarDays(monday, 13) };
}

/** The UTC instants bounding a local date range: [start of `from`, start of the day after `to`). */
export function rangeInstants(range: DateRange, timezone: string): { start: Date; end: Date } {
  return {
    start: wallTimeToInstant(range.from, '00:00', timezone),
    end: wallTimeToInstant(addCalendarDays(range.to, 1), '00:00', timezone),
  };
}

// ---------------------------------------------------------------- entry ids

export function scheduleEntryId(kind: ScheduleEntryKind, date: string): string {
  return `${kind}-${date}`;
}

/** The kind and date an id was made from; null for any other id (a custom entry's UUID, say). */
export function parseScheduleEntryId(id: string): { kind: ScheduleEntryKind; date: string } | null {
  for (const kind of SCHEDULE_ENTRY_KINDS) {
    const prefix = `${kind}-`;
    if (!id.startsWith(prefix)) continue;
    const date = id.slice(prefix.length);
    return isCalendarDate(date) ? { kind, date } : null;
  }
  return null;
}

// ---------------------------------------------------------------- generation

/** Weeks since Monday 1970-01-05, so sessions rotate the same way whatever range is asked for. */
function weekNumber(date: string): number {
  return Math.floor(calendarDaysBetween('1970-01-05', date) / 7);
}

function entryAt(
  kind: ScheduleEntryKind,
  date: string,
  time: string,
  timezone: string,
  durationMinutes: number,
  title: string,
  activities: string[],
): ScheduleEntry {
  const start = wallTimeToInstant(date, time, timezone);
  return {
    id: scheduleEntryId(kind, date),
    kind,
    date,
    localTime: time,
    start: start.toISOString(),
    end: new Date(start.getTime() + durationMinutes * MINUTE_MS).toISOString(),
    durationMinutes,
    title,
    activities,
  };
}

/**
 * The framework has three sessions for three days. On other days the n-th practice day of the
 * week takes the n-th session, counted on across weeks, so with two days (or four) every session
 * still comes round in turn. The two hours a week are shared out evenly.
 */
function weeklySession(settings: RoutineSettings, date: string, days: readonly DayOfWeek[]): ScheduleEntry {
  const slot = weekNumber(date) * days.length + days.indexOf(dayOfWeekOf(date));
  const count = WEEKLY_ROUTINE.length;
  // Non-negative even for the days before the first counted Monday.
  const session = WEEKLY_ROUTINE[((slot % count) + count) % count] ?? WEEKLY_ROUTINE[0];
  const minutes = Math.round(WEEKLY_PRACTICE_MINUTES / days.length);
  const activities = session ? [session.activity, session.hubActivity] : [];
  return entryAt(
    'weekly-session',
    date,
    settings.practiceTime,
    settings.timezone,
    minutes,
    session?.activity ?? 'Practice',
    activities,
  );
}

/** Whether `date` is the calibration day its month's rule names. */
function isCalibrationDay(rule: CalibrationRule, date: string): boolean {
  if (dayOfWeekOf(date) !== rule.weekday) return false;
  const dayOfMonth = Number(date.slice(8, 10));
  if (rule.ordinal === 'last') return addCalendarDays(date, 7).slice(0, 7) !== date.slice(0, 7);
  return Math.ceil(dayOfMonth / 7) === CALIBRATION_ORDINALS.indexOf(rule.ordinal) + 1;
}

function calibrationEntry(settings: RoutineSettings, date: string): ScheduleEntry {
  const rounds = MOCK_LOOP.map((round) => `${round.name} (${round.minutes} min)`).join(', ');
  return entryAt(
    'monthly-calibration',
    date,
    settings.calibration.time,
    settings.timezone,
    MOCK_LOOP_TOTAL_MINUTES,
    CALIBRATION_TITLE,
    [...MONTHLY_CALIBRATION, `Mock loop: ${rounds}`],
  );
}

/**
 * Every routine entry whose local date lies in `range` (inclusive) and on or after the start
 * date, in start order. Throws RangeError for a date, time or zone that is not one, or a range
 * longer than MAX_SCHEDULE_DAYS (callers validate first; this guards the maths).
 */
export function routineEntries(settings: RoutineSettings, range: DateRange): ScheduleEntry[] {
  if (!isIanaTimeZone(settings.timezone)) throw new RangeError(`unknown time zone: ${settings.timezone}`);
  if (!isWallTime(settings.practiceTime) || !isWallTime(settings.calibration.time)) {
    throw new RangeError('times are HH:MM');
  }
  const span = calendarDaysBetween(range.from, range.to);
  if (span < 0) throw new RangeError('the range ends before it starts');
  if (span >= MAX_SCHEDULE_DAYS) throw new RangeError(`a range covers at most ${MAX_SCHEDULE_DAYS} days`);
  mustDate(settings.startDate);
  if (!settings.active) return [];

  const days = DAYS_OF_WEEK.filter((day) => settings.weekdays.includes(day));
  const entries: ScheduleEntry[] = [];
  const first = range.from < settings.startDate ? settings.startDate : range.from;
  for (let date = first; date <= range.to; date = addCalendarDays(date, 1)) {
    if (days.includes(dayOfWeekOf(date))) entries.push(weeklySession(settings, date, days));
    if (isCalibrationDay(settings.calibration, date)) entries.push(calibrationEntry(settings, date));
  }
  return entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}
