import { describe, expect, it } from 'vitest';
import {
  ANSWER_LENGTH_SECONDS,
  SPLIT_VARIANTS,
  STAR_PLUS_PART_IDS,
  STAR_PLUS_PARTS,
  STAR_RED_FLAGS,
  TWO_MINUTE_SCRIPT,
  TWO_MINUTE_TARGET_SECONDS,
} from './star-plus';
import {
  COMPANY_ADAPTATIONS,
  DEPTH_VERSIONS,
  POWER_PHRASE_GROUPS,
  SCENARIO_FAMILIES,
  STORY_DEVELOPMENT_STEPS,
} from './star-plus-practice';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('STAR+ parts', () => {
  it('is STAR plus learnings, scale and impact', () => {
    expect(STAR_PLUS_PARTS.map((p) => p.id)).toEqual([...STAR_PLUS_PART_IDS]);
    expect(STAR_PLUS_PARTS.filter((p) => p.plus).map((p) => p.id)).toEqual(['learnings', 'scale', 'impact']);
  });
});

describe('two-minute script', () => {
  it('budgets 20/10/60/20/10 seconds, 120 in all', () => {
    const timed = TWO_MINUTE_SCRIPT.filter((b) => b.seconds !== null);
    expect(timed.map((b) => [b.id, b.seconds])).toEqual([
      ['situation', 20],
      ['task', 10],
      ['action', 60],
      ['result', 20],
      ['learnings', 10],
    ]);
    expect(TWO_MINUTE_TARGET_SECONDS).toBe(120);
  });

  it('opens with the principle and closes with scale/impact and an offer to elaborate', () => {
    expect(TWO_MINUTE_SCRIPT[0]!.id).toBe('principle');
    expect(TWO_MINUTE_SCRIPT.slice(-2).map((b) => b.id)).toEqual(['scale-impact', 'offer']);
  });

  it('allows up to the portfolio ranges, which sum to the 3-minute ceiling', () => {
    for (const beat of TWO_MINUTE_SCRIPT) {
      if (beat.seconds !== null) expect(beat.maxSeconds!).toBeGreaterThanOrEqual(beat.seconds);
    }
    expect(sum(TWO_MINUTE_SCRIPT.map((b) => b.maxSeconds ?? 0))).toBe(ANSWER_LENGTH_SECONDS.max);
    expect(ANSWER_LENGTH_SECONDS).toEqual({ redFlagBelow: 90, target: 120, max: 180 });
  });

  it('keeps every variant, with exactly one canonical that matches the script', () => {
    const canonical = SPLIT_VARIANTS.filter((v) => v.status === 'canonical');
    expect(canonical).toHaveLength(1);
    expect(sum(Object.values(canonical[0]!.parts))).toBe(TWO_MINUTE_TARGET_SECONDS);
    for (const variant of SPLIT_VARIANTS) {
      const total = sum(Object.values(variant.parts));
      expect(total, variant.source).toBe(variant.unit === 'seconds' ? 120 : 100);
    }
  });
});

describe('red flags and practice material', () => {
  it('lists four story and four delivery red flags, including answers under 90 seconds', () => {
    expect(new Set(STAR_RED_FLAGS.map((f) => f.id)).size).toBe(8);
    expect(STAR_RED_FLAGS.filter((f) => f.area === 'story')).toHaveLength(4);
    expect(STAR_RED_FLAGS.find((f) => f.id === 'too-brief')!.text).toContain('90 seconds');
  });

  it('has 4 scenario families of 4 and 3 power-phrase groups of 3', () => {
    expect(SCENARIO_FAMILIES).toHaveLength(4);
    for (const family of SCENARIO_FAMILIES) expect(family.scenarios).toHaveLength(4);
    expect(POWER_PHRASE_GROUPS.map((g) => g.id)).toEqual([
      'ownership',
      'strategic-thinking',
      'people-leadership',
    ]);
    for (const group of POWER_PHRASE_GROUPS) expect(group.phrases).toHaveLength(3);
  });

  it('develops stories in five steps and adapts them for three companies', () => {
    expect(STORY_DEVELOPMENT_STEPS.map((s) => s.name)).toEqual([
      'Brainstorm',
      'Categorize',
      'Quantify',
      'Rehearse',
      'Adapt',
    ]);
    expect(COMPANY_ADAPTATIONS.map((a) => a.company)).toEqual(['amazon', 'google', 'meta']);
  });

  it('offers depth versions of 30 s, 2 min, 5–10 min and 15+ min, in rising order', () => {
    expect(DEPTH_VERSIONS.map((d) => d.seconds)).toEqual([
      { min: 30, max: 30 },
      { min: 120, max: 120 },
      { min: 300, max: 600 },
      { min: 900, max: null },
    ]);
  });
});
