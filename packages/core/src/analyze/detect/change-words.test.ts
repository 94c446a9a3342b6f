import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../../test/word-gaps';
import { CHANGE_WORDS } from '../lexicon/outcome';
import { changeWordOpenings, saysChange } from './change-words';

/** The literal words of a pattern's source (its `\p{L}`, `\w`, `\S` classes left out). */
const wordsIn = (source: string): string[] =>
  source.replace(/\\[pwS](\{L\})?/g, ' ').match(/[a-z][a-z'-]*/g) ?? [];

describe('saysChange', () => {
  it("reads the openings from CHANGE_WORDS' own source", () => {
    const openings = changeWordOpenings(CHANGE_WORDS.source);
    expect(openings).toContain('reduc');
    expect(openings).toContain('sav');
    expect(openings).toContain('up to');
    expect(openings).toContain('from ');
    expect(changeWordOpenings('(?<![\\p{L}])(?:cuts?|x\\w*)(?![\\p{L}])')).toBeNull();
    expect(changeWordOpenings('(?<![\\p{L}])(?:cuts?|grew)(?![\\p{L}])')).toEqual(['cut', 'grew']);
    expect(changeWordOpenings('cut|grew')).toBeNull();
  });

  it('answers as CHANGE_WORDS does on any text of its words', () => {
    const vocabulary = [...new Set(wordsIn(CHANGE_WORDS.source))];
    const word = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...vocabulary) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          ...vocabulary.flatMap((w) => [`${w}d`, `${w}ing`, `x${w}`, `${w}é`, `é${w}`, `𝐀${w}`, `${w}𝐀`]),
        ),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'the',
          'execution',
          'saved',
          'savings',
          'cutting',
          '12',
          'from 12 to',
          'up',
          'to',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom('x', 'é', '1', 'on-call', "didn't", '_', 'ñ') },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.oneof(wordGap(), fc.constant(''))), { maxLength: 16 }),
        (parts) => {
          const text = parts.map(([w, g]) => w + g).join('');
          expect(saysChange(text)).toBe(CHANGE_WORDS.test(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
