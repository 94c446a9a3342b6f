/**
 * Whole-answer patterns run only around their gate words. conflict-handling and unsafe-practice
 * try a long pattern when the answer has one of its gate words (word-classes.ts), and the gates
 * open on words common in any story ("turned", "asking", "told", "server"): the pattern then read
 * the whole answer for a shape that sits in one clause. Every match of these patterns is made of
 * letters, spaces, apostrophes and hyphens, and holds a gate word; so it lies inside the stretch of
 * such characters around a gate word, and the pattern is run in those stretches only. A stretch
 * ends at a character no match has (a digit, a comma, a full stop, a line break), so the pattern
 * reads the same thing at its edges as in the whole text: the same matches, a clause's read
 * instead of the answer's (gated.test.ts compares both ways on random texts).
 */
import { BoundaryPattern } from './boundary';
import { GLUED_CLASSES } from './word-classes';
import type { Word } from './words';

/** Whether a match can hold this character: a letter, a space, an apostrophe, a hyphen. */
function inStretch(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 32 || c === 39 || c === 45 || (c >= 65 && c <= 90) || c >= 128;
}

export class GatedPattern {
  private readonly shape: BoundaryPattern;

  /**
   * `pattern` matches only letters, spaces, apostrophes and hyphens, and every match holds a word
   * of class `bit` with spaces or the match's edge on both sides. `bit` must be one of
   * GLUED_CLASSES, so such a word glued to other characters is seen too (words.ts).
   */
  constructor(
    pattern: RegExp,
    private readonly bit: number,
  ) {
    if ((bit & GLUED_CLASSES) !== bit)
      throw new Error('a gated pattern needs a gate class read at word edges');
    this.shape = new BoundaryPattern(pattern);
  }

  /**
   * The first match at or after `from`, as the pattern finds it in the whole text (its index is
   * in `lower`), or null.
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
        if (word.end > end) end = stretchEnd(lower, word.end);
        continue;
      }
      if (end > from) {
        const m = this.execIn(lower, start, end, from);
        if (m !== null) return m;
      }
      start = stretchStart(lower, word.start);
      end = stretchEnd(lower, word.end);
    }
    return end > from ? this.execIn(lower, start, end, from) : null;
  }

  private execIn(lower: string, start: number, end: number, from: number): RegExpExecArray | null {
    const m = this.shape.exec(lower.slice(start, end), Math.max(0, from - start));
    if (m !== null) m.index += start;
    return m;
  }
}

function stretchStart(lower: string, at: number): number {
  while (at > 0 && inStretch(lower.charCodeAt(at - 1))) at--;
  return at;
}

function stretchEnd(lower: string, at: number): number {
  while (at < lower.length && inStretch(lower.charCodeAt(at))) at++;
  return at;
}
