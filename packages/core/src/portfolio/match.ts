/**
 * The story matcher: which stories best answer a question, ranked, each with a score out of 100
 * and the reasons that make it up. Deterministic and offline.
 *
 * Score = relevance (up to 70) + quality (10) + level fit (10) + freshness (10):
 * - Relevance: the story's matrix strength (0–3, see strength.ts) on each competency the
 *   question asks for, averaged and scaled; likewise for the question's principles. With both,
 *   competencies weigh 55 and principles 15; with one kind only, it weighs all 70. A story with
 *   no relevance at all is not listed.
 * - Quality: the stored analysis score ÷ 10 (0 without a current analysis).
 * - Level fit: 10 when the story's level (its analysed scope, else its target) is one the question
 *   suits; 7 above them (trim the scope when telling it); 5 unknown; 0 below.
 * - Freshness: 10, minus 2.5 per time the story was already told (practice or interview).
 * Ties go to the title, then the id, so the order never depends on input order.
 */
import { levelRank } from '../framework/calibration';
import { BUILT_IN_COMPANIES } from '../framework/companies';
import type { CompanyPrincipleSet } from '../framework/companies/types';
import { competencyFor } from '../framework/competencies';
import type { CompetencyTag, LevelId } from '../framework/ids';
import { DEFAULT_OVERUSE_LIMITS, describeUses, type UsageCount, usageCount } from './overuse';
import type { QuestionSignals } from './question';
import { type StoryFacts, storyFacts } from './story-facts';
import { type Cell, competencyStrength, principleStrength } from './strength';
import type { PortfolioStory, UsageById } from './types';

export const MATCH_WEIGHTS = Object.freeze({
  relevance: 70,
  competenciesWithPrinciples: 55,
  principlesWithCompetencies: 15,
  quality: 10,
  level: 10,
  /** A story above the levels asked still fits, with some trimming of scope. */
  levelAbove: 7,
  /** Neither side states a level: half marks, so it neither helps nor hurts much. */
  levelUnknown: 5,
  freshness: 10,
  freshnessPerUse: 2.5,
});

export type MatchSignal = 'competency' | 'principle' | 'quality' | 'level' | 'freshness';

export interface MatchReason {
  signal: MatchSignal;
  /** What this reason added to the score. */
  points: number;
  text: string;
}

export interface StoryMatch {
  storyId: string;
  title: string;
  /** 0–100, rounded. */
  score: number;
  uses: UsageCount;
  /** True when the story has been told more often than the overuse limit. */
  overused: boolean;
  reasons: MatchReason[];
}

export interface MatchResult {
  question: QuestionSignals;
  items: StoryMatch[];
  /** Competencies the question asks for that no story shows at all: stories to write. */
  uncovered: CompetencyTag[];
}

