/**
 * Stories leaned on too hard. A story told in many practice sessions and interviews goes stale
 * (and repeating one across rounds of the same loop is a red flag); a story tagged with half the
 * competencies claims everything and proves nothing.
 */
import type { PortfolioStory, StoryUsage, UsageById } from './types';
import { usesOf } from './types';

export interface OveruseLimits {
  /** A story told more times than this (practice + interviews) is overused. */
  uses: number;
  /** A story tagged with more competencies than this is spread too thin. */
  tags: number;
}

export const DEFAULT_OVERUSE_LIMITS: OveruseLimits = Object.freeze({ uses: 3, tags: 5 });

export interface UsageCount extends StoryUsage {
  total: number;
}

export interface OverusedStory {
  storyId: string;
  title: string;
  uses: UsageCount;
  reasons: string[];
}

export function usageCount(usage: UsageById, storyId: string): UsageCount {
  const { practice, interviews } = usesOf(usage, storyId);
  return { practice, interviews, total: practice + interviews };
}

export function describeUses(uses: UsageCount): string {
  if (uses.total === 0) return 'Never told yet';
  const times = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return `Told ${uses.total === 1 ? 'once' : `${uses.total} times`} (${times(uses.practice, 'practice answer')}, ${times(uses.interviews, 'interview')})`;
}

/** The overused stories, in the order given. */
export function findOverused(
  stories: readonly PortfolioStory[],
  usage: UsageById,
  limits: OveruseLimits = DEFAULT_OVERUSE_LIMITS,
): OverusedStory[] {
  const out: OverusedStory[] = [];
  for (const story of stories) {
    const uses = usageCount(usage, story.id);
    const reasons: string[] = [];
    if (uses.total > limits.uses) {
      reasons.push(`${describeUses(uses)}: more than ${limits.uses}; rest it and rehearse another`);
    }
    if (story.tags.length > limits.tags) {
      reasons.push(
        `Tagged with ${story.tags.length} competencies (more than ${limits.tags}): keep the ones it proves best`,
      );
    }
    if (reasons.length > 0) out.push({ storyId: story.id, title: story.title, uses, reasons });
  }
  return out;
}
