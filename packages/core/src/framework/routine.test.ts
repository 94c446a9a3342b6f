import { describe, expect, it } from 'vitest';
import {
  DAILY_PLANS,
  DAILY_PRACTICE_MINUTES,
  HUB_LEVEL_PATHS,
  HUB_MILESTONES,
  SIX_WEEK_WORKFLOW,
  SUCCESS_METRICS,
  WEEKLY_ROUTINE,
} from './routine';

describe('routine', () => {
  it('practises Monday, Wednesday and Friday', () => {
    expect(WEEKLY_ROUTINE.map((s) => s.day)).toEqual(['monday', 'wednesday', 'friday']);
  });

  it('covers weeks 1–6 without gaps or overlaps', () => {
    let next = 1;
    for (const phase of SIX_WEEK_WORKFLOW) {
      expect(phase.weeks.from).toBe(next);
      expect(phase.weeks.to).toBeGreaterThanOrEqual(phase.weeks.from);
      next = phase.weeks.to + 1;
    }
    expect(next).toBe(7);
  });

  it('fills exactly 30 minutes a day in every phase', () => {
    expect(DAILY_PLANS.map((p) => p.phase)).toEqual(SIX_WEEK_WORKFLOW.map((p) => p.id));
    for (const plan of DAILY_PLANS) {
      expect(
        plan.blocks.reduce((sum, b) => sum + b.minutes, 0),
        plan.phase,
      ).toBe(DAILY_PRACTICE_MINUTES);
    }
  });

  it('has unique ids for metrics and milestones, with three tiers per milestone', () => {
    expect(new Set(SUCCESS_METRICS.map((m) => m.id)).size).toBe(SUCCESS_METRICS.length);
    expect(SUCCESS_METRICS).toHaveLength(6);
    expect(new Set(HUB_MILESTONES.map((m) => m.id)).size).toBe(5);
    for (const m of HUB_MILESTONES) expect(m.tiers).toHaveLength(3);
  });

  it('maps the hub level paths onto canonical levels in rising order', () => {
    expect(HUB_LEVEL_PATHS.map((p) => p.levels[0])).toEqual(['L5', 'L5', 'L6']);
  });
});
