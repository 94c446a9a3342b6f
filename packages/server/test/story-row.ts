/**
 * A complete stories row for specs and child processes that write rows directly. Free of vitest,
 * so a plain `node` child (the crash loop, the CLI's backup writer) can import it too.
 */
import type { Insertable } from 'kysely';
import type { StoryTable } from '../src/db/schema';

/** A complete stories row with blank text; tests override the fields they are about. */
export function storyRow(
  id: string,
  overrides: Partial<Insertable<StoryTable>> = {},
): Insertable<StoryTable> {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    id,
    title: `Story ${id}`,
    situation: '',
    task: '',
    action: '',
    result: '',
    learnings: '',
    leadership_dimension: '',
    strategic_implication: '',
    context: '',
    principle: '',
    concept: '',
    application: '',
    impact: '',
    metrics: '[]',
    tags: '[]',
    principles: '[]',
    target_level: null,
    version: 1,
    analysis: null,
    analysis_version: null,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}