export interface MatchOptions {
  usage?: UsageById;
  /** At most this many stories (default 5). */
  limit?: number;
  /** Where principle ids are looked up (default: the built-in companies). */
  companies?: readonly CompanyPrincipleSet[];
  /** Told more often than this makes a story `overused` (default 3). */
  overuseLimit?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function describeCell(label: string, cell: Cell): string {
  if (cell.strength === 0) return `Does not show ${label}`;
  return `${label} ${cell.strength}/3: ${cell.reasons.join('; ')}`;
}

function relevanceReasons(
  facts: StoryFacts,
  question: QuestionSignals,
  level: LevelId | null,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const hasCompetencies = question.competencies.length > 0;
  const hasPrinciples = question.principles.length > 0;
  const competencyWeight = hasPrinciples ? MATCH_WEIGHTS.competenciesWithPrinciples : MATCH_WEIGHTS.relevance;
  const principleWeight = hasCompetencies
    ? MATCH_WEIGHTS.principlesWithCompetencies
    : MATCH_WEIGHTS.relevance;
  for (const { competency } of question.competencies) {
    const cell = competencyStrength(facts, competency, level);
    const points = (cell.strength / 3) * (competencyWeight / question.competencies.length);
    reasons.push({ signal: 'competency', points, text: describeCell(competencyFor(competency).label, cell) });
  }
  for (const wanted of question.principles) {
    const cell = principleStrength(facts, wanted);
    const points = (cell.strength / 3) * (principleWeight / question.principles.length);
    reasons.push({ signal: 'principle', points, text: describeCell(wanted.name, cell) });
  }
  return reasons;
}

function storyLevel(story: PortfolioStory): { level: LevelId; from: string } | null {
  if (story.analysis?.levelSignal) return { level: story.analysis.levelSignal, from: 'its scope reads' };
  if (story.targetLevel) return { level: story.targetLevel, from: 'it targets' };
  return null;
}

function levelReason(story: PortfolioStory, levels: readonly LevelId[]): MatchReason {
  const own = storyLevel(story);
  if (!own || levels.length === 0) {
    return { signal: 'level', points: MATCH_WEIGHTS.levelUnknown, text: 'Level fit unknown' };
  }
  const ranks = levels.map(levelRank);
  const rank = levelRank(own.level);
  const wanted = levels.join('/');
  if (rank > Math.max(...ranks)) {
    return {
      signal: 'level',
      points: MATCH_WEIGHTS.levelAbove,
      text: `Above the level asked (${wanted}): ${own.from} ${own.level}; keep the scope relevant`,
    };
  }
  if (rank < Math.min(...ranks)) {
    return {
      signal: 'level',
      points: 0,
      text: `Below the level asked (${wanted}): ${own.from} ${own.level}`,
    };
  }
  // Within the range asked (a question may suit L5 and L7+ and so, in between, L6 as well).
  return { signal: 'level', points: MATCH_WEIGHTS.level, text: `Fits the level: ${own.from} ${own.level}` };
}

function qualityReason(story: PortfolioStory): MatchReason {
  if (!story.analysis) return { signal: 'quality', points: 0, text: 'No current analysis' };
  const points = story.analysis.score / 10;
  return {
    signal: 'quality',
    points,
    text: `Analysis score ${story.analysis.score} (${story.analysis.rating})`,
  };
}

function freshnessReason(uses: UsageCount): MatchReason {
  const points = Math.max(0, MATCH_WEIGHTS.freshness - MATCH_WEIGHTS.freshnessPerUse * uses.total);
  return { signal: 'freshness', points, text: describeUses(uses) };
}

/** Companies whose principles the question names, so the stories are scanned for exactly those. */
function companiesAsked(question: QuestionSignals, companies: readonly CompanyPrincipleSet[]) {
  const ids = new Set(question.principles.map((p) => p.id.slice(0, p.id.indexOf('.'))));
  return companies.filter((company) => ids.has(company.id));
}

export function matchStories(
  stories: readonly PortfolioStory[],
  question: QuestionSignals,
  options: MatchOptions = {},
): MatchResult {
  const usage = options.usage ?? {};
  const limit = options.limit ?? 5;
  const overuseLimit = options.overuseLimit ?? DEFAULT_OVERUSE_LIMITS.uses;
  const companies = companiesAsked(question, options.companies ?? BUILT_IN_COMPANIES);
  // A single wanted level is also the target the strength rule checks the scope against.
  const level = question.levels.length === 1 ? (question.levels[0] ?? null) : null;
  const shown = new Set<CompetencyTag>();

  const matches: (StoryMatch & { exact: number })[] = [];
  for (const story of stories) {
    const facts = storyFacts(story, companies);
    const relevance = relevanceReasons(facts, question, level);
    const relevancePoints = relevance.reduce((sum, r) => sum + r.points, 0);
    question.competencies.forEach(({ competency }, i) => {
      if ((relevance[i]?.points ?? 0) > 0) shown.add(competency);
    });
    if (relevancePoints <= 0) continue;
    const uses = usageCount(usage, story.id);
    const reasons = [
      ...relevance,
      qualityReason(story),
      levelReason(story, question.levels),
      freshnessReason(uses),
    ].map((r) => ({ ...r, points: round1(r.points) }));
    const total = reasons.reduce((sum, r) => sum + r.points, 0);
    matches.push({
      storyId: story.id,
      title: story.title,
      score: Math.round(total),
      exact: total,
      uses,
      overused: uses.total > overuseLimit,
      reasons,
    });
  }
  matches.sort(
    (a, b) => b.exact - a.exact || compareText(a.title, b.title) || compareText(a.storyId, b.storyId),
  );
  return {
    question,
    items: matches.slice(0, limit).map(({ exact: _exact, ...match }) => match),
    uncovered: question.competencies.map((c) => c.competency).filter((c) => !shown.has(c)),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
