/** The interview part of GET /api/plan.ics: interviews, thank-you deadlines, recruiter follow-ups. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Interview } from '../src/services/interview-schema';
import { forEachDatabase } from './databases';
import { FULL_INTERVIEW } from './interview-api';
import { icsInstant, type ParsedCalendar, parseICalendar, setSettings } from './plan-api';
import { type Api, apiFor } from './story-api';

function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

forEachDatabase('plan calendar feed: interviews', (getStorage) => {
  let api: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
    await setSettings(api, { timezone: 'America/New_York', startDate: '2026-01-01', active: true });
  });
  afterAll(async () => {
    await api.app.close();
  });

  const createInterview = async (body: object): Promise<Interview> => {
    const response = await api.post('/api/interviews', body);
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const feed = async (query: string): Promise<ParsedCalendar & { text: string }> => {
    const response = await api.get(`/api/plan.ics${query}`);
    expect(response.statusCode).toBe(200);
    return { ...parseICalendar(response.body), text: response.body };
  };
  const eventsByUid = (calendar: ParsedCalendar) =>
    new Map(calendar.events.map((event) => [event.get('UID')?.value ?? '', event]));

  it('shows the interview, its thank-you deadline and its follow-up, with titles only', async () => {
    const interview = await createInterview(FULL_INTERVIEW);
    const calendar = await feed('?from=2026-03-09&to=2026-03-22');
    const events = eventsByUid(calendar);

    const shown = events.get(`interview-${interview.id}@onsite.local`);
    expect(unescapeText(shown?.get('SUMMARY')?.value ?? '')).toBe('Interview: Amazon (Bar raiser)');
    expect(icsInstant(shown?.get('DTSTART')?.value ?? '')).toBe(interview.startsAt);
    expect(icsInstant(shown?.get('DTEND')?.value ?? '')).toBe(interview.endsAt);

    const thankYou = events.get(`thank-you-${interview.id}@onsite.local`);
    expect(icsInstant(thankYou?.get('DTEND')?.value ?? '')).toBe(interview.thankYou.deadline);
    expect(Date.parse(interview.thankYou.deadline) - Date.parse(interview.endsAt)).toBe(24 * 3_600_000);
    expect(unescapeText(thankYou?.get('SUMMARY')?.value ?? '')).toBe('Thank-you note due: Amazon');

    const followUp = events.get(`follow-up-${interview.id}@onsite.local`);
    expect(followUp?.get('DTSTART')).toEqual({ params: ';VALUE=DATE', value: '20260317' });
    expect(unescapeText(followUp?.get('SUMMARY')?.value ?? '')).toContain('Amazon');

    // Nothing the user wrote about the interview leaves in the feed beyond company and round.
    for (const secret of [
      FULL_INTERVIEW.notes,
      FULL_INTERVIEW.thankYou.draft,
      FULL_INTERVIEW.reflection.wentWell,
      'Priya Raman',
      'disagreed with your manager',
      'chime.example',
    ]) {
      expect(calendar.text).not.toContain(secret.slice(0, 20));
    }
  });

  it('keeps UIDs stable across reads and marks a sent note and a done follow-up', async () => {
    const interview = await createInterview({
      company: 'Acme, Inc; Platform',
      round: '',
      startsAt: '2026-04-06T14:00:00Z',
      durationMinutes: 45,
      thankYou: { status: 'sent' },
      followUp: { date: '2026-04-10', done: true },
    });
    const first = await feed('?from=2026-04-06&to=2026-04-12');
    const second = await feed('?from=2026-04-06&to=2026-04-12');
    const uids = (calendar: ParsedCalendar) => calendar.events.map((e) => e.get('UID')?.value);
    expect(uids(second)).toEqual(uids(first));
    const events = eventsByUid(first);
    expect(
      unescapeText(events.get(`interview-${interview.id}@onsite.local`)?.get('SUMMARY')?.value ?? ''),
    ).toBe('Interview: Acme, Inc; Platform');
    expect(
      unescapeText(events.get(`thank-you-${interview.id}@onsite.local`)?.get('SUMMARY')?.value ?? ''),
    ).toMatch(/^✓ /);
    expect(
      unescapeText(events.get(`follow-up-${interview.id}@onsite.local`)?.get('SUMMARY')?.value ?? ''),
    ).toMatch(/^✓ /);
  });

  it('includes a deadline inside the window for an interview that started before it, and nothing outside', async () => {
    // Ends Sunday 23:00 New York time; its deadline is Monday 23:00, inside a Monday-to-Sunday window.
    const interview = await createInterview({
      company: 'Globex',
      startsAt: '2026-05-10T22:00:00-04:00',
      durationMinutes: 60,
    });
    const week = eventsByUid(await feed('?from=2026-05-11&to=2026-05-17'));
    expect(week.has(`interview-${interview.id}@onsite.local`)).toBe(false);
    expect(week.has(`thank-you-${interview.id}@onsite.local`)).toBe(true);
    const before = eventsByUid(await feed('?from=2026-05-04&to=2026-05-10'));
    expect(before.has(`interview-${interview.id}@onsite.local`)).toBe(true);
    expect(before.has(`thank-you-${interview.id}@onsite.local`)).toBe(false);
  });
});
