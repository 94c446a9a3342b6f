import { describe, expect, it } from 'vitest';
import { THANK_YOU_WITHIN_HOURS } from '../framework/checklists';
import {
  followUpStatus,
  InvalidDateError,
  interviewEnd,
  isOverdue,
  isThankYouOverdue,
  thankYouDeadline,
  utcDateOf,
} from './deadlines';

describe('interviewEnd', () => {
  it('adds the duration in minutes and answers ISO-8601 UTC', () => {
    expect(interviewEnd('2026-03-10T14:00:00Z', 45)).toBe('2026-03-10T14:45:00.000Z');
    expect(interviewEnd(new Date('2026-03-10T14:00:00Z'), 0)).toBe('2026-03-10T14:00:00.000Z');
  });

  it('normalises an offset to UTC', () => {
    expect(interviewEnd('2026-03-10T09:30:00-05:00', 60)).toBe('2026-03-10T15:30:00.000Z');
  });

  it('rolls over midnight, month end and year end', () => {
    expect(interviewEnd('2026-01-31T23:30:00Z', 90)).toBe('2026-02-01T01:00:00.000Z');
    expect(interviewEnd('2026-12-31T23:00:00Z', 120)).toBe('2027-01-01T01:00:00.000Z');
  });

  it('refuses an invalid start or a negative or non-finite duration', () => {
    expect(() => interviewEnd('not a date', 30)).toThrow(InvalidDateError);
    expect(() => interviewEnd(new Date(Number.NaN), 30)).toThrow(InvalidDateError);
    expect(() => interviewEnd('2026-03-10T14:00:00Z', -1)).toThrow(InvalidDateError);
    expect(() => interviewEnd('2026-03-10T14:00:00Z', Number.POSITIVE_INFINITY)).toThrow(InvalidDateError);
  });

  it('refuses an end beyond the last instant a Date can hold', () => {
    expect(() => interviewEnd('+275760-09-13T00:00:00.000Z', 1)).toThrow(InvalidDateError);
  });
});

describe('thankYouDeadline', () => {
  it(`is exactly ${THANK_YOU_WITHIN_HOURS} hours after the end`, () => {
    expect(THANK_YOU_WITHIN_HOURS).toBe(24);
    expect(thankYouDeadline('2026-03-10T15:00:00.000Z')).toBe('2026-03-11T15:00:00.000Z');
  });

  it('rolls over month end, a leap day and year end', () => {
    expect(thankYouDeadline('2026-04-30T18:00:00Z')).toBe('2026-05-01T18:00:00.000Z');
    expect(thankYouDeadline('2028-02-28T10:00:00Z')).toBe('2028-02-29T10:00:00.000Z');
    expect(thankYouDeadline('2026-02-28T10:00:00Z')).toBe('2026-03-01T10:00:00.000Z');
    expect(thankYouDeadline('2026-12-31T12:00:00Z')).toBe('2027-01-01T12:00:00.000Z');
  });

  it('is 24 real hours across a daylight-saving change (instants, not wall clock)', () => {
    // Europe moves clocks forward on 2026-03-29; 24 h later is still 86,400,000 ms later.
    const end = '2026-03-28T22:00:00.000Z';
    expect(Date.parse(thankYouDeadline(end)) - Date.parse(end)).toBe(86_400_000);
  });

  it('composes with interviewEnd: start + duration + 24 h', () => {
    expect(thankYouDeadline(interviewEnd('2026-06-30T23:15:00+02:00', 75))).toBe('2026-07-01T22:30:00.000Z');
  });

  it('refuses an invalid end', () => {
    expect(() => thankYouDeadline('2026-02-30T10:00:00Zx')).toThrow(InvalidDateError);
    expect(() => thankYouDeadline('')).toThrow(InvalidDateError);
  });
});

describe('isOverdue and isThankYouOverdue', () => {
  const deadline = '2026-03-11T15:00:00.000Z';

  it('is met at the exact instant and overdue one millisecond later', () => {
    expect(isOverdue(deadline, new Date('2026-03-11T14:59:59.999Z'))).toBe(false);
    expect(isOverdue(deadline, new Date(deadline))).toBe(false);
    expect(isOverdue(deadline, new Date('2026-03-11T15:00:00.001Z'))).toBe(true);
  });

  it('never counts a sent note as overdue', () => {
    const late = new Date('2026-04-01T00:00:00Z');
    expect(isThankYouOverdue('sent', deadline, late)).toBe(false);
    expect(isThankYouOverdue('drafted', deadline, late)).toBe(true);
    expect(isThankYouOverdue('not-started', deadline, late)).toBe(true);
    expect(isThankYouOverdue('not-started', deadline, new Date('2026-03-11T00:00:00Z'))).toBe(false);
  });

  it('refuses an invalid deadline or clock', () => {
    expect(() => isOverdue('soon', new Date())).toThrow(InvalidDateError);
    expect(() => isOverdue(deadline, new Date(Number.NaN))).toThrow(InvalidDateError);
  });
});

describe('followUpStatus', () => {
  it('is due up to and including its day, overdue from the next UTC day', () => {
    expect(followUpStatus('2026-03-15', false, new Date('2026-03-14T23:59:59Z'))).toBe('due');
    expect(followUpStatus('2026-03-15', false, new Date('2026-03-15T00:00:00Z'))).toBe('due');
    expect(followUpStatus('2026-03-15', false, new Date('2026-03-15T23:59:59.999Z'))).toBe('due');
    expect(followUpStatus('2026-03-15', false, new Date('2026-03-16T00:00:00Z'))).toBe('overdue');
  });

  it('compares across month and year ends as dates, not as numbers', () => {
    expect(followUpStatus('2026-12-31', false, new Date('2027-01-01T08:00:00Z'))).toBe('overdue');
    expect(followUpStatus('2027-01-01', false, new Date('2026-12-31T08:00:00Z'))).toBe('due');
    expect(followUpStatus('2026-02-28', false, new Date('2026-03-01T00:00:00Z'))).toBe('overdue');
  });

  it('is done once done, whatever the date', () => {
    expect(followUpStatus('2020-01-01', true, new Date('2026-01-01T00:00:00Z'))).toBe('done');
    expect(followUpStatus('2030-01-01', true, new Date('2026-01-01T00:00:00Z'))).toBe('done');
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-3-1', '15/03/2026', '']) {
      expect(() => followUpStatus(bad, false, new Date('2026-01-01T00:00:00Z')), bad).toThrow(
        InvalidDateError,
      );
    }
    expect(followUpStatus('2028-02-29', false, new Date('2028-02-29T12:00:00Z'))).toBe('due');
  });

  it('takes the UTC date of now', () => {
    expect(utcDateOf(new Date('2026-03-15T23:30:00-05:00'))).toBe('2026-03-16');
  });
});
