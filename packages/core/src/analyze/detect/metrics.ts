/**
 * Finds the numbers that make impact concrete: percentages, money, durations, counts of people,
 * users or systems, multipliers ("10x", "halved"), before→after pairs ("p99 200ms → 106ms",
 * "from 12 to 40 engineers") and scores ("NPS 42", "6 of 8"). Bare years and list numbering are
 * not metrics. Overlaps resolve to the most informative reading (a before→after pair beats the
 * two numbers inside it).
 */

import {
  NUMBER_PATTERN,
  readLeadingDigits,
  readLeadingNumberWords,
  readNumber,
  SCALE_PATTERN,
} from '../lexicon/numbers';
import {
  CURRENCY_WORDS,
  DURATION_UNITS,
  ORG_UNITS,
  PEOPLE_UNITS,
  SYSTEM_UNITS,
  USER_UNITS,
} from '../lexicon/units';
import { sortSmall } from '../sort-small';
import type { Metric, MetricKind } from '../types';
import { isWhitespace } from '../whitespace';
import { FIGURE_GUARDED, FIGURE_STARTER, UNUSUAL_WORD } from '../word-classes';
import { splitWords, type Word } from '../words';
import {
  ARROW_PAIR,
  COUNT_PER,
  COUNT_UNIT,
  DURATION,
  FROM_PAIR,
  MONEY,
  MULTIPLIER,
  PERCENT,
  patternsWorthTrying,
  RATIO,
} from './figure-tails';

const N = `(?:${NUMBER_PATTERN})`;
const SCALE = SCALE_PATTERN;
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&'))
    .join('|');
const B = '(?<![\\p{L}\\p{N}_.])';
const E = '(?![\\p{L}\\p{N}_])';
const COUNT_UNITS = alt([...PEOPLE_UNITS, ...ORG_UNITS, ...USER_UNITS, ...SYSTEM_UNITS]);
/** What a team brings to zero: "zero invoicing errors", "zero new unresolved accessibility violations". */
const ZERO_OUTCOMES =
  'errors|incidents|defects|bugs|outages|escalations|complaints|regressions|pages|sev-?[0-2]s|p[0-2]s|failures|rollbacks|breaches|violations|findings|misses|returns|tickets|exceptions';
const FREQUENCY =
  '(?:once|twice|several times) a (?:year|quarter|month|week|day)|yearly|annually|quarterly|monthly|bi-weekly|biweekly|weekly|daily|hourly|on demand|on-demand|continuously|multiple times a day';
const VALUE = `(?:[$€£]\\s?)?${N}(?:${SCALE})?(?:\\s?(?:%|x|×|${alt(DURATION_UNITS)}))?`;

interface Pattern {
  kind: MetricKind;
  regex: RegExp;
  /** Higher wins when two readings overlap. */
  priority: number;
  /** Its bit in patternsWorthTrying (figure-tails.ts): tried only at starts that have it. */
  bit: number;
  /** The pattern reads an arrow ("200ms → 106ms"): skipped in the answer that has none. */
  needsArrow?: true;
}

const ARROW = /→|->|=>|➝|➜|—>/;

/**
 * ARROW.test(lower) at a fifth of the cost (~2.6 µs a 600-word answer for the pattern, most of
 * it stopping at each hyphen): every arrow but three single characters has a ">".
 */
function writesArrow(lower: string): boolean {
  if (lower.includes('>')) return ARROW.test(lower);
  return lower.includes('→') || lower.includes('➝') || lower.includes('➜');
}

