/**
 * The leadership Self-Assessment (TOOLS-SPEC §8): five weighted categories of five weighted
 * competencies, rated 1–5, compared with what the target level expects.
 *
 * The page labels its levels L6/L7/L8 (EM / Senior EM / Director). Those labels collide with the
 * canonical ladder, so the expectation rows are keyed by their source label and each canonical
 * level picks the row whose role it shares (docs/framework/levels.md). To turn a label from the
 * page into a target, use `resolveLevel(label, 'self-assessment')`.
 */
import type { LevelId } from './ids';

export const SELF_ASSESSMENT_CATEGORY_IDS = [
  'people',
  'technical',
  'business',
  'organizational',
  'communication',
] as const;
export type SelfAssessmentCategoryId = (typeof SELF_ASSESSMENT_CATEGORY_IDS)[number];

export interface WeightedCompetency {
  id: string;
  name: string;
  /** Relative importance inside its category. */
  weight: number;
}

export interface SelfAssessmentCategory {
  id: SelfAssessmentCategoryId;
  name: string;
  /** Share of the total score, in percent; the five sum to 100. */
  weightPercent: number;
  competencies: readonly WeightedCompetency[];
}

export const SELF_ASSESSMENT_CATEGORIES: readonly SelfAssessmentCategory[] = [
  {
    id: 'people',
    name: 'People Management',
    weightPercent: 30,
    competencies: [
      { id: 'team-building-hiring', name: 'Team Building & Hiring', weight: 5 },
      { id: 'performance-management', name: 'Performance Management', weight: 5 },
      { id: 'career-development-coaching', name: 'Career Development & Coaching', weight: 4 },
      { id: 'diversity-inclusion', name: 'Diversity & Inclusion', weight: 4 },
      { id: 'conflict-resolution', name: 'Conflict Resolution', weight: 3 },
    ],
  },
  {
    id: 'technical',
    name: 'Technical Leadership',
    weightPercent: 25,
    competencies: [
      { id: 'architecture-system-design', name: 'Architecture & System Design', weight: 5 },
      { id: 'technical-decision-making', name: 'Technical Decision Making', weight: 5 },
      { id: 'technical-mentorship', name: 'Technical Mentorship', weight: 3 },
      { id: 'innovation-technical-vision', name: 'Innovation & Technical Vision', weight: 4 },
      { id: 'quality-engineering-excellence', name: 'Quality & Engineering Excellence', weight: 3 },
    ],
  },
  {
    id: 'business',
    name: 'Business & Strategic Impact',
    weightPercent: 20,
    competencies: [
      { id: 'business-acumen', name: 'Business Acumen', weight: 5 },
      { id: 'strategic-thinking', name: 'Strategic Thinking', weight: 5 },
      { id: 'stakeholder-management', name: 'Stakeholder Management', weight: 4 },
      { id: 'product-partnership', name: 'Product Partnership', weight: 3 },
      { id: 'data-driven-decision-making', name: 'Data-Driven Decision Making', weight: 3 },
    ],
  },
  {
    id: 'organizational',
    name: 'Organizational Leadership',
    weightPercent: 15,
    competencies: [
      { id: 'organizational-design', name: 'Organizational Design', weight: 5 },
      { id: 'culture-building', name: 'Culture Building', weight: 4 },
      { id: 'change-management', name: 'Change Management', weight: 4 },
      { id: 'cross-functional-leadership', name: 'Cross-functional Leadership', weight: 4 },
      { id: 'process-efficiency', name: 'Process & Efficiency', weight: 3 },
    ],
  },
  {
    id: 'communication',
    name: 'Communication & Influence',
    weightPercent: 10,
    competencies: [
      { id: 'executive-communication', name: 'Executive Communication', weight: 5 },
      { id: 'written-communication', name: 'Written Communication', weight: 3 },
      { id: 'public-speaking', name: 'Public Speaking', weight: 3 },
      { id: 'influence-without-authority', name: 'Influence Without Authority', weight: 5 },
      { id: 'negotiation', name: 'Negotiation', weight: 4 },
    ],
  },
];

/** Ratings 1–5; an unrated competency counts as 0. */
export const RATING_SCALE = [
  { value: 1, label: 'Novice' },
  { value: 2, label: 'Developing' },
  { value: 3, label: 'Competent' },
  { value: 4, label: 'Advanced' },
  { value: 5, label: 'Expert' },
] as const;
export const MAX_RATING = 5;

export interface Expectation {
  /** Shown in the table; unused by the score (as in the prototype). */
  min: number;
  expected: number;
}

export type SourceRowLabel = 'L6' | 'L7' | 'L8';

/** The page's table, by its own labels: L6 = EM, L7 = Senior EM, L8 = Director. */
export const SELF_ASSESSMENT_SOURCE_EXPECTATIONS: Readonly<
  Record<SourceRowLabel, Readonly<Record<SelfAssessmentCategoryId, Expectation>>>
