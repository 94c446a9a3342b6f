/**
 * What a self-assessment says beyond its score: how each category stands against the target
 * level's expectations, and which level the answers as a whole calibrate to.
 *
 * A category's rating is the weighted mean of its competency ratings (0–5, unrated = 0), the
 * same weighting the score uses (rating = category % / 20). A category "reaches" a level when
 * its rating is at least that level's `min`; the answers calibrate to the highest level every
 * category reaches, since a loop is lost on its weakest area, not won on the average.
 *
 * The questionnaire only tells apart the levels whose expectation rows differ (L7+ borrows the
 * Director row), so a calibration at the top of what it can tell is a floor, flagged `atCeiling`.
 */
import { LEVEL_IDS, type LevelId } from './ids';
import {
  EXPECTATION_ROW_FOR_LEVEL,
  expectationsFor,
  MAX_RATING,
  SELF_ASSESSMENT_CATEGORIES,
  type SelfAssessmentCategoryId,
  type SelfAssessmentRatings,
} from './self-assessment';

/** Against the target level: short of its minimum, at least the minimum, or at least the expectation. */
export const CATEGORY_STANDINGS = ['below-minimum', 'minimum', 'expected'] as const;
export type CategoryStanding = (typeof CATEGORY_STANDINGS)[number];

export interface CategoryCalibration {
  id: SelfAssessmentCategoryId;
  /** Weighted mean rating, 0–5. */
  rating: number;
  /** Competencies of the category that carry a rating (1–5). */
  rated: number;
  /** The target level's minimum and expectation for the category. */
  min: number;
  expected: number;
  standing: CategoryStanding;
  /** The highest level whose minimum this category reaches; null below every level's. */
  level: LevelId | null;
}

export interface SelfAssessmentCalibration {
  targetLevel: LevelId;
  categories: CategoryCalibration[];
  /** The highest level whose minimum every category reaches; null when some category is below L5's. */
  level: LevelId | null;
  /** `level` is the highest the questionnaire can distinguish: the answers may fit a higher one too. */
  atCeiling: boolean;
  /** Competencies rated (1–5) out of `of`; a draft with gaps calibrates as if they were 0. */
  rated: number;
  of: number;
  complete: boolean;
}

// Weighted means of whole ratings are exact enough in binary, but a tolerance costs nothing and
// keeps 3.5 from ever reading as 3.4999999.
const EPSILON = 1e-9;

/** The levels whose expectation rows differ from the level below (L7+ reuses L6's row). */
export const DISTINGUISHABLE_LEVELS: readonly LevelId[] = LEVEL_IDS.filter(
  (level, i) =>
    i === 0 || EXPECTATION_ROW_FOR_LEVEL[level] !== EXPECTATION_ROW_FOR_LEVEL[LEVEL_IDS[i - 1] as LevelId],
);

function ratingIn(ratings: SelfAssessmentRatings, id: string): number {
  const value = ratings[id] ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_RATING) {
    throw new RangeError(`rating for ${id} must be an integer 0–${MAX_RATING}, got ${value}`);
  }
  return value;
}

function highestReached(categoryId: SelfAssessmentCategoryId, rating: number): LevelId | null {
  let reached: LevelId | null = null;
  for (const level of DISTINGUISHABLE_LEVELS) {
    if (rating + EPSILON >= expectationsFor(level)[categoryId].min) reached = level;
  }
  return reached;
}

export function calibrateSelfAssessment(
  ratings: SelfAssessmentRatings,
  targetLevel: LevelId,
): SelfAssessmentCalibration {
  const target = expectationsFor(targetLevel);
  const categories: CategoryCalibration[] = [];
  let rated = 0;
  let of = 0;
  for (const category of SELF_ASSESSMENT_CATEGORIES) {
    let earned = 0;
    let weights = 0;
    let ratedHere = 0;
    for (const competency of category.competencies) {
      const value = ratingIn(ratings, competency.id);
      earned += value * competency.weight;
      weights += competency.weight;
      if (value > 0) ratedHere++;
    }
    const rating = earned / weights;
    const { min, expected } = target[category.id];
    const standing: CategoryStanding =
      rating + EPSILON >= expected ? 'expected' : rating + EPSILON >= min ? 'minimum' : 'below-minimum';
    categories.push({
      id: category.id,
      rating,
      rated: ratedHere,
      min,
      expected,
      standing,
      level: highestReached(category.id, rating),
    });
    rated += ratedHere;
    of += category.competencies.length;
  }
  const level = lowestOf(categories.map((c) => c.level));
  return {
    targetLevel,
    categories,
    level,
    atCeiling: level !== null && level === DISTINGUISHABLE_LEVELS.at(-1),
    rated,
    of,
    complete: rated === of,
  };
}

/** The lowest of the levels (null, "below every level", is lowest of all). */
function lowestOf(levels: (LevelId | null)[]): LevelId | null {
  let lowest: LevelId | null = DISTINGUISHABLE_LEVELS.at(-1) ?? null;
  for (const level of levels) {
    if (level === null) return null;
    if (lowest !== null && LEVEL_IDS.indexOf(level) < LEVEL_IDS.indexOf(lowest)) lowest = level;
  }
  return lowest;
}
