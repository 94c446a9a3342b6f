/**
 * Word-list matching. Lists are data (see lexicon/); each is compiled once, at module load, into
 * one alternation regex that respects word boundaries, so a rule scans the text in one pass.
 */
import { compileCueMatcher } from '../framework/cue-matcher';
import type { ParsedText } from './text';
import type { Span } from './types';

export interface PhraseMatch extends Span {
  text: string;
  /** The list entry that matched, in its listed (lower-case) form. */
  phrase: string;
}

/** Compiles a word list once (see framework/cue-matcher for what counts as a match). */
export const compilePhrases = compileCueMatcher;

/** All non-overlapping matches of a compiled list in the (lower-cased) text. */
export function findPhrases(regex: RegExp, parsed: ParsedText | string): PhraseMatch[] {
  const lower = typeof parsed === 'string' ? parsed : parsed.lower;
  const original = typeof parsed === 'string' ? parsed : parsed.text;
  const out: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(lower); m !== null; m = regex.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, text: original.slice(start, end), phrase: m[0].replace(/\s+/g, ' ') });
  }
  return out;
}

/** Whether any phrase of the list occurs in the text. */
export function hasPhrase(regex: RegExp, lower: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(lower);
  regex.lastIndex = 0;
  return found;
}
