/** The import specs' shared assertion: each corruption of one exported record is refused, nothing written. */
import { expect } from 'vitest';
import type { ExportPair } from './export-fixtures';

export interface ErrorReply {
  error: { code: string; message: string; details?: { errors?: Record<string, unknown>[] } };
}

/** An edit of one record, and the fields (dotted paths) import must name for it, in order. */
export type Corruption = [Record<string, unknown>, ...string[]];

export type Exported = Record<string, Record<string, unknown>[]>;

/**
 * Exports the source's first record of `section`, then imports it into the empty target once per
 * corruption: each must be refused with one error per expected path, naming section, index and
 * id (the corrupted record's, as import reports it), and nothing written. Returns the export, for the caller to import intact.
 */
export async function expectEachRefused(pair: ExportPair, section: string, corruptions: Corruption[]) {
  const exported = (await pair.api().get('/api/export')).json<Exported>();
  const [record] = exported[section] ?? [];
  if (!record) throw new Error(`the export must hold a record of ${section}`);
  for (const [change, ...paths] of corruptions) {
    const changed = { ...record, ...change };
    const records = [changed, ...(exported[section] ?? []).slice(1)];
    const reply = await pair.targetApi().post('/api/import', { ...exported, [section]: records });
    expect(reply.statusCode, `${JSON.stringify(change)}: ${reply.body}`).toBe(422);
    const body = reply.json<ErrorReply>();
    expect(body.error.code).toBe('invalid_records');
    expect(body.error.details?.errors, JSON.stringify(change)).toEqual(
      paths.map((path) =>
        expect.objectContaining({ section, index: 0, id: changed.id ?? changed.storyId ?? null, path }),
      ),
    );
  }
  expect((await pair.targetApi().get('/api/export')).json()).toMatchObject({ [section]: [] });
  return { exported, record };
}
