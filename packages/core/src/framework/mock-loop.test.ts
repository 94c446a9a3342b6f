import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPE_IDS } from './ids';
import {
  IMPROVEMENT_SIGNALS,
  MOCK_LOOP,
  MOCK_LOOP_RULES,
  MOCK_LOOP_TOTAL_MINUTES,
  MOCK_SELF_CHECK,
  POSITIVE_SIGNALS,
} from './mock-loop';

describe('mock loop', () => {
  it('has six rounds in order totalling 315 minutes', () => {
    expect(MOCK_LOOP.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(MOCK_LOOP.map((r) => r.minutes)).toEqual([60, 45, 45, 60, 45, 60]);
    expect(MOCK_LOOP.reduce((sum, r) => sum + r.minutes, 0)).toBe(MOCK_LOOP_TOTAL_MINUTES);
    expect(MOCK_LOOP_TOTAL_MINUTES).toBe(315);
  });

  it('has segments that fill each round exactly', () => {
    for (const round of MOCK_LOOP) {
      expect(
        round.segments.reduce((sum, s) => sum + s.minutes, 0),
        round.id,
      ).toBe(round.minutes);
      expect(INTERVIEW_TYPE_IDS).toContain(round.interviewType);
    }
    expect(new Set(MOCK_LOOP.map((r) => r.id)).size).toBe(MOCK_LOOP.length);
  });

  it('keeps the embedded rules exact', () => {
    expect(MOCK_LOOP_RULES.selfIntroduction.reduce((s, p) => s + p.minutes, 0)).toBe(10);
    expect(MOCK_LOOP_RULES.executivePitch.parts).toHaveLength(4);
    const split = MOCK_LOOP_RULES.capacitySplitPercent;
    expect(split.roadmap + split.techDebt + split.innovation).toBe(100);
    expect(MOCK_LOOP_RULES.influenceTactics).toHaveLength(5);
  });

  it('has 8 self-checks with unique ids and 5 signals of each kind', () => {
    expect(MOCK_SELF_CHECK).toHaveLength(8);
    expect(new Set(MOCK_SELF_CHECK.map((c) => c.id)).size).toBe(8);
    expect(POSITIVE_SIGNALS).toHaveLength(5);
    expect(IMPROVEMENT_SIGNALS).toHaveLength(5);
  });
});
