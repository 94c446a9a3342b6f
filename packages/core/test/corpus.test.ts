/**
 * The labelled corpus (fixtures/answers): for every strong/weak twin, the strong answer must
 * outscore the weak one, and the weak twin's pitfall must be named by a finding. Standalone
 * answers must land in the rating band an experienced interviewer gave them. Two corpora: the
 * one written per pitfall and level, and a second written independently in the style of public
 * preparation material.
 */

import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/analyze';
import { ANSWERS_DIR, type AnswerFixture, analyzeOptionsOf, loadAnswers, twinPairs } from './fixtures/load';

const optionsOf = analyzeOptionsOf;

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

/** Whether the analyzer rates a calibration answer in the band an interviewer gave it. */
function inBand(answer: AnswerFixture): boolean {
  const { rating } = analyze(answer.text, optionsOf(answer));
  return answer.label === 'exceptional'
    ? rating === 'great' || rating === 'exceptional'
    : rating === 'needs-work';
}

const CORPORA = [
  { name: 'authored corpus', dir: ANSWERS_DIR },
  { name: 'public-style held-out set', dir: join(dirname(ANSWERS_DIR), 'heldout') },
];

describe.each(CORPORA)('$name', ({ dir }) => {
  const answers = loadAnswers(dir);
  const pairs = twinPairs(answers);

  it('has twin pairs to judge', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pairs.map((p) => [p.pair, p] as const))('%s: strong twin outscores weak twin', (_id, pair) => {
    const strong = analyze(pair.strong.text, optionsOf(pair.strong));
    const weak = analyze(pair.weak.text, optionsOf(pair.weak));
    expect(strong.score, `strong ${strong.score} vs weak ${weak.score}`).toBeGreaterThan(weak.score);
  });

  it('names the weak twin’s pitfall with a finding in at least 90% of pairs', () => {
    const named = pairs.filter((pair) => {
      const expected = PITFALL_RULES[pair.pitfall];
      if (!expected) return true;
      const weak = analyze(pair.weak.text, optionsOf(pair.weak));
      return weak.findings.some((f) => f.points < 0 && expected.includes(f.ruleId));
    });
    expect(named.length / pairs.length).toBeGreaterThanOrEqual(0.9);
  });

  it('puts at least 85% of standalone answers in the rating band an interviewer gave them', () => {
    const standalone = answers.filter((a) => a.pair === null);
    const banded = standalone.filter(inBand);
    expect(banded.length / standalone.length).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * The hard cases (polished answers whose flaw is what they say: calm blame, no "I", a hero story;
 * humble answers with no figures) are a development set the analyzer does not fully pass yet.
 * These floors keep what it has learned from them: a change that loses it fails here.
 */
describe('hard cases (development set)', () => {
  const answers = loadAnswers(join(dirname(ANSWERS_DIR), 'hard-cases'));

  it('orders at least 81% of twin pairs strong above weak', () => {
    const pairs = twinPairs(answers);
    const ordered = pairs.filter(
      (p) =>
        analyze(p.strong.text, optionsOf(p.strong)).score > analyze(p.weak.text, optionsOf(p.weak)).score,
    );
    expect(ordered.length / pairs.length).toBeGreaterThanOrEqual(0.81);
  });

  it('puts at least 87% of standalone answers in their band', () => {
    const standalone = answers.filter((a) => a.pair === null);
    const banded = standalone.filter(inBand);
    expect(banded.length / standalone.length).toBeGreaterThanOrEqual(0.87);
  });
});
