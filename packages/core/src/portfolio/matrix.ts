/**
 * The portfolio matrix: every story against the 14 competencies and, when a company is chosen,
 * against that company's principles, each cell 0–3 with its reasons (see strength.ts); then the
 * gaps, the overused stories, the progress towards 20–30 stories and the category quotas, and
 * the portfolio-level red flags.
 *
 * Stories are read through their stored analysis summary and a cue scan of their text, never a
 * fresh analysis, so a matrix of a few hundred stories stays cheap enough for every page view.
 */
import type { CompanyPrincipleSet } from '../framework/companies/types';
import { COMPETENCY_TAGS, type CompetencyTag, type LevelId } from '../framework/ids';
import { primaryCategory, type StoryCategoryId } from './categories';
import {
  type CategoryGap,
  type CompetencyGap,
  categoryGaps,
  competencyGaps,
  type PrincipleGap,
  principleGaps,
} from './gaps';
import {
  DEFAULT_OVERUSE_LIMITS,
  findOverused,
  type OverusedStory,
  type OveruseLimits,
  type UsageCount,
  usageCount,
} from './overuse';
import { type PortfolioProgress, portfolioProgress } from './progress';
import { portfolioRedFlags, type RaisedRedFlag } from './red-flags';
import { storyFacts } from './story-facts';
import { type Cell, competencyStrength, principleStrength } from './strength';
import type { PortfolioStory, UsageById } from './types';

export interface MatrixOptions {
  /** The company whose principles get their own columns. */
  company?: CompanyPrincipleSet | null;
  /** The level the candidate is interviewing for; else each story's own target level. */
  level?: LevelId | null;
  usage?: UsageById;
  limits?: Partial<OveruseLimits>;
}

export interface StoryMatrixRow {
  storyId: string;
  title: string;
  category: StoryCategoryId | null;
  uses: UsageCount;
  /** Only the cells above 0: a competency missing here is 0 (none), which keeps a 200-story matrix small. */
  competencies: Partial<Record<CompetencyTag, Cell>>;
  /** Keyed by principle id, likewise only above 0; always empty when no company was chosen. */
  principles: Record<string, Cell>;
}

export interface PortfolioMatrix {
  company: { id: string; name: string } | null;
  level: LevelId | null;
  /** The competency columns, in order. */
  competencies: CompetencyTag[];
  /** The principle columns (current principles of the chosen company), in the company's order. */
  principles: { id: string; name: string }[];
  rows: StoryMatrixRow[];
  gaps: { competencies: CompetencyGap[]; principles: PrincipleGap[]; categories: CategoryGap[] };
  overused: OverusedStory[];
  progress: PortfolioProgress;
  /** The guide's portfolio-level red flags this portfolio shows (from 3 stories on). */
  redFlags: RaisedRedFlag[];
}

export function buildMatrix(
  stories: readonly PortfolioStory[],
  options: MatrixOptions = {},
): PortfolioMatrix {
  const company = options.company ?? null;
  const level = options.level ?? null;
  const usage = options.usage ?? {};
  const limits = { ...DEFAULT_OVERUSE_LIMITS, ...options.limits };
  // Retired principles stay out of the columns: nobody interviews against them any more.
  const principleColumns = (company?.principles ?? [])
    .filter((principle) => principle.current)
    .map((principle) => ({ id: principle.id, name: principle.name }));
  const principleSet = company?.principles.filter((principle) => principle.current) ?? [];

  const rows: StoryMatrixRow[] = stories.map((story) => {
    const facts = storyFacts(story, company ? [company] : []);
    const competencies: Partial<Record<CompetencyTag, Cell>> = {};
    for (const competency of COMPETENCY_TAGS) {
      const cell = competencyStrength(facts, competency, level);
      if (cell.strength > 0) competencies[competency] = cell;
    }
    const principles: Record<string, Cell> = {};
    for (const principle of principleSet) {
      const cell = principleStrength(facts, principle);
      if (cell.strength > 0) principles[principle.id] = cell;
    }
    return {
      storyId: story.id,
      title: story.title,
      category: primaryCategory(story.tags),
      uses: usageCount(usage, story.id),
      competencies,
      principles,
    };
  });

  const progress = portfolioProgress(rows.map((row) => row.category));
  return {
    company: company ? { id: company.id, name: company.name } : null,
    level,
    competencies: [...COMPETENCY_TAGS],
    principles: principleColumns,
    rows,
    gaps: {
      competencies: competencyGaps(rows.map((row) => row.competencies)),
      principles: principleGaps(
        principleColumns,
        rows.map((row) => row.principles),
      ),
      categories: categoryGaps(progress.categories),
    },
    overused: findOverused(stories, usage, limits),
    progress,
    redFlags: portfolioRedFlags(
      stories,
      rows.map((row) => row.category),
    ),
  };
}
