/**
 * Whether a sentence has a change word (CHANGE_WORDS, lexicon/outcome.ts: "reduced", "grew to",
 * "went from"), the same answer as `CHANGE_WORDS.test(sentence)` at a fraction of the cost.
 *
 * Why: the pattern opens with a lookbehind, so V8 tests it at every character (~7 ns a character,
 * ~0.75 µs a sentence on the bench's answers), for each sentence with a count or a duration in it.
 * Here one pass over the characters finds the places a change word can open (not after a letter)
 * whose first letters are those of one of the pattern's alternatives, and the pattern itself is
 * tried (sticky) at those only. The openings are read from the pattern's own source; if its shape
 * is not the one expected, every place is tried.
 */
import { CHANGE_WORDS } from '../lexicon/outcome';

const STICKY = new RegExp(CHANGE_WORDS.source, `${CHANGE_WORDS.flags.replace(/[gy]/g, '')}y`);

/**
 * The literal text each alternative opens with ("reduc" of `reduc\w*`, "up to" of `up to`), or
 * null when the source is not `(?<![\p{L}])(?:a|b|…)(?![\p{L}])` or an alternative opens with no
 * letters.
 */
export function changeWordOpenings(source: string): string[] | null {
  const shape = /^\(\?<!\[\\p\{L\}\]\)\(\?:(.*)\)\(\?!\[\\p\{L\}\]\)$/.exec(source);
  if (!shape?.[1]) return null;
  const openings: string[] = [];
  for (const alternative of topLevelAlternatives(shape[1])) {
    const literal = /^[a-z ]+/.exec(alternative)?.[0] ?? '';
    // A quantifier after the last letter makes that letter optional: "cuts?" opens with "cut".
    const quantified = '?*{'.includes(alternative.charAt(literal.length) || '.');
    const opening = quantified ? literal.slice(0, -1) : literal;
    if (opening.length < 2) return null;
    openings.push(opening);
  }
  return openings;
}

/** The alternatives of `source` outside any group or class. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** The openings by their first two letters (26 × 26), or null: try every place. */
const OPENINGS = indexByFirstTwo(changeWordOpenings(CHANGE_WORDS.source));

function indexByFirstTwo(openings: string[] | null): string[][] | null {
  if (openings === null) return null;
  const index: string[][] = Array.from({ length: 26 * 26 }, () => []);
  for (const opening of openings) {
    const first = opening.charCodeAt(0) - 97;
    const second = opening.charCodeAt(1) - 97;
    if (first < 0 || first >= 26 || second < 0 || second >= 26) return null;
    index[first * 26 + second]?.push(opening);
  }
  return index;
}

const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/** `CHANGE_WORDS.test(sentence)`, for lower-cased text. */
export function saysChange(sentence: string): boolean {
  if (OPENINGS === null) return CHANGE_WORDS.test(sentence);
  // A place not after a–z (a letter beyond ASCII is let through: the pattern itself tells).
  let afterLetter = false;
  for (let at = 0; at < sentence.length; at++) {
    const c = sentence.charCodeAt(at);
    const letter = isLowerLetter(c);
    if (letter && !afterLetter && opensChangeWord(sentence, at, c)) {
      STICKY.lastIndex = at;
      if (STICKY.test(sentence)) return true;
    }
    afterLetter = letter;
  }
  return false;
}

function opensChangeWord(sentence: string, at: number, first: number): boolean {
  const second = sentence.charCodeAt(at + 1);
  if (!isLowerLetter(second)) return false;
  const openings = (OPENINGS as string[][])[(first - 97) * 26 + second - 97] as string[];
  for (const opening of openings) if (sentence.startsWith(opening, at)) return true;
  return false;
}
