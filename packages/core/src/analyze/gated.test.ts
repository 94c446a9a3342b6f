import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../test/word-gaps';
import { BoundaryPattern } from './boundary';
import { GatedPattern } from './gated';
import { DEFLECTIONS } from './lexicon/blame';
import { PROVED_RIGHT, WENT_AROUND } from './lexicon/conflict';
import { HERO_PATTERNS } from './lexicon/hero';
import { CUT_CORNERS, CUT_CORNERS_GATES, HANDS_OFF, REACTIVE, REACTIVE_GATES } from './lexicon/practice';
import { splitWords } from './phrases';
import {
  DEFLECTION_GATES,
  GATES_CUTS_CORNERS,
  GATES_HANDS_OFF,
  GATES_PROVED_RIGHT,
  GATES_WAITS,
  GATES_WENT_AROUND,
  HANDS_OFF_WORDS,
  HERO_GATES,
  PROVED_RIGHT_WORDS,
  WENT_AROUND_WORDS,
} from './word-classes';

/** The literal words of a pattern's source (its `\p{L}` classes left out). */
const wordsIn = (source: string): string[] => source.replace(/\\p\{L\}/g, '').match(/[a-z][a-z'-]*/g) ?? [];

/** Each pattern with its gate, and whole matches to draw from so that random texts hold some. */
const CASES: {
  name: string;
  pattern: RegExp;
  bit: number;
  gates: readonly string[];
  matches: string[];
  alsoIn?: string;
}[] = [
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
  {
    name: 'a guard cut',
    pattern: CUT_CORNERS,
    bit: GATES_CUTS_CORNERS,
    gates: CUT_CORNERS_GATES,
    matches: [
      'ran fewer tests',
      'skipped the canary',
      'commented out the flaky tests',
      'silenced those noisy alerts',
      'turned off monitoring',
      'pushed the fix straight to production',
      'merged it without any review',
      'bypassed the pipeline',
      'force-merged',
      'rather than spending a lot of time on root-cause analysis',
      'ignoring those test failures',
    ],
  },
  {
    name: 'problems left until reported',
    pattern: REACTIVE,
    bit: GATES_WAITS,
    gates: REACTIVE_GATES,
    matches: [
      'wait until customers complain',
      'only fix things when something breaks',
      "if it ain't broke",
      "don't touch what isn't broken",
    ],
  },
];

/** Whole matches of the hero shapes and the deflections, in list order. */
const SHAPE_MATCHES = [
  ['i took over', 'i would own it end to end', 'i quickly stepped in and rewrote', 'i ran the team myself'],
  ['i was really the only engineer who knew', 'no-one else could'],
  ['built it to my design', 'building the prototype to my spec'],
  ["i didn't wait for the team", 'without waiting for a design sign-off'],
  [
    'drive it through personally',
    "i'm the kind of leader who",
    'one person with',
    'without me, it',
    'somebody has to step up',
  ],
  ["what we couldn't control was", 'what my team did not own at first was'],
  ['the plan itself was solid', 'our build pipeline itself was on track'],
  ['engineering delivered exactly what was asked'],
  ['stemmed from the product brief rather than the build'],
  ['doing everything right on my own side'],
  [
    'none of that was communicated',
    'were never flagged to us',
    'without any warning from',
    'with no input from engineering',
    'decided at a level above my head',
    'made over my head',
    'had since walked back',
  ],
  ["exposed to other teams' decisions", 'exposed to other groups’s delays'],
];
for (const [k, { gates, shape, alsoIn }] of [...HERO_PATTERNS, ...DEFLECTIONS].entries()) {
  const hero = k < HERO_PATTERNS.length;
  CASES.push({
    name: `${hero ? 'hero' : 'deflection'} shape ${hero ? k : k - HERO_PATTERNS.length}`,
    pattern: shape,
    bit: (hero ? HERO_GATES[k] : DEFLECTION_GATES[k - HERO_PATTERNS.length]) as number,
    gates,
    matches: SHAPE_MATCHES[k] as string[],
    alsoIn,
  });
}

/** Every match, found one after another from the end of the last. */
function all(next: (from: number) => RegExpExecArray | null): [number, string][] {
  const out: [number, string][] = [];
  for (let m = next(0); m !== null; m = next(m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

describe('GatedPattern', () => {
  for (const { name, pattern, bit, gates, matches, alsoIn } of CASES) {
    const gated = new GatedPattern(pattern, bit, alsoIn);
    const plain = new BoundaryPattern(pattern);
    const both = (text: string) => {
      const words = splitWords(text);
      return [all((from) => gated.exec(text, words, from)), all((from) => plain.exec(text, from))];
    };

    it(`${name}: finds every match the pattern finds in the whole text`, () => {
      for (const match of matches) expect(both(match)[1], match).toEqual([[0, match]]);
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
      const gap = wordGap();
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
