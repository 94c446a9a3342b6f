/** Invariants of the matrix and the matcher over random portfolios (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_COMPANIES } from '../framework/companies';
import { COMPETENCY_TAGS, DIMENSION_IDS, DIMENSION_LEVELS, LEVEL_IDS } from '../framework/ids';
import { COMPETENCY_CUES } from './competency-cues';
import { matchStories } from './match';
import { buildMatrix } from './matrix';
import { textQuestionSignals } from './question';
import type { PortfolioStory, StoryAnalysisSummary } from './types';

const CUE_WORDS = COMPETENCY_TAGS.flatMap((tag) => COMPETENCY_CUES[tag].slice(0, 3));
const PRINCIPLE_IDS = BUILT_IN_COMPANIES.flatMap((c) => c.principles.slice(0, 3).map((p) => p.id));

const analysisArb: fc.Arbitrary<StoryAnalysisSummary> = fc.record({
  score: fc.integer({ min: 0, max: 100 }),
  rating: fc.constantFrom('needs-work', 'good', 'great', 'exceptional'),
  resultMetricCount: fc.nat(4),
  hasResult: fc.boolean(),
  dimensions: fc.record(
    Object.fromEntries(DIMENSION_IDS.map((id) => [id, fc.constantFrom(...DIMENSION_LEVELS)])) as {
      [K in (typeof DIMENSION_IDS)[number]]: fc.Arbitrary<(typeof DIMENSION_LEVELS)[number]>;
    },
  ),
  levelSignal: fc.option(fc.constantFrom(...LEVEL_IDS), { nil: null }),
  principles: fc.subarray(PRINCIPLE_IDS, { maxLength: 3 }),
  errorRules: fc.subarray(['blame-negativity', 'hypothetical-answer'], { maxLength: 2 }),
});

const storyArb = (id: string): fc.Arbitrary<PortfolioStory> =>
  fc.record({
    id: fc.constant(id),
    title: fc.string({ maxLength: 20 }),
    text: fc
      .array(fc.constantFrom(...CUE_WORDS, 'and', 'we', 'the team'), { maxLength: 30 })
      .map((w) => w.join(' ')),
    tags: fc.shuffledSubarray([...COMPETENCY_TAGS], { maxLength: 7 }),
    principles: fc.subarray(PRINCIPLE_IDS, { maxLength: 4 }),
    metrics: fc.array(fc.constant('+4%'), { maxLength: 2 }),
    targetLevel: fc.option(fc.constantFrom(...LEVEL_IDS), { nil: null }),
    analysis: fc.option(analysisArb, { nil: null }),
  });

const portfolioArb = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => storyArb(`s${i}`))));
const usageArb = fc.dictionary(
  fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `s${i}`)),
  fc.record({ practice: fc.nat(5), interviews: fc.nat(5) }),
);

describe('portfolio invariants', () => {
  it('keeps every cell in 0–3 and calls a column a gap exactly when no story reaches 2', () => {
    fc.assert(
      fc.property(
        portfolioArb,
        usageArb,
        fc.constantFrom(...BUILT_IN_COMPANIES),
        (stories, usage, company) => {
          const matrix = buildMatrix(stories, { company, usage });
          expect(matrix.rows).toHaveLength(stories.length);
          for (const tag of COMPETENCY_TAGS) {
            const cells = matrix.rows.map((row) => row.competencies[tag]?.strength ?? 0);
            for (const s of cells) expect(s === 1 || s === 2 || s === 3 || s === 0).toBe(true);
            const isGap = matrix.gaps.competencies.some((g) => g.competency === tag);
            expect(isGap).toBe(cells.every((s) => s < 2));
          }
          for (const row of matrix.rows) {
            for (const cell of Object.values(row.competencies)) expect(cell.strength).toBeGreaterThan(0);
            for (const cell of Object.values(row.principles)) expect(cell.reasons.length).toBeGreaterThan(0);
          }
          const counted = matrix.progress.categories.reduce((sum, c) => sum + c.count, 0);
          expect(counted + matrix.progress.uncategorised).toBe(stories.length);
          for (const over of matrix.overused) {
            const story = stories.find((s) => s.id === over.storyId);
            expect(over.uses.total > 3 || (story?.tags.length ?? 0) > 5).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('ranks by score, keeps scores in 0–100 and makes each one the sum of its reasons', () => {
    const question = fc.constantFrom(
      'Tell me about a conflict with a peer.',
      'How did you handle an outage?',
      'Describe a time you hired a team and cut costs.',
    );
    fc.assert(
      fc.property(
        portfolioArb,
        usageArb,
        question,
        fc.integer({ min: 1, max: 10 }),
        (stories, usage, text, limit) => {
          const result = matchStories(stories, textQuestionSignals(text), { usage, limit });
          expect(result.items.length).toBeLessThanOrEqual(limit);
          for (const [i, item] of result.items.entries()) {
            expect(item.score).toBeGreaterThanOrEqual(0);
            expect(item.score).toBeLessThanOrEqual(100);
            const sum = item.reasons.reduce((total, r) => total + r.points, 0);
            expect(Math.abs(item.score - sum)).toBeLessThanOrEqual(0.5 + 1e-9);
            const next = result.items[i + 1];
            if (next) expect(item.score).toBeGreaterThanOrEqual(next.score);
          }
          // Same input, same answer: nothing depends on the order stories arrive in.
          const reversed = matchStories([...stories].reverse(), textQuestionSignals(text), { usage, limit });
          expect(reversed.items.map((m) => m.storyId)).toEqual(result.items.map((m) => m.storyId));
        },
      ),
      { numRuns: 150 },
    );
  });
});
