/**
 * How far the portfolio is from the 20–30 story target and from each category's quota.
 */
import { PORTFOLIO_TARGET, STORY_CATEGORIES } from '../framework/portfolio';
import type { StoryCategoryId } from './categories';

export type QuotaStatus = 'under' | 'within' | 'over';

export interface CategoryProgress {
  id: StoryCategoryId;
  name: string;
  count: number;
  quota: { min: number; max: number };
  status: QuotaStatus;
}

export interface PortfolioProgress {
  stories: number;
  target: { min: number; max: number };
  status: QuotaStatus;
  /** Stories still to write before the target's minimum (0 once reached). */
  toTarget: number;
  categories: CategoryProgress[];
  /** Stories without tags, so without a category. */
  uncategorised: number;
}

function statusOf(count: number, quota: { min: number; max: number }): QuotaStatus {
  if (count < quota.min) return 'under';
  return count > quota.max ? 'over' : 'within';
}

/** `categories` holds each story's primary category (null when it has no tags). */
export function portfolioProgress(categories: readonly (StoryCategoryId | null)[]): PortfolioProgress {
  const counts = new Map<StoryCategoryId, number>();
  let uncategorised = 0;
  for (const category of categories) {
    if (category === null) uncategorised++;
    else counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const target = { min: PORTFOLIO_TARGET.min, max: PORTFOLIO_TARGET.max };
  return {
    stories: categories.length,
    target,
    status: statusOf(categories.length, target),
    toTarget: Math.max(0, target.min - categories.length),
    categories: STORY_CATEGORIES.map((category) => {
      const count = counts.get(category.id) ?? 0;
      return {
        id: category.id,
        name: category.name,
        count,
        quota: { ...category.quota },
        status: statusOf(count, category.quota),
      };
    }),
    uncategorised,
  };
}
