import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Every module that gives words a record (the cue index most of them), before they are read.
import '../analyze';
import { wordGap } from '../../../test/word-gaps';
import { knownWords } from '../lexemes';
import { CAUSE_ELSEWHERE, OTHER_FAILED, OTHER_PARTY } from '../lexicon/blame';
import { matchAtWords, splitWords } from '../phrases';
import { isWhitespace } from '../whitespace';
import { CAUSE_SECONDS, OPENS_OTHER_PARTY, PARTY_ENDS, SELF_PARTY, wordClasses } from '../word-classes';
import { CAUSE, findPointing, mayOpenFailing, POINTING } from './pointing';

/** The literal words of a pattern's source (its `\p{L}` classes left out). */
const wordsIn = (source: string): string[] => source.replace(/\\p\{L\}/g, '').match(/[a-z][a-z'-]*/g) ?? [];

/** Words of OTHER_PARTY that only ever stand between an opener and a party's last word. */
const BETWEEN = new Set([
  'previous',
  'last',
  'old',
  'former',
  'platform',
  'infra',
  'infrastructure',
  'backend',
  'frontend',
  'qa',
  'data',
  'security',
  'design',
  'ops',
  'sre',
  'mobile',
  'web',
  'offshore',
  'everyone',
]);

/** The plain way: each pattern at every other-party opener. */
function plain(lower: string): [number, string][] {
  const openers = splitWords(lower).filter((w) => (w.classes & OPENS_OTHER_PARTY) !== 0);
  return [...matchAtWords(POINTING, lower, openers), ...matchAtWords(CAUSE, lower, openers)].map((m) => [
    m.index,
    m[0],
  ]);
}

const fast = (lower: string): [number, string][] =>
  findPointing(lower, splitWords(lower)).map((m) => [m.index, m[0]]);

describe('findPointing', () => {
  it('knows every word of OTHER_PARTY: an opener, a party on its own, a last word or a word between', () => {
    for (const word of wordsIn(OTHER_PARTY)) {
      const known =
        (wordClasses(word) & OPENS_OTHER_PARTY) !== 0 ||
        SELF_PARTY.includes(word) ||
        PARTY_ENDS.includes(word) ||
        BETWEEN.has(word);
      expect(known, word).toBe(true);
    }
    for (const word of SELF_PARTY) expect(wordClasses(word) & OPENS_OTHER_PARTY, word).not.toBe(0);
  });

  it('reads no word with a record: none is spaced oddly, none opens a failing its bit does not show', () => {
    const words = [...knownWords()];
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) {
      // (Ordinary spaces split words: a record with one, "a dozen", is never a word's.)
      const odd = [...word].some((c) => c.charCodeAt(0) >= 0x1680 && isWhitespace(c.charCodeAt(0)));
      expect(odd, word).toBe(false);
      // Read as a word without a record, it would open a failing only where its bits say so.
      const [split] = splitWords(word);
      if (split && split.value === word) {
        expect(mayOpenFailing({ ...split, lexeme: null }), word).toBe(mayOpenFailing(split));
      }
    }
  });

  it('finds what the patterns find at every opener', () => {
    for (const text of [
      'the vendor never shipped',
      'they missed the date. the platform team was late',
      "our data platform team's lead simply didn't reply",
      'the real problem was the data team and the vendor kept slipping',
      'a real issue was that the vendor missed it',
      'everyone else failed to show; my last boss ignored it',
      'the team\u2009never replied, he — refused to',
      // The farthest a failing can be: three spaces in the party, five words between.
      'the data platform team one two three four five never replied',
      'the data platform team one two three four five six never replied',
      'the vendor, as usual, sent — late — a patch that missed',
      'the cto kept changing the plan and the product manager was honestly useless',
    ]) {
      expect(fast(text), text).toEqual(plain(text));
    }
    expect(plain('the vendor never shipped').length).toBe(1);
    expect(plain('the data platform team one two three four five never replied').length).toBe(1);
  });

  it('agrees with the plain way on any text of their words', () => {
    // Openers, party words and failings drawn often enough that a text has several matches.
    const pick = (words: Iterable<string>) => fc.constantFrom(...new Set(words));
    const word = fc.oneof(
      pick(['the', 'our', 'their', 'a', 'an', 'my', 'that', 'another', 'other', 'everyone']),
      pick([...SELF_PARTY, ...PARTY_ENDS]),
      pick(wordsIn(OTHER_FAILED)),
      pick(['never', 'missed', 'ignored', "didn't", "couldn't", 'complained', 'failed to', 'was late']),
      pick([...wordsIn(OTHER_PARTY), ...wordsIn(CAUSE_ELSEWHERE), ...CAUSE_SECONDS]),
      pick(['x', 'é', "team's", "'s", 'on-call', '1', 'missed.', "vendor's"]),
    );
    const gap = wordGap();
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 6, maxLength: 30 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        expect(fast(text)).toEqual(plain(text));
      }),
      { numRuns: 3000 },
    );
  });
});
