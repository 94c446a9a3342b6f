/**
 * Helpers for the plan specs: typed calls on /api/plan and a small RFC 5545 reader that unfolds
 * lines and splits a feed into its events, so the specs check the feed as a calendar app sees it.
 */
import { expect } from 'vitest';
import type { PlanEntry, PlanSettings, PlanView } from '../src/services/plan-schema';
import type { Api } from './story-api';

export interface ErrorResponse {
  error: { code: string; message: string; details?: { current?: unknown } };
}

export function expectError(
  response: { statusCode: number; json(): unknown },
  status: number,
  code?: string,
) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as ErrorResponse;
  expect(typeof body.error.message).toBe('string');
  if (code) expect(body.error.code).toBe(code);
  return body;
}

export async function getSettings(api: Api): Promise<PlanSettings> {
  const response = await api.get('/api/plan/settings');
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** Applies `patch` at the current version and returns the new settings. */
export async function setSettings(
  api: Api,
  patch: Partial<Omit<PlanSettings, 'version'>>,
): Promise<PlanSettings> {
  const { version } = await getSettings(api);
  const response = await api.put('/api/plan/settings', { ...patch, version });
  expect(response.statusCode).toBe(200);
  return response.json();
}

export async function planFor(api: Api, from: string, to: string): Promise<PlanView> {
  const response = await api.get(`/api/plan?from=${from}&to=${to}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

export async function updateEntry(api: Api, id: string, body: object): Promise<PlanEntry> {
  const response = await api.put(`/api/plan/entries/${id}`, body);
  expect(response.statusCode).toBe(200);
  return response.json();
}

export type CalendarProperties = Map<string, { params: string; value: string }>;

export interface ParsedCalendar {
  /** Properties of the VCALENDAR itself (outside any component). */
  calendar: CalendarProperties;
  events: CalendarProperties[];
}

/**
 * Reads an iCalendar document strictly enough to fail on what a calendar app would reject:
 * CRLF line ends, balanced BEGIN/END, `NAME[;PARAMS]:VALUE` lines, lines of at most 75 octets.
 */
export function parseICalendar(text: string): ParsedCalendar {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line.includes('\r') || line.includes('\n')).toBe(false);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75 * 4);
  }
  // Unfold: a line starting with a space or tab continues the previous one.
  const lines: string[] = [];
  for (const line of physical) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) {
      lines[lines.length - 1] += line.slice(1);
    } else {
      lines.push(line);
    }
  }
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const calendar: CalendarProperties = new Map();
  const events: CalendarProperties[] = [];
  const stack: string[] = [];
  let current: CalendarProperties | null = null;
  for (const line of lines) {
    const match = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(match, `malformed line: ${line}`).not.toBeNull();
    const [, name = '', params = '', value = ''] = match ?? [];
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = new Map();
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
      if (value === 'VEVENT' && current) {
        events.push(current);
        current = null;
      }
    } else if (current && stack.at(-1) === 'VEVENT') {
      current.set(name, { params, value });
    } else if (stack.length === 1) {
      calendar.set(name, { params, value });
    }
  }
  expect(stack).toEqual([]);
  for (const event of events) {
    for (const required of ['UID', 'DTSTART', 'DTSTAMP', 'SUMMARY']) expect(event.has(required)).toBe(true);
  }
  return { calendar, events };
}

/** `20261123T073000Z` → `2026-11-23T07:30:00.000Z`. */
export function icsInstant(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  expect(match, `not a UTC date-time: ${value}`).not.toBeNull();
  const [, y, mo, d, h, mi, s] = match ?? [];
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
}
