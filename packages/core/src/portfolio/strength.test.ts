import { describe, expect, it } from 'vitest';
import { getCompany } from '../framework/companies';
import { analysisOf, storyOf, withDimension } from './portfolio.test-helpers';
import { storyFacts } from './story-facts';
import { competencyStrength, principleStrength } from './strength';
import type { PortfolioStory } from './types';

const facts = (story: PortfolioStory) => storyFacts(story, []);
const conflict = (story: PortfolioStory, level: 'L5' | 'L6' | 'L7+' | null = null) =>
  competencyStrength(facts(story), 'conflict', level);

describe('competency strength', () => {
  it('is 0 for a competency neither tagged nor suggested by the text', () => {
    expect(conflict(storyOf('a', { analysis: analysisOf() }))).toEqual({ strength: 0, reasons: [] });
  });

  it('is 1 for a tagged story without analysis, and says the analysis is missing', () => {
    const cell = conflict(storyOf('a', { tags: ['conflict'] }));
    expect(cell.strength).toBe(1);
    expect(cell.reasons).toEqual(['Tagged Conflict', 'No current analysis to back it']);
  });

  it('gives at most 1 to a competency only the text suggests', () => {
    const story = storyOf('a', {
      text: 'The disagreement turned into open conflict between the two leads.',
      analysis: analysisOf({
        dimensions: withDimension('exceptional', 'leadershipRange'),
        levelSignal: 'L7+',
      }),
    });
    const cell = conflict(story, 'L6');
    expect(cell.strength).toBe(1);
    expect(cell.reasons[0]).toMatch(/^Not tagged Conflict, but the text mentions "disagreement", "conflict"/);
  });

  it('adds 1 for a quantified result (a figure read or a metric stated, with a result part)', () => {
    expect(conflict(storyOf('a', { tags: ['conflict'], analysis: analysisOf() })).strength).toBe(2);
    const stated = storyOf('a', {
      tags: ['conflict'],
      metrics: ['+4%'],
      analysis: analysisOf({ resultMetricCount: 0 }),
    });
    expect(conflict(stated).strength).toBe(2);
    const noResult = storyOf('a', { tags: ['conflict'], analysis: analysisOf({ hasResult: false }) });
    expect(conflict(noResult).strength).toBe(1);
  });

  it("adds 1 when the competency's rubric dimension reads great or exceptional", () => {
    const great = analysisOf({ resultMetricCount: 0, dimensions: withDimension('great', 'leadershipRange') });
    const cell = conflict(storyOf('a', { tags: ['conflict'], analysis: great }));
    expect(cell.strength).toBe(2);
    expect(cell.reasons).toContain('Leadership range reads great');
    // Another dimension at exceptional does not back conflict.
    const other = analysisOf({
      resultMetricCount: 0,
      dimensions: withDimension('exceptional', 'technicalDepth'),
    });
    expect(conflict(storyOf('a', { tags: ['conflict'], analysis: other })).strength).toBe(1);
  });

  it('adds 1 when the scope reads at or above the target level: the one asked for, else the story own', () => {
    const l6 = analysisOf({ resultMetricCount: 0, levelSignal: 'L6' });
    expect(conflict(storyOf('a', { tags: ['conflict'], analysis: l6 }), 'L6').strength).toBe(2);
    expect(conflict(storyOf('a', { tags: ['conflict'], analysis: l6 }), 'L7+').strength).toBe(1);
    expect(conflict(storyOf('a', { tags: ['conflict'], analysis: l6, targetLevel: 'L5' })).strength).toBe(2);
    // No level asked and none targeted: the level point is not available.
    expect(conflict(storyOf('a', { tags: ['conflict'], analysis: l6 })).strength).toBe(1);
  });

  it('reaches 3 with a quantified result and one more backing, and never goes past 3', () => {
    const all = analysisOf({
      levelSignal: 'L7+',
      dimensions: withDimension('exceptional', 'leadershipRange'),
    });
    const cell = conflict(storyOf('a', { tags: ['conflict'], analysis: all }), 'L6');
    expect(cell.strength).toBe(3);
    expect(cell.reasons).toEqual([
      'Tagged Conflict',
      'Quantified result',
      'Leadership range reads exceptional',
      'Scope reads at L7+ (target L6)',
    ]);
  });

  it('holds an unquantified story at 2 however deep it reads', () => {
    const deep = analysisOf({
      resultMetricCount: 0,
      levelSignal: 'L7+',
      dimensions: withDimension('exceptional', 'leadershipRange'),
    });
    const cell = conflict(storyOf('a', { tags: ['conflict'], analysis: deep }), 'L6');
    expect(cell.strength).toBe(2);
    expect(cell.reasons.at(-1)).toBe('Held at 2: a defining example needs a quantified result');
  });

  it('holds a story the analysis flags with an error at 2', () => {
    const flagged = analysisOf({
      levelSignal: 'L7+',
      dimensions: withDimension('great', 'leadershipRange'),
      errorRules: ['blame-negativity'],
    });
    const cell = conflict(storyOf('a', { tags: ['conflict'], analysis: flagged }), 'L6');
    expect(cell.strength).toBe(2);
    expect(cell.reasons.at(-1)).toBe('Held at 2: the analysis flags blame-negativity');
  });
});

describe('principle strength', () => {
  const amazon = getCompany('amazon');
  if (!amazon) throw new Error('amazon is built in');
  const ownership = { id: 'amazon.ownership', name: 'Ownership' };
  const of = (story: PortfolioStory) => principleStrength(storyFacts(story, [amazon]), ownership);

  it('is 0 when neither mapped nor shown', () => {
    expect(of(storyOf('a', { analysis: analysisOf() })).strength).toBe(0);
  });

  it('is 1 for a mapping alone and 2 with a quantified result', () => {
    expect(of(storyOf('a', { principles: ['amazon.ownership'] })).strength).toBe(1);
    expect(of(storyOf('a', { principles: ['amazon.ownership'], analysis: analysisOf() })).strength).toBe(2);
  });

  it('counts the principle shown in the text, and 3 needs mapping, text and numbers', () => {
    const text = 'I took ownership of the migration and owned the outcome end to end.';
    expect(of(storyOf('a', { text })).strength).toBe(1);
    const cell = of(storyOf('a', { text, principles: ['amazon.ownership'], analysis: analysisOf() }));
    expect(cell.strength).toBe(3);
    expect(cell.reasons[0]).toBe('Mapped to Ownership');
    expect(cell.reasons[1]).toMatch(/^The text shows it: /);
  });

  it('counts principles the stored analysis found even when no cue is in the text', () => {
    const cell = of(
      storyOf('a', { analysis: analysisOf({ resultMetricCount: 0, principles: ['amazon.ownership'] }) }),
    );
    expect(cell).toEqual({ strength: 1, reasons: ['The analysis found it in the text'] });
  });
});