> = {
  L6: {
    people: { min: 3, expected: 4 },
    technical: { min: 3, expected: 4 },
    business: { min: 2, expected: 3 },
    organizational: { min: 2, expected: 3 },
    communication: { min: 3, expected: 4 },
  },
  L7: {
    people: { min: 4, expected: 4.5 },
    technical: { min: 3.5, expected: 4 },
    business: { min: 3.5, expected: 4 },
    organizational: { min: 3.5, expected: 4 },
    communication: { min: 4, expected: 4.5 },
  },
  L8: {
    people: { min: 4.5, expected: 5 },
    technical: { min: 4, expected: 4.5 },
    business: { min: 4.5, expected: 5 },
    organizational: { min: 4.5, expected: 5 },
    communication: { min: 4.5, expected: 5 },
  },
};

/**
 * Which source row each canonical level is held to: the row with the same role. L5 (Senior EM)
 * uses the page's L7; L6 (Director) its L8. No VP row exists, so L7+ uses the Director row as a
 * floor (its expectations are already at or near the top of the scale).
 */
export const EXPECTATION_ROW_FOR_LEVEL: Readonly<Record<LevelId, SourceRowLabel>> = {
  L5: 'L7',
  L6: 'L8',
  'L7+': 'L8',
};

/** The prototype defaults to its L6 (an EM), which sits on our first rung. */
export const DEFAULT_SELF_ASSESSMENT_LEVEL: LevelId = 'L5';

export function expectationsFor(level: LevelId): Readonly<Record<SelfAssessmentCategoryId, Expectation>> {
  return SELF_ASSESSMENT_SOURCE_EXPECTATIONS[EXPECTATION_ROW_FOR_LEVEL[level]];
}

export type ReadinessBandId = 'ready' | 'close' | 'significant-preparation';

/** Bands by total score, highest first: ≥ 80 ready, ≥ 60 close, otherwise more work. */
export const READINESS_BANDS: readonly { id: ReadinessBandId; minScore: number; advice: string }[] = [
  { id: 'ready', minScore: 80, advice: 'Ready for the target level.' },
  { id: 'close', minScore: 60, advice: 'Close: work on the top gaps.' },
  {
    id: 'significant-preparation',
    minScore: 0,
    advice: 'Significant preparation needed before interviewing.',
  },
];

export function readinessBand(total: number): ReadinessBandId {
  return (
    READINESS_BANDS.find((band) => total >= band.minScore) ?? READINESS_BANDS[READINESS_BANDS.length - 1]!
  ).id;
}

/** Ratings by competency id; missing ids count as unrated (0). */
export type SelfAssessmentRatings = Readonly<Record<string, number | undefined>>;

export interface SelfAssessmentGap {
  competencyId: string;
  competencyName: string;
  categoryId: SelfAssessmentCategoryId;
  rating: number;
  expected: number;
  gap: number;
}

export interface SelfAssessmentResult {
  targetLevel: LevelId;
  categories: { id: SelfAssessmentCategoryId; percent: number }[];
  /** 0–100: Σ category % × category weight. */
  total: number;
  readiness: ReadinessBandId;
  /** Up to 5 gaps, largest first (ties keep the questionnaire's order). */
  topGaps: SelfAssessmentGap[];
}

export const TOP_GAP_COUNT = 5;

function ratingOf(ratings: SelfAssessmentRatings, id: string): number {
  const value = ratings[id] ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_RATING) {
    throw new RangeError(`rating for ${id} must be an integer 0–${MAX_RATING}, got ${value}`);
  }
  return value;
}

/**
 * Category % = Σ(rating × weight) / (Σ weight × 5) × 100; total = Σ category % × category
 * weight. A gap is expected − rating wherever the rating falls short of the target's expectation.
 */
export function scoreSelfAssessment(
  ratings: SelfAssessmentRatings,
  targetLevel: LevelId,
): SelfAssessmentResult {
  const expectations = expectationsFor(targetLevel);
  const categories: SelfAssessmentResult['categories'] = [];
  const gaps: SelfAssessmentGap[] = [];
  let total = 0;
  for (const category of SELF_ASSESSMENT_CATEGORIES) {
    let earned = 0;
    let weights = 0;
    const expected = expectations[category.id].expected;
    for (const competency of category.competencies) {
      const rating = ratingOf(ratings, competency.id);
      earned += rating * competency.weight;
      weights += competency.weight;
      if (rating < expected) {
        gaps.push({
          competencyId: competency.id,
          competencyName: competency.name,
          categoryId: category.id,
          rating,
          expected,
          gap: expected - rating,
        });
      }
    }
    const percent = (earned / (weights * MAX_RATING)) * 100;
    categories.push({ id: category.id, percent });
    total += percent * (category.weightPercent / 100);
  }
  const topGaps = gaps.sort((a, b) => b.gap - a.gap).slice(0, TOP_GAP_COUNT);
  return { targetLevel, categories, total, readiness: readinessBand(total), topGaps };
}

/** The page's 30-day plan after an assessment. */
export const THIRTY_DAY_PLAN: readonly { weeks: string; focus: string }[] = [
  { weeks: '1', focus: 'Write two STAR stories for each of your top 2 gaps' },
  { weeks: '2–3', focus: 'Daily mock answers on weak areas, recorded and reviewed' },
  { weeks: '4', focus: 'Full mock loops with peer feedback' },
];

/** The export file name for a given ISO date (the caller supplies the date: core reads no clock). */
export function assessmentExportFileName(isoDate: string): string {
  return `leadership-assessment-${isoDate.slice(0, 10)}.json`;
}
