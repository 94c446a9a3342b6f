/**
 * Which of findMetrics' patterns (metrics.ts) can match at a start, read from the start's first
 * word and from what follows its number: "17 months" can only be a duration, "8 percent" only a
 * percentage. Each pattern stays the definition; this only skips those that cannot match there.
 *
 * Why: trying the ten sticky patterns at every start made ~10 regex calls per start (30–40 ns
 * each in a hot loop), nearly all failing; with this filter most starts try one or two, and
 * findMetrics took ~10% less (the rest of its saving is elsewhere: see metrics.ts). It has to be
 * cheaper than the calls it saves, hence tables and first letters rather than exact parsing.
 * Every test here is a necessary condition of its pattern, never a sufficient one;
 * metrics.test.ts checks on random texts that findMetrics finds what the plain way finds.
 */

import { endOfScaleWord, NUMBER_FORMS, UNIT_DIGIT_WORDS } from '../lexicon/numbers';
import {
  CURRENCY_WORDS,
  DURATION_UNITS,
  ORG_UNITS,
  PEOPLE_UNITS,
  SYSTEM_UNITS,
  USER_UNITS,
} from '../lexicon/units';
import { isWhitespace } from '../whitespace';

/** One bit per pattern (or pair of patterns opening alike) of metrics.ts. */
export const ARROW_PAIR = 1;
export const FROM_PAIR = 2;
export const MONEY = 4;
export const PERCENT = 8;
export const MULTIPLIER = 16;
export const RATIO = 32;
/** "to zero", "zero incidents", "600 a week". */
export const COUNT_PER = 64;
export const DURATION = 128;
/** "40 engineers", "a 60-person org". */
export const COUNT_UNIT = 256;

const code = (c: string): number => c.charCodeAt(0);

/**
 * The patterns that can go on from a number with a given character right after it (after one
 * optional space): a superset, one table look-up per start instead of a test per pattern.
 */
const FOLLOWING = new Uint16Array(256);
const follows = (bits: number, ...texts: string[]) => {
  for (const t of texts) FOLLOWING[code(t)] = (FOLLOWING[code(t)] as number) | bits;
};
// "%", "percent", "per cent", "percentage points", "points", "pts", "pp"; "basis points", "bps".
follows(PERCENT, '%', 'p', 'b');
follows(MULTIPLIER, 'x', '×');
// A unit, or a range's dash or "to" ("3-5 weeks", "3 to 5 weeks"); "–" is beyond the table.
follows(DURATION, ...DURATION_UNITS, '-', 'to');
// A currency word, or a scale word before one ("1.5 billion dollars"): then read further.
follows(MONEY, ...CURRENCY_WORDS, 'k', 'm', 'b', 't');
const EN_DASH = 0x2013;

/** The first run of letters of each count unit ("sev" of "sev-1s", "person" of "person team"). */
const COUNT_UNIT_HEADS = new Set(
  [...PEOPLE_UNITS, ...ORG_UNITS, ...USER_UNITS, ...SYSTEM_UNITS].map((u) => /^[a-z]+/.exec(u)?.[0] ?? u),
);
/** Words that open a figure themselves, not with a number: "doubled", "cut costs in half", "nps 42". */
const OPENER_WORDS: readonly [string, number][] = [
  ['from', FROM_PAIR],
  ['to', COUNT_PER],
  ['at', COUNT_PER],
  ['zero', COUNT_PER],
  ...[
    'twofold',
    'threefold',
    'fourfold',
    'fivefold',
    'tenfold',
    'doubled',
    'tripled',
    'quadrupled',
    'halved',
    'cut',
    'order',
  ].map((w): [string, number] => [w, MULTIPLIER]),
  ...['nps', 'enps', 'csat', 'net promoter score'].map((w): [string, number] => [w, RATIO]),
];

