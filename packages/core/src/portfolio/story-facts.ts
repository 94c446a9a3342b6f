/**
 * What the portfolio reads about one story, computed once per story and request: whether its
 * result is quantified, which competencies its text suggests, which of the chosen company's
 * principles it shows. The matrix and the matcher both start from these.
 */
import type { CompanyPrincipleSet } from '../framework/companies/types';
import type { CompetencyTag } from '../framework/ids';
import { findCompetencyCues } from './competency-cues';
import { findPrincipleCues } from './principle-cues';
import type { PortfolioStory } from './types';

/** A story's text must show this many distinct cues of a competency before it suggests the tag. */
export const STORY_COMPETENCY_MIN_CUES = 2;

export interface StoryFacts {
  story: PortfolioStory;
  /** A result part that carries at least one figure (read by the analyzer or stated as a metric). */
  quantified: boolean;
  /** Competencies the text suggests, with the cues that suggest them. */
  textCompetencies: ReadonlyMap<CompetencyTag, readonly string[]>;
  /** Principles (of the companies asked about) the text or the stored analysis shows, with their cues. */
  foundPrinciples: ReadonlyMap<string, readonly string[]>;
}

export function isQuantified(story: PortfolioStory): boolean {
  const analysis = story.analysis;
  if (!analysis?.hasResult) return false;
  return analysis.resultMetricCount > 0 || story.metrics.length > 0;
}

export function storyFacts(story: PortfolioStory, companies: readonly CompanyPrincipleSet[]): StoryFacts {
  const searchable = `${story.title}\n${story.text}`;
  const textCompetencies = new Map(
    findCompetencyCues(searchable, STORY_COMPETENCY_MIN_CUES).map((hit) => [hit.competency, hit.cues]),
  );
  const foundPrinciples = new Map<string, readonly string[]>();
  for (const company of companies) {
    for (const hit of findPrincipleCues(searchable, company)) foundPrinciples.set(hit.id, hit.cues);
    // The stored analysis may have been run against this company and found more than cues show.
    for (const id of story.analysis?.principles ?? []) {
      if (!foundPrinciples.has(id) && company.principles.some((p) => p.id === id))
        foundPrinciples.set(id, []);
    }
  }
  return { story, quantified: isQuantified(story), textCompetencies, foundPrinciples };
}
