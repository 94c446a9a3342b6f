/** Portfolios for the export and import specs, and a way to empty an instance between runs. */
import { beforeAll, beforeEach } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { createStoryService } from '../src/services/story';
import type { StoryCreateInput } from '../src/services/story-schema';
import type { TestDatabase } from './databases';
import { type Api, apiFor, FULL_STORY } from './story-api';

/**
 * The tables export/import covers, children first (so deleting in this order never trips a
 * foreign key). Add a section's tables here when it joins EXPORT_SECTIONS.
 */
const TABLES_CHILDREN_FIRST = [
  'interview_stories',
  'practice_answers',
  'story_versions',
  'stories',
  'questions',
  'companies',
  'company_notes',
  'practice_sessions',
  'assessments',
  'interviews',
  'plan_settings',
  'plan_entries',
] as const;

/** Deletes every exported record, leaving the schema: an empty instance for the next case. */
export async function emptyAll(storage: Storage): Promise<void> {
  await storage.transaction(async (trx) => {
    for (const table of TABLES_CHILDREN_FIRST) await trx.deleteFrom(table).execute();
  });
}

/**
 * Three stories: a complete one (analysed), a title-only draft (no analysis), and one edited
 * twice (two history entries). Returns the edited one's id.
 */
export async function seedPortfolio(storage: Storage): Promise<{ edited: string }> {
  let tick = Date.parse('2026-02-01T09:00:00.000Z');
  const now = () => {
    tick += 60_000;
    return new Date(tick);
  };
  const stories = createStoryService(storage, { now });
  await stories.create(FULL_STORY as StoryCreateInput);
  await stories.create({ title: 'A draft with only a title' });
  const edited = await stories.create({
    title: 'Reorg of the platform group',
    situation: 'Two teams owned one service.',
  });
  await stories.update(edited.id, { task: 'I had to pick one owner within a month.' }, 1);
  await stories.update(edited.id, { result: 'One owner, pager load halved.', tags: ['change'] }, 2);
  return { edited: edited.id };
}

/** A source instance's API and an empty, migrated target to import into, both emptied before each spec. */
export interface ExportPair {
  api(): Api;
  target(): Storage;
  targetApi(): Api;
}

/** Sets up an ExportPair on the suite's database (call inside a forEachDatabase suite). */
export function exportPair(getStorage: () => Storage, database: TestDatabase): ExportPair {
  let api: Api;
  let target: Storage;
  let targetApi: Api;
  beforeAll(async () => {
    api = await apiFor(getStorage());
    target = await database.fresh();
    await migrate(target);
    targetApi = await apiFor(target);
  });
  beforeEach(async () => {
    await emptyAll(getStorage());
    await emptyAll(target);
  });
  return { api: () => api, target: () => target, targetApi: () => targetApi };
}
