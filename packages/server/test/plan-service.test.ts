/**
 * The plan service with a pinned clock and zone, on a fresh database of each engine: the first
 * settings, the default range, and one settings record however many first reads race.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { createPlanService, type PlanService } from '../src/services/plan';
import { createPlanCalendar } from '../src/services/plan-calendar';
import { forEachDatabase } from './databases';

// Sunday 29 November 2026, 23:30 UTC: already Monday 30 November in Tokyo.
const NOW = new Date('2026-11-29T23:30:00Z');

forEachDatabase('plan service', (_getStorage, database) => {
  let storage: Storage;
  let plan: PlanService;
  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    plan = createPlanService(storage, { now: () => NOW, defaultTimezone: () => 'Asia/Tokyo' });
  });
  // fresh() handles are closed and removed by the suite.

  describe('first settings', () => {
    it("are the framework's routine in the machine zone, from this week's Monday, made once under a race", async () => {
      const reads = await Promise.all(Array.from({ length: 5 }, () => plan.settings()));
      for (const settings of reads) expect(settings).toEqual(reads[0]);
      expect(reads[0]).toMatchObject({
        timezone: 'Asia/Tokyo',
        practiceTime: '07:30',
        weekdays: ['monday', 'wednesday', 'friday'],
        calibration: { ordinal: 'first', weekday: 'saturday', time: '09:00' },
        startDate: '2026-11-30',
        active: true,
        version: 1,
        createdAt: NOW.toISOString(),
      });
      const rows = await storage.db.selectFrom('plan_settings').select('id').execute();
      expect(rows).toHaveLength(1);
    });

    it('are not re-made from a later clock or zone once stored', async () => {
      const later = createPlanService(storage, {
        now: () => new Date('2027-03-01T00:00:00Z'),
        defaultTimezone: () => 'Europe/Paris',
      });
      expect(await later.settings()).toEqual(await plan.settings());
    });
  });

  describe('default range', () => {
    it("is this week and the next in the plan's zone, not the server's UTC day", async () => {
      const view = await plan.view({});
      expect(view.range).toEqual({ from: '2026-11-30', to: '2026-12-13' });
      // Monday 07:30 in Tokyo is Sunday 22:30 UTC.
      expect(view.entries[0]).toMatchObject({
        id: 'weekly-session-2026-11-30',
        start: '2026-11-29T22:30:00.000Z',
        localTime: '07:30',
      });
    });

    it('takes two weeks from one given end', async () => {
      expect((await plan.view({ from: '2026-12-07' })).range).toEqual({
        from: '2026-12-07',
        to: '2026-12-20',
      });
      expect((await plan.view({ to: '2026-12-20' })).range).toEqual({ from: '2026-12-07', to: '2026-12-20' });
    });
  });

  describe('calendar sources', () => {
    it('adds the events other nouns give for the window, and the window matches the range', async () => {
      const windows: unknown[] = [];
      const calendar = createPlanCalendar(storage, plan, {
        now: () => NOW,
        sources: [
          async (_db, window) => {
            windows.push(window);
            return [
              {
                uid: 'probe-1@onsite.local',
                title: 'Probe',
                start: '2026-12-01T10:00:00.000Z',
                end: '2026-12-01T11:00:00.000Z',
              },
            ];
          },
        ],
      });
      const text = await calendar.feed({ from: '2026-11-30', to: '2026-12-06' });
      expect(text).toContain('UID:probe-1@onsite.local');
      expect(windows).toEqual([
        {
          from: '2026-11-30',
          to: '2026-12-06',
          start: '2026-11-29T15:00:00.000Z',
          end: '2026-12-06T15:00:00.000Z',
        },
      ]);
    });
  });
});
