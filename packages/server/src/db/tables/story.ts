/** The story portfolio: one row per story, plus every past version of each. */

export interface StoryTable {
  id: string;
  title: string;
  /** STAR+ fields. */
  situation: string;
  task: string;
  action: string;
  result: string;
  learnings: string;
  leadership_dimension: string;
  strategic_implication: string;
  /** Power-story fields (context → principle → concept → application → impact). */
  context: string;
  principle: string;
  concept: string;
  application: string;
  impact: string;
  /** JSON text: string[] of metrics as the candidate states them ("p99 200ms → 106ms"). */
  metrics: string;
  /** JSON text: CompetencyTag[]. */
  tags: string;
  /** JSON text: PrincipleId[] the story is mapped to. */
  principles: string;
  /** Canonical level id (L5 | L6 | L7+) or null. */
  target_level: string | null;
  /** Optimistic-concurrency counter: starts at 1, +1 per update. */
  version: number;
  /** JSON text: the latest analysis Report, or null. */
  analysis: string | null;
  /** The story version the stored analysis was computed from. */
  analysis_version: number | null;
  /** The analysis's score and rating, kept beside it so the list never parses the analysis. */
  score: number | null;
  rating: string | null;
  /**
   * Portfolio facts (services/portfolio-facts.ts), so the dashboard adds them up in SQL: the
   * primary category, the number of tags, and the digest of the rules they were computed by.
   * Every story write clears them (null = not computed) and the writer computes them again.
   */
  category: string | null;
  tag_count: number | null;
  facts_version: string | null;
  created_at: string;
  updated_at: string;
}

/** Every past version of a story, written in the same transaction as the update that replaced it. */
export interface StoryVersionTable {
  story_id: string;
  version: number;
  /** JSON text: the whole story record as it was at that version. */
  snapshot: string;
  created_at: string;
}

/** How strongly a story shows one competency (1–3; 0 has no row), as of its facts_version. */
export interface StoryCompetencyTable {
  story_id: string;
  competency: string;
  strength: number;
}

export interface StoryTables {
  stories: StoryTable;
  story_versions: StoryVersionTable;
  story_competencies: StoryCompetencyTable;
}

/** The STAR+ and power-story text fields of a story, in the order a story reads. */
export const STORY_TEXT_COLUMNS = [
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'leadership_dimension',
  'strategic_implication',
  'context',
  'principle',
  'concept',
  'application',
  'impact',
] as const satisfies readonly (keyof StoryTable)[];

/** Every free-text field of a story: title, STAR+ and the power-story chain. */
export const STORY_SEARCH_COLUMNS = [
  'title',
  ...STORY_TEXT_COLUMNS,
] as const satisfies readonly (keyof StoryTable)[];
