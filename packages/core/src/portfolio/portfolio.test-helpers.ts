/** Small builders for hand-made portfolios in the portfolio tests. */
import { DIMENSION_IDS, type DimensionId, type DimensionLevel } from '../framework/ids';
import type { PortfolioStory, StoryAnalysisSummary } from './types';

/** An analysis with a result, one figure, every dimension at `good` and no level signal. */
export function analysisOf(overrides: Partial<StoryAnalysisSummary> = {}): StoryAnalysisSummary {
  const dimensions = {} as Record<DimensionId, DimensionLevel>;
  for (const id of DIMENSION_IDS) dimensions[id] = 'good';
  return {
    score: 70,
    rating: 'good',
    resultMetricCount: 1,
    hasResult: true,
    dimensions,
    levelSignal: null,
    principles: [],
    errorRules: [],
    ...overrides,
  };
}

/** A story with no text, no tags and no analysis unless given. */
export function storyOf(id: string, overrides: Partial<PortfolioStory> = {}): PortfolioStory {
  return {
    id,
    title: `Story ${id}`,
    text: '',
    tags: [],
    principles: [],
    metrics: [],
    targetLevel: null,
    analysis: null,
    ...overrides,
  };
}

export function withDimension(
  level: DimensionLevel,
  dimension: DimensionId,
): Record<DimensionId, DimensionLevel> {
  const dimensions = analysisOf().dimensions as Record<DimensionId, DimensionLevel>;
  return { ...dimensions, [dimension]: level };
}
