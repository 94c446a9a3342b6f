/**
 * The dashboard: one read that answers "what needs me now?" across the whole loop — the next
 * interview, thank-you notes and recruiter follow-ups that are due or late, this week's routine,
 * how far the portfolio is from the 20–30 story target, and the latest practice scores.
 */
import { COMPETENCY_TAGS, INTERVIEW_TYPE_IDS } from '@onsite/core';
import { z } from 'zod';
import { planEntrySchema } from './plan-schema';

export const DASHBOARD_LIMITS = {
  upcomingInterviews: 5,
  practiceSessions: 5,
  /** A thank-you note is "due soon" in the last hours before its deadline. */
  dueSoonHours: 24,
} as const;

const interviewCardSchema = z.object({
  id: z.string(),
  company: z.string(),
  role: z.string(),
  round: z.string(),
  type: z.enum(INTERVIEW_TYPE_IDS).nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Pre-interview checklist: items ticked of items in all. */
  preChecklist: z.object({ done: z.number().int(), total: z.number().int() }),
});

const thankYouCardSchema = z.object({
  interviewId: z.string(),
  company: z.string(),
  round: z.string(),
  deadline: z.string(),
  status: z.enum(['not-started', 'drafted']),
  /** Whole hours past the deadline (overdue) or left before it (due soon). */
  hours: z.number().int(),
});

const followUpCardSchema = z.object({
  interviewId: z.string(),
  company: z.string(),
  round: z.string(),
  date: z.string(),
  /** Days since the follow-up date; 0 means today. */
  daysLate: z.number().int(),
});

export const dashboardSchema = z.object({
  generatedAt: z.string(),
  interviews: z.object({
    next: interviewCardSchema.nullable(),
    upcoming: z.array(interviewCardSchema),
  }),
  thankYous: z.object({
    overdue: z.array(thankYouCardSchema),
    dueSoon: z.array(thankYouCardSchema),
  }),
  followUps: z.object({ due: z.array(followUpCardSchema) }),
  week: z.object({
    from: z.string(),
    to: z.string(),
    timezone: z.string(),
    entries: z.array(planEntrySchema),
    done: z.number().int(),
    total: z.number().int(),
    /** Entries whose time has passed and are still pending. */
    missed: z.number().int(),
  }),
  portfolio: z.object({
    stories: z.number().int(),
    target: z.object({ min: z.number().int(), max: z.number().int() }),
    toTarget: z.number().int(),
    /** Competencies with at least one story of strength 2 or more. */
    competenciesCovered: z.number().int(),
    competenciesTotal: z.number().int(),
    gaps: z.array(
      z.object({
        competency: z.enum(COMPETENCY_TAGS),
        label: z.string(),
        status: z.enum(['missing', 'weak']),
      }),
    ),
    categoriesUnder: z.array(
      z.object({ id: z.string(), name: z.string(), count: z.number().int(), min: z.number().int() }),
    ),
    overused: z.array(z.object({ storyId: z.string(), title: z.string(), uses: z.number().int() })),
  }),
  practice: z.object({
    latest: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        type: z.enum(INTERVIEW_TYPE_IDS).nullable(),
        startedAt: z.string(),
        answerCount: z.number().int(),
        meanScore: z.number().nullable(),
      }),
    ),
    /** Mean of the latest sessions' mean scores; null when none has an analysed answer. */
    recentMean: z.number().nullable(),
  }),
});
export type Dashboard = z.output<typeof dashboardSchema>;
