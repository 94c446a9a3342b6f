/**
 * Whole-answer patterns run only around their gate words. conflict-handling, unsafe-practice,
 * the hero shapes and the blame deflections try a long pattern when the answer has one of its gate
 * words, and those open on words common in any story ("turned", "asking", "told", "took", "shared"):
 * the pattern then read the whole answer for a shape that sits in one clause. Every match of these
 * patterns is made of letters, spaces, apostrophes and hyphens (and a few characters more for some)
 * and holds a gate word; so it lies inside the stretch of such characters around a gate word, and
 * the pattern is run in those stretches only. A stretch ends at a character no match has (a digit,
 * a comma, a full stop, a line break), so the pattern reads the same thing at its edges as in the
 * whole text: the same matches, a clause's read instead of the answer's (gated.test.ts compares
 * both ways on random texts).
 */
import { BoundaryPattern } from './boundary';
import { GLUED_CLASSES } from './word-classes';
import type { Word } from './words';

/**
 * The ASCII characters a match can hold, as a table indexed by code: letters, the space, the
 * apostrophe, the hyphen and `alsoIn`. (A character coded 128 or more may be a letter: a stretch
 * never ends there.)
 */
function stretchTable(alsoIn: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 97; c <= 122; c++) table[c] = 1;
  for (let c = 65; c <= 90; c++) table[c] = 1;
  for (const c of ` '-${alsoIn}`) table[c.charCodeAt(0)] = 1;
  return table;
}

export class GatedPattern {
  private readonly shape: BoundaryPattern;
  private readonly stretch: Uint8Array;
  private readonly bit: number;

  /**
   * `pattern` matches only letters, spaces, apostrophes, hyphens and the characters of `alsoIn`
   * (its lookarounds read only letters), and every match holds a word of class `bit` with spaces
   * or the match's edge on both sides. `bit` must be one of GLUED_CLASSES, so such a word glued to
   * other characters is seen too (words.ts).
   */
  constructor(pattern: RegExp, bit: number, alsoIn = '') {
    if ((bit & GLUED_CLASSES) !== bit)
      throw new Error('a gated pattern needs a gate class read at word edges');
    this.shape = new BoundaryPattern(pattern);
    this.stretch = stretchTable(alsoIn);
    this.bit = bit;
  }

  /**
   * The first match at or after `from`, as the pattern finds it in the whole text (its index is
   * in `lower`), or null. `words`: the answer's words in text order, or any of them that include
   * every word of class `bit` (facts.gateWords).
   */
  exec(lower: string, words: readonly Word[], from = 0): RegExpExecArray | null {
    let start = -1;
    let end = -1;
    const { bit } = this;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as Word;
      // Whether a gate word is in the word: it is one, or (an unusual word) opens or ends with one.
      if ((word.classes & bit) === 0) continue;
      if (word.start < end) {
        // In the stretch already, or (an unusual word) running past its end.
        if (word.end > end) end = this.stretchEnd(lower, word.end);
        continue;
      }
      if (end > from) {
        const m = this.execIn(lower, start, end, from);
        if (m !== null) return m;
      }
      start = this.stretchStart(lower, word.start);
      end = this.stretchEnd(lower, word.end);
    }
    return end > from ? this.execIn(lower, start, end, from) : null;
  }

  private stretchStart(lower: string, at: number): number {
    const { stretch } = this;
    for (; at > 0; at--) {
      const c = lower.charCodeAt(at - 1);
      if (c < 128 && stretch[c] === 0) break;
    }
    return at;
  }

  private stretchEnd(lower: string, at: number): number {
    const { stretch } = this;
    for (; at < lower.length; at++) {
      const c = lower.charCodeAt(at);
      if (c < 128 && stretch[c] === 0) break;
    }
    return at;
  }

  private execIn(lower: string, start: number, end: number, from: number): RegExpExecArray | null {
    const m = this.shape.exec(lower.slice(start, end), Math.max(0, from - start));
    if (m !== null) m.index += start;
    return m;
  }
}

/** The words of an answer that have a gate class (facts.gateWords): GatedPattern reads only these. */
export function gateWordsOf(words: readonly Word[]): Word[] {
  const gated: Word[] = [];
  for (const word of words) if ((word.classes & GLUED_CLASSES) !== 0) gated.push(word);
  return gated;
}
