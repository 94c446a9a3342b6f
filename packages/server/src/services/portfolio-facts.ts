/**
 * What the dashboard needs to know about each story, computed once per story version instead of
 * on every dashboard: its primary category, how many tags it has, and how strongly it shows each
 * competency (the portfolio matrix's cells at the story's own target level). Stored beside the
 * story (repositories/story-facts.ts), so the dashboard adds them up with aggregate queries.
 *
 * Core computes them (buildMatrix on the one story: the matrix computes each row from its story
 * alone), so they are the matrix's own numbers. They go stale if core's rules change: the rows
 * carry PORTFOLIO_FACTS_VERSION, a digest of those rules, and rows with another digest (or none,
 * as a write that did not compute them leaves) are recomputed before the dashboard reads them.
 */
import { createHash } from 'node:crypto';
import {
  buildMatrix,
  CATEGORY_OF_TAG,
  COMPETENCY_CUES,
  COMPETENCY_TAGS,
  COVERED_STRENGTH,
  type CompetencyTag,
  competencyStrength,
  DIMENSION_OF_COMPETENCY,
  findCompetencyCues,
  isQuantified,
  primaryCategory,
  STORY_COMPETENCY_MIN_CUES,
  type StoryCategoryId,
  storyFacts,
  summarizeReport,
} from '@onsite/core';
import { getStory } from '../db/repositories/story';
import * as facts from '../db/repositories/story-facts';
import type { Storage } from '../db/storage';
import { portfolioStoryOf } from './portfolio';
import type { Story } from './story-schema';

export interface StoryPortfolioFacts {
  category: StoryCategoryId | null;
  tagCount: number;
  /** Competencies the story shows at all (strength 1–3); absent ones are 0. */
  strengths: Partial<Record<CompetencyTag, number>>;
}

/**
 * Raise by hand when core changes how a story's cells come out in a way the digest below cannot
 * see (the phrase matcher under findCompetencyCues, the analyzer's report shape).
 */
const FACTS_EPOCH = 1;

/**
 * A digest of the rules the facts follow: core's data (cues, the dimension behind each
 * competency, the category of each tag, the thresholds), the source of the functions that apply
 * them, and what the cue matcher finds in a probe of every cue. Another Onsite, or a changed
 * core, gives another digest, and the stored facts are recomputed.
 */
export const PORTFOLIO_FACTS_VERSION: string = (() => {
  const probe = COMPETENCY_TAGS.map((tag) => findCompetencyCues(COMPETENCY_CUES[tag].join('. '), 1));
  const rules = JSON.stringify([
    FACTS_EPOCH,
    COMPETENCY_CUES,
    STORY_COMPETENCY_MIN_CUES,
    COVERED_STRENGTH,
    DIMENSION_OF_COMPETENCY,
    CATEGORY_OF_TAG,
    probe,
    [buildMatrix, competencyStrength, storyFacts, isQuantified, summarizeReport, primaryCategory].map(String),
  ]);
  return createHash('sha256').update(rules).digest('hex').slice(0, 16);
})();

/** The story's facts as the portfolio matrix would compute them today. */
export function portfolioFactsOf(story: Story): StoryPortfolioFacts {
  const [row] = buildMatrix([portfolioStoryOf(story)], {}).rows;
  const strengths: Partial<Record<CompetencyTag, number>> = {};
  for (const tag of COMPETENCY_TAGS) {
    const strength = row?.competencies[tag]?.strength ?? 0;
    if (strength > 0) strengths[tag] = strength;
  }
  return { category: row?.category ?? null, tagCount: story.tags.length, strengths };
}

/**
 * Stores the facts of `story` as it is now: in the transaction that wrote it, or (`onlyIfStale`)
 * as a refresh that leaves facts already made under today's rules alone. Returns whether it wrote.
 */
export function writePortfolioFacts(db: Storage['db'], story: Story, onlyIfStale = false): Promise<boolean> {
  return facts.writeStoryFacts(db, story.id, portfolioFactsOf(story), PORTFOLIO_FACTS_VERSION, onlyIfStale);
}

/** Stories refreshed per transaction: a long refresh never holds the write lock for long. */
const REFRESH_BATCH = 50;

/**
 * Recomputes the facts of every story whose stored facts are missing or follow other rules.
 * Usually one query that finds none. Returns how many were recomputed.
 */
export async function refreshPortfolioFacts(storage: Storage): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const stale = await facts.staleStoryIds(storage.db, PORTFOLIO_FACTS_VERSION, REFRESH_BATCH);
    if (stale.length === 0) return refreshed;
    await storage.transaction(async (trx) => {
      for (const id of stale) {
        // Read inside the transaction; a story edited or refreshed meanwhile already has facts
        // under today's rules, and the guarded write leaves them.
        const story = await getStory(trx, id);
        if (story && (await writePortfolioFacts(trx, story, true))) refreshed += 1;
      }
    });
  }
}
