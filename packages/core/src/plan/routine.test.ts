import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOCK_LOOP_TOTAL_MINUTES } from '../framework/mock-loop';
import { MONTHLY_CALIBRATION, WEEKLY_PRACTICE_MINUTES, WEEKLY_ROUTINE } from '../framework/routine';
import {
  addCalendarDays,
  CALIBRATION_ORDINALS,
  calendarDateIn,
  canonicalTimeZone,
  DAYS_OF_WEEK,
  DEFAULT_ROUTINE,
  dayOfWeekOf,
  isCalendarDate,
  isIanaTimeZone,
  parseScheduleEntryId,
  type RoutineSettings,
  rangeInstants,
  routineEntries,
  scheduleEntryId,
  thisWeekAndNext,
  wallTimeIn,
  wallTimeToInstant,
} from './routine';

const SETTINGS: RoutineSettings = { ...DEFAULT_ROUTINE, timezone: 'UTC', startDate: '2026-01-01' };

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('adds days across months and years, and names weekdays', () => {
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayOfWeekOf('2026-11-23')).toBe('monday');
    expect(dayOfWeekOf('2026-11-29')).toBe('sunday');
  });
});

describe('time zones', () => {
  it('accepts IANA names and refuses anything else', () => {
    expect(isIanaTimeZone('Europe/Dublin')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
    expect(isIanaTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isIanaTimeZone('')).toBe(false);
  });

  it('maps a wall time to its instant on either side of a DST change', () => {
    expect(wallTimeToInstant('2026-03-07', '07:30', 'America/New_York').toISOString()).toBe(
      '2026-03-07T12:30:00.000Z',
    );
    expect(wallTimeToInstant('2026-03-09', '07:30', 'America/New_York').toISOString()).toBe(
      '2026-03-09T11:30:00.000Z',
    );
    expect(wallTimeToInstant('2026-07-01', '09:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-07-01T03:30:00.000Z',
    );
  });

  it('moves a skipped wall time forward and takes the earlier of a repeated one', () => {
    // 02:30 does not exist in New York on 2026-03-08; 03:30 EDT is the slot after the jump.
    expect(wallTimeToInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    // 01:30 happens twice on 2026-11-01 (EDT, then EST): the EDT one comes first.
    expect(wallTimeToInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    // Berlin's repeated 02:30 on 2026-10-25: CEST (+2) comes first.
    expect(wallTimeToInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('spells zones canonically and reads wall times back', () => {
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(() => canonicalTimeZone('Nowhere/Else')).toThrow(RangeError);
    expect(wallTimeIn(new Date('2026-07-01T03:30:00Z'), 'Asia/Kolkata')).toBe('09:00');
  });

  it('reads the local date back from any instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom('UTC', 'America/Los_Angeles', 'Europe/London', 'Asia/Tokyo', 'Australia/Lord_Howe'),
        (dayOffset, hour, zone) => {
          const date = addCalendarDays('2024-01-01', dayOffset);
          const time = `${String(hour).padStart(2, '0')}:15`;
          expect(calendarDateIn(wallTimeToInstant(date, time, zone), zone)).toBe(date);
        },
      ),
    );
  });

  it('gives this week and the next, Monday to Sunday, in the zone of the user', () => {
    // Monday 00:30 in Tokyo is still Sunday in UTC.
    const now = new Date('2026-11-22T15:30:00Z');
    expect(thisWeekAndNext(now, 'Asia/Tokyo')).toEqual({ from: '2026-11-23', to: '2026-12-06' });
    expect(thisWeekAndNext(now, 'UTC')).toEqual({ from: '2026-11-16', to: '2026-11-29' });
  });

  it('bounds a local range by the instants of its first and after-last midnights', () => {
    const { start, end } = rangeInstants({ from: '2026-06-01', to: '2026-06-01' }, 'Europe/Dublin');
    expect(start.toISOString()).toBe('2026-05-31T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-06-01T23:00:00.000Z');
  });
});

describe('routine entries', () => {
  it('puts the framework sessions on Monday, Wednesday and Friday at the practice time', () => {
    const entries = routineEntries(SETTINGS, { from: '2026-11-23', to: '2026-11-29' });
    const weekly = entries.filter((e) => e.kind === 'weekly-session');
    expect(weekly.map((e) => e.date)).toEqual(['2026-11-23', '2026-11-25', '2026-11-27']);
    expect(weekly.map((e) => e.title)).toEqual(WEEKLY_ROUTINE.map((s) => s.activity));
    for (const entry of weekly) {
      expect(entry.start).toBe(`${entry.date}T07:30:00.000Z`);
      expect(entry.durationMinutes).toBe(WEEKLY_PRACTICE_MINUTES / 3);
      expect(Date.parse(entry.end) - Date.parse(entry.start)).toBe(entry.durationMinutes * 60_000);
    }
  });

  it('adds the calibration on the first Saturday of each month by default, with the loop length', () => {
    const entries = routineEntries(SETTINGS, { from: '2026-11-01', to: '2027-01-31' });
    const calibrations = entries.filter((e) => e.kind === 'monthly-calibration');
    expect(calibrations.map((e) => e.date)).toEqual(['2026-11-07', '2026-12-05', '2027-01-02']);
    expect(calibrations[0]).toMatchObject({ durationMinutes: MOCK_LOOP_TOTAL_MINUTES, localTime: '09:00' });
    expect(calibrations[0]?.activities.slice(0, MONTHLY_CALIBRATION.length)).toEqual([
      ...MONTHLY_CALIBRATION,
    ]);
  });

  it('follows any calibration rule, the last weekday of the month included', () => {
    const lastSunday = routineEntries(
      { ...SETTINGS, calibration: { ordinal: 'last', weekday: 'sunday', time: '10:00' } },
      { from: '2026-01-01', to: '2026-12-31' },
    ).filter((e) => e.kind === 'monthly-calibration');
    expect(lastSunday).toHaveLength(12);
    expect(lastSunday.map((e) => e.date).slice(0, 3)).toEqual(['2026-01-25', '2026-02-22', '2026-03-29']);
    for (const ordinal of CALIBRATION_ORDINALS) {
      for (const weekday of DAYS_OF_WEEK) {
        const rule = { ordinal, weekday, time: '10:00' };
        const dates = routineEntries(
          { ...SETTINGS, calibration: rule },
          { from: '2026-01-01', to: '2026-12-31' },
        )
          .filter((e) => e.kind === 'monthly-calibration')
          .map((e) => e.date);
        expect(dates).toHaveLength(12);
        expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBe(12);
        expect(dates.every((d) => dayOfWeekOf(d) === weekday)).toBe(true);
      }
    }
  });

  it('makes the same ids for the same range, and ids that name their kind and date', () => {
    const range = { from: '2026-11-01', to: '2026-12-31' };
    const once = routineEntries(SETTINGS, range);
    expect(routineEntries(SETTINGS, range)).toEqual(once);
    for (const entry of once) {
      expect(entry.id).toBe(scheduleEntryId(entry.kind, entry.date));
      expect(parseScheduleEntryId(entry.id)).toEqual({ kind: entry.kind, date: entry.date });
    }
    expect(new Set(once.map((e) => e.id)).size).toBe(once.length);
    // A sub-range gives the same entries as the slice of the larger one.
    const sub = routineEntries(SETTINGS, { from: '2026-12-01', to: '2026-12-10' });
    expect(sub).toEqual(once.filter((e) => e.date >= '2026-12-01' && e.date <= '2026-12-10'));
  });

  it('refuses ids it did not make', () => {
    expect(parseScheduleEntryId('weekly-session-2026-02-30')).toBeNull();
    expect(parseScheduleEntryId('3f0c1d2e-0000-4000-8000-000000000000')).toBeNull();
    expect(parseScheduleEntryId('monthly-calibration-2026-12-05')).toEqual({
      kind: 'monthly-calibration',
      date: '2026-12-05',
    });
  });

  it('rotates the three sessions through other practice days and shares the two hours', () => {
    const twoDays = routineEntries(
      { ...SETTINGS, weekdays: ['thursday', 'tuesday'] },
      { from: '2026-11-02', to: '2026-11-15' },
    ).filter((e) => e.kind === 'weekly-session');
    expect(twoDays.map((e) => dayOfWeekOf(e.date))).toEqual(['tuesday', 'thursday', 'tuesday', 'thursday']);
    expect(twoDays.every((e) => e.durationMinutes === 60)).toBe(true);
    const titles = new Set(twoDays.map((e) => e.title));
    expect(titles).toEqual(new Set(WEEKLY_ROUTINE.map((s) => s.activity)));
  });

  it('keeps the rotation going from the earliest dates', () => {
    const sessions = routineEntries(
      { ...SETTINGS, startDate: '1970-01-01', weekdays: ['thursday', 'friday'] },
      { from: '1970-01-01', to: '1970-01-16' },
    ).filter((e) => e.kind === 'weekly-session');
    const order = sessions.map((e) => WEEKLY_ROUTINE.findIndex((s) => s.activity === e.title));
    expect(order).toHaveLength(6);
    for (let i = 1; i < order.length; i++)
      expect(order[i]).toBe(((order[i - 1] ?? 0) + 1) % WEEKLY_ROUTINE.length);
  });

  it('keeps the local time in the zone across a DST change', () => {
    const entries = routineEntries(
      { ...SETTINGS, timezone: 'Europe/London', practiceTime: '18:45' },
      { from: '2026-03-23', to: '2026-04-03' },
    ).filter((e) => e.kind === 'weekly-session');
    expect(entries.map((e) => e.start)).toEqual([
      '2026-03-23T18:45:00.000Z',
      '2026-03-25T18:45:00.000Z',
      '2026-03-27T18:45:00.000Z',
      '2026-03-30T17:45:00.000Z',
      '2026-04-01T17:45:00.000Z',
      '2026-04-03T17:45:00.000Z',
    ]);
  });

  it('starts no earlier than the start date, and a paused plan has no entries', () => {
    const entries = routineEntries(
      { ...SETTINGS, startDate: '2026-11-26' },
      { from: '2026-11-23', to: '2026-11-29' },
    );
    expect(entries.map((e) => e.date)).toEqual(['2026-11-27']);
    expect(routineEntries({ ...SETTINGS, active: false }, { from: '2026-11-23', to: '2026-11-29' })).toEqual(
      [],
    );
  });

  it('refuses a reversed or over-long range, an unknown zone and a malformed time', () => {
    expect(() => routineEntries(SETTINGS, { from: '2026-11-29', to: '2026-11-23' })).toThrow(RangeError);
    expect(() => routineEntries(SETTINGS, { from: '2026-01-01', to: '2027-12-31' })).toThrow(RangeError);
    expect(() =>
      routineEntries({ ...SETTINGS, timezone: 'Nowhere/Else' }, { from: '2026-01-01', to: '2026-01-02' }),
    ).toThrow(RangeError);
    expect(() =>
      routineEntries({ ...SETTINGS, practiceTime: '24:00' }, { from: '2026-01-01', to: '2026-01-02' }),
    ).toThrow(RangeError);
  });

  it('lists entries in start order, each inside the range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 120 }),
        fc.subarray([...DAYS_OF_WEEK], { minLength: 1 }),
        (offset, length, weekdays) => {
          const from = addCalendarDays('2025-01-01', offset);
          const range = { from, to: addCalendarDays(from, length) };
          const entries = routineEntries(
            { ...SETTINGS, startDate: from, timezone: 'America/Chicago', weekdays },
            range,
          );
          const starts = entries.map((e) => e.start);
          expect([...starts].sort()).toEqual(starts);
          for (const entry of entries) {
            expect(entry.date >= range.from && entry.date <= range.to).toBe(true);
            expect(calendarDateIn(new Date(entry.start), 'America/Chicago')).toBe(entry.date);
          }
          const weeklyCount = entries.filter((e) => e.kind === 'weekly-session').length;
          const expected = Array.from({ length: length + 1 }, (_, i) => addCalendarDays(from, i)).filter(
            (d) => weekdays.includes(dayOfWeekOf(d)),
          ).length;
          expect(weeklyCount).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
