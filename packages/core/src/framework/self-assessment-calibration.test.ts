import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from './ids';
import {
  expectationsFor,
  SELF_ASSESSMENT_CATEGORIES,
  type SelfAssessmentRatings,
  scoreSelfAssessment,
} from './self-assessment';
import { calibrateSelfAssessment, DISTINGUISHABLE_LEVELS } from './self-assessment-calibration';

const ALL = SELF_ASSESSMENT_CATEGORIES.flatMap((c) => c.competencies);
const rateAll = (value: number): SelfAssessmentRatings => Object.fromEntries(ALL.map((c) => [c.id, value]));

describe('calibrateSelfAssessment', () => {
  it('tells apart only the levels with their own expectation row', () => {
    expect(DISTINGUISHABLE_LEVELS).toEqual(['L5', 'L6']);
  });

  it('puts all 5s at the ceiling (L6, which L7+ shares), meeting every expectation', () => {
    const result = calibrateSelfAssessment(rateAll(5), 'L7+');
    expect(result).toMatchObject({ level: 'L6', atCeiling: true, rated: 25, of: 25, complete: true });
    for (const c of result.categories) {
      expect(c).toMatchObject({ rating: 5, rated: 5, standing: 'expected', level: 'L6' });
    }
  });

  it('puts all 4s at L5: every L5 minimum is reached, the Director minimums (4–4.5) are not all', () => {
    const result = calibrateSelfAssessment(rateAll(4), 'L6');
    expect(result.level).toBe('L5');
    expect(result.atCeiling).toBe(false);
    const technical = result.categories.find((c) => c.id === 'technical');
    // Director technical minimum is 4: reached; people (4.5) is not.
    expect(technical).toMatchObject({ level: 'L6', standing: 'minimum', min: 4, expected: 4.5 });
    expect(result.categories.find((c) => c.id === 'people')).toMatchObject({
      level: 'L5',
      standing: 'below-minimum',
    });
  });

  it('puts all 3s below every level (the page calls it an EM), and an empty draft too', () => {
    expect(calibrateSelfAssessment(rateAll(3), 'L5').level).toBeNull();
    const empty = calibrateSelfAssessment({}, 'L5');
    expect(empty).toMatchObject({ level: null, atCeiling: false, rated: 0, complete: false });
    for (const c of empty.categories)
      expect(c).toMatchObject({ rating: 0, standing: 'below-minimum', level: null });
  });

  it('is held back by its weakest category', () => {
    const ratings = { ...rateAll(5), negotiation: 1, 'executive-communication': 1 };
    const result = calibrateSelfAssessment(ratings, 'L6');
    const communication = result.categories.find((c) => c.id === 'communication');
    // (1×5 + 5×3 + 5×3 + 5×5 + 1×4) / 20 = 3.2, below L5's minimum of 4.
    expect(communication?.rating).toBeCloseTo(3.2, 10);
    expect(communication?.level).toBeNull();
    expect(result.level).toBeNull();
  });

  it('agrees with the score: category rating is its percent / 20', () => {
    const ratings: SelfAssessmentRatings = {
      'team-building-hiring': 5,
      'business-acumen': 2,
      negotiation: 4,
    };
    for (const level of LEVEL_IDS) {
      const score = scoreSelfAssessment(ratings, level);
      const calibration = calibrateSelfAssessment(ratings, level);
      for (const [i, c] of calibration.categories.entries()) {
        expect(c.rating).toBeCloseTo((score.categories[i]?.percent ?? Number.NaN) / 20, 10);
        expect(c.min).toBe(expectationsFor(level)[c.id].min);
      }
      expect(calibration.rated).toBe(3);
    }
  });

  it('reaches a minimum exactly at the boundary (3.5 counts as 3.5)', () => {
    // Technical weights 5,5,3,4,3 with ratings 3,3,5,4,3 → (15+15+15+16+9)/20 = 3.5.
    const ratings = {
      ...rateAll(5),
      'architecture-system-design': 3,
      'technical-decision-making': 3,
      'technical-mentorship': 5,
      'innovation-technical-vision': 4,
      'quality-engineering-excellence': 3,
    };
    const technical = calibrateSelfAssessment(ratings, 'L5').categories.find((c) => c.id === 'technical');
    expect(technical?.rating).toBe(3.5);
    expect(technical).toMatchObject({ min: 3.5, standing: 'minimum', level: 'L5' });
  });

  it('refuses ratings outside 0–5 or not whole, like the score', () => {
    expect(() => calibrateSelfAssessment({ negotiation: 6 }, 'L5')).toThrow(RangeError);
    expect(() => calibrateSelfAssessment({ negotiation: 1.5 }, 'L5')).toThrow(RangeError);
  });
});
