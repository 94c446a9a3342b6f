/**
 * `onsite import` runs the server's one import path: a stamp the server would never write and an
 * interview linked to a company that exists nowhere are listed per record (section, index, id,
 * field), nothing is written, exit 2; the same file with both fixed imports. Real binary, SQLite.
 */
import { join } from 'node:path';
import { emptyChecklist } from '@onsite/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const envFor = (dataDir: string) => ({ ONSITE_DATA_DIR: dataDir, ONSITE_DATABASE_URL: '' });

/** A complete interview row as an export holds it (derived columns as the server computes them). */
function interview(id: string, changes: Record<string, unknown> = {}) {
  return {
    id,
    company: 'Acme',
    companyKey: 'acme',
    companyId: null,
    role: '',
    round: '',
    type: null,
    startsAt: '2026-03-10T14:30:00.000Z',
    durationMinutes: 45,
    endsAt: '2026-03-10T15:15:00.000Z',
    location: '',
    interviewers: '[]',
    checklist: JSON.stringify(emptyChecklist()),
    notes: '',
    questionsAsked: '[]',
    questionsText: '',
    thankYouDraft: '',
    thankYouStatus: 'not-started',
    thankYouSentAt: null,
    thankYouDeadline: '2026-03-11T15:15:00.000Z',
    followUpDate: null,
    followUpDone: 0,
    reflection: '',
    reflectionWentWell: '',
    reflectionToImprove: '',
    selfRating: null,
    outcome: 'pending',
    version: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...changes,
  };
}

const exportOf = (interviews: unknown[]) =>
  JSON.stringify({ format: 'onsite-export', formatVersion: 1, interviews });

describe('onsite import checks stamps and company links (real binary)', { timeout: 120_000 }, () => {
  it('lists a malformed stamp and a link to no company, writes nothing, exits 2; fixed, it imports', () => {
    const dataDir = join(tmp.dir, 'checks');
    const bad = tmp.write(
      'bad.json',
      exportOf([
        interview('iv-stamp', { updatedAt: '2026-03-01 09:00' }),
        interview('iv-link', { companyId: 'ghost-co' }),
        interview('iv-built-in', { companyId: 'amazon' }),
      ]),
    );
    const run = runBin(['import', bad], { env: envFor(dataDir) });
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/bad\.json: 2 records are invalid; nothing was imported\.$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^ {2}interviews\[0\] \(id iv-stamp\): updatedAt: expected an ISO-8601 UTC instant/,
      ),
      expect.stringMatching(/^ {2}interviews\[1\] \(id iv-link\): companyId: refers to companies ghost-co, /),
    ]);
    const stored = JSON.parse(runBin(['export'], { env: envFor(dataDir) }).stdout) as {
      interviews: unknown[];
    };
    expect(stored.interviews).toEqual([]);

    const good = tmp.write(
      'good.json',
      exportOf([
        interview('iv-stamp'),
        interview('iv-link', { companyId: null }),
        interview('iv-built-in', { companyId: 'amazon' }),
      ]),
    );
    const fixed = runBin(['import', good], { env: envFor(dataDir) });
    expect(fixed).toMatchObject({ status: 0, stderr: '' });
    expect(fixed.stdout).toBe('Imported: 3 created, 0 unchanged, 0 replaced, 0 conflicts\n');
  });
});
