/** Portfolio maths: the story × competency/principle matrix, gaps, overuse, progress, the story matcher. */
export { CATEGORY_OF_TAG, primaryCategory, type StoryCategoryId } from './categories';
export { COMPETENCY_CUES, type CompetencyCueHit, findCompetencyCues } from './competency-cues';
export {
  type CategoryGap,
  COVERED_STRENGTH,
  type CompetencyGap,
  type PrincipleGap,
} from './gaps';
export {
  MATCH_WEIGHTS,
  type MatchOptions,
  type MatchReason,
  type MatchResult,
  type MatchSignal,
  matchStories,
  type StoryMatch,
} from './match';
export { buildMatrix, type MatrixOptions, type PortfolioMatrix, type StoryMatrixRow } from './matrix';
export {
  DEFAULT_OVERUSE_LIMITS,
  describeUses,
  findOverused,
  type OverusedStory,
  type OveruseLimits,
  type UsageCount,
} from './overuse';
export { findPrincipleCues, type PrincipleCueHit } from './principle-cues';
export {
  type CategoryProgress,
  type PortfolioProgress,
  portfolioProgress,
  type QuotaStatus,
} from './progress';
export {
  type QuestionCompetency,
  type QuestionPrinciple,
  type QuestionSignals,
  type StatedQuestion,
  statedQuestionSignals,
  textQuestionSignals,
} from './question';
export { findQuestionCompetencies, QUESTION_CUES } from './question-cues';
export { portfolioRedFlags, type RaisedRedFlag, RED_FLAG_MIN_STORIES } from './red-flags';
export { isQuantified, STORY_COMPETENCY_MIN_CUES, type StoryFacts, storyFacts } from './story-facts';
export { type Cell, competencyStrength, DIMENSION_OF_COMPETENCY, principleStrength } from './strength';
export { type SummarizableReport, summarizeReport } from './summary';
export {
  NO_USAGE,
  type PortfolioStory,
  type StoryAnalysisSummary,
  type StoryUsage,
  type UsageById,
} from './types';
