/**
 * The one wrapper around wink-nlp (with wink.ts, which owns the instance). Everything else in
 * the analyzer reads a `ParsedText`, so the NLP library can change here alone. Parsing happens
 * once per answer; rules only scan.
 */

import { touchesWordPart, verbLemma } from './verb-lemmas';
import { isWhitespace } from './whitespace';
import { precedingSpaces, readParse, type WinkParse, isNegated as winkNegated } from './wink';
import { splitWords, type Word } from './words';

export { apostropheWords, LEARNED_WORDS_MAX, WINK_PIPES, winkLexicon } from './wink';

export interface Token {
  /** As written. */
  value: string;
  /** Lower-cased, with typographic quotes folded ("don’t" → "don't"). */
  normal: string;
  lemma: string;
  /** Universal POS tag (VERB, NOUN, PRON, AUX, …). */
  pos: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /**
   * Tokens in that range that are not punctuation, symbols or spaces: counted while the tokens are
   * given their sentence, so length floors (distinctSentenceWords) need not walk them again.
   */
  wordTokens: number;
}

export interface ParsedText {
  text: string;
  /** `text` lower-cased with typographic quotes folded; same offsets as `text`. */
  lower: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Number of word tokens (punctuation and symbols excluded). */
  words: number;
  /** The text split into words (see words.ts), the unit word lists and patterns match on. */
  chunks: Word[];
  /**
   * Per sentence, how many sentences before it are told in the past: filled by star.ts the first
   * time it is needed. A slot here rather than a WeakMap keyed by the parse (whose set cost as
   * much as the count), written in the literal so the record keeps one shape.
   */
  pastBefore: number[] | null;
  /**
   * wink's parse, for the reads made for a few tokens only (isNegated). It keeps wink's document
   * alive as long as the parsed text is (analyze() lets go of both when it returns).
   */
  wink: WinkParse;
}

/** Whether token `index` is negated ("I didn't *escalate*"; "didn't" itself is not). */
export function isNegated(parsed: ParsedText, index: number): boolean {
  return winkNegated(parsed.wink, index);
}

/** Folds curly quotes so word lists can be written with plain ASCII apostrophes. */
export function foldQuotes(s: string): string {
  // Most answers have no curly quote: one read to find out, instead of two replace passes.
  if (!CURLY_QUOTE.test(s)) return s;
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}
const CURLY_QUOTE = /[\u2018\u2019\u02bc\u201c\u201d]/;

/** Whether a token has a letter or digit (cheap check first; the Unicode test only for the rest). */
function hasWordChar(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127) return /[\p{L}\p{N}]/u.test(value);
  }
  return false;
}

/**
 * `text.startsWith(value, at)` for `at` ≥ 0, as a loop: tokens are a few characters long, and the
 * builtin's call cost more than the comparison (it runs twice per token).
 */
function writtenAt(text: string, value: string, at: number): boolean {
  if (value.length === 0) return true;
  if (at + value.length > text.length) return false;
  for (let k = 0; k < value.length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/**
 * writtenAt(input, value, at), and at the same time whether `lower` has the same characters there
 * (the token is already in lower case): one pass over the token instead of two. 0: not written
 * there; 1: written there; 2: written there, in lower case.
 *
 * `aligned`: `lower` has the text's length, so its offsets are the text's (toLowerCase lengthens
 * only "İ", and nothing shortens). Then a letter a–z found in `input` is in `lower` too, and `lower`
 * is read only for the other characters: a–z is the same in the text (`input` differs from the
 * text only by spaces, see forWink), lower-cased, and quote-folded. Most tokens are all a–z.
 */
function writtenWhere(input: string, lower: string, value: string, at: number, aligned: boolean): 0 | 1 | 2 {
  if (at + value.length > input.length) return 0;
  let same = true;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (input.charCodeAt(at + k) !== c) return 0;
    // Past the end of `lower`, charCodeAt is NaN: not the same.
    if (same && !(aligned && c >= 97 && c <= 122) && lower.charCodeAt(at + k) !== c) same = false;
  }
  return same ? 2 : 1;
}

/** `value.trim() === ''` without trimming: every character is white space (or there is none). */
function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isWhitespace(value.charCodeAt(i))) return false;
  return true;
}

/** A token that is there and blank (a line break, say). */
const isBlankToken = (token: Token | undefined): boolean => token !== undefined && isBlank(token.value);

/**
 * wink reads "$7M." as a number and the abbreviation "M." and so runs "…worth $7M. Since then…"
 * into one sentence. A scale suffix with the full stop, after a number and before a capital,
 * ends the sentence.
 */
