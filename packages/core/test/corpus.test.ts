/**
 * The labelled corpus (fixtures/answers): for every strong/weak twin, the strong answer must
 * outscore the weak one, and the weak twin's pitfall must be named by a finding. Calibration
 * answers must land in the rating band an experienced interviewer would give them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/analyze';
import type { AnalyzeOptions } from '../src/analyze/types';
import { type AnswerFixture, loadAnswers, twinPairs } from './fixtures/load';

const optionsOf = (a: AnswerFixture): AnalyzeOptions => ({
  level: a.level,
  type: a.type,
  question: a.question,
  spoken: a.spoken,
  ...(a.company ? { company: a.company } : {}),
});

/** The rule that should speak up for each pitfall in the weak twin. */
const PITFALL_RULES: Record<string, string[]> = {
  'missing-structure': ['star-structure'],
  'unquantified-impact': ['unquantified-impact'],
  'hero-narrative': ['attribution-balance'],
  'invisible-self': ['attribution-balance'],
  'implementation-detail': ['implementation-detail'],
  hypothetical: ['hypothetical-answer'],
  blame: ['blame-negativity'],
  'missing-learning': ['missing-learning'],
  'missing-business-outcome': ['missing-business-outcome'],
  'missing-principle': ['missing-principle'],
  'scope-below-level': ['scope-below-level'],
  rambling: ['answer-length'],
  fillers: ['filler-words'],
  'no-check-in': ['no-check-in'],
  'too-short': ['answer-length', 'star-structure'],
};

const pairs = twinPairs();

describe('labelled corpus', () => {
  it.each(pairs.map((p) => [p.pair, p] as const))('%s: strong twin outscores weak twin', (_id, pair) => {
    const strong = analyze(pair.strong.text, optionsOf(pair.strong));
    const weak = analyze(pair.weak.text, optionsOf(pair.weak));
    expect(strong.score, `strong ${strong.score} vs weak ${weak.score}`).toBeGreaterThan(weak.score);
  });

  it.each(pairs.filter((p) => PITFALL_RULES[p.pitfall]).map((p) => [p.pair, p] as const))(
    '%s: the weak twin’s pitfall is named by a finding',
    (_id, pair) => {
      const weak = analyze(pair.weak.text, optionsOf(pair.weak));
      const rules = new Set(weak.findings.filter((f) => f.points < 0).map((f) => f.ruleId));
      expect([...rules]).toEqual(
        expect.arrayContaining([expect.toBeOneOf(PITFALL_RULES[pair.pitfall] ?? [])]),
      );
    },
  );

  const calibration = loadAnswers().filter((a) => a.pair === null);
  it.each(calibration.map((a) => [a.id, a] as const))('%s lands in its rating band', (_id, answer) => {
    const report = analyze(answer.text, optionsOf(answer));
    if (answer.label === 'exceptional') expect(['great', 'exceptional']).toContain(report.rating);
    else expect(report.rating).toBe('needs-work');
  });
});
