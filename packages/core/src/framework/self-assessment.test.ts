import { describe, expect, it } from 'vitest';
import { calibrationFor } from './calibration';
import { LEVEL_IDS, type LevelId } from './ids';
import { resolveLevel } from './level-aliases';
import { SELF_ASSESSMENT_RUNGS } from './level-ladders';
import {
  assessmentExportFileName,
  EXPECTATION_ROW_FOR_LEVEL,
  expectationsFor,
  RATING_SCALE,
  READINESS_BANDS,
  readinessBand,
  SELF_ASSESSMENT_CATEGORIES,
  SELF_ASSESSMENT_CATEGORY_IDS,
  SELF_ASSESSMENT_SOURCE_EXPECTATIONS,
  type SelfAssessmentRatings,
  scoreSelfAssessment,
} from './self-assessment';

const ALL_COMPETENCIES = SELF_ASSESSMENT_CATEGORIES.flatMap((c) => c.competencies);

function rateAll(value: number): SelfAssessmentRatings {
  return Object.fromEntries(ALL_COMPETENCIES.map((c) => [c.id, value]));
}

describe('questionnaire', () => {
  it('has the five categories with weights 30/25/20/15/10 summing to 100', () => {
    expect(SELF_ASSESSMENT_CATEGORIES.map((c) => c.id)).toEqual([...SELF_ASSESSMENT_CATEGORY_IDS]);
    expect(SELF_ASSESSMENT_CATEGORIES.map((c) => c.weightPercent)).toEqual([30, 25, 20, 15, 10]);
    expect(SELF_ASSESSMENT_CATEGORIES.reduce((sum, c) => sum + c.weightPercent, 0)).toBe(100);
  });

  it('has five competencies per category with the specified item weights', () => {
    const weights = Object.fromEntries(
      SELF_ASSESSMENT_CATEGORIES.map((c) => [c.id, c.competencies.map((k) => k.weight)]),
    );
    expect(weights).toEqual({
      people: [5, 5, 4, 4, 3],
      technical: [5, 5, 3, 4, 3],
      business: [5, 5, 4, 3, 3],
      organizational: [5, 4, 4, 4, 3],
      communication: [5, 3, 3, 5, 4],
    });
  });

  it('has unique competency ids', () => {
    const ids = ALL_COMPETENCIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(25);
  });

  it('rates 1–5 from Novice to Expert', () => {
    expect(RATING_SCALE.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    expect(RATING_SCALE[0].label).toBe('Novice');
    expect(RATING_SCALE[4].label).toBe('Expert');
  });
});

describe('expectations', () => {
  it('keep min ≤ expected ≤ 5 in every source row', () => {
    for (const row of Object.values(SELF_ASSESSMENT_SOURCE_EXPECTATIONS)) {
      for (const cell of Object.values(row)) {
        expect(cell.min).toBeLessThanOrEqual(cell.expected);
        expect(cell.expected).toBeLessThanOrEqual(5);
      }
    }
  });

  it('never fall as the level rises, on the source ladder and the canonical one', () => {
    const sourceOrder = ['L6', 'L7', 'L8'] as const;
    for (const id of SELF_ASSESSMENT_CATEGORY_IDS) {
      for (let i = 1; i < sourceOrder.length; i++) {
        const lower = SELF_ASSESSMENT_SOURCE_EXPECTATIONS[sourceOrder[i - 1]!][id];
        const higher = SELF_ASSESSMENT_SOURCE_EXPECTATIONS[sourceOrder[i]!][id];
        // Technical stays at 4 from EM to Senior EM on the page; the minimum still rises.
        expect(higher.expected).toBeGreaterThanOrEqual(lower.expected);
        expect(higher.min).toBeGreaterThan(lower.min);
      }
      for (let i = 1; i < LEVEL_IDS.length; i++) {
        expect(expectationsFor(LEVEL_IDS[i]!)[id].expected).toBeGreaterThanOrEqual(
          expectationsFor(LEVEL_IDS[i - 1]!)[id].expected,
        );
      }
    }
  });

  it('hold each canonical level to the page row with the same role (L7+ uses the top row)', () => {
    for (const level of ['L5', 'L6'] as const) {
      const rung = SELF_ASSESSMENT_RUNGS.find((r) => r.label === EXPECTATION_ROW_FOR_LEVEL[level])!;
      expect(rung.role).toBe(calibrationFor(level).role);
      expect(resolveLevel(rung.label, 'self-assessment')).toBe(level);
    }
    expect(EXPECTATION_ROW_FOR_LEVEL['L7+']).toBe('L8');
  });
});

describe('readinessBand', () => {
  it('splits at 80 and 60', () => {
    expect(READINESS_BANDS.map((b) => b.minScore)).toEqual([80, 60, 0]);
    expect(readinessBand(100)).toBe('ready');
    expect(readinessBand(80)).toBe('ready');
    expect(readinessBand(79.99)).toBe('close');
    expect(readinessBand(60)).toBe('close');
    expect(readinessBand(59.99)).toBe('significant-preparation');
    expect(readinessBand(0)).toBe('significant-preparation');
  });
});

describe('scoreSelfAssessment', () => {
  it('scores all 5s as 100 and ready with no gaps, at every level', () => {
    for (const level of LEVEL_IDS) {
      const result = scoreSelfAssessment(rateAll(5), level);
      for (const c of result.categories) expect(c.percent).toBeCloseTo(100, 10);
      expect(result.total).toBeCloseTo(100, 10);
      expect(result.readiness).toBe('ready');
      expect(result.topGaps).toEqual([]);
    }
  });

  it('scores nothing rated as 0 with every competency a gap', () => {
    const result = scoreSelfAssessment({}, 'L5');
    expect(result.total).toBe(0);
    expect(result.readiness).toBe('significant-preparation');
    expect(result.topGaps).toHaveLength(5);
    // L5 is held to the page's L7 row: people and communication expect 4.5.
    expect(result.topGaps.map((g) => g.gap)).toEqual([4.5, 4.5, 4.5, 4.5, 4.5]);
  });

  it('scores all 3s as 60 (close); at L5 the five people gaps of 1.5 come first', () => {
    const result = scoreSelfAssessment(rateAll(3), 'L5');
    expect(result.total).toBeCloseTo(60, 10);
    expect(result.readiness).toBe('close');
    expect(result.topGaps.map((g) => [g.categoryId, g.gap])).toEqual(Array(5).fill(['people', 1.5]));
    expect(result.topGaps[0]!.competencyId).toBe('team-building-hiring');
  });

  it('computes a mixed case by the formula', () => {
    const ratings: SelfAssessmentRatings = {
      // people: weights 5,5,4,4,3 → 25 + 20 + 12 + 8 + 3 = 68 of 105
      'team-building-hiring': 5,
      'performance-management': 4,
      'career-development-coaching': 3,
      'diversity-inclusion': 2,
      'conflict-resolution': 1,
      // technical: all 4 → 80%
      'architecture-system-design': 4,
      'technical-decision-making': 4,
      'technical-mentorship': 4,
      'innovation-technical-vision': 4,
      'quality-engineering-excellence': 4,
      // business: all 2 → 40%
      'business-acumen': 2,
      'strategic-thinking': 2,
      'stakeholder-management': 2,
      'product-partnership': 2,
      'data-driven-decision-making': 2,
      // organizational: all 5 → 100%
      'organizational-design': 5,
      'culture-building': 5,
      'change-management': 5,
      'cross-functional-leadership': 5,
      'process-efficiency': 5,
      // communication: 25 + 15 + 15 + 25 + 0 (negotiation unrated) = 80 of 100
      'executive-communication': 5,
      'written-communication': 5,
      'public-speaking': 5,
      'influence-without-authority': 5,
    };
    const people = (68 / 105) * 100;
    const expectedPercents = { people, technical: 80, business: 40, organizational: 100, communication: 80 };
    const expectedTotal = people * 0.3 + 80 * 0.25 + 40 * 0.2 + 100 * 0.15 + 80 * 0.1; // ≈ 70.43

    const result = scoreSelfAssessment(ratings, 'L6');
    for (const c of result.categories) expect(c.percent).toBeCloseTo(expectedPercents[c.id], 10);
    expect(result.total).toBeCloseTo(expectedTotal, 10);
    expect(result.total).toBeCloseTo(70.428_571, 5);
    expect(result.readiness).toBe('close');
    // L6 is held to the page's L8 row: people 5, technical 4.5, business 5, org 5, communication 5.
    expect(result.topGaps.map((g) => [g.competencyId, g.rating, g.expected, g.gap])).toEqual([
      ['negotiation', 0, 5, 5],
      ['conflict-resolution', 1, 5, 4],
      ['diversity-inclusion', 2, 5, 3],
      ['business-acumen', 2, 5, 3],
      ['strategic-thinking', 2, 5, 3],
    ]);
  });

  it('judges the same ratings more strictly at a higher level', () => {
    const ratings = rateAll(4);
    const gapAt = (level: LevelId) =>
      scoreSelfAssessment(ratings, level).topGaps.reduce((s, g) => s + g.gap, 0);
    expect(gapAt('L6')).toBeGreaterThan(gapAt('L5'));
    expect(scoreSelfAssessment(ratings, 'L5').total).toBeCloseTo(80, 10);
  });

  it('rejects ratings outside 0–5 or not whole', () => {
    expect(() => scoreSelfAssessment({ 'business-acumen': 6 }, 'L5')).toThrow(RangeError);
    expect(() => scoreSelfAssessment({ 'business-acumen': -1 }, 'L5')).toThrow(RangeError);
    expect(() => scoreSelfAssessment({ 'business-acumen': 2.5 }, 'L5')).toThrow(RangeError);
  });
});

it('names the export file by date', () => {
  expect(assessmentExportFileName('2025-08-13T10:00:00.000Z')).toBe('leadership-assessment-2025-08-13.json');
});