function endsFigureAndSentence(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  // Cheap test first: the suffix token is one to three characters ending in a full stop.
  if (!token || token.value.length > 3 || token.value.charCodeAt(token.value.length - 1) !== 46) return false;
  const next = tokens[t + 1];
  const before = tokens[t - 1];
  if (!next || !before) return false;
  return (
    /^(?:[kmbt]|bn|mm)\.$/i.test(token.value) &&
    /\d$/.test(before.value) &&
    next.start > token.end &&
    /^[A-Z]/.test(next.value)
  );
}

/**
 * A line that opens a list item ("- ", "* ", "• ", "1. "), a heading ("#", "**Result:**") or a new
 * paragraph starts a new sentence, full stop or not: prep notes and bullet answers rarely end
 * their lines with one, and wink would run them together, hiding each bullet's STAR+ part.
 */
function opensLine(text: string, tokens: Token[], t: number): boolean {
  const token = tokens[t];
  if (!token || isBlank(token.value)) return false;
  let p = t - 1;
  while (p >= 0 && isBlankToken(tokens[p])) p--;
  const previous = tokens[p];
  if (!previous) return false;
  // Most tokens have no line break before them: look for one in the gap (a character or two)
  // before slicing it. (Not indexOf: that would read on to the paragraph's end for every token.)
  let newline = false;
  for (let k = previous.end; k < token.start && !newline; k++) newline = text.charCodeAt(k) === 10;
  if (!newline) return false;
  const gap = text.slice(previous.end, token.start);
  return /\n[ \t]*\n/.test(gap) || LINE_OPENER.test(text.slice(token.start, token.start + 4));
}
const LINE_OPENER = /^(?:[-*•+#>]|\d{1,2}[.)]\s)/;

/**
 * Whether token `i` may end a figure and a sentence (endsFigureAndSentence) or open a line
 * (opensLine): the cheap part of both tests, read while the tokens are made. A figure's suffix is one
 * to three characters ending in a full stop; a line break before a token is in a blank token before
 * it or in the gap after the one before (opensLine looks no further when that one is not blank).
 */
function splitCandidate(
  text: string,
  values: readonly string[],
  i: number,
  value: string,
  previousEnd: number,
  start: number,
): boolean {
  if (value.length <= 3 && value.charCodeAt(value.length - 1) === 46) return true;
  if (i === 0) return false;
  if (isBlank(values[i - 1] ?? '')) return true;
  for (let k = previousEnd; k < start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Longest run of non-space characters wink sees; longer runs are blanked past this length. */
export const MAX_WORD_CHARS = 64;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g');

/**
 * Whether the text has a run of more than MAX_WORD_CHARS non-space characters, without the regex
 * `\S{65,}` (it retries up to 65 characters at every position: 2–3% of analyze()). A run that
 * long fills any window of its width it starts in, so only each window's last space is looked for
 * (stepping back from the window's end), and the next window starts after it: a few characters
 * read per window instead of every character.
 */
function hasLongWord(text: string): boolean {
  let from = 0;
  while (from + MAX_WORD_CHARS < text.length) {
    let k = from + MAX_WORD_CHARS;
    while (k >= from && !isWhitespace(text.charCodeAt(k))) k--;
    if (k < from) return true;
    from = k + 1;
  }
  return false;
}

/**
 * wink's model runs a backtracking pattern on every word, so one 20,000-letter "word" costs
 * seconds (quadratic). No real word is that long: wink sees only the first MAX_WORD_CHARS
 * characters of a run, the rest blanked to spaces so every offset still matches the text.
 */
function forWink(text: string): string {
  if (!hasLongWord(text)) return text;
  return text.replace(LONG_WORD, (w) => w.slice(0, MAX_WORD_CHARS) + ' '.repeat(w.length - MAX_WORD_CHARS));
}

/** The characters wink splits words on and reports as a token's preceding spaces. */
function isWinkSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        (c >= 0x2002 && c <= 0x2005) ||
        c === 0x2009 ||
        c === 0x200a ||
        c === 0x202f ||
        c === 0x205f))
  );
}

/** wink tags a whole possessive ("company's", see Wink.teach) PROPN: a lower-case one is a noun. */
function wholePossessivePos(value: string, pos: string): string {
  if (pos !== 'PROPN' || value.length < 3) return pos;
  const last = value.charCodeAt(value.length - 1);
  const apostrophe = value.charCodeAt(value.length - 2);
  if ((last !== 115 && last !== 83) || (apostrophe !== 39 && apostrophe !== 0x2019)) return pos; // 's / ’s
  const first = value.charAt(0);
  return first === first.toLowerCase() ? 'NOUN' : pos;
}

