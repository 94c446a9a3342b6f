/**
 * The interview service with a pinned clock and ids: the stamps it writes, and the same rules the
 * routes rely on when the CLI's import calls it directly (validation, 404/409, invalid_reference).
 */
import { beforeAll, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { ServiceError } from '../src/services/errors';
import { createInterviewService, type InterviewService } from '../src/services/interview';
import { forEachDatabase } from './databases';

forEachDatabase('interview service', (getStorage) => {
  let clock = new Date('2026-04-01T08:00:00.000Z');
  let counter = 0;
  let service: InterviewService;

  beforeAll(() => {
    // The closure is shared by both engines' suites: each starts from the same instant.
    clock = new Date('2026-04-01T08:00:00.000Z');
    service = createInterviewService(getStorage(), {
      now: () => clock,
      newId: () => `interview-${++counter}-${Math.random().toString(36).slice(2)}`,
    });
  });

  const codeOf = async (work: Promise<unknown>): Promise<string> => {
    try {
      await work;
    } catch (error) {
      if (error instanceof ServiceError) return error.code;
      if (error instanceof ZodError) return 'invalid';
      throw error;
    }
    return 'ok';
  };

  it('stamps created/updated and a note marked sent with the clock it was given', async () => {
    const created = await service.create({ company: 'Acme', startsAt: '2026-03-31T15:00:00Z' });
    expect(created.id).toMatch(/^interview-\d+-/);
    expect(created).toMatchObject({
      createdAt: '2026-04-01T08:00:00.000Z',
      updatedAt: '2026-04-01T08:00:00.000Z',
    });

    clock = new Date('2026-04-01T09:15:00.000Z');
    const sent = await service.update(created.id, { thankYou: { status: 'sent' } }, 1);
    expect(sent.thankYou).toMatchObject({ status: 'sent', sentAt: '2026-04-01T09:15:00.000Z' });
    expect(sent).toMatchObject({
      createdAt: created.createdAt,
      updatedAt: '2026-04-01T09:15:00.000Z',
      version: 2,
    });
    expect(await service.get(created.id)).toEqual(sent);
  });

  it('validates input itself, whoever calls it', async () => {
    expect(await codeOf(service.create({ company: '', startsAt: '2026-03-31T15:00:00Z' }))).toBe('invalid');
    expect(await codeOf(service.create({ company: 'A', startsAt: 'yesterday' }))).toBe('invalid');
    const made = await service.create({ company: 'Acme', startsAt: '2026-03-31T15:00:00Z' });
    expect(await codeOf(service.update(made.id, { durationMinutes: -5 }, 1))).toBe('invalid');
    expect(await codeOf(service.update(made.id, {}, 0))).toBe('invalid');
    expect(await service.get(made.id)).toEqual(made);
  });

  it('reports not_found, version_conflict and invalid_reference by code', async () => {
    const made = await service.create({ company: 'Acme', startsAt: '2026-03-31T15:00:00Z' });
    expect(await codeOf(service.get('nope'))).toBe('not_found');
    expect(await codeOf(service.update('nope', {}, 1))).toBe('not_found');
    expect(await codeOf(service.delete('nope', 1))).toBe('not_found');
    expect(await codeOf(service.update(made.id, {}, 2))).toBe('version_conflict');
    expect(await codeOf(service.delete(made.id, 2))).toBe('version_conflict');
    expect(await codeOf(service.update(made.id, { storiesUsed: ['ghost'] }, 1))).toBe('invalid_reference');
    expect(
      await codeOf(service.create({ company: 'A', startsAt: made.startsAt, storiesUsed: ['ghost'] })),
    ).toBe('invalid_reference');
    // An empty patch is still a write: it moves the version on.
    expect((await service.update(made.id, {}, 1)).version).toBe(2);
    await service.delete(made.id, 2);
    expect(await codeOf(service.get(made.id))).toBe('not_found');
  });
});
