/** Portfolios for the export and import specs, and a way to empty an instance between runs. */
import type { Storage } from '../src/db/storage';
import { createStoryService } from '../src/services/story';
import type { StoryCreateInput } from '../src/services/story-schema';
import { FULL_STORY } from './story-api';

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
