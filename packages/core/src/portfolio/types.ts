/**
 * The shapes the portfolio maths reads. They are deliberately small: whoever holds stories (the
 * server's database, an import file, the browser's editor) maps its records onto these, so core
 * never depends on how a story is stored.
 */
import type { Rating } from '../analyze/types';
import type { CompetencyTag, DimensionId, DimensionLevel, LevelId } from '../framework/ids';

/** What the portfolio needs from a story's latest analysis (see `summarizeReport`). */
export interface StoryAnalysisSummary {
  score: number;
  rating: Rating;
  /** Figures the analyzer read in the result part (percentages, money, before → after…). */
  resultMetricCount: number;
  /** Whether the story has a result part. */
  hasResult: boolean;
  /** The rubric band per dimension. */
  dimensions: Readonly<Record<DimensionId, DimensionLevel>>;
  /** The level the story's scope reads at, or null when it gives no scope signal. */
  levelSignal: LevelId | null;
  /** Principle ids the analyzer found when the story was analysed against a company. */
  principles: readonly string[];
  /** Ids of the rules that raised an error-severity finding (blame, hypothetical answer…). */
  errorRules: readonly string[];
}

export interface PortfolioStory {
  id: string;
  title: string;
  /** Every free-text field of the story joined (any order); scanned for competency and principle cues. */
  text: string;
  /** The candidate's explicit competency tags, most important first. */
  tags: readonly CompetencyTag[];
  /** Principle ids the candidate mapped the story to. */
  principles: readonly string[];
  /** Metrics the candidate stated beside the text. */
  metrics: readonly string[];
  targetLevel: LevelId | null;
  /** The analysis of the story as it reads now, or null (never analysed, or analysed before the last edit). */
  analysis: StoryAnalysisSummary | null;
}

/** How often a story has been told: in practice answers and in real interviews. */
export interface StoryUsage {
  practice: number;
  interviews: number;
}

/** Usage by story id; a story missing from it has never been used. */
export type UsageById = Readonly<Record<string, StoryUsage>>;

export const NO_USAGE: StoryUsage = Object.freeze({ practice: 0, interviews: 0 });

export function usesOf(usage: UsageById, storyId: string): StoryUsage {
  return Object.hasOwn(usage, storyId) ? (usage[storyId] ?? NO_USAGE) : NO_USAGE;
}
