/**
 * The interview noun's part of the plan feed: each real interview, its thank-you deadline
 * (end + 24 h, core's rule, stored on the interview) and its recruiter follow-up. Titles name the
 * company and round only: never notes, drafts, interviewers or the stories told.
 */
import { addCalendarDays } from '@onsite/core';
import { listInterviewsBetween } from '../db/repositories/interview';
import { listFollowUpsBetween } from '../db/repositories/plan';
import type { Storage } from '../db/storage';
import type { Interview } from './interview-schema';
import { type CalendarEvent, type CalendarSource, type CalendarWindow, calendarUid } from './plan-calendar';

const MINUTE_MS = 60_000;
/** The thank-you block sits just before its deadline, so a reminder fires while there is time. */
const THANK_YOU_BLOCK_MINUTES = 30;
/**
 * A deadline falls 24 h after an interview ends and interviews last at most 12 h, so interviews
 * starting up to this long before the window can have their deadline inside it.
 */
const DEADLINE_LOOKBACK_MS = 36 * 60 * MINUTE_MS;

const done = (isDone: boolean, title: string) => (isDone ? `✓ ${title}` : title);

function interviewTitle(interview: Interview): string {
  return interview.round.trim() === ''
    ? `Interview: ${interview.company}`
    : `Interview: ${interview.company} (${interview.round})`;
}

const interviews: CalendarSource = async (db, window) =>
  (await listInterviewsBetween(db, new Date(window.start), new Date(window.end))).map(
    (interview): CalendarEvent => ({
      uid: calendarUid('interview', interview.id),
      title: interviewTitle(interview),
      start: interview.startsAt,
      end: interview.endsAt,
      sequence: interview.version,
      status: interview.outcome === 'withdrawn' ? 'CANCELLED' : 'CONFIRMED',
      categories: ['Onsite', 'Interview'],
    }),
  );

const thankYouDeadlines: CalendarSource = async (db, window) => {
  const since = new Date(Date.parse(window.start) - DEADLINE_LOOKBACK_MS);
  const candidates = await listInterviewsBetween(db, since, new Date(window.end));
  return candidates
    .filter(({ thankYou }) => thankYou.deadline >= window.start && thankYou.deadline < window.end)
    .map(
      (interview): CalendarEvent => ({
        uid: calendarUid('thank-you', interview.id),
        title: done(interview.thankYou.status === 'sent', `Thank-you note due: ${interview.company}`),
        start: new Date(
          Date.parse(interview.thankYou.deadline) - THANK_YOU_BLOCK_MINUTES * MINUTE_MS,
        ).toISOString(),
        end: interview.thankYou.deadline,
        sequence: interview.version,
        status: 'CONFIRMED',
        categories: ['Onsite', 'Thank-you'],
      }),
    );
};

const followUps: CalendarSource = async (db: Storage['db'], window: CalendarWindow) =>
  (await listFollowUpsBetween(db, window.from, window.to)).map(
    (followUp): CalendarEvent => ({
      uid: calendarUid('follow-up', followUp.interviewId),
      title: done(followUp.done, `Follow up with the recruiter: ${followUp.company}`),
      start: followUp.date,
      end: addCalendarDays(followUp.date, 1),
      allDay: true,
      sequence: followUp.version,
      status: 'CONFIRMED',
      categories: ['Onsite', 'Follow-up'],
    }),
  );

export const INTERVIEW_CALENDAR_SOURCES: readonly CalendarSource[] = [
  interviews,
  thankYouDeadlines,
  followUps,
];
