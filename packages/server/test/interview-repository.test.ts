/**
 * The repository functions other nouns read (dashboard, plan calendar feed): countStoryUses,
 * nextInterviews, overdueThankYous, dueFollowUps, listInterviewsBetween, against a pinned clock.
 */
import { beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import {
  countStoryUses,
  dueFollowUps,
  listInterviewsBetween,
  nextInterviews,
  overdueThankYous,
} from '../src/db/repositories/interview';
import type { Storage } from '../src/db/storage';
import { createInterviewService } from '../src/services/interview';
import type { Interview, InterviewCreateInput } from '../src/services/interview-schema';
import { createStoryService } from '../src/services/story';
import { forEachDatabase } from './databases';

const NOW = new Date('2026-09-30T10:00:00.000Z');

forEachDatabase('interview repository helpers', (_getStorage, database) => {
  let storage: Storage;
  const stories: string[] = [];
  /** By name, for readable expectations. */
  const made = new Map<string, Interview>();

  const interview = (name: string): Interview => {
    const found = made.get(name);
    if (!found) throw new Error(`no interview ${name}`);
    return found;
  };

  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    const storyService = createStoryService(storage);
    for (const title of ['A', 'B', 'C', 'unused']) stories.push((await storyService.create({ title })).id);
    const [a, b, c] = stories as [string, string, string];
    const service = createInterviewService(storage, { now: () => NOW });
    const seed: [string, InterviewCreateInput][] = [
      // Ended 2 days ago, note not sent: overdue. Follow-up yesterday: due (overdue).
      [
        'lastWeek',
        {
          company: 'Globex',
          startsAt: '2026-09-28T09:00:00Z',
          storiesUsed: [a, b],
          followUp: { date: '2026-09-29' },
        },
      ],
      // Ended 2 days ago but the note went out: not overdue. Follow-up done: not due.
      [
        'sent',
        {
          company: 'Globex',
          startsAt: '2026-09-28T08:00:00Z',
          storiesUsed: [a],
          thankYou: { status: 'sent' },
          followUp: { date: '2026-09-29', done: true },
        },
      ],
      // Ended an hour ago: deadline ahead, not overdue. Follow-up today: due.
      ['earlier', { company: 'Acme', startsAt: '2026-09-30T08:00:00Z', followUp: { date: '2026-09-30' } }],
      // In progress at NOW: still counts as next.
      [
        'inProgress',
        { company: 'Acme', startsAt: '2026-09-30T09:30:00Z', durationMinutes: 60, storiesUsed: [c, a] },
      ],
      // Tomorrow and next month. Follow-up tomorrow: not due yet.
      [
        'tomorrow',
        { company: 'Initech', startsAt: '2026-10-01T15:00:00Z', followUp: { date: '2026-10-01' } },
      ],
      ['nextMonth', { company: 'Initech', startsAt: '2026-10-20T15:00:00Z', storiesUsed: [b] }],
      // Deadline exactly at NOW: met, not overdue.
      ['deadlineNow', { company: 'Acme', startsAt: '2026-09-29T09:00:00Z', durationMinutes: 60 }],
    ];
    for (const [name, body] of seed) made.set(name, await service.create(body));
  });

  it('countStoryUses: interviews per story; unused stories are absent', async () => {
    const [a, b, c, unused] = stories as [string, string, string, string];
    const uses = await countStoryUses(storage.db);
    expect(Object.fromEntries(uses)).toEqual({ [a]: 3, [b]: 2, [c]: 1 });
    expect(uses.has(unused)).toBe(false);
  });

  it('nextInterviews: not yet ended (one in progress counts), soonest first, at most `limit`', async () => {
    const next = await nextInterviews(storage.db, NOW, 10);
    expect(next.map((i) => i.id)).toEqual(
      ['inProgress', 'tomorrow', 'nextMonth'].map((n) => interview(n).id),
    );
    expect(next[0]).toEqual(interview('inProgress'));
    expect((await nextInterviews(storage.db, NOW, 1)).map((i) => i.id)).toEqual([interview('inProgress').id]);
    expect(await nextInterviews(storage.db, NOW, 0)).toEqual([]);
    expect(await nextInterviews(storage.db, new Date('2027-01-01T00:00:00Z'), 5)).toEqual([]);
  });

  it('overdueThankYous: unsent and past the deadline at now, most overdue first; the exact instant is not late', async () => {
    const overdue = await overdueThankYous(storage.db, NOW);
    expect(overdue.map((i) => i.id)).toEqual([interview('lastWeek').id]);
    expect(overdue[0]).toEqual(interview('lastWeek'));
    const later = await overdueThankYous(storage.db, new Date(NOW.getTime() + 1));
    expect(later.map((i) => i.id)).toEqual(['lastWeek', 'deadlineNow'].map((n) => interview(n).id));
  });

  it('dueFollowUps: not done, dated today (UTC) or earlier, earliest first', async () => {
    const due = await dueFollowUps(storage.db, NOW);
    expect(due.map((i) => i.id)).toEqual(['lastWeek', 'earlier'].map((n) => interview(n).id));
    const tomorrow = await dueFollowUps(storage.db, new Date('2026-10-01T00:00:00Z'));
    expect(tomorrow.map((i) => i.id)).toEqual(
      ['lastWeek', 'earlier', 'tomorrow'].map((n) => interview(n).id),
    );
  });

  it('listInterviewsBetween: starts in [from, to), soonest first, whole records with their stories', async () => {
    const between = await listInterviewsBetween(
      storage.db,
      new Date('2026-09-28T09:00:00Z'),
      new Date('2026-10-01T15:00:00Z'),
    );
    expect(between).toEqual(['lastWeek', 'deadlineNow', 'earlier', 'inProgress'].map(interview));
    expect(between[3]?.storiesUsed).toHaveLength(2);
    expect(await listInterviewsBetween(storage.db, new Date('2030-01-01'), new Date('2031-01-01'))).toEqual(
      [],
    );
  });
});
