import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../test/word-gaps';
import './cues';
import { knownWords, lookupLexeme } from './lexemes';
import { parseText } from './text';
import { GLUED_CLASSES, UNUSUAL_WORD } from './word-classes';
import { splitWords } from './words';

/** The bits a word's own characters add to its record's (words.ts): unusual, and glued gate classes. */
const SHAPE_BITS = UNUSUAL_WORD | GLUED_CLASSES;

describe('splitWords', () => {
  it('gives every word its record and the record’s classes, as looking the word up does (random texts)', () => {
    const known = [...knownWords()].filter((w) => !w.includes(' '));
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...known) },
      { weight: 1, arbitrary: fc.constantFrom(...known).map((w) => w.charAt(0).toUpperCase() + w.slice(1)) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          "team's",
          'Berlin\u2019s',
          "didn't",
          'don\u2019t',
          '\u201cquote\u201d',
          'on-call',
          'x-proved',
          'forty-two',
          '7M.',
          '$7M',
          '2x',
          'é',
          'Zoë',
          'naïve',
          'I',
          'the',
          '12',
        ),
      },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, wordGap()), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([w, gap]) => w + gap).join('');
        const parsed = parseText(text);
        const plain = splitWords(parsed.lower);
        expect(parsed.chunks.length).toBe(plain.length);
        parsed.chunks.forEach((w, k) => {
          const lexeme = lookupLexeme(w.value) ?? null;
          const own = lexeme === null ? 0 : lexeme.classes;
          expect(w.value).toBe(parsed.lower.slice(w.start, w.end));
          expect(w.lexeme).toBe(lexeme);
          expect(w.classes & ~SHAPE_BITS).toBe(own & ~SHAPE_BITS);
          expect(w.classes & own).toBe(own);
          if ((w.classes & UNUSUAL_WORD) === 0) expect(w.classes).toBe(own);
          expect(w).toEqual(plain[k]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
