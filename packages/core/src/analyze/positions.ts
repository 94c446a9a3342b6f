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
