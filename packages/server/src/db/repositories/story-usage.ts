/**
 * How often each story has been told, for the portfolio's overuse and freshness signals. Each
 * noun that records a told story (practice answers, real interviews) counts its own rows; this
 * file only adds those counts up per story.
 */
import type { StoryUsage, UsageById } from '@onsite/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { countStoryUses as countInterviewUses } from './interview';
import { countStoryUses as countPracticeUses } from './practice';

type Db = Kysely<Database>;

function addCounts(
  usage: Record<string, StoryUsage>,
  counts: ReadonlyMap<string, number>,
  kind: keyof StoryUsage,
) {
  for (const [storyId, count] of counts) {
    const current = usage[storyId] ?? { practice: 0, interviews: 0 };
    usage[storyId] = { ...current, [kind]: current[kind] + count };
  }
}

/** Uses per story id; a story never told is absent. */
export async function countStoryUsage(db: Db): Promise<UsageById> {
  // Null-prototype, so a story id such as "constructor" is an ordinary key.
  const usage: Record<string, StoryUsage> = Object.create(null);
  const [practice, interviews] = await Promise.all([countPracticeUses(db), countInterviewUses(db)]);
  addCounts(usage, practice, 'practice');
  addCounts(usage, interviews, 'interviews');
  return usage;
}
