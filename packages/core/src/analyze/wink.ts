/**
 * wink-nlp's instance for the analyzer: which pipes it runs, how long one instance lives (it
 * learns every new word for life), and what it is taught before each parse so a parse never
 * depends on what the process read before. text.ts is its only user.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction, type Sentences, type Tokens } from 'wink-nlp';
/**
 * The pipes the analyzer needs: sentences, parts of speech, negation. Entity recognition is left
 * out: metrics are read by our own detector, and wink's NER would add ~15% to every parse.
 */
export const WINK_PIPES = ['sbd', 'pos', 'negation'];

/**
 * wink learns every word it has not seen before (a name, a figure, a typo): it appends the word
 * and its features to the instance's lexicon and keeps them for as long as the instance lives,
 * about 130 bytes each and without bound (200,000 documents with two new words each grew the heap
 * by 54 MB). A server analysing answers for weeks would hold every word of every answer. So the
 * analyzer's instance is replaced, and the learned words dropped with it, once it has learned
 * LEARNED_WORDS_MAX of them (~6.5 MB). Building an instance takes 0.2–0.3 s, so this happens
 * rarely: the 10,000-answer bench stream (templated text) teaches it under 1,000 words, the fixture
 * corpora about 2,000; real answers, with their names, figures and typos, teach it more.
 */
export const LEARNED_WORDS_MAX = 50_000;
/** Parses between two looks at how many words the instance has learned. */
const LEARNED_CHECK_EVERY = 256;

/**
 * A word with an apostrophe part ("team's", "Berlin’s", "company's"). wink tokenises one two ways:
 * split ("team" + "'s") when it meets it on its own, whole (one token, tagged PROPN) when it first
 * meets it before a punctuation mark ("…not the team's."), and from then on whole everywhere, for
 * the life of the instance, because it keeps that whole word in its lexicon. So a report depended
 * on which answers the process had read before: 21 of 603 fixture answers parsed differently the
 * second time. `teach` makes every such word of a text whole before the text is read, so the parse
 * is the same whatever came before.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

function isLetterOrDigit(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * The apostrophe words of a text ("team's", "Berlin’s", "o'clock'd"): letters or digits, then
 * one or more apostrophe + letters parts. Found from each apostrophe outwards (a regex over every
 * letter run cost ~1.6% of analyze()).
 */
export function apostropheWords(text: string): string[] {
  const words: string[] = [];
  // The next of each kind of apostrophe, found by indexOf (a fast search) rather than by testing
  // every character; -1 once there is none left.
  let straight = text.indexOf("'");
  let curly = text.indexOf('\u2019');
  let i = 0;
  while (i < text.length) {
    if (straight !== -1 && straight < i) straight = text.indexOf("'", i);
    if (curly !== -1 && curly < i) curly = text.indexOf('\u2019', i);
    if (straight === -1 && curly === -1) break;
    i = straight === -1 ? curly : curly === -1 ? straight : Math.min(straight, curly);
    let start = i;
    while (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1), text.charAt(start - 1))) start--;
    // Apostrophe + letters, as many parts as follow one another.
    let end = i;
    while (isApostrophe(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1), text.charAt(end + 1))) {
      end += 2;
      while (isLetter(text.charCodeAt(end), text.charAt(end))) end++;
    }
    if (start < i && end > i) words.push(text.slice(start, end));
    i = Math.max(end, i + 1);
  }
  return words;
}

export class Wink {
  readonly nlp = winkNLP(model, WINK_PIPES);
  /** Apostrophe words this instance already keeps whole. */
  private readonly taught = new Set<string>();
  private probes = 0;
  /** The lexicon's size when the instance was built: the index its first learned word gets. */
  private readonly base = this.lexiconSize();
  private parses = 0;

  /**
   * The lexicon's size, read off a word no answer has: a new word gets the next free index.
   * (The probe word itself is learned too: one word per check.)
   */
  private lexiconSize(): number {
    this.probes++;
    const [id] = this.nlp
      .readDoc(`onsiteprobe${this.probes}q`)
      .tokens()
      .out(this.nlp.its.uniqueId) as unknown as number[];
    return id ?? 0;
  }

  /** Whether this instance should give way to a fresh one (checked every LEARNED_CHECK_EVERY parses). */
  tooLearned(limit: number): boolean {
    if (++this.parses % LEARNED_CHECK_EVERY !== 0) return false;
    return this.lexiconSize() - this.base >= limit;
  }

