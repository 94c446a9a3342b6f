import { describe, expect, it } from 'vitest';
import { FOUNDATION_LEVELS, MIGRATION_EXAMPLE, POWER_STORY_STEP_IDS, POWER_STORY_STEPS } from './power-story';

describe('power story', () => {
  it('runs context → principle → concept → application → impact', () => {
    expect(POWER_STORY_STEPS.map((s) => s.id)).toEqual([...POWER_STORY_STEP_IDS]);
  });

  it('draws on each foundation level exactly once, in order', () => {
    const used = POWER_STORY_STEPS.map((s) => s.foundation).filter((f) => f !== null);
    expect(used).toEqual(FOUNDATION_LEVELS.map((l) => l.id));
    for (const level of FOUNDATION_LEVELS) expect(level.practices).toHaveLength(3);
  });

  it('fills every step of the migration example, with its numbers', () => {
    for (const id of POWER_STORY_STEP_IDS) expect(MIGRATION_EXAMPLE[id].length).toBeGreaterThan(5);
    expect(MIGRATION_EXAMPLE.impact).toContain('10x');
    expect(MIGRATION_EXAMPLE.impact).toContain('50%');
  });
});