/** What a start can open with, by its first letter: a word of its own, or a number word (bits 0). */
interface Opening {
  text: string;
  bits: number;
}
/**
 * The openings by their first two characters, a letter and a letter or a space ("a dozen"): a
 * start is compared with the few that share them, not with all ~50.
 */
const OPENINGS: Opening[][] = Array.from({ length: 26 * 27 }, () => []);
function pairOf(first: number, second: number): number {
  if (first < 97 || first > 122) return -1;
  if (second >= 97 && second <= 122) return (first - 97) * 27 + second - 97;
  return second === 32 ? (first - 97) * 27 + 26 : -1;
}
for (const [text, bits] of [...OPENER_WORDS, ...NUMBER_FORMS.map((w): [string, number] => [w, 0])]) {
  OPENINGS[pairOf(text.charCodeAt(0), text.charCodeAt(1))]?.push({ text, bits });
}

/**
 * The count units' first runs of letters by first letter and length: a word after a number is
 * compared with the few of its shape (no slice of the text, no hash).
 */
const UNIT_HEADS: string[][][] = Array.from({ length: 26 }, () => []);
for (const head of COUNT_UNIT_HEADS) {
  const byLength = UNIT_HEADS[code(head) - 97] as string[][];
  byLength[head.length] = [...(byLength[head.length] ?? []), head];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The patterns worth trying at `at`, a start findMetrics found. ARROW_PAIR always: it runs only
 * in the rare answer with an arrow, and reads a number with its unit before the arrow.
 */
export function patternsWorthTrying(lower: string, at: number): number {
  return ARROW_PAIR | figuresOpenedAt(lower, at);
}

function figuresOpenedAt(lower: string, at: number): number {
  const c = lower.charCodeAt(at);
  if (isDigit(c)) return afterNumber(lower, endOfDigits(lower, at));
  // A sign opens only a percentage ("+12%"); a currency sign only money.
  if (c === 43 || c === 45) return PERCENT;
  if (c === 36 || c === 8364 || c === 163) return MONEY;
  if (c >= 97 && c <= 122) return opensWithWord(lower, at, c);
  return 0;
}

/**
 * Where a number written in digits ends: a pattern reads `\d+(,\d{3})*(\.\d+)?` there, and what
 * follows it in every pattern opens with neither a digit, a comma nor a full stop, so a match
 * needs the number to run to the end of these.
 */
function endOfDigits(lower: string, at: number): number {
  let i = at;
  for (; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!isDigit(c) && c !== 44 && c !== 46) break;
  }
  return i;
}

/**
 * The patterns that open with a word at `at` (first letter `c`): one of their own ("from",
 * "doubled", "p99"), or a number word, read up to each place the number can end (after "seven"
 * and after "seventeen"; after "twenty" and after "twenty-five" or "twenty five").
 */
function opensWithWord(lower: string, at: number, c: number): number {
  const second = lower.charCodeAt(at + 1);
  if (c === 112 && isDigit(second)) return RATIO;
  const openings = OPENINGS[pairOf(c, second)];
  if (openings === undefined) return 0;
  let mask = 0;
  for (const { text, bits } of openings) {
    if (!lower.startsWith(text, at)) continue;
    if (bits !== 0) {
      mask |= bits;
      continue;
    }
    const end = at + text.length;
    mask |= afterNumber(lower, end);
    const joint = lower.charCodeAt(end);
    if (joint !== 45 && joint !== 32) continue;
    for (const digit of UNIT_DIGIT_WORDS) {
      if (lower.startsWith(digit, end + 1)) mask |= afterNumber(lower, end + 1 + digit.length);
    }
  }
  return mask;
}

