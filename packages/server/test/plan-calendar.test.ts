/** GET /api/plan.ics: the plan as an iCalendar feed, read back as a calendar app reads it. */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { PlanEntry } from '../src/services/plan-schema';
import { forEachDatabase } from './databases';
import {
  expectError,
  icsInstant,
  type ParsedCalendar,
  parseICalendar,
  planFor,
  setSettings,
  updateEntry,
} from './plan-api';
import { type Api, apiFor } from './story-api';

/** RFC 5545 TEXT unescaped: \\n, \\, \\; and \\\\. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

forEachDatabase('plan calendar feed', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
  });
  afterAll(async () => {
    await api.app.close();
  });
  beforeEach(async () => {
    await setSettings(api, {
      timezone: 'Europe/Dublin',
      practiceTime: '07:30',
      weekdays: ['monday', 'wednesday', 'friday'],
      calibration: { ordinal: 'first', weekday: 'saturday', time: '09:00' },
      startDate: '2026-01-01',
      active: true,
    });
  });

  const feed = async (query: string): Promise<ParsedCalendar & { text: string }> => {
    const response = await api.get(`/api/plan.ics${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    return { ...parseICalendar(response.body), text: response.body };
  };
  const byUid = (calendar: ParsedCalendar) =>
    new Map(calendar.events.map((event) => [event.get('UID')?.value ?? '', event]));

  it('has one event per plan entry, at its start and end, with UIDs derived from entry ids', async () => {
    const view = await planFor(api, '2026-11-30', '2026-12-13');
    const calendar = await feed('?from=2026-11-30&to=2026-12-13');
    expect(calendar.calendar.get('VERSION')?.value).toBe('2.0');
    expect(calendar.events).toHaveLength(view.entries.length);
    const events = byUid(calendar);
    for (const entry of view.entries) {
      const event = events.get(`plan-${entry.id}@onsite.local`);
      expect(event, entry.id).toBeDefined();
      expect(icsInstant(event?.get('DTSTART')?.value ?? '')).toBe(entry.start);
      expect(icsInstant(event?.get('DTEND')?.value ?? '')).toBe(entry.end);
      expect(unescapeText(event?.get('SUMMARY')?.value ?? '')).toBe(entry.title);
    }
    // The monthly calibration (first Saturday of December, 09:00 Dublin = UTC in winter) is there.
    const calibration = events.get('plan-monthly-calibration-2026-12-05@onsite.local');
    expect(calibration?.get('DTSTART')?.value).toBe('20261205T090000Z');
    expect(unescapeText(calibration?.get('DESCRIPTION')?.value ?? '')).toContain('full mock interview loop');
  });

  it('keeps UIDs and times stable across two reads', async () => {
    const first = await feed('?from=2026-11-01&to=2027-01-31');
    const second = await feed('?from=2026-11-01&to=2027-01-31');
    const times = (calendar: ParsedCalendar) =>
      calendar.events.map((e) => [e.get('UID')?.value, e.get('DTSTART')?.value, e.get('DTEND')?.value]);
    expect(times(second)).toEqual(times(first));
    expect(new Set(first.events.map((e) => e.get('UID')?.value)).size).toBe(first.events.length);
  });

  it('shows done and skipped state, bumps SEQUENCE on change, and never carries notes', async () => {
    await updateEntry(api, 'weekly-session-2026-12-14', {
      version: 1,
      status: 'done',
      note: 'PRIVATE-NOTE-1',
    });
    await updateEntry(api, 'weekly-session-2026-12-16', {
      version: 1,
      status: 'skipped',
      note: 'PRIVATE-NOTE-2',
    });
    const calendar = await feed('?from=2026-12-14&to=2026-12-20');
    const events = byUid(calendar);
    const done = events.get('plan-weekly-session-2026-12-14@onsite.local');
    expect(unescapeText(done?.get('SUMMARY')?.value ?? '').startsWith('✓ ')).toBe(true);
    expect(done?.get('SEQUENCE')?.value).toBe('2');
    expect(events.get('plan-weekly-session-2026-12-16@onsite.local')?.get('STATUS')?.value).toBe('CANCELLED');
    expect(events.get('plan-weekly-session-2026-12-18@onsite.local')?.get('SEQUENCE')?.value).toBe('1');
    expect(calendar.text).not.toContain('PRIVATE-NOTE');
  });

  it('includes one-offs with awkward titles as valid, escaped text', async () => {
    const title = 'Prep; Acme, round 2 \\ "bar raiser"\r\n— ready? 🚀'.padEnd(150, '·');
    const response = await api.post('/api/plan/entries', {
      title,
      start: '2026-12-15T12:00:00Z',
      durationMinutes: 90,
      note: 'PRIVATE-NOTE-3',
    });
    expect(response.statusCode).toBe(201);
    const entry: PlanEntry = response.json();
    const calendar = await feed('?from=2026-12-14&to=2026-12-20');
    const event = byUid(calendar).get(`plan-${entry.id}@onsite.local`);
    // Control characters (the CR and LF) become spaces; everything else survives the escaping.
    expect(unescapeText(event?.get('SUMMARY')?.value ?? '')).toBe(title.replace(/[\r\n]/g, ' '));
    expect(event?.get('DTEND')?.value).toBe('20261215T133000Z');
    expect(calendar.text).not.toContain('PRIVATE-NOTE');
  });

  it('defaults to four weeks back through half a year ahead', async () => {
    const calendar = await feed('');
    const starts = calendar.events.map((e) => icsInstant(e.get('DTSTART')?.value ?? '')).sort();
    const now = Date.now();
    const day = 86_400_000;
    expect(Date.parse(starts[0] ?? '')).toBeLessThan(now - 21 * day);
    expect(Date.parse(starts.at(-1) ?? '')).toBeGreaterThan(now + 170 * day);
    expect(
      calendar.events.filter((e) => e.get('UID')?.value?.includes('monthly-calibration')).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it('is an empty but valid calendar for a paused plan, keeping only recorded sessions', async () => {
    await setSettings(api, { active: false });
    expect((await feed('?from=2026-12-21&to=2026-12-27')).events).toEqual([]);
    // The sessions marked done and skipped above are history, not schedule: they stay.
    const recorded = (await feed('?from=2026-12-14&to=2026-12-20')).events.map((e) => e.get('UID')?.value);
    expect(recorded.filter((uid) => uid?.startsWith('plan-weekly'))).toEqual([
      'plan-weekly-session-2026-12-14@onsite.local',
      'plan-weekly-session-2026-12-16@onsite.local',
    ]);
    expectError(await api.get('/api/plan.ics?from=2026-12-20&to=2026-12-14'), 400);
  });

  it('lives beside /api/plan and /api/plan/… in the router and the OpenAPI document', async () => {
    const doc = (await api.get('/api/openapi.json')).json();
    for (const path of [
      '/api/plan',
      '/api/plan.ics',
      '/api/plan/settings',
      '/api/plan/entries',
      '/api/plan/entries/{id}',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(Object.keys(doc.paths['/api/plan.ics'].get.responses['200'].content)).toEqual(['text/calendar']);
    expect((await api.get('/api/plan/settings')).statusCode).toBe(200);
    expectError(await api.get('/api/plan.json'), 404);
  });
});