const PATTERNS: Pattern[] = [
  {
    kind: 'before-after',
    priority: 5,
    bit: ARROW_PAIR,
    needsArrow: true,
    regex: new RegExp(`${B}(?:from\\s+)?${VALUE}\\s*(?:→|->|=>|➝|➜|—>)\\s*${VALUE}${E}`, 'uy'),
  },
  {
    kind: 'before-after',
    priority: 5,
    bit: FROM_PAIR,
    regex: new RegExp(
      `${B}from\\s+(?:about\\s+|around\\s+|roughly\\s+|over\\s+|under\\s+)?${VALUE}(?:\\s+\\p{L}+){0,3}?\\s+(?:down\\s+|up\\s+)?to\\s+(?:about\\s+|around\\s+|under\\s+|over\\s+|just\\s+)?${VALUE}(?:\\s(?:${COUNT_UNITS}))?${E}`,
      'uy',
    ),
  },
  {
    kind: 'before-after',
    priority: 5,
    bit: FROM_PAIR,
    regex: new RegExp(`${B}from\\s+(?:${FREQUENCY})\\s+to\\s+(?:${FREQUENCY})${E}`, 'uy'),
  },
  {
    kind: 'money',
    priority: 4,
    bit: MONEY,
    regex: new RegExp(
      `(?:[$€£]\\s?${N}(?:${SCALE})?${E}|${B}${N}(?:${SCALE})?\\s?(?:${alt(CURRENCY_WORDS)})${E})`,
      'uy',
    ),
  },
  {
    kind: 'percent',
    priority: 4,
    bit: PERCENT,
    regex: new RegExp(
      `${B}[+-]?${N}\\s?(?:%|percent${E}|per cent${E}|percentage points${E}|(?:basis )?points${E}|pts${E}|bps${E}|pp${E})`,
      'uy',
    ),
  },
  {
    kind: 'multiplier',
    priority: 4,
    bit: MULTIPLIER,
    regex: new RegExp(
      `${B}(?:${N}\\s?(?:x|×)${E}|${N}-fold${E}|(?:two|three|four|five|ten)fold${E}|doubled${E}|tripled${E}|quadrupled${E}|halved${E}|cut(?:\\s+\\p{L}+){0,2}\\s+in half${E}|orders? of magnitude${E})`,
      'uy',
    ),
  },
  {
    kind: 'ratio',
    priority: 3,
    bit: RATIO,
    regex: new RegExp(
      `${B}(?:e?nps|csat|net promoter score)(?:\\s+(?:score|of|from|to|at|was|went|rose|up|by|hit)){0,3}\\s*[+-]?\\d+${E}|${B}${N}\\s+(?:out\\s+)?of\\s+(?:the\\s+|our\\s+|my\\s+)?${N}${E}|${B}p(?:50|75|90|95|99|999)[:\\s]+(?:(?:latency|was|of|at|is|went|dropped|fell)\\s+){0,2}(?:from\\s+)?\\d+(?:\\.\\d+)?\\s?(?:ms|s|seconds)${E}`,
      'uy',
    ),
  },
  {
    kind: 'count',
    priority: 3,
    bit: COUNT_PER,
    // "went to almost zero", "zero downtime", "600 a week": outcomes people state without units.
    regex: new RegExp(
      `${B}(?:(?:to|at)\\s+(?:almost\\s+|nearly\\s+|near\\s+|essentially\\s+|basically\\s+|virtually\\s+)?zero${E}|zero\\s+(?:${COUNT_UNITS}|downtime|churn|data loss|attrition|(?:[\\p{L}-]+\\s+){0,3}(?:${ZERO_OUTCOMES}))${E}|${N}\\s+(?:a|per|each)\\s+(?:day|week|month|quarter|year|sprint|release)${E})`,
      'uy',
    ),
  },
  {
    kind: 'duration',
    priority: 2,
    bit: DURATION,
    regex: new RegExp(`${B}${N}(?:\\s?(?:-|–|to)\\s?${N})?\\s?(?:${alt(DURATION_UNITS)})${E}`, 'uy'),
  },
  {
    kind: 'count',
    priority: 2,
    bit: COUNT_UNIT,
    regex: new RegExp(
      `${B}${N}(?:${SCALE})?\\+?(?:-|\\s)(?:(?:more|new|additional|senior|other|active|paying|full-time|global|internal|external|enterprise|direct|key|of our|of my|of the|(?!(?:for|of|to|in|on|at|by|with|from|and|or|per|a|an|the|over|across)\\s)\\p{L}+)\\s)?(?:${COUNT_UNITS})${E}`,
      'uy',
    ),
  },
];

/** Built once: constructing these per figure showed up in profiles. */
const NUMBER_AND_SCALE = new RegExp(`(${N})(${SCALE})?`, 'u');
const DURATION_UNIT_AT_END = new RegExp(`(?:${alt(DURATION_UNITS)})$`, 'u');
const UNIT_OF_COUNT = new RegExp(`(?:${COUNT_UNITS})$`, 'u');

/** Common words that start a figure only in a few phrases ("a dozen", "to zero"): checked by lookahead. */
const GUARDED =
  /(?:an? (?:dozen|hundred|thousand|million|billion|few hundred)|half a million|(?:to|at) (?:almost |nearly |near |essentially |basically |virtually )?zero|net promoter|orders? of magnitude)/y;