/** The patterns that can go on from a number ending at `end`. */
function afterNumber(lower: string, end: number): number {
  const spaced = isWhitespace(lower.charCodeAt(end));
  // The patterns allow one optional space (`\s?`) between the number and most of what follows.
  const c = lower.charCodeAt(spaced ? end + 1 : end);
  let mask = c < 256 ? (FOLLOWING[c] as number) : c === EN_DASH ? DURATION : 0;
  if (lower.charCodeAt(end) === 45) mask |= MULTIPLIER; // "3-fold"
  if (spaced) {
    // "6 of 8", "6 out of 8"; "600 a week", "3 per sprint", "2 each quarter" (`\s+` before them).
    let word = end + 1;
    while (isWhitespace(lower.charCodeAt(word))) word++;
    const w = lower.charCodeAt(word);
    if (w === 111) mask |= RATIO;
    if (w === 97 || w === 112 || w === 101) mask |= COUNT_PER;
  }
  if (countUnitAfter(lower, end)) mask |= COUNT_UNIT;
  if ((mask & MONEY) === 0) return mask;
  // "5 million users", "40k+ users", "$3 million dollars": a scale word between. Money needs a
  // currency word after it or after the number ("17 months" is no money).
  const next = spaced ? end + 1 : end;
  const scaled = endOfScaleWord(lower, next);
  if (scaled >= 0 && countUnitAfter(lower, scaled)) mask |= COUNT_UNIT;
  if (currencyAt(lower, next)) return mask;
  if (scaled >= 0 && currencyAt(lower, isWhitespace(lower.charCodeAt(scaled)) ? scaled + 1 : scaled))
    return mask;
  return mask & ~MONEY;
}

function currencyAt(lower: string, at: number): boolean {
  for (const word of CURRENCY_WORDS) if (lower.startsWith(word, at)) return true;
  return false;
}

/**
 * Whether a count unit can follow a number (and scale) ending at `end`: `\+?(-|\s)`, then the
 * unit, maybe after a modifier word ("senior", "full-time") or "of our", "of my", "of the".
 * Units are looked up by their first run of letters.
 */
function countUnitAfter(lower: string, end: number): boolean {
  let at = end;
  if (lower.charCodeAt(at) === 43) at++;
  const c = lower.charCodeAt(at);
  if (c !== 45 && !isWhitespace(c)) return false;
  at++;
  const first = endOfLetters(lower, at);
  if (isUnitHead(lower, at, first)) return true;
  // A modifier is letters and then one space: the unit is the next word ("of our": the one after).
  const after = lower.charCodeAt(first);
  if (after > 127 || after === 45) return unitInNextWords(lower, first);
  if (first === at || !isWhitespace(after)) return false;
  const second = endOfLetters(lower, first + 1);
  if (isUnitHead(lower, first + 1, second)) return true;
  if (first - at !== 2 || !lower.startsWith('of', at) || !isWhitespace(lower.charCodeAt(second)))
    return false;
  return isUnitHead(lower, second + 1, endOfLetters(lower, second + 1));
}

/**
 * The careful way, where a modifier may have letters beyond a–z or a hyphen ("naïve", "full-time"):
 * whether one of the next two words after `from`'s opens with a unit's letters.
 */
function unitInNextWords(lower: string, from: number): boolean {
  let at = from;
  for (let word = 0; word < 2; word++) {
    while (at < lower.length && !isWhitespace(lower.charCodeAt(at))) at++;
    while (isWhitespace(lower.charCodeAt(at))) at++;
    if (isUnitHead(lower, at, endOfLetters(lower, at))) return true;
  }
  return false;
}

function endOfLetters(lower: string, at: number): number {
  let end = at;
  for (let c = lower.charCodeAt(end); c >= 97 && c <= 122; c = lower.charCodeAt(++end));
  return end;
}

/** Whether the letters a–z `lower[at, end)` are the first run of a count unit's letters. */
function isUnitHead(lower: string, at: number, end: number): boolean {
  if (end === at) return false;
  const heads = UNIT_HEADS[lower.charCodeAt(at) - 97]?.[end - at];
  if (heads === undefined) return false;
  for (const head of heads) if (lower.startsWith(head, at)) return true;
  return false;
}
