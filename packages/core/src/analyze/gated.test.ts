import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundaryPattern } from './boundary';
import { GatedPattern } from './gated';
import { PROVED_RIGHT, WENT_AROUND } from './lexicon/conflict';
import { HANDS_OFF } from './lexicon/practice';
import { splitWords } from './phrases';
import {
  GATES_HANDS_OFF,
  GATES_PROVED_RIGHT,
  GATES_WENT_AROUND,
  HANDS_OFF_WORDS,
  PROVED_RIGHT_WORDS,
  WENT_AROUND_WORDS,
} from './word-classes';

/** The literal words of a pattern's source (its `\p{L}` classes left out). */
const wordsIn = (source: string): string[] => source.replace(/\\p\{L\}/g, '').match(/[a-z][a-z'-]*/g) ?? [];

/** Each pattern with its gate, and whole matches to draw from so that random texts hold some. */
const CASES = [
  {
    name: 'going around someone',
    pattern: WENT_AROUND,
    bit: GATES_WENT_AROUND,
    gates: WENT_AROUND_WORDS,
    matches: [
      "went over my manager's head",
      'escalated straight to the skip-level',
      'took it up to the skip level without looping in',
      'complained directly to the head of engineering',
    ],
  },
  {
    name: 'a win claimed',
    pattern: PROVED_RIGHT,
    bit: GATES_PROVED_RIGHT,
    gates: PROVED_RIGHT_WORDS,
    matches: [
      "proved that i'd been right",
      "i've been proven correct",
      'i told you so',
      'it turned out i was right',
    ],
  },
  {
    name: 'a fix bought or handed off',
    pattern: HANDS_OFF,
    bit: GATES_HANDS_OFF,
    gates: HANDS_OFF_WORDS,
    matches: ['threw more servers at it', 'a beefier db box', 'asked the database team to deal with it'],
  },
];

/** Every match, found one after another from the end of the last. */
function all(next: (from: number) => RegExpExecArray | null): [number, string][] {
  const out: [number, string][] = [];
  for (let m = next(0); m !== null; m = next(m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

describe('GatedPattern', () => {
  for (const { name, pattern, bit, gates, matches } of CASES) {
    const gated = new GatedPattern(pattern, bit);
    const plain = new BoundaryPattern(pattern);
    const both = (text: string) => {
      const words = splitWords(text);
      return [all((from) => gated.exec(text, words, from)), all((from) => plain.exec(text, from))];
    };

    it(`${name}: finds every match the pattern finds in the whole text`, () => {
      const vocabulary = [...new Set([...wordsIn(pattern.source), ...gates])];
      const word = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...vocabulary) },
        { weight: 2, arbitrary: fc.constantFrom(...matches) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(...gates.flatMap((g) => [`${g}'s`, `x-${g}`, `2${g}`, `${g}2`])),
        },
        { weight: 1, arbitrary: fc.constantFrom('x', 'é', '1', 'on-call', "didn't", 'was') },
      );
      const gap = fc.constantFrom(
        ' ',
        ' ',
        ' ',
        ' ',
        ' ',
        ' ',
        ', ',
        '. ',
        '\n',
        '\u2009',
        '-',
        '/',
        "'",
        '"',
        '—',
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(word, gap), { minLength: 2, maxLength: 24 }), (parts) => {
          const text = parts.map(([w, g]) => w + g).join('');
          const [fast, whole] = both(text);
          expect(fast).toEqual(whole);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('sees every gate word glued to other characters: none is shorter than the runs words.ts reads', () => {
    for (const { gates } of CASES)
      for (const gate of gates) expect(gate.length, gate).toBeGreaterThanOrEqual(3);
    expect(() => new GatedPattern(PROVED_RIGHT, GATES_PROVED_RIGHT | 1)).toThrow();
  });

  it('reads only around the gate words, and finds the match there', () => {
    const gated = new GatedPattern(PROVED_RIGHT, GATES_PROVED_RIGHT);
    const text = 'we shipped. in the end, it turned out i was right, and 2proved that i was right';
    const words = splitWords(text);
    expect(gated.exec(text, words)?.[0]).toBe('it turned out i was right');
    expect(gated.exec(text, words, 40)?.[0]).toBe('proved that i was right');
    expect(gated.exec('nothing here was proven', splitWords('nothing here was proven'))).toBeNull();
  });
});
