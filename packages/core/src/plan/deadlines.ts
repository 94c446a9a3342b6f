/**
 * The dates that follow a real interview: when it ends, when the thank-you note is due (the
 * post-interview checklist says within 24 hours of the end), and where the recruiter follow-up
 * stands. Pure: instants are ISO-8601 strings or Dates, and the caller passes `now`.
 *
 * All maths is on UTC instants, so daylight-saving changes cannot shift a deadline: 24 hours
 * after the end is exactly 86,400,000 ms later, whatever the wall clock does in between.
 */
import { THANK_YOU_WITHIN_HOURS } from '../framework/checklists';
import { isCalendarDate } from './routine';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Thrown for an instant or date that is not one (so a bad value never becomes a NaN deadline). */
export class InvalidDateError extends RangeError {
  override name = 'InvalidDateError';
}

/** An instant as a Date, refusing anything that does not name a real moment. */
function toInstant(value: string | Date, what: string): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(value.getTime());
  if (Number.isNaN(date.getTime())) throw new InvalidDateError(`${what} is not a valid instant`);
  return date;
}

/** The instant `minutes` after `start`, as ISO-8601 UTC (`…Z`). */
export function interviewEnd(start: string | Date, durationMinutes: number): string {
  if (!Number.isFinite(durationMinutes) || durationMinutes < 0) {
    throw new InvalidDateError('durationMinutes must be a finite number of minutes, 0 or more');
  }
  const end = new Date(toInstant(start, 'start').getTime() + durationMinutes * MINUTE_MS);
  if (Number.isNaN(end.getTime())) throw new InvalidDateError('the interview would end outside the calendar');
  return end.toISOString();
}

/** When the thank-you note is due: `THANK_YOU_WITHIN_HOURS` (24) after the interview ends. */
export function thankYouDeadline(interviewEndsAt: string | Date): string {
  const deadline = new Date(
    toInstant(interviewEndsAt, 'interview end').getTime() + THANK_YOU_WITHIN_HOURS * HOUR_MS,
  );
  if (Number.isNaN(deadline.getTime())) throw new InvalidDateError('the deadline falls outside the calendar');
  return deadline.toISOString();
}

/** Whether `deadline` has passed at `now`; a deadline is still met at its exact instant. */
export function isOverdue(deadline: string | Date, now: Date): boolean {
  return toInstant(now, 'now').getTime() > toInstant(deadline, 'deadline').getTime();
}

export const THANK_YOU_STATUSES = ['not-started', 'drafted', 'sent'] as const;
export type ThankYouStatus = (typeof THANK_YOU_STATUSES)[number];

/** A thank-you note is overdue once its deadline passed and it has not been sent. */
export function isThankYouOverdue(status: ThankYouStatus, deadline: string | Date, now: Date): boolean {
  return status !== 'sent' && isOverdue(deadline, now);
}

export const FOLLOW_UP_STATUSES = ['due', 'overdue', 'done'] as const;
/** `due`: the date is today or later; `overdue`: the date has gone by; `done`: followed up. */
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** `now`'s calendar date in UTC, YYYY-MM-DD: the day the server compares follow-up dates with. */
export function utcDateOf(now: Date): string {
  return toInstant(now, 'now').toISOString().slice(0, 10);
}

/**
 * Where a recruiter follow-up planned for `date` (YYYY-MM-DD) stands at `now`. The date is a
 * whole day in UTC: it is `due` all that day and `overdue` from the next; once `done` it stays
 * done whatever the date.
 */
export function followUpStatus(date: string, done: boolean, now: Date): FollowUpStatus {
  if (!isCalendarDate(date))
    throw new InvalidDateError(`follow-up date ${JSON.stringify(date)} is not YYYY-MM-DD`);
  if (done) return 'done';
  // Same-length, zero-padded YYYY-MM-DD strings sort the way the dates do.
  return date < utcDateOf(now) ? 'overdue' : 'due';
}
