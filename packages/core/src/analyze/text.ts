/**
 * The one wrapper around wink-nlp. Everything else in the analyzer reads a `ParsedText`, so
 * the NLP library can change in one file. Parsing happens once per answer; rules only scan.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { splitWords, type Word } from './words';

/**
 * The pipes the analyzer needs: sentences, parts of speech, negation. Entity recognition is left
 * out: metrics are read by our own detector, and wink's NER would add ~15% to every parse.
 */
export const WINK_PIPES = ['sbd', 'pos', 'negation'];
const nlp = winkNLP(model, WINK_PIPES);
const its = nlp.its;

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
  negated: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
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
}

/** Folds curly quotes so word lists can be written with plain ASCII apostrophes. */
export function foldQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

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
 * wink reads "$7M." as a number and the abbreviation "M." and so runs "…worth $7M. Since then…"
 * into one sentence. A scale suffix with the full stop, after a number and before a capital,
 * ends the sentence.
 */
function endsFigureAndSentence(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  // Cheap test first: the suffix token is one to three characters ending in a full stop.
  if (!token || token.value.length > 3 || !token.value.endsWith('.')) return false;
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

/** Longest run of non-space characters wink sees; longer runs are blanked past this length. */
export const MAX_WORD_CHARS = 64;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g');

/**
 * wink's model runs a backtracking pattern on every word, so one 20,000-letter "word" costs
 * seconds (quadratic). No real word is that long: wink sees only the first MAX_WORD_CHARS
 * characters of a run, the rest blanked to spaces so every offset still matches the text.
 */
function forWink(text: string): string {
  LONG_WORD.lastIndex = 0;
  if (!LONG_WORD.test(text)) return text;
  return text.replace(LONG_WORD, (w) => w.slice(0, MAX_WORD_CHARS) + ' '.repeat(w.length - MAX_WORD_CHARS));
}

export function parseText(text: string): ParsedText {
  const input = forWink(text);
  const doc = nlp.readDoc(input);
  const all = doc.tokens();
  const values = all.out();
  const spaces = all.out(its.precedingSpaces);
  const tags = all.out(its.pos);
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const lower = foldQuotes(text.toLowerCase());

  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  let words = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    // wink keeps the text exactly; if it ever normalised a token, resynchronise on it.
    const found = input.startsWith(value, cursor) ? cursor : input.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const end = start + value.length;
    const pos = tags[i] ?? 'X';
    const normal = lower.slice(start, end);
    tokens[i] = {
      value,
      normal,
      // Lemmas are only read for verbs; computing them for every token doubles the parse cost.
      // (A memo of verb lemmas by text was tried: faster, but it raised the stream's RSS by ~25 MB.)
      lemma:
        pos === 'VERB' ? (all.itemAt(i).out(its.lemma as unknown as ItsFunction<string>) as string) : normal,
      pos,
      start,
      end,
      sentence: 0,
      negated: Boolean(negations[i]),
    };
    cursor = end;
    if (pos !== 'PUNCT' && pos !== 'SYM' && pos !== 'SPACE' && hasWordChar(value)) words++;
  }

  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    // Line breaks are tokens in wink; a sentence's span starts and ends on visible text.
    let a = from;
    let b = to - 1;
    while (a < b && tokens[a]?.value.trim() === '') a++;
    while (b > a && tokens[b]?.value.trim() === '') b--;
    const first = tokens[a];
    const last = tokens[b];
    if (!first || !last || first.value.trim() === '') return;
    const index = sentences.length;
    for (let t = from; t < to; t++) {
      const token = tokens[t];
      if (token) token.sentence = index;
    }
    sentences.push({
      index,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      tokenStart: from,
      tokenEnd: to,
    });
  };
  // Sentence spans are [first, last] token indexes; reading them avoids a wink item per sentence.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  let tokenIndex = 0;
  for (const [first, last] of spans) {
    const end = tokenIndex + (last - first + 1);
    let from = tokenIndex;
    for (let t = tokenIndex; t < end - 1; t++) {
      if (endsFigureAndSentence(tokens, t)) {
        push(from, t + 1);
        from = t + 1;
      }
    }
    push(from, end);
    tokenIndex = end;
  }

  return { text, lower, tokens, sentences, words, chunks: splitWords(lower) };
}
