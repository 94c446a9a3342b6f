import { describe, expect, it } from 'vitest';
import {
  HOOK_BEATS,
  HOOK_INTENSITY,
  HOOK_PATTERNS,
  HOOK_RED_FLAGS,
  HOOK_WORKSHEET,
  PRINCIPLE_TENSIONS,
  PRINCIPLES_PER_STORY,
} from './hooks';

describe('principle hooks', () => {
  it('follows five beats, naming the principle second', () => {
    expect(HOOK_BEATS.map((b) => b.id)).toEqual([
      'introduce',
      'name-principle',
      'execute',
      'reinforce',
      'cultural-impact',
    ]);
    expect(HOOK_BEATS[1]!.guidance).toContain('{principle}');
  });

  it('has the three patterns, three stages and four tensions', () => {
    expect(HOOK_PATTERNS.map((p) => p.id)).toEqual(['triple', 'counter-principle', 'evolution']);
    expect(HOOK_INTENSITY.map((i) => i.stage)).toEqual(['phone-screen', 'behavioral', 'executive']);
    expect(PRINCIPLE_TENSIONS).toHaveLength(4);
    expect(PRINCIPLES_PER_STORY).toEqual({ min: 3, max: 5, primary: 1 });
  });

  it('has unique ids for red flags and worksheet fields', () => {
    expect(new Set(HOOK_RED_FLAGS.map((f) => f.id)).size).toBe(3);
    expect(new Set(HOOK_WORKSHEET.map((f) => f.id)).size).toBe(HOOK_WORKSHEET.length);
    expect(HOOK_WORKSHEET.filter((f) => f.section === 'core')).toHaveLength(3);
  });
});
