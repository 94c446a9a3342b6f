/**
 * GET /api/dashboard and its service with a pinned clock, on both engines: each part of the
 * dashboard is read from records made through the other nouns' own services.
 */
import { scheduleEntryId } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { createDashboardService } from '../src/services/dashboard';
import type { Dashboard } from '../src/services/dashboard-schema';
import { createInterviewService } from '../src/services/interview';
import { createPlanService } from '../src/services/plan';
import { createPracticeService } from '../src/services/practice';
import { createStoryService } from '../src/services/story';
import { forEachDatabase } from './databases';
import { type Api, apiFor, FULL_STORY } from './story-api';

/** A Wednesday, noon UTC. */
const NOW = new Date('2026-04-08T12:00:00.000Z');
const clock = () => NOW;

forEachDatabase('dashboard', (_getStorage, database) => {
  let storage: Storage;
  let dashboard: Dashboard;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    const interviews = createInterviewService(storage, { now: clock });
    const make = async (name: string, input: Parameters<typeof interviews.create>[0]) => {
      ids[name] = (await interviews.create(input)).id;
    };
    await make('tomorrow', {
      company: 'Acme',
      round: 'Hiring manager',
      startsAt: '2026-04-09T15:00:00Z',
      durationMinutes: 60,
    });
    await make('friday', {
      company: 'Globex',
      round: 'Bar raiser',
      startsAt: '2026-04-10T10:00:00Z',
      durationMinutes: 45,
    });
    // Ended Monday 11:00: its note was due Tuesday 11:00, 25 hours ago.
    await make('overdue', {
      company: 'Initech',
      round: 'Panel',
      startsAt: '2026-04-06T10:00:00Z',
      durationMinutes: 60,
    });
    // Ended today 10:00: its note is due tomorrow 10:00, 22 hours from now.
    await make('dueSoon', {
      company: 'Umbrella',
      round: 'Director',
      startsAt: '2026-04-08T09:00:00Z',
      durationMinutes: 60,
    });
    await make('sent', {
      company: 'Hooli',
      startsAt: '2026-04-01T09:00:00Z',
      thankYou: { status: 'sent' },
      followUp: { date: '2026-04-06' },
    });
    await make('followUpLater', {
      company: 'Stark',
      startsAt: '2026-03-20T09:00:00Z',
      thankYou: { status: 'sent' },
      followUp: { date: '2026-04-20' },
    });

    const stories = createStoryService(storage, { now: clock });
    const story = await stories.create({ ...FULL_STORY, tags: ['technical', 'crisis'] });
    await stories.create({ title: 'Draft without text' });

    const practice = createPracticeService(storage, { now: clock });
    await practice.create({
      title: 'Mock behavioral',
      type: 'behavioral',
      startedAt: '2026-04-07T18:00:00Z',
      rounds: [
        {
          answers: [
            {
              questionText: 'Tell me about a rescue.',
              transcript: `${FULL_STORY.action} ${FULL_STORY.result}`,
              storyId: story.id,
            },
          ],
        },
      ],
    });
    await practice.create({
      title: 'Empty warm-up',
      type: 'culture-values',
      startedAt: '2026-04-05T18:00:00Z',
    });

    // The plan was set up a week before NOW, so this week's passed sessions count as missed.
    const plan = createPlanService(storage, {
      now: () => new Date('2026-04-01T09:00:00.000Z'),
      defaultTimezone: () => 'UTC',
    });
    const settings = await plan.settings();
    await plan.updateSettings({ startDate: '2026-04-01' }, settings.version);
    const monday = await plan.getEntry(scheduleEntryId('weekly-session', '2026-04-06'));
    await plan.updateEntry(monday.id, { status: 'done' }, monday.version);

    dashboard = await createDashboardService(storage, { now: clock }).get();
  });

  it('shows the next interviews, soonest first, with their pre-interview checklist progress', () => {
    expect(dashboard.interviews.next?.id).toBe(ids.tomorrow);
    expect(dashboard.interviews.upcoming.map((card) => card.id)).toEqual([ids.tomorrow, ids.friday]);
    expect(dashboard.interviews.next).toMatchObject({ company: 'Acme', endsAt: '2026-04-09T16:00:00.000Z' });
    expect(dashboard.interviews.next?.preChecklist.done).toBe(0);
    expect(dashboard.interviews.next?.preChecklist.total).toBeGreaterThan(0);
  });

  it('lists unsent thank-you notes past their end + 24 h deadline, and those due within the next 24 h', () => {
    expect(dashboard.thankYous.overdue).toEqual([
      expect.objectContaining({ interviewId: ids.overdue, deadline: '2026-04-07T11:00:00.000Z', hours: 25 }),
    ]);
    expect(dashboard.thankYous.dueSoon).toEqual([
      expect.objectContaining({ interviewId: ids.dueSoon, deadline: '2026-04-09T10:00:00.000Z', hours: 22 }),
    ]);
  });

  it('lists recruiter follow-ups due today or late, not future ones', () => {
    expect(dashboard.followUps.due).toEqual([
      expect.objectContaining({ interviewId: ids.sent, date: '2026-04-06', daysLate: 2 }),
    ]);
  });

  it("shows this week's routine (Monday to Sunday in the plan's zone) with what is done and missed", () => {
    expect(dashboard.week).toMatchObject({ from: '2026-04-06', to: '2026-04-12', timezone: 'UTC' });
    const sessions = dashboard.week.entries.filter((entry) => entry.kind === 'weekly-session');
    expect(sessions.map((entry) => entry.date)).toEqual(['2026-04-06', '2026-04-08', '2026-04-10']);
    expect(dashboard.week.done).toBe(1);
    // Wednesday's 07:30 session has passed and is still pending.
    expect(dashboard.week.missed).toBe(1);
    expect(dashboard.week.total).toBe(dashboard.week.entries.length);
  });

  it('shows portfolio coverage against the 20–30 target', () => {
    expect(dashboard.portfolio).toMatchObject({ stories: 2, target: { min: 20, max: 30 }, toTarget: 18 });
    expect(dashboard.portfolio.competenciesTotal).toBe(14);
    expect(dashboard.portfolio.competenciesCovered + dashboard.portfolio.gaps.length).toBe(14);
    expect(dashboard.portfolio.gaps.length).toBeGreaterThan(0);
  });

  it('shows the latest practice sessions with their mean scores', () => {
    expect(dashboard.practice.latest.map((session) => session.title)).toEqual([
      'Mock behavioral',
      'Empty warm-up',
    ]);
    const scored = dashboard.practice.latest[0]?.meanScore;
    expect(typeof scored).toBe('number');
    expect(dashboard.practice.latest[1]?.meanScore).toBeNull();
    expect(dashboard.practice.recentMean).toBe(Math.round(scored ?? -1));
  });

  describe('over HTTP', () => {
    let api: Api;
    beforeAll(async () => {
      api = await apiFor(storage);
    });
    afterAll(() => api.app.close());

    it('answers GET /api/dashboard with the same shape, as of the server clock', async () => {
      const response = await api.get('/api/dashboard');
      expect(response.statusCode).toBe(200);
      const body = response.json() as Dashboard;
      expect(Object.keys(body).sort()).toEqual(Object.keys(dashboard).sort());
      expect(body.portfolio.stories).toBe(2);
      expect(body.practice.latest).toHaveLength(2);
    });

    it('has nothing to change: POST is not a route', async () => {
      expect((await api.post('/api/dashboard', {})).statusCode).toBe(404);
    });
  });
});

forEachDatabase('dashboard on an empty database', (_getStorage, database) => {
  it('answers with empty parts rather than failing', async () => {
    const storage = await database.fresh();
    await migrate(storage);
    const empty = await createDashboardService(storage, { now: clock }).get();
    expect(empty.interviews).toEqual({ next: null, upcoming: [] });
    expect(empty.thankYous).toEqual({ overdue: [], dueSoon: [] });
    expect(empty.followUps.due).toEqual([]);
    expect(empty.portfolio).toMatchObject({ stories: 0, toTarget: 20, competenciesCovered: 0 });
    expect(empty.practice).toEqual({ latest: [], recentMean: null });
    expect(empty.week.entries.length).toBeGreaterThan(0);
    // The plan starts now (Wednesday noon): Monday's and this morning's sessions are not "missed".
    expect(empty.week.missed).toBe(0);
  });
});
