/** Where to point a finding about something that is missing: where it would belong. */
import type { ParsedText } from './text';
import type { Span } from './types';

export function firstSentence(parsed: ParsedText): Span {
  const s = parsed.sentences[0];
  return s ? { start: s.start, end: s.end } : { start: 0, end: parsed.text.length };
}

export function lastSentence(parsed: ParsedText): Span {
  const s = parsed.sentences[parsed.sentences.length - 1];
  return s ? { start: s.start, end: s.end } : { start: 0, end: parsed.text.length };
}

/** The sentence that contains an offset. */
export function sentenceAt(parsed: ParsedText, offset: number): Span {
  const s = parsed.sentences.find((x) => offset >= x.start && offset < x.end);
  return s ? { start: s.start, end: s.end } : { start: offset, end: offset };
}

/** The whole answer, trimmed to its visible text. */
export function wholeAnswer(parsed: ParsedText): Span {
  return { start: firstSentence(parsed).start, end: lastSentence(parsed).end };
}

/** Index of the sentence containing an offset (binary search), or -1. */
export function sentenceIndexAt(parsed: ParsedText, offset: number): number {
  const { sentences } = parsed;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** How many matches fall in each sentence. */
export function countBySentence(parsed: ParsedText, matches: readonly Span[]): number[] {
  const counts = new Array<number>(parsed.sentences.length).fill(0);
  for (const m of matches) {
    const i = sentenceIndexAt(parsed, m.start);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/**
 * Words (no punctuation) in the sentences that `carries` accepts, a sentence said twice counted
 * once: repeating a sentence adds no content. Length floors read this, so padding cannot lift them.
 */
export function distinctSentenceWords(parsed: ParsedText, carries: (index: number) => boolean): number {
  // Sentences seen, by length: a set of strings would hash every sentence whole, and two
  // sentences of one length are rare, so most are never compared at all.
  const seen = new Map<number, string[]>();
  let words = 0;
  for (const s of parsed.sentences) {
    if (!carries(s.index)) continue;
    const key = parsed.lower.slice(s.start, s.end);
    const sameLength = seen.get(key.length);
    if (sameLength === undefined) seen.set(key.length, [key]);
    else if (sameLength.includes(key)) continue;
    else sameLength.push(key);
    words += s.wordTokens;
  }
  return words;
}
