/** Score arithmetic and the rating caps a debrief applies. */
import { describe, expect, it } from 'vitest';
import { score } from './scoring';
import type { Finding } from './types';

const finding = (
  ruleId: string,
  messageId: string,
  points: number,
  severity: Finding['severity'] = 'warning',
): Finding => ({
  ruleId,
  messageId,
  severity,
  points,
  message: `${ruleId}/${messageId}`,
  start: 0,
  end: 1,
});

describe('score', () => {
  it('is 100 minus what the findings cost, never below 0, banded into ratings', () => {
    expect(score([]).rating).toBe('exceptional');
    expect(score([finding('a', 'x', -12)])).toMatchObject({ score: 88, rating: 'great' });
    expect(score([finding('a', 'x', -30)])).toMatchObject({ score: 70, rating: 'good' });
    expect(score([finding('a', 'x', -90), finding('b', 'y', -90)])).toMatchObject({
      score: 0,
      rating: 'needs-work',
    });
  });

  it('caps one red flag at good by scaling the score into that band, as its own item', () => {
    // 92 squeezed from 60–100 onto 60–74: 60 + 32 × 14 / 40 = 71.2.
    const capped = score([finding('blame-negativity', 'blame', -8, 'error')]);
    expect(capped).toMatchObject({ score: 71, rating: 'good' });
    expect(capped.items.at(-1)).toMatchObject({ points: -21, source: 'red-flag-cap' });
    expect(capped.items.reduce((sum, i) => sum + i.points, 0)).toBe(71);
    // Two red-flagged answers keep their order, and neither rises above the band.
    const worse = score([finding('blame-negativity', 'blame', -8, 'error'), finding('a', 'x', -20)]);
    expect(worse).toMatchObject({ score: 64, rating: 'good' });
    // At or below the band's floor there is nothing to move.
    const low = score([finding('blame-negativity', 'blame', -8, 'error'), finding('a', 'x', -35)]);
    expect(low).toMatchObject({ score: 57, rating: 'needs-work' });
    expect(low.items.some((i) => i.source === 'red-flag-cap')).toBe(false);
    expect(score([finding('scope-below-level', 'noScope', -12, 'error')]).rating).toBe('good');
  });

  it('rates red flags from two different rules needs-work', () => {
    const two = [
      finding('blame-negativity', 'blame', -8, 'error'),
      finding('attribution-balance', 'heroPhrase', -8, 'error'),
    ];
    // 84 scaled onto 0–59.
    expect(score(two)).toMatchObject({ score: 50, rating: 'needs-work' });
  });

  it('rates the same red flag raised twice needs-work: a pattern, not a slip', () => {
    const twice = [
      finding('blame-negativity', 'blame', -8, 'error'),
      finding('blame-negativity', 'blame', -4, 'error'),
    ];
    expect(score(twice)).toMatchObject({ score: 52, rating: 'needs-work' });
    // A warning beside the red flag is not a second red flag.
    const once = [
      finding('blame-negativity', 'blame', -8, 'error'),
      finding('blame-negativity', 'blame', -4),
    ];
    expect(score(once).rating).toBe('good');
  });

  it("rates an unanswered question needs-work: a hypothetical answer, a story two rungs below the target, a failure with no part of one's own", () => {
    expect(score([finding('hypothetical-answer', 'hypothetical', -25, 'error')])).toMatchObject({
      score: 44,
      rating: 'needs-work',
    });
    expect(score([finding('scope-below-level', 'belowLevel', -12, 'error')]).rating).toBe('needs-work');
    expect(score([finding('blame-negativity', 'unownedSetback', -10, 'error')]).rating).toBe('needs-work');
    // Asked why they left, the old boss run down; asked who they are, nothing achieved named.
    expect(score([finding('blame-negativity', 'badMouthing', -8, 'error')]).rating).toBe('needs-work');
    expect(score([finding('view-reasoning', 'noHighlight', -12, 'error')]).rating).toBe('needs-work');
    expect(score([finding('blame-negativity', 'unownedSetback', -6)]).rating).toBe('exceptional');
    // One rung short is a stretch story, not a wrong one.
    expect(score([finding('scope-below-level', 'belowLevel', -6)]).rating).toBe('exceptional');
  });

  it('caps what a whole, specific story loses to what it leaves unsaid at 20, as its own score item', () => {
    const unsaid = [
      finding('unquantified-impact', 'noMetrics', -8),
      finding('scope-below-level', 'noScope', -6),
      finding('missing-business-outcome', 'missingBusiness', -7),
      finding('star-plus', 'missingScale', -4),
    ];
    const capped = score(unsaid);
    expect(capped.score).toBe(80);
    expect(capped.items.at(-1)).toMatchObject({ points: 5, source: 'unsaid-cap' });
    // A missing lesson or a short telling costs its own points but does not lift the cap: the
    // same thinness is not charged twice.
    expect(score([...unsaid, finding('missing-learning', 'missingLearning', -8)]).score).toBe(72);
    expect(score([...unsaid, finding('answer-length', 'tooShort', -10)]).score).toBe(70);
    // Not whole (no result, or a single step of one's own), not specific (two vague
    // intensifiers) or a red flag: no cap.
    expect(score([...unsaid, finding('star-structure', 'missingResult', -14)]).score).toBe(61);
    expect(score(unsaid, { ownSteps: 1 }).score).toBe(75);
    const vague = [
      finding('unquantified-impact', 'vagueIntensifier', -3),
      finding('unquantified-impact', 'vagueIntensifier', -3),
    ];
    expect(score([...unsaid, ...vague]).score).toBe(69);
    // (67, then scaled into the good band by the red flag: 62.)
    expect(score([...unsaid, finding('blame-negativity', 'blame', -8, 'error')]).score).toBe(62);
    // What the answer says wrong is never capped, and it lifts the cap on the rest: blame, a hero
    // move or rambling is not a whole story with details left out.
    expect(score([...unsaid, finding('attribution-balance', 'heroPhrase', -10)]).score).toBe(65);
    expect(score([...unsaid, finding('blame-negativity', 'blame', -8)]).score).toBe(67);
    expect(score([...unsaid, finding('answer-length', 'tooLong', -5)]).score).toBe(70);
    expect(score([...unsaid, finding('answer-length', 'digressions', -5)]).score).toBe(70);
  });
});