  /**
   * Reads the text's apostrophe words not yet taught, each before a comma: the path on which wink
   * keeps the whole word. One short extra parse, only when the text has a word it has not seen.
   */
  teach(text: string): void {
    const fresh: string[] = [];
    for (const word of apostropheWords(text)) {
      if (this.taught.has(word)) continue;
      this.taught.add(word);
      fresh.push(word);
    }
    if (fresh.length > 0) this.nlp.readDoc(`${fresh.join(', ')},`);
  }

  /** Words learned so far (tests and the bench read it). */
  learned(): number {
    return this.lexiconSize() - this.base;
  }
}

let wink = new Wink();
let learnedWordsMax = LEARNED_WORDS_MAX;
/** wink's property readers: one module of plain functions shared by every instance (its.js). */
export const its = wink.nlp.its;

/** The wink-nlp instance for the next parse: a fresh one once the current one has learned too much. */
export function currentWink(): Wink {
  if (wink.tooLearned(learnedWordsMax)) wink = new Wink();
  return wink;
}

/**
 * For tests and the bench: how many words the current instance has learned, and (with a limit)
 * a different LEARNED_WORDS_MAX, e.g. a small one to prove a fresh instance parses alike.
 */
export function winkLexicon(limit?: number): { learned: number } {
  if (limit !== undefined) learnedWordsMax = limit;
  return { learned: wink.learned() };
}

/**
 * What the analyzer reads of one wink parse: every token's text and part of speech, and the
 * sentences' token spans, as plain arrays; the rarer reads (negation, contractions, preceding
 * spaces, one token's lemma) are the functions below. wink hands out a fresh set of closures with every
 * document; keeping every call on them in these small functions, and out of parseText's loop,
 * means the loop's optimised code never holds on to one document's closures.
 */
export interface WinkParse {
  readonly values: string[];
  readonly tags: string[];
  /** Sentence spans as [first, last] token indexes. */
  readonly spans: [number, number][];
  readonly tokens: Tokens;
  readonly sentences: Sentences;
  /** Per sentence of `spans`, whether wink found a negation in it (read when first asked). */
  negatedSentences: boolean[] | null;
  contractions: boolean[] | null;
  spaces: string[] | null;
}

/**
 * Whether token `index` is negated ("I didn't *escalate*"). The one reader (verbs.ts) asks about a
 * few tokens, and the whole column cost ~1% of analyze(); wink negates only inside a sentence it
 * flags, so a token elsewhere is not, and only one in a flagged sentence is asked of wink itself
 * (a token item each: asked for every token read, those items cost as much as the column).
 */
export function isNegated(parse: WinkParse, index: number): boolean {
  parse.negatedSentences ??= parse.sentences.out(its.negationFlag) as unknown as boolean[];
  const { spans } = parse;
  // The sentence holding the token: spans are in token order.
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as [number, number])[0] <= index) lo = mid;
    else hi = mid - 1;
  }
  if (parse.negatedSentences[lo] !== true) return false;
  return parse.tokens.itemAt(index).out(its.negationFlag) === true;
}

/** Whether token `index` is part of a contraction ("gonna", "I'd"). */
export function isContraction(parse: WinkParse, index: number): boolean {
  parse.contractions ??= parse.tokens.out(its.contractionFlag) as unknown as boolean[];
  return parse.contractions[index] === true;
}

/** The spaces wink saw before token `index`. */
export function precedingSpaces(parse: WinkParse, index: number): string {
  parse.spaces ??= parse.tokens.out(its.precedingSpaces);
  return parse.spaces[index] ?? '';
}

/** Asking wink for one token's lemma builds a token item and runs its lemmatizer. */
export function lemmaAt(parse: WinkParse, index: number): string {
  return parse.tokens.itemAt(index).out(its.lemma as unknown as ItsFunction<string>) as string;
}

/** Parses `input` with the current instance (taught first, see Wink.teach) and reads it. */
export function readParse(input: string): WinkParse {
  const wink = currentWink();
  wink.teach(input);
  const doc = wink.nlp.readDoc(input);
  const tokens = doc.tokens();
  const sentences = doc.sentences();
  return {
    values: tokens.out(),
    tags: tokens.out(its.pos),
    spans: sentences.out(its.span) as unknown as [number, number][],
    tokens,
    sentences,
    negatedSentences: null,
    contractions: null,
    spaces: null,
  };
}
