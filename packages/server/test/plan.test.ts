/** /api/plan settings and schedule entries end to end, on SQLite and PostgreSQL. */
import { DAYS_OF_WEEK, dayOfWeekOf, MOCK_LOOP_TOTAL_MINUTES, WEEKLY_ROUTINE } from '@onsite/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanEntry, PlanSettings } from '../src/services/plan-schema';
import { forEachDatabase } from './databases';
import { expectError, getSettings, planFor, setSettings, updateEntry } from './plan-api';
import { type Api, apiFor } from './story-api';

/** A fixed routine the specs start from: UTC, framework days, first Saturday at 09:00. */
const BASE = {
  timezone: 'UTC',
  practiceTime: '07:30',
  weekdays: ['monday', 'wednesday', 'friday'],
  calibration: { ordinal: 'first', weekday: 'saturday', time: '09:00' },
  startDate: '2026-01-01',
  active: true,
} as const;

forEachDatabase('plan API', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });
  beforeEach(async () => {
    await setSettings(api, { ...BASE, weekdays: [...BASE.weekdays], calibration: { ...BASE.calibration } });
  });

  describe('settings', () => {
    it("starts from the framework's routine and keeps one record however often it is read", async () => {
      const fresh = await apiFor(getStorage());
      const [first, second] = await Promise.all([getSettings(fresh), getSettings(fresh)]);
      expect(first).toEqual(second);
      await fresh.app.close();
    });

    it('updates any subset at the loaded version, in week order, with the zone spelled canonically', async () => {
      const before = await getSettings(api);
      const response = await api.put('/api/plan/settings', {
        version: before.version,
        weekdays: ['thursday', 'tuesday'],
        timezone: 'europe/dublin',
      });
      expect(response.statusCode).toBe(200);
      const after: PlanSettings = response.json();
      expect(after).toMatchObject({
        weekdays: ['tuesday', 'thursday'],
        timezone: 'Europe/Dublin',
        practiceTime: before.practiceTime,
        version: before.version + 1,
        createdAt: before.createdAt,
      });
      expect(await getSettings(api)).toEqual(after);
    });

    it('refuses a stale version with 409 and the current settings, changing nothing', async () => {
      const current = await getSettings(api);
      const stale = await api.put('/api/plan/settings', {
        version: current.version - 1,
        practiceTime: '06:00',
      });
      expect(expectError(stale, 409, 'version_conflict').error.details?.current).toEqual(current);
      expect(await getSettings(api)).toEqual(current);
    });

    it('refuses unknown zones, impossible times and dates, and empty or repeated weekdays', async () => {
      const { version } = await getSettings(api);
      for (const bad of [
        { timezone: 'Mars/Olympus_Mons' },
        { practiceTime: '24:00' },
        { practiceTime: '7:30' },
        { startDate: '2026-02-30' },
        { startDate: '1969-12-31' },
        { weekdays: [] },
        { weekdays: ['monday', 'monday'] },
        { weekdays: ['someday'] },
        { calibration: { ordinal: 'fifth', weekday: 'saturday', time: '09:00' } },
        { active: 'yes' },
        { unknownField: 1 },
      ]) {
        expectError(await api.put('/api/plan/settings', { version, ...bad }), 400);
      }
      expectError(await api.put('/api/plan/settings', { practiceTime: '06:00' }), 400);
    });
  });

  describe('entries for a range', () => {
    it('has the weekly sessions on the chosen weekdays and the monthly calibration, in start order', async () => {
      const view = await planFor(api, '2026-11-30', '2026-12-13');
      expect(view.range).toEqual({ from: '2026-11-30', to: '2026-12-13' });
      const weekly = view.entries.filter((e) => e.kind === 'weekly-session');
      expect(weekly.map((e) => e.date)).toEqual([
        '2026-11-30',
        '2026-12-02',
        '2026-12-04',
        '2026-12-07',
        '2026-12-09',
        '2026-12-11',
      ]);
      expect(weekly.slice(0, 3).map((e) => e.title)).toEqual(WEEKLY_ROUTINE.map((s) => s.activity));
      const calibration = view.entries.filter((e) => e.kind === 'monthly-calibration');
      expect(calibration).toHaveLength(1);
      expect(calibration[0]).toMatchObject({
        id: 'monthly-calibration-2026-12-05',
        date: '2026-12-05',
        start: '2026-12-05T09:00:00.000Z',
        durationMinutes: MOCK_LOOP_TOTAL_MINUTES,
        status: 'pending',
        version: 1,
        updatedAt: null,
      });
      const starts = view.entries.map((e) => e.start);
      expect([...starts].sort()).toEqual(starts);
    });

    it('gives the same ids every time the range is generated', async () => {
      const once = await planFor(api, '2026-11-01', '2026-12-31');
      const twice = await planFor(api, '2026-11-01', '2026-12-31');
      expect(twice.entries).toEqual(once.entries);
      expect(once.entries.every((e) => e.id === `${e.kind}-${e.date}`)).toBe(true);
    });

    it('defaults to this week and the next (Monday to Sunday) in the plan zone', async () => {
      const view = (await api.get('/api/plan')).json();
      expect(dayOfWeekOf(view.range.from)).toBe('monday');
      expect(dayOfWeekOf(view.range.to)).toBe('sunday');
      const today = new Date().toISOString().slice(0, 10);
      expect(view.range.from <= today && today <= view.range.to).toBe(true);
    });

    it('places sessions at the local time in the plan zone, across a DST change', async () => {
      await setSettings(api, { timezone: 'America/New_York', practiceTime: '07:30' });
      const view = await planFor(api, '2026-03-02', '2026-03-13');
      const weekly = view.entries.filter((e) => e.kind === 'weekly-session');
      expect(weekly.map((e) => [e.date, e.localTime, e.start])).toEqual([
        ['2026-03-02', '07:30', '2026-03-02T12:30:00.000Z'],
        ['2026-03-04', '07:30', '2026-03-04T12:30:00.000Z'],
        ['2026-03-06', '07:30', '2026-03-06T12:30:00.000Z'],
        ['2026-03-09', '07:30', '2026-03-09T11:30:00.000Z'],
        ['2026-03-11', '07:30', '2026-03-11T11:30:00.000Z'],
        ['2026-03-13', '07:30', '2026-03-13T11:30:00.000Z'],
      ]);
    });

    it('follows changed weekdays and calibration rule, and a paused plan shows no routine', async () => {
      await setSettings(api, {
        weekdays: ['saturday', 'sunday'],
        calibration: { ordinal: 'last', weekday: 'friday', time: '18:00' },
      });
      const view = await planFor(api, '2026-12-21', '2026-12-31');
      expect(view.entries.map((e) => [e.kind, dayOfWeekOf(e.date)])).toEqual([
        ['monthly-calibration', 'friday'],
        ['weekly-session', 'saturday'],
        ['weekly-session', 'sunday'],
      ]);
      expect(view.entries[0]?.date).toBe('2026-12-25');
      await setSettings(api, { active: false });
      expect((await planFor(api, '2026-12-21', '2026-12-31')).entries).toEqual([]);
    });

    it('refuses reversed, over-long and malformed ranges', async () => {
      expectError(await api.get('/api/plan?from=2026-12-10&to=2026-12-01'), 400);
      expectError(await api.get('/api/plan?from=2026-01-01&to=2027-12-31'), 400);
      expectError(await api.get('/api/plan?from=2026-13-01'), 400);
      expectError(await api.get('/api/plan?from=yesterday'), 400);
    });
  });

  describe('done state', () => {
    it('marks a routine entry done; the state survives regeneration and a settings change', async () => {
      const id = 'weekly-session-2026-12-02';
      const done = await updateEntry(api, id, {
        version: 1,
        status: 'done',
        note: 'Ran the mock with Priya',
      });
      expect(done).toMatchObject({ id, status: 'done', note: 'Ran the mock with Priya', version: 2 });
      expect(done.updatedAt).not.toBeNull();
      expect((await api.get(`/api/plan/entries/${id}`)).json()).toEqual(done);
      const view = await planFor(api, '2026-11-30', '2026-12-06');
      expect(view.entries.find((e) => e.id === id)).toEqual(done);
      // Moving the practice time moves the session; what was recorded stays with it.
      await setSettings(api, { practiceTime: '19:00' });
      const moved = (await planFor(api, '2026-11-30', '2026-12-06')).entries.find((e) => e.id === id);
      expect(moved).toMatchObject({
        status: 'done',
        note: done.note,
        version: 2,
        start: '2026-12-02T19:00:00.000Z',
      });
      // The next write keeps the session as it now is: dropping its weekday leaves it at 19:00.
      await updateEntry(api, id, { version: 2, note: 'Moved to the evening' });
      await setSettings(api, { weekdays: ['monday', 'friday'] });
      expect((await api.get(`/api/plan/entries/${id}`)).json()).toMatchObject({
        start: '2026-12-02T19:00:00.000Z',
        localTime: '19:00',
        status: 'done',
        version: 3,
      });
    });

    it('keeps a done session visible after its weekday is dropped, and lets an untouched one go', async () => {
      await updateEntry(api, 'weekly-session-2026-12-16', { version: 1, status: 'done' });
      // Touched, then put back as it was: nothing recorded, so it goes with its weekday.
      await updateEntry(api, 'weekly-session-2026-12-30', { version: 1, status: 'done', note: 'oops' });
      await updateEntry(api, 'weekly-session-2026-12-30', { version: 2, status: 'pending', note: '' });
      await setSettings(api, { weekdays: ['monday', 'friday'] });
      expectError(await api.get('/api/plan/entries/weekly-session-2026-12-30'), 404, 'not_found');
      expect((await api.get('/api/plan/entries/weekly-session-2026-12-16')).json()).toMatchObject({
        status: 'done',
        version: 2,
      });
      const view = await planFor(api, '2026-12-14', '2026-12-20');
      expect(view.entries.map((e) => e.id)).toEqual([
        'weekly-session-2026-12-14',
        'weekly-session-2026-12-16',
        'weekly-session-2026-12-18',
      ]);
      expect(view.entries[1]).toMatchObject({ status: 'done', date: '2026-12-16' });
      expect((await planFor(api, '2026-12-21', '2026-12-27')).entries.map((e) => e.date)).toEqual([
        '2026-12-21',
        '2026-12-25',
      ]);
    });

    it('refuses a stale entry version with 409 and the current entry; an untouched entry is version 1', async () => {
      const id = 'weekly-session-2026-12-21';
      expectError(
        await api.put(`/api/plan/entries/${id}`, { version: 2, status: 'done' }),
        409,
        'version_conflict',
      );
      const skipped = await updateEntry(api, id, { version: 1, status: 'skipped' });
      const stale = expectError(
        await api.put(`/api/plan/entries/${id}`, { version: 1, status: 'done' }),
        409,
      );
      expect(stale.error.details?.current).toEqual(skipped);
      const concurrent = await Promise.all([
        api.put(`/api/plan/entries/${id}`, { version: 2, note: 'first' }),
        api.put(`/api/plan/entries/${id}`, { version: 2, note: 'second' }),
      ]);
      expect(concurrent.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    });

    it('lets exactly one of two racing first writes of an untouched entry win', async () => {
      const id = 'weekly-session-2027-03-01';
      const racing = await Promise.all([
        api.put(`/api/plan/entries/${id}`, { version: 1, status: 'done' }),
        api.put(`/api/plan/entries/${id}`, { version: 1, status: 'skipped' }),
      ]);
      expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const winner = racing.find((r) => r.statusCode === 200)?.json();
      const loser = racing.find((r) => r.statusCode === 409)?.json();
      expect(loser.error.details.current).toEqual(winner);
      expect((await api.get(`/api/plan/entries/${id}`)).json()).toEqual(winner);
    });

    it('lets exactly one of two racing settings updates at the same version win', async () => {
      const { version } = await getSettings(api);
      const racing = await Promise.all([
        api.put('/api/plan/settings', { version, practiceTime: '06:00' }),
        api.put('/api/plan/settings', { version, practiceTime: '21:00' }),
      ]);
      expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(await getSettings(api)).toEqual(racing.find((r) => r.statusCode === 200)?.json());
    });

    it('refuses to retime or delete a routine entry (403), and 404s ids that are not entries', async () => {
      const id = 'weekly-session-2026-12-23';
      expectError(
        await api.put(`/api/plan/entries/${id}`, { version: 1, title: 'Renamed' }),
        403,
        'read_only',
      );
      expectError(await api.delete(`/api/plan/entries/${id}?version=1`), 403, 'read_only');
      // A Tuesday is not a practice day; a February 30th is not a day.
      expectError(await api.get('/api/plan/entries/weekly-session-2026-12-22'), 404, 'not_found');
      expectError(
        await api.put('/api/plan/entries/weekly-session-2026-02-30', { version: 1, status: 'done' }),
        404,
      );
      expectError(await api.get('/api/plan/entries/no-such-entry'), 404, 'not_found');
      expectError(await api.put(`/api/plan/entries/${id}`, { version: 1, status: 'finished' }), 400);
    });
  });

  describe('one-off entries', () => {
    const create = async (body: object): Promise<PlanEntry> => {
      const response = await api.post('/api/plan/entries', body);
      expect(response.statusCode).toBe(201);
      return response.json();
    };

    it('creates, reads, updates and deletes a versioned one-off shown in its range', async () => {
      const entry = await create({
        title: 'Call with mentor',
        start: '2026-12-03T17:00:00+01:00',
        durationMinutes: 45,
      });
      expect(entry).toMatchObject({
        kind: 'custom',
        date: '2026-12-03',
        localTime: '16:00',
        start: '2026-12-03T16:00:00.000Z',
        end: '2026-12-03T16:45:00.000Z',
        status: 'pending',
        note: '',
        version: 1,
        activities: [],
      });
      expect((await api.get(`/api/plan/entries/${entry.id}`)).json()).toEqual(entry);
      expect((await planFor(api, '2026-11-30', '2026-12-06')).entries).toContainEqual(entry);

      const moved = await updateEntry(api, entry.id, {
        version: 1,
        start: '2026-12-10T08:00:00Z',
        status: 'done',
      });
      expect(moved).toMatchObject({
        date: '2026-12-10',
        status: 'done',
        version: 2,
        title: 'Call with mentor',
      });
      expect((await planFor(api, '2026-11-30', '2026-12-06')).entries.map((e) => e.id)).not.toContain(
        entry.id,
      );
      expect((await planFor(api, '2026-12-07', '2026-12-13')).entries).toContainEqual(moved);

      expectError(await api.delete(`/api/plan/entries/${entry.id}?version=1`), 409, 'version_conflict');
      expect((await api.delete(`/api/plan/entries/${entry.id}?version=2`)).statusCode).toBe(204);
      expectError(await api.get(`/api/plan/entries/${entry.id}`), 404, 'not_found');
      expectError(await api.delete(`/api/plan/entries/${entry.id}?version=2`), 404, 'not_found');
    });

    it('falls on its local day in the plan zone', async () => {
      await setSettings(api, { timezone: 'Asia/Tokyo' });
      const entry = await create({ title: 'Late prep', start: '2026-12-06T16:00:00Z', durationMinutes: 30 });
      expect(entry).toMatchObject({ date: '2026-12-07', localTime: '01:00' });
      const ids = (await planFor(api, '2026-12-07', '2026-12-07')).entries.map((e) => e.id);
      expect(ids).toContain(entry.id);
    });

    it('refuses blank titles, durations out of bounds and instants without an offset', async () => {
      for (const bad of [
        { title: ' ', start: '2026-12-01T10:00:00Z', durationMinutes: 30 },
        { title: 'x', start: '2026-12-01T10:00:00Z', durationMinutes: 0 },
        { title: 'x', start: '2026-12-01T10:00:00Z', durationMinutes: 24 * 60 + 1 },
        { title: 'x', start: '2026-12-01 10:00', durationMinutes: 30 },
        { title: 'x', durationMinutes: 30 },
        { title: 'x', start: '1969-12-31T23:59:59Z', durationMinutes: 30 },
        { title: 'x', start: '3000-01-01T00:00:00Z', durationMinutes: 30 },
      ]) {
        expectError(await api.post('/api/plan/entries', bad), 400);
      }
    });
  });

  describe('entry list', () => {
    it('pages in start order without repeats or gaps, with kind, status and q filters', async () => {
      await updateEntry(api, 'weekly-session-2027-01-04', {
        version: 1,
        status: 'done',
        note: 'Portfolio pass',
      });
      const all: PlanEntry[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/api/plan/entries?from=2027-01-01&to=2027-01-31&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await api.get(query)).json();
        expect(page.items.length).toBeLessThanOrEqual(4);
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const expected = (await planFor(api, '2027-01-01', '2027-01-31')).entries;
      expect(all).toEqual(expected);
      expect(all.filter((e) => e.kind === 'weekly-session')).toHaveLength(13);

      const calibrations = (
        await api.get('/api/plan/entries?from=2027-01-01&to=2027-01-31&kind=monthly-calibration')
      ).json();
      expect(calibrations.items.map((e: PlanEntry) => e.date)).toEqual(['2027-01-02']);
      const done = (await api.get('/api/plan/entries?from=2027-01-01&to=2027-01-31&status=done')).json();
      expect(done.items.map((e: PlanEntry) => e.id)).toEqual(['weekly-session-2027-01-04']);
      const found = (
        await api.get('/api/plan/entries?from=2027-01-01&to=2027-01-31&q=PORTFOLIO%20pass')
      ).json();
      expect(found.items.map((e: PlanEntry) => e.id)).toEqual(['weekly-session-2027-01-04']);
      expectError(await api.get('/api/plan/entries?cursor=not-a-cursor'), 400);
      expectError(await api.get('/api/plan/entries?kind=holiday'), 400);
    });

    it('covers every weekday the user can pick', async () => {
      await setSettings(api, { weekdays: [...DAYS_OF_WEEK] });
      const week = await planFor(api, '2027-02-08', '2027-02-14');
      expect(week.entries.filter((e) => e.kind === 'weekly-session').map((e) => dayOfWeekOf(e.date))).toEqual(
        [...DAYS_OF_WEEK],
      );
    });
  });
});
