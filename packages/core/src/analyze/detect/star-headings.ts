/**
 * Headings that place a sentence in a part of STAR+ outright ("Result:", "**Situation**", "S: …"),
 * and the paragraph breaks that end a heading's reach. Split from star.ts.
 */
import { STAR_HEADINGS } from '../lexicon/story';
import type { StarPartId } from '../types';
import { isWhitespace } from '../whitespace';

/** "Result:", "**Results (12 months):**", "Goal I set:": a heading word, perhaps "I/we <verb>" and a note in brackets. */
export const HEADING = new RegExp(
  `^[\\s*#_>-]*(${Object.keys(STAR_HEADINGS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?: (?:i|we) \\p{L}+)?(?:\\s*\\([^)\\n]{0,40}\\))?[\\s*_]*(?:[:—–-]|\\n)`,
  'u',
);

/**
 * The STAR letters as labels ("S: A feature we shipped…", "R: The re-launch…"), one per line. A
 * lone "A:" also labels the answer in a transcript ("Q: … A: …"), so the letters count only when
 * the answer labels both its situation and its result that way (letterLabelsUsed).
 */
export const LETTER_HEADING = /^[\s*#_>-]*\(?([star])\)?\s*[:—–)]\s/u;
export const LETTER_PARTS: Readonly<Record<string, StarPartId>> = {
  s: 'situation',
  t: 'task',
  a: 'action',
  r: 'result',
};
/**
 * Whether the answer labels both its situation and its result with the letters, each at the start
 * of a line. Only line starts are read (found by indexOf), not every character of the answer.
 */
export function letterLabelsUsed(lower: string): boolean {
  let situation = false;
  let result = false;
  for (let at = 0; at !== -1 && at < lower.length; ) {
    const label = LETTER_HEADING.exec(lower.slice(at, at + 12))?.[1];
    if (label === 's') situation = true;
    else if (label === 'r') result = true;
    if (situation && result) return true;
    const next = lower.indexOf('\n', at);
    at = next === -1 ? -1 : next + 1;
  }
  return false;
}

/**
 * The first words of the heading words ("what" of "what i did"), by first letter. A heading word
 * is followed by no letter a–z in any match of HEADING (a space, a bracket, a colon, a dash…), so
 * the run of letters a–z a match opens with is one of these, whole.
 */
const HEADING_FIRSTS: readonly string[][] = Array.from({ length: 26 }, (_, i) => [
  ...new Set(
    Object.keys(STAR_HEADINGS)
      .map((key) => key.split(' ')[0] ?? key)
      .filter((first) => first.charCodeAt(0) === 97 + i),
  ),
]);

/** HEADING's `[\s*#_>-]`: what may come before the heading word. */
const isHeadingLead = (c: number): boolean =>
  c === 42 || c === 35 || c === 95 || c === 62 || c === 45 || isWhitespace(c);

/**
 * Whether HEADING can match the sentence `lower[from, to)`: its first run of letters, past the
 * marks a heading may open with, is a heading word's first word. Most sentences open with other
 * words ("we", "the", "so"), and the pattern need not run (a call per sentence, ~0.3 µs each right
 * after a parse). A necessary condition only; star.test.ts compares it with the pattern.
 */
export function mayOpenHeading(lower: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && isHeadingLead(lower.charCodeAt(at))) at++;
  let end = at;
  for (let c = lower.charCodeAt(end); end < to && c >= 97 && c <= 122; c = lower.charCodeAt(++end));
  const firsts = HEADING_FIRSTS[lower.charCodeAt(at) - 97];
  if (firsts === undefined) return false;
  for (const first of firsts) if (first.length === end - at && lower.startsWith(first, at)) return true;
  return false;
}

/** A paragraph break: a line with nothing on it. */
export const BLANK_LINE = /\n[ \t]*\n/;

/**
 * BLANK_LINE.test(text.slice(from, to)), read in place: one pattern fewer to run (and fetch) after
 * a parse, for the gaps between sentences that hold a line break (star.test.ts compares).
 */
export function hasBlankLine(text: string, from: number, to: number): boolean {
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    let next = at + 1;
    for (let c = text.charCodeAt(next); next < to && (c === 32 || c === 9); c = text.charCodeAt(++next));
    if (next < to && text.charCodeAt(next) === 10) return true;
  }
  return false;
}
