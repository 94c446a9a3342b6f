/**
 * When a sentence of a story is set: a year named ("in 2019", part of the situation) and an
 * outcome dated after the work ("within 6 weeks", part of the result). Split from star.ts.
 */
import { UNIT_DIGIT_WORDS } from '../lexicon/numbers';
import { NO_RECURRENCE, TIMED_OUTCOME } from '../lexicon/outcome';
import type { ParsedText } from '../text';
import type { Span } from '../types';

const YEAR = /(?<![\p{L}\p{N}])(?:in|by|during|around) (?:early |late |mid-)?(?:19|20)\d\d(?![\p{N}])/u;

/** Whether a sentence names a year ("in 2019", "by mid-2020"). */
export const namesYear = (lower: string): boolean => YEAR.test(lower);

/** A year ("in 2019") needs "19" or "20"; most sentences have neither, so the pattern is skipped. */
const CENTURY = /19|20/g;

/**
 * Per span (in text order, not overlapping), whether it holds a whole match of `pattern`: one read
 * of the answer instead of one per sentence, for a pattern that rarely matches (the year's "19"
 * and "20" read per sentence were ~1% of analyze() at 2,000 words). `pattern` is global, a list
 * of words no two of which match at one place; every place where one starts is visited,
 * overlapping ones too ("since thenow").
 */
export function spansHolding(pattern: RegExp, lower: string, spans: readonly Span[]): boolean[] {
  const holds = new Array<boolean>(spans.length).fill(false);
  let k = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null && k < spans.length; m = pattern.exec(lower)) {
    // Spans that end before this match starts hold none of the later ones either.
    while (k < spans.length && (spans[k] as Span).end <= m.index) k++;
    const span = spans[k];
    if (span && span.start <= m.index && m.index + m[0].length <= span.end) holds[k] = true;
    pattern.lastIndex = m.index + 1;
  }
  return holds;
}

/** The unit of time TIMED_OUTCOME always names. */
const TIME_UNIT = /day|week|month|quarter|year|sprint/g;
/**
 * The last words of the counts TIMED_OUTCOME puts right before its unit ("9", "twelve", "a few",
 * "a couple of", "a"/"an": "within a month"). Read as a pre-filter, so a word merely ending in
 * one of them ("lasagna week") only costs the full pattern's read.
 */
const COUNT_ENDS: readonly string[] = [
  'a',
  'an',
  ...UNIT_DIGIT_WORDS,
  'ten',
  'eleven',
  'twelve',
  'few',
  'of',
  'several',
];
/** The last letters of COUNT_ENDS, one bit each (a = bit 0). */
const COUNT_LAST_LETTERS = COUNT_ENDS.reduce(
  (bits, end) => bits | (1 << (end.charCodeAt(end.length - 1) - 97)),
  0,
);

/**
 * Whether a sentence said late in the story dates an outcome after the work ("within 6 weeks",
 * "two months after the launch"). Every match of TIMED_OUTCOME has a count and one space right
 * before its unit: a sentence with no unit counted so ("the same week", "weekly check-ins") is
 * not read around its units at all (each read was ~0.7 µs, most of them in vain).
 */
export function datedOutcome(lower: string): boolean {
  TIME_UNIT.lastIndex = 0;
  for (let m = TIME_UNIT.exec(lower); m !== null; m = TIME_UNIT.exec(lower)) {
    if (countedBefore(lower, m.index)) return datedAroundUnits(lower);
  }
  return false;
}

/** Whether a count and one space come right before `at` ("9 ", "a few "). */
function countedBefore(lower: string, at: number): boolean {
  if (lower.charCodeAt(at - 1) !== 32) return false;
  const c = lower.charCodeAt(at - 2);
  if (c >= 48 && c <= 57) return true;
  // Most words before a unit ("the same week") end in a letter no count ends in.
  if (c < 97 || c > 122 || ((COUNT_LAST_LETTERS >> (c - 97)) & 1) === 0) return false;
  for (const end of COUNT_ENDS) if (lower.startsWith(end, at - 1 - end.length)) return true;
  return false;
}

/**
 * TIMED_OUTCOME, tried only around each unit of time in the sentence (from the word boundary 40
 * characters before it to 30 after: its longest lead-in is 31, its longest tail 20), not at every
 * position of the sentence: the unanchored pattern was an eighth of detectStar.
 */
export function datedAroundUnits(lower: string): boolean {
  TIME_UNIT.lastIndex = 0;
  for (let m = TIME_UNIT.exec(lower); m !== null; m = TIME_UNIT.exec(lower)) {
    const from = m.index > 40 ? lower.lastIndexOf(' ', m.index - 40) + 1 : 0;
    if (TIMED_OUTCOME.test(lower.slice(from, m.index + m[0].length + 30))) return true;
  }
  return false;
}

/**
 * Whether a sentence tells an outcome as nothing going wrong since ("we haven't had an outage
 * since", "it never happened again"). Every match ends in "since" or "again": a sentence with
 * neither is not read.
 */
export function quietSince(lower: string): boolean {
  return (lower.includes('since') || lower.includes('again')) && NO_RECURRENCE.test(lower);
}

/** Per sentence, whether it may name a year (holds "19" or "20"), from one read of the answer. */
export function yearSentences(parsed: ParsedText): boolean[] {
  return spansHolding(CENTURY, parsed.lower, parsed.sentences);
}
