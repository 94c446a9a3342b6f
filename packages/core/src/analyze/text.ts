/**
 * The one wrapper around wink-nlp. Everything else in the analyzer reads a `ParsedText`, so
 * the NLP library can change in one file. Parsing happens once per answer; rules only scan.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemEntity, type ItemSentence, type ItsFunction } from 'wink-nlp';

const nlp = winkNLP(model, ['sbd', 'pos', 'ner', 'negation']);
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

export interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
}

export interface ParsedText {
  text: string;
  /** `text` lower-cased with typographic quotes folded; same offsets as `text`. */
  lower: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  /** Number of word tokens (punctuation and symbols excluded). */
  words: number;
}

const WORDLESS_POS = new Set(['PUNCT', 'SYM', 'SPACE']);

/** Folds curly quotes so word lists can be written with plain ASCII apostrophes. */
export function foldQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

export function parseText(text: string): ParsedText {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  // The lemma helper's typing wants model add-ons wink supplies itself at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const tags = doc.tokens().out(its.pos);
  const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[];

  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  let words = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    // wink keeps the text exactly; if it ever normalised a token, resynchronise on it.
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const pos = tags[i] ?? 'X';
    tokens[i] = {
      value,
      normal: foldQuotes(value.toLowerCase()),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos,
      start,
      end: start + value.length,
      sentence: 0,
      negated: Boolean(negations[i]),
    };
    cursor = start + value.length;
    if (!WORDLESS_POS.has(pos) && /[\p{L}\p{N}]/u.test(value)) words++;
  }

  const sentences: Sentence[] = [];
  let tokenIndex = 0;
  doc.sentences().each((s: ItemSentence) => {
    const count = s.tokens().length();
    // Line breaks are tokens in wink; a sentence's span starts and ends on visible text.
    let a = tokenIndex;
    let b = tokenIndex + count - 1;
    while (a < b && tokens[a]?.value.trim() === '') a++;
    while (b > a && tokens[b]?.value.trim() === '') b--;
    const first = tokens[a];
    const last = tokens[b];
    if (first && last && first.value.trim() !== '') {
      const index = sentences.length;
      for (let t = tokenIndex; t < tokenIndex + count; t++) {
        const token = tokens[t];
        if (token) token.sentence = index;
      }
      sentences.push({
        index,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        tokenStart: tokenIndex,
        tokenEnd: tokenIndex + count,
      });
    }
    tokenIndex += count;
  });

  const entities: Entity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [from, to] = e.out(its.span) as unknown as [number, number];
    const a = tokens[from];
    const b = tokens[to];
    if (a && b)
      entities.push({ type: e.out(its.type), text: text.slice(a.start, b.end), start: a.start, end: b.end });
  });

  return { text, lower: foldQuotes(text.toLowerCase()), tokens, sentences, entities, words };
}
