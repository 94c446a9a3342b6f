/** Numbers as people say them, for metrics and scope read from speech ("twelve engineers"). */

import { isWhitespace } from '../whitespace';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  'a hundred': 100,
  'a few hundred': 300,
  'several hundred': 300,
  'a thousand': 1000,
  'a million': 1_000_000,
  'a billion': 1_000_000_000,
  'half a million': 500_000,
};

/** Scale suffixes: "3.2M", "40k", "1.5 billion". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
};

/** The number words NUMBER_PATTERN reads, longest first ("a" and "an" alone are no number). */
export const NUMBER_FORMS: readonly string[] = Object.keys(NUMBER_WORDS)
  .filter((w) => !['a', 'an'].includes(w))
  .sort((a, b) => b.length - a.length);
/** The words that can follow a number word after a hyphen or space ("twenty-five"). */
export const UNIT_DIGIT_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
] as const;

/** Digits, optional thousands separators and decimals, or a number word ("twenty-five"). */
export const NUMBER_PATTERN = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?:${NUMBER_FORMS.join('|')})(?:[- ](?:${UNIT_DIGIT_WORDS.join('|')}))?`;

export const SCALE_PATTERN = String.raw`(?:\s?(?:thousand|millions?|billions?|trillion|mm|mn|bn|[kmbt])(?![\p{L}]))`;

/** Reads "3.2", "1,200", "twenty-five", "a dozen" and an optional scale word into a number. */
export function readNumber(raw: string, scale?: string): number | undefined {
  const text = raw.trim().toLowerCase();
  let value: number | undefined;
  if (/^[\d,.]+$/.test(text)) {
    value = Number(text.replace(/,/g, ''));
  } else {
    // A known phrase whole ("a dozen", "half a million") is read as listed; otherwise a number word
    // and the unit digit after it ("twenty-five") or the multiple it counts ("two dozen"). (Adding the phrase's own last word again read
    // "a dozen" as 24 and "a hundred" as 200.)
    const whole = NUMBER_WORDS[text];
    if (whole !== undefined) {
      value = whole;
    } else {
      const [head, tail] = text.split(/[- ]/);
      const base = head ? NUMBER_WORDS[head] : undefined;
      const times = tail === 'dozen' || tail === 'hundred' ? NUMBER_WORDS[tail] : undefined;
      const digit = tail && (UNIT_DIGIT_WORDS as readonly string[]).includes(tail) ? NUMBER_WORDS[tail] : 0;
      // "two dozen", "three hundred": a multiple; "twenty-five": a sum.
      if (base !== undefined) value = times !== undefined ? base * times : base + (digit ?? 0);
    }
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  const factor = scale ? SCALE_WORDS[scale.trim().toLowerCase()] : undefined;
  return factor ? value * factor : value;
}

const LETTER = /\p{L}/u;
/**
 * `\p{L}` at `at` in lower-cased text, as a `u` pattern reads it: a–z or, rarely, a letter beyond
 * ASCII, a whole code point where a surrogate pair opens there ("m𝐀").
 */
function letterAt(lower: string, at: number): boolean {
  const c = lower.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  const pair = c >= 0xd800 && c <= 0xdbff;
  return LETTER.test(pair ? lower.slice(at, at + 2) : lower.charAt(at));
}

/**
 * SCALE_PATTERN's words of more than one letter, by first letter (t, m, b; "k" has none). At most
 * one of them is followed by a non-letter at any place, so the first that is is the pattern's.
 */
function longScalesOpeningWith(c: number): readonly string[] | undefined {
  switch (c) {
    case 116:
      return ['thousand', 'trillion'];
    case 109:
      return ['millions', 'million', 'mm', 'mn'];
    case 98:
      return ['billions', 'billion', 'bn'];
    case 107:
      return [];
    default:
      return undefined;
  }
}

/** Where SCALE_PATTERN's word ("k", "million") written at `at` in lower-cased text ends, or -1. */
export function endOfScaleWord(lower: string, at: number): number {
  const scales = longScalesOpeningWith(lower.charCodeAt(at));
  if (scales === undefined) return -1;
  // t, m, b and k are scale words of their own: "5k", "2m users".
  if (!letterAt(lower, at + 1)) return at + 1;
  for (const scale of scales) {
    const end = at + scale.length;
    if (lower.startsWith(scale, at) && !letterAt(lower, end)) return end;
  }
  return -1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * What `readNumber(...(/(NUMBER_PATTERN)(SCALE_PATTERN)?/u.exec(lower)))` reads when `lower` opens
 * with a digit, without the two patterns and the string work of readNumber: digits with
 * thousands groups (`\d{1,3}(,\d{3})+`, else `\d+`), decimals, then a scale word after at most one
 * space. Figures are read this way once each; numbers.test.ts checks it against the patterns.
 */
export function readLeadingDigits(lower: string): number {
  let end = 0;
  while (isDigit(lower.charCodeAt(end))) end++;
  let digits = lower.slice(0, end);
  if (end <= 3) {
    for (let at = end; lower.charCodeAt(at) === 44 && isThreeDigits(lower, at + 1); at += 4) {
      digits += lower.slice(at + 1, at + 4);
      end = at + 4;
    }
  }
  if (lower.charCodeAt(end) === 46 && isDigit(lower.charCodeAt(end + 1))) {
    const from = end;
    end += 2;
    while (isDigit(lower.charCodeAt(end))) end++;
    digits += lower.slice(from, end);
  }
  const value = Number(digits);
  const scaleAt = isWhitespace(lower.charCodeAt(end)) ? end + 1 : end;
  const scaleEnd = endOfScaleWord(lower, scaleAt);
  const factor = scaleEnd < 0 ? undefined : SCALE_WORDS[lower.slice(scaleAt, scaleEnd)];
  return factor ? value * factor : value;
}

function isThreeDigits(lower: string, at: number): boolean {
  return (
    isDigit(lower.charCodeAt(at)) && isDigit(lower.charCodeAt(at + 1)) && isDigit(lower.charCodeAt(at + 2))
  );
}

/** NUMBER_FORMS by first letter, in their order (longest first). */
const FORMS_BY_LETTER: readonly string[][] = Array.from({ length: 26 }, (_, i) =>
  NUMBER_FORMS.filter((form) => form.charCodeAt(0) === 97 + i),
);

/**
 * What `readNumber(...(/(NUMBER_PATTERN)(SCALE_PATTERN)?/u.exec(lower)))` reads when a number
 * word opens `lower` ("twenty-five engineers", "a dozen teams"): the first form in the pattern's
 * order, a digit word after a hyphen or space, a scale word. Undefined when no number word opens
 * it (the pattern then searches further on: the caller runs it).
 */
export function readLeadingNumberWords(lower: string): number | undefined {
  const forms = FORMS_BY_LETTER[lower.charCodeAt(0) - 97];
  const form = forms?.find((f) => lower.startsWith(f));
  if (form === undefined) return undefined;
  let end = form.length;
  const joint = lower.charCodeAt(end);
  if (joint === 45 || joint === 32) {
    const digit = UNIT_DIGIT_WORDS.find((d) => lower.startsWith(d, end + 1));
    if (digit !== undefined) end += 1 + digit.length;
  }
  const scaleAt = isWhitespace(lower.charCodeAt(end)) ? end + 1 : end;
  const scaleEnd = endOfScaleWord(lower, scaleAt);
  return readNumber(lower.slice(0, end), scaleEnd < 0 ? undefined : lower.slice(scaleAt, scaleEnd));
}