export function parseText(text: string): ParsedText {
  const input = forWink(text);
  const wink = readParse(input);
  const { values, tags } = wink;
  const lower = foldQuotes(text.toLowerCase());
  const aligned = lower.length === text.length;

  const tokens: Token[] = new Array(values.length);
  let previousEnd = 0;
  let words = 0;
  // Tokens where a sentence may have to be split (see splitCandidate), in order: the sentence pass
  // visits only these instead of testing every token twice.
  const candidates: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // wink keeps the text exactly: a token starts after the spaces that follow the previous one.
    let start = previousEnd;
    let found: boolean;
    // Whether `lower` has the token's own characters at its place (known when `written` is 2).
    let inLower: boolean | undefined;
    if (value !== '' && !isWinkSpace(value.charCodeAt(0))) {
      // The token cannot start on one of the spaces: skip them, then compare once.
      while (isWinkSpace(input.charCodeAt(start))) start++;
      const written = writtenWhere(input, lower, value, start, aligned);
      found = written !== 0;
      inLower = written === 2;
    } else {
      found = input.startsWith(value, start);
      while (!found && isWinkSpace(input.charCodeAt(start))) found = input.startsWith(value, ++start);
    }
    if (value === '' || !found) {
      // If wink ever normalised a token, resynchronise on it after the spaces wink reports.
      // (Read from wink only then: a token has always been where the spaces before it say.)
      const cursor = previousEnd + precedingSpaces(wink, i).length;
      const at = input.indexOf(value, cursor);
      start = at === -1 ? cursor : at;
    }
    const end = start + value.length;
    const pos = wholePossessivePos(value, tags[i] ?? 'X');
    // Most tokens are written in lower case already: then the normal form is wink's own string for
    // the word, which it keeps for the life of the instance, so its hash (every word-set lookup
    // needs one) is computed once rather than once per token of every answer, and no copy is made.
    const normal = found && (inLower ?? writtenAt(lower, value, start)) ? value : lower.slice(start, end);
    tokens[i] = {
      value,
      normal,
      // Only verbs have a lemma of their own; computing one for every token doubles the parse.
      // (A token not found where wink's text says it is counts as joined: the flag decides.)
      lemma:
        pos === 'VERB' ? verbLemma(wink, i, value, !found || touchesWordPart(input, start, end)) : normal,
      pos,
      start,
      end,
      sentence: 0,
    };
    if (splitCandidate(text, values, i, value, previousEnd, start)) candidates.push(i);
    previousEnd = end;
    if (pos !== 'PUNCT' && pos !== 'SYM' && pos !== 'SPACE' && hasWordChar(value)) words++;
  }

  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    // Line breaks are tokens in wink; a sentence's span starts and ends on visible text.
    let a = from;
    let b = to - 1;
    while (a < b && isBlankToken(tokens[a])) a++;
    while (b > a && isBlankToken(tokens[b])) b--;
    const first = tokens[a];
    const last = tokens[b];
    if (!first || !last || isBlank(first.value)) return;
    const index = sentences.length;
    let wordTokens = 0;
    for (let t = from; t < to; t++) {
      const token = tokens[t];
      if (!token) continue;
      token.sentence = index;
      const { pos } = token;
      if (pos !== 'PUNCT' && pos !== 'SYM' && pos !== 'SPACE') wordTokens++;
    }
    sentences.push({
      index,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      tokenStart: from,
      tokenEnd: to,
      wordTokens,
    });
  };
  // Sentence spans are [first, last] token indexes; reading them avoids a wink item per sentence.
  let tokenIndex = 0;
  let c = 0;
  for (const [first, last] of wink.spans) {
    const end = tokenIndex + (last - first + 1);
    let from = tokenIndex;
    while (c < candidates.length && (candidates[c] as number) < tokenIndex) c++;
    for (; c < candidates.length && (candidates[c] as number) < end - 1; c++) {
      const t = candidates[c] as number;
      if (endsFigureAndSentence(tokens, t)) {
        push(from, t + 1);
        from = t + 1;
      } else if (t > from && opensLine(text, tokens, t)) {
        push(from, t);
        from = t;
      }
    }
    push(from, end);
    tokenIndex = end;
  }

  return { text, lower, tokens, sentences, words, chunks: splitWords(lower, tokens), pastBefore: null, wink };
}
