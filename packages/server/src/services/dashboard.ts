/**
 * The dashboard: reads what the other nouns already know (interviews, plan, portfolio, practice)
 * and reduces it to what needs the user's attention now. Free of HTTP; the clock is injected.
 */
import { addCalendarDays, followUpStatus, thisWeekAndNext } from '@onsite/core';
import * as interviews from '../db/repositories/interview';
import { latestPracticeScores } from '../db/repositories/practice';
import type { Storage } from '../db/storage';
import { dashboardPortfolio } from './dashboard-portfolio';
import { DASHBOARD_LIMITS, type Dashboard } from './dashboard-schema';
import type { Interview } from './interview-schema';
import { createPlanService } from './plan';
import type { PlanEntry } from './plan-schema';

export interface DashboardServiceDeps {
  /** The clock (tests pin it). */
  now?: () => Date;
}

export interface DashboardService {
  get(): Promise<Dashboard>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function interviewCard(interview: Interview): Dashboard['interviews']['upcoming'][number] {
  const pre = interview.checklistProgress.pre;
  return {
    id: interview.id,
    company: interview.company,
    role: interview.role,
    round: interview.round,
    type: interview.type,
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    preChecklist: { done: pre.done, total: pre.total },
  };
}

function thankYouCard(interview: Interview, hours: number): Dashboard['thankYous']['overdue'][number] {
  return {
    interviewId: interview.id,
    company: interview.company,
    round: interview.round,
    deadline: interview.thankYou.deadline,
    // Only unsent notes reach the dashboard.
    status: interview.thankYou.status === 'drafted' ? 'drafted' : 'not-started',
    hours,
  };
}

/** Whole days from `date` (YYYY-MM-DD) to `now`'s UTC day. */
function daysSince(date: string, now: Date): number {
  return Math.max(
    0,
    Math.round(
      (Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS,
    ),
  );
}

/**
 * Done, counted (skipped ones are not) and missed: pending after their end. A session that began
 * before the plan existed is not missed: a new user's first dashboard should not scold them for
 * Monday's session on a Wednesday.
 */
function weekSummary(entries: PlanEntry[], now: Date, planCreatedAt: string) {
  const counted = entries.filter((entry) => entry.status !== 'skipped');
  const since = Date.parse(planCreatedAt);
  const missed = (entry: PlanEntry) =>
    entry.status === 'pending' && Date.parse(entry.end) <= now.getTime() && Date.parse(entry.start) >= since;
  return {
    done: counted.filter((entry) => entry.status === 'done').length,
    total: counted.length,
    missed: counted.filter(missed).length,
  };
}

export function createDashboardService(storage: Storage, deps: DashboardServiceDeps = {}): DashboardService {
  const clock = deps.now ?? (() => new Date());
  const plan = createPlanService(storage, { now: clock });

  return {
    async get() {
      const now = clock();
      const db = storage.db;
      const settings = await plan.settings();
      const monday = thisWeekAndNext(now, settings.timezone).from;
      const week = { from: monday, to: addCalendarDays(monday, 6) };
      // First and alone: it may refresh stale story facts in a write transaction.
      const portfolio = await dashboardPortfolio(storage);
      const [upcoming, overdue, recent, followUps, view, practice] = await Promise.all([
        interviews.nextInterviews(db, now, DASHBOARD_LIMITS.upcomingInterviews),
        interviews.overdueThankYous(db, now),
        // A note can only be due soon for an interview that ended in the last 24 hours.
        interviews.listInterviewsBetween(db, new Date(now.getTime() - 8 * DAY_MS), now),
        interviews.dueFollowUps(db, now),
        plan.view(week),
        latestPracticeScores(db, DASHBOARD_LIMITS.practiceSessions),
      ]);

      const dueSoon = recent
        .filter((interview) => {
          const deadline = Date.parse(interview.thankYou.deadline);
          return (
            interview.thankYou.status !== 'sent' &&
            Date.parse(interview.endsAt) <= now.getTime() &&
            deadline > now.getTime() &&
            deadline - now.getTime() <= DASHBOARD_LIMITS.dueSoonHours * HOUR_MS
          );
        })
        .sort((a, b) => Date.parse(a.thankYou.deadline) - Date.parse(b.thankYou.deadline));

      const scored = practice.filter((session) => session.meanScore !== null);
      return {
        generatedAt: now.toISOString(),
        interviews: {
          next: upcoming[0] ? interviewCard(upcoming[0]) : null,
          upcoming: upcoming.map(interviewCard),
        },
        thankYous: {
          overdue: overdue.map((i) =>
            thankYouCard(i, Math.floor((now.getTime() - Date.parse(i.thankYou.deadline)) / HOUR_MS)),
          ),
          dueSoon: dueSoon.map((i) =>
            thankYouCard(i, Math.floor((Date.parse(i.thankYou.deadline) - now.getTime()) / HOUR_MS)),
          ),
        },
        followUps: {
          due: followUps
            .filter(
              (i) =>
                i.followUp.date !== null && followUpStatus(i.followUp.date, i.followUp.done, now) !== 'done',
            )
            .map((i) => ({
              interviewId: i.id,
              company: i.company,
              round: i.round,
              date: i.followUp.date ?? '',
              daysLate: daysSince(i.followUp.date ?? '', now),
            })),
        },
        week: {
          ...view.range,
          timezone: settings.timezone,
          entries: view.entries,
          ...weekSummary(view.entries, now, settings.createdAt),
        },
        portfolio,
        practice: {
          latest: practice,
          recentMean:
            scored.length === 0
              ? null
              : Math.round(
                  scored.reduce((sum, session) => sum + (session.meanScore ?? 0), 0) / scored.length,
                ),
        },
      };
    },
  };
}
