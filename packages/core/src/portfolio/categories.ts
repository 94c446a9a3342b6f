/**
 * Which portfolio category (People Leadership, Crisis Management…) a story fills. Stories carry
 * competency tags rather than a category, so the category is read from the tags: each tag belongs
 * to one category, and the story's primary category is the one most of its tags belong to (a tie
 * goes to the category of the earliest tag, since candidates list the main tag first).
 */
import type { CompetencyTag } from '../framework/ids';
import type { STORY_CATEGORIES } from '../framework/portfolio';

export type StoryCategoryId = (typeof STORY_CATEGORIES)[number]['id'];

/** Every tag's category. Conflict and influence are cross-functional work; failure sits with crisis. */
export const CATEGORY_OF_TAG: Readonly<Record<CompetencyTag, StoryCategoryId>> = {
  hiring: 'people-leadership',
  performance: 'people-leadership',
  diversity: 'people-leadership',
  culture: 'people-leadership',
  technical: 'technical-leadership',
  innovation: 'technical-leadership',
  business: 'business-impact',
  strategy: 'business-impact',
  crisis: 'crisis-management',
  failure: 'crisis-management',
  change: 'organizational-change',
  scale: 'organizational-change',
  influence: 'cross-functional',
  conflict: 'cross-functional',
};

/** The story's primary category, or null for a story with no tags yet. */
export function primaryCategory(tags: readonly CompetencyTag[]): StoryCategoryId | null {
  const votes = new Map<StoryCategoryId, number>();
  for (const tag of tags) {
    const category = CATEGORY_OF_TAG[tag];
    votes.set(category, (votes.get(category) ?? 0) + 1);
  }
  let best: StoryCategoryId | null = null;
  let bestVotes = 0;
  // Map keeps insertion order, which is the order of each category's earliest tag: a later
  // category replaces the leader only with strictly more votes.
  for (const [category, count] of votes) {
    if (count > bestVotes) {
      best = category;
      bestVotes = count;
    }
  }
  return best;
}
