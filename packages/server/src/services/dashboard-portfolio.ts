/**
 * The dashboard's portfolio card from aggregate queries over the stories' stored facts
 * (portfolio-facts.ts) instead of building the whole matrix from every story's text: a count,
 * stories per category, the strongest cell per competency, and the few stories the overuse rule
 * can flag. Core's own rules turn those into the card, so it reads exactly as the matrix's
 * numbers would.
 */
import {
  COMPETENCY_TAGS,
  COVERED_STRENGTH,
  type CompetencyTag,
  competencyFor,
  DEFAULT_OVERUSE_LIMITS,
  findOverused,
  portfolioProgress,
  type StoryCategoryId,
} from '@onsite/core';
import * as facts from '../db/repositories/story-facts';
import { countStoryUsage } from '../db/repositories/story-usage';
import type { Storage } from '../db/storage';
import type { Dashboard } from './dashboard-schema';
import { refreshPortfolioFacts } from './portfolio-facts';

export async function dashboardPortfolio(storage: Storage): Promise<Dashboard['portfolio']> {
  await refreshPortfolioFacts(storage);
  const db = storage.db;
  const [stories, byCategory, best, usage] = await Promise.all([
    facts.countStories(db),
    facts.countByCategory(db),
    facts.bestStrengths(db),
    countStoryUsage(db),
  ]);
  const limits = DEFAULT_OVERUSE_LIMITS;
  const told = Object.keys(usage).filter((id) => {
    const uses = usage[id];
    return uses !== undefined && uses.practice + uses.interviews > limits.uses;
  });
  const candidates = await facts.overuseCandidates(db, limits.tags, told);

  // Core's progress takes each story's category: rebuilt from the counts, uncategorised as null.
  const categories: (StoryCategoryId | null)[] = [];
  for (const [category, count] of byCategory) {
    for (let i = 0; i < count; i++) categories.push(category as StoryCategoryId);
  }
  while (categories.length < stories) categories.push(null);
  const progress = portfolioProgress(categories);

  const gaps = COMPETENCY_TAGS.flatMap((competency: CompetencyTag) => {
    const strongest = best.get(competency) ?? 0;
    if (strongest >= COVERED_STRENGTH) return [];
    const status: 'missing' | 'weak' = strongest === 0 ? 'missing' : 'weak';
    return [{ competency, label: competencyFor(competency).label, status }];
  });
  const overused = findOverused(
    candidates.map((story) => ({
      id: story.id,
      title: story.title,
      tags: story.tags as CompetencyTag[],
      // The overuse rule reads only id, title, tags and usage.
      text: '',
      principles: [],
      metrics: [],
      targetLevel: null,
      analysis: null,
    })),
    usage,
    limits,
  );
  return {
    stories: progress.stories,
    target: progress.target,
    toTarget: progress.toTarget,
    competenciesCovered: COMPETENCY_TAGS.length - gaps.length,
    competenciesTotal: COMPETENCY_TAGS.length,
    gaps,
    categoriesUnder: progress.categories
      .filter((category) => category.status === 'under')
      .map(({ id, name, count, quota }) => ({ id, name, count, min: quota.min })),
    overused: overused.map(({ storyId, title, uses }) => ({ storyId, title, uses: uses.total })),
  };
}