/** Whether one of the GUARDED phrases is written at `at` (sticky: no slice of the text needed). */
function guardedFigureAt(lower: string, at: number): boolean {
  GUARDED.lastIndex = at;
  return GUARDED.test(lower);
}

/**
 * The first letters of the word a GUARDED phrase has after each guarded word, after one space
 * ("a *d*ozen", "to *a*lmost zero"): most "a", "to" and "at" (~1 word in 15) are followed by
 * none of them, and GUARDED need not run there.
 */
const GUARDED_NEXT: Readonly<Record<string, string>> = {
  a: 'dhtmbf',
  an: 'dhtmbf',
  half: 'a',
  to: 'anebvz',
  at: 'anebvz',
  net: 'p',
  order: 'o',
  orders: 'o',
};

/** Whether a GUARDED phrase can open at `word`: the letter after it and a space is one it needs. */
function mayOpenGuarded(lower: string, word: Word): boolean {
  const next = GUARDED_NEXT[word.value];
  if (next === undefined) return true;
  return lower.charCodeAt(word.end) === 32 && next.includes(lower.charAt(word.end + 1));
}

/**
 * Where a figure can begin: word starts with a digit, a sign or currency, or a starter word.
 * Patterns are tried only there (sticky), not at every character: the text is long, figures few.
 */
function startPositions(lower: string, words: readonly Word[], plain: boolean): number[] {
  const starts: number[] = [];
  for (const w of words) {
    // Most words are none of these: one test passes them by. Digits, hyphens and currency signs
    // are all characters other than a–z, so those words are unusual (words.ts).
    if (!plain && (w.classes & (FIGURE_STARTER | FIGURE_GUARDED | UNUSUAL_WORD)) === 0) continue;
    const v = w.value;
    const c = v.charCodeAt(0);
    if (w.digit) {
      starts.push(w.start);
      // The second half of a range starts a figure too: "20-30%", "3/4".
      for (let i = 2; i < v.length; i++) {
        const ch = v.charCodeAt(i);
        const before = v.charCodeAt(i - 1);
        if (ch >= 48 && ch <= 57 && (before === 45 || before === 8211 || before === 47))
          starts.push(w.start + i);
      }
      continue;
    }
    // Currency signs and starter words ("forty", "twenty-five": the head before a hyphen) open
    // figures too.
    const head = w.hyphenated ? w.head : w.classes;
    if (c === 36 || c === 8364 || c === 163 || (head & FIGURE_STARTER) !== 0) {
      starts.push(w.start);
    } else if (
      (w.classes & FIGURE_GUARDED) !== 0 &&
      (plain || mayOpenGuarded(lower, w)) &&
      guardedFigureAt(lower, w.start)
    ) {
      starts.push(w.start);
    }
  }
  return starts;
}

/** Extracts metrics from the lower-cased text; offsets are valid in the original text. */
/**
 * A metric, written as one object literal per set of keys (`value` and `unit` optional, last):
 * V8 keeps a literal's hidden class alive with the literal, while one built by adding keys lives
 * only as long as some metric does, and a full gc that frees it throws away the optimised code of
 * every reader of metrics.
 */
function makeMetric(
  kind: MetricKind,
  text: string,
  start: number,
  end: number,
  value: number | undefined,
  unit: string | undefined,
): Metric {
  if (value !== undefined) {
    return unit ? { kind, text, start, end, value, unit } : { kind, text, start, end, value };
  }
  return unit ? { kind, text, start, end, unit } : { kind, text, start, end };
}

/**
 * A reading of a figure before overlaps are resolved. Its value, unit and text are read only for
 * the readings kept: most candidates are the same figure read by another pattern, and lose.
 */
interface Candidate {
  kind: MetricKind;
  /** The match, trailing space trimmed. */
  raw: string;
  start: number;
  end: number;
  /** The pattern's priority: higher wins where two readings overlap. */
  priority: number;
}

export function findMetrics(text: string, lower: string, words = splitWords(lower)): Metric[] {
  return readMetrics(text, lower, words, false);
}

/**
 * findMetrics the plain way: GUARDED at every guarded word, every pattern at every start, the
 * value read by the patterns. The definition the fast paths must agree with (metrics.test.ts).
 */
export function findMetricsPlainly(text: string, lower: string, words = splitWords(lower)): Metric[] {
  return readMetrics(text, lower, words, true);
}

