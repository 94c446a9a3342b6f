import { describe, expect, it } from 'vitest';
import { COMPETENCIES, competencyFor, coverageStatus } from './competencies';
import { COMPETENCY_TAGS } from './ids';
import {
  IMPACT_LEVEL_IDS,
  IMPACT_LEVELS,
  MATRIX_AXES,
  PORTFOLIO_TARGET,
  SAMPLE_MATRIX,
  STORY_CATEGORIES,
  STORY_TEMPLATE,
  STRENGTH_SCALE,
} from './portfolio';
import { DEPLOYMENT_GUIDE, MAINTENANCE_RULES, PEER_SESSION, PORTFOLIO_RED_FLAGS } from './portfolio-guide';

describe('story categories', () => {
  it('has six categories with unique ids and valid quotas', () => {
    expect(new Set(STORY_CATEGORIES.map((c) => c.id)).size).toBe(6);
    for (const c of STORY_CATEGORIES) {
      expect(c.quota.min).toBeLessThanOrEqual(c.quota.max);
      expect(c.metricHints).toHaveLength(3);
    }
  });

  it('fits the quotas inside the 20–30 story target', () => {
    expect(PORTFOLIO_TARGET).toEqual({ min: 20, max: 30 });
    const min = STORY_CATEGORIES.reduce((s, c) => s + c.quota.min, 0);
    const max = STORY_CATEGORIES.reduce((s, c) => s + c.quota.max, 0);
    expect(min).toBe(21);
    expect(max).toBe(27);
    expect(min).toBeGreaterThanOrEqual(PORTFOLIO_TARGET.min);
    expect(max).toBeLessThanOrEqual(PORTFOLIO_TARGET.max);
  });
});

describe('competencies', () => {
  it('labels each of the 14 tags exactly once, in order', () => {
    expect(COMPETENCIES.map((c) => c.id)).toEqual([...COMPETENCY_TAGS]);
    expect(competencyFor('crisis').label).toBe('Crisis');
  });

  it('grades coverage 0 missing, 1 weak, 2+ good', () => {
    expect([0, 1, 2, 5].map(coverageStatus)).toEqual(['missing', 'weak', 'good', 'good']);
  });
});

describe('matrix', () => {
  it('uses seven axes and a 0–3 strength scale', () => {
    expect(MATRIX_AXES).toEqual([
      'People',
      'Technical',
      'Business',
      'Strategy',
      'Execution',
      'Innovation',
      'Culture',
    ]);
    expect(STRENGTH_SCALE.map((s) => s.value)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the sample rows exact', () => {
    const platform = SAMPLE_MATRIX.find((r) => r.story === 'Platform Migration')!;
    expect(MATRIX_AXES.map((a) => platform.strengths[a])).toEqual([1, 3, 2, 2, 3, 1, 0]);
    for (const row of SAMPLE_MATRIX) expect(Object.keys(row.strengths)).toEqual([...MATRIX_AXES]);
  });
});

describe('impact levels and template', () => {
  it('rises from team to company without overlapping', () => {
    expect(IMPACT_LEVELS.map((l) => l.id)).toEqual([...IMPACT_LEVEL_IDS]);
    for (let i = 1; i < IMPACT_LEVELS.length; i++) {
      expect(IMPACT_LEVELS[i]!.people.min).toBeGreaterThanOrEqual(IMPACT_LEVELS[i - 1]!.people.max!);
    }
    expect(IMPACT_LEVELS.at(-1)!.people).toEqual({ min: 100, max: null });
  });

  it('times the template between 2 and 3 minutes', () => {
    const timed = STORY_TEMPLATE.flatMap((s) => (s.seconds ? [s.seconds] : []));
    expect(timed.reduce((a, s) => a + s.min, 0)).toBe(120);
    expect(timed.reduce((a, s) => a + s.max, 0)).toBe(180);
  });
});

describe('guide', () => {
  it('deploys story counts with min ≤ max and a 60-minute peer session', () => {
    for (const rule of DEPLOYMENT_GUIDE) expect(rule.stories.min).toBeLessThanOrEqual(rule.stories.max);
    expect(PEER_SESSION.segments.reduce((s, x) => s + x.minutes, 0)).toBe(60);
    expect(MAINTENANCE_RULES.retireAfterYears).toBe(3);
  });

  it('has five portfolio-level and five story-level red flags with unique ids', () => {
    expect(new Set(PORTFOLIO_RED_FLAGS.map((f) => f.id)).size).toBe(10);
    expect(PORTFOLIO_RED_FLAGS.filter((f) => f.scope === 'portfolio')).toHaveLength(5);
  });
});