function readMetrics(text: string, lower: string, words: readonly Word[], plain: boolean): Metric[] {
  const candidates: Candidate[] = [];
  const starts = startPositions(lower, words, plain);
  const tries = starts.map((at) => (plain ? ~0 : patternsWorthTrying(lower, at)));
  const arrow = plain ? ARROW.test(lower) : writesArrow(lower);
  for (const { kind, regex, priority, bit, needsArrow } of PATTERNS) {
    if (needsArrow && !arrow) continue;
    // Pattern by pattern, as before the filter: candidates tied on priority and length keep this order.
    for (let s = 0; s < starts.length; s++) {
      if (((tries[s] as number) & bit) === 0) continue;
      const at = starts[s] as number;
      regex.lastIndex = at;
      const m = regex.exec(lower);
      if (!m) continue;
      const raw = m[0].trimEnd();
      if (kind === 'count' && /^(?:a|an|one)[\s-]/.test(raw)) continue; // "one engineer" is not a figure
      if (kind === 'duration' && modifiesNextNoun(lower, raw, m.index + raw.length)) continue;
      candidates.push({ kind, raw, start: m.index, end: m.index + raw.length, priority });
    }
  }
  // Keep the most informative reading where readings overlap: higher priority, then longer.
  sortSmall(
    candidates,
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of candidates) {
    // Sticky tries at nearby starts can read the same figure twice; overlaps keep the first.
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  sortSmall(kept, (a, b) => a.start - b.start);
  return kept.map(({ kind, raw, start, end }) =>
    makeMetric(kind, text.slice(start, end), start, end, readValue(raw, plain), readUnit(kind, raw)),
  );
}

/**
 * Words that may follow a duration ("two sprint later", "three sprint of work"). Any other word
 * after a singular "sprint" makes it a modifier: "missed three sprint commitments", "two sprint
 * reviews" count commitments and reviews, not sprints. ("A 6 week pilot" still tells how long the
 * pilot ran, and is kept.)
 */
const FOLLOWS_DURATION: ReadonlySet<string> = new Set(
  'ago later earlier early late before after of in into on and or to from for with without at by behind ahead longer shorter straight each every per apart out away until till than too so but because as we i they he she it the a an our my their when while since then now which that who where was were is are had has'.split(
    ' ',
  ),
);

/** "three sprint commitments": a count before a singular "sprint" and another word. */
function modifiesNextNoun(lower: string, raw: string, end: number): boolean {
  if (!raw.endsWith('sprint') || /^(?:a|an|one|1)[\s-]/.test(raw)) return false;
  if (lower.charCodeAt(end) !== 32) return false;
  let k = end + 1;
  while (k < lower.length && lower.charCodeAt(k) >= 97 && lower.charCodeAt(k) <= 122) k++;
  if (k === end + 1) return false;
  return !FOLLOWS_DURATION.has(lower.slice(end + 1, k));
}

function readValue(raw: string, plain: boolean): number | undefined {
  // "zero sev-1s": the figure is the zero, not a number inside the unit.
  if (raw.startsWith('zero') || / zero$/.test(raw)) return 0;
  const number = plain ? raw.replace(/^[$€£]\s?/, '') : withoutCurrency(raw);
  // Most figures open with digits or a number word: read them without the pattern (~0.2 µs a figure).
  if (!plain) {
    const c = number.charCodeAt(0);
    if (c >= 48 && c <= 57) return readLeadingDigits(number);
    const said = readLeadingNumberWords(number);
    if (said !== undefined) return said;
  }
  const m = NUMBER_AND_SCALE.exec(number);
  return m?.[1] ? readNumber(m[1], m[2]) : undefined;
}

/** `raw.replace(/^[$€£]\s?/, '')`. */
function withoutCurrency(raw: string): string {
  const c = raw.charCodeAt(0);
  if (c !== 36 && c !== 8364 && c !== 163) return raw;
  return raw.slice(isWhitespace(raw.charCodeAt(1)) ? 2 : 1);
}

function readUnit(kind: MetricKind, raw: string): string | undefined {
  switch (kind) {
    case 'percent':
      return '%';
    case 'money':
      return raw.includes('€') || /eur/.test(raw)
        ? 'EUR'
        : raw.includes('£') || /pound|gbp/.test(raw)
          ? 'GBP'
          : 'USD';
    case 'multiplier':
      return 'x';
    case 'count':
      return UNIT_OF_COUNT.exec(raw)?.[0];
    case 'duration':
      return DURATION_UNIT_AT_END.exec(raw)?.[0];
    default:
      return undefined;
  }
}
