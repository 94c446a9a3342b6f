/**
 * The answer as words: whitespace-separated chunks with surrounding punctuation removed, the
 * unit every word list and pattern is matched on. Split once per answer, at parse time.
 */
import { knownWords, type Lexeme, lookupLexeme } from './lexemes';
import { GLUED_CLASSES, UNUSUAL_WORD, wordClasses } from './word-classes';

export interface Word {
  /** Lower-cased, quotes folded, surrounding punctuation removed. */
  value: string;
  start: number;
  end: number;
  /** Punctuation right after the word ("," in "wait,"), or ''. */
  trail: string;
  /** Whether the word has a digit: figures can only start at such words (or a few others). */
  digit: boolean;
  /**
   * Which patterns the word can open (word-classes.ts), looked up once for every detector; with
   * UNUSUAL_WORD when a character other than a–z is left in it, and then the gate classes of the
   * letters it opens or ends with (GLUED_CLASSES: "head's" has the class of "head").
   */
  classes: number;
  /** What the word lists know of the word (lexemes.ts), looked up once; null for most words. */
  lexeme: Lexeme | null;
  /** Whether a hyphen follows the first character ("twenty-five", "on-call"). */
  hyphenated: boolean;
  /** The classes of the part before the first hyphen (headClasses), 0 when not hyphenated. */
  head: number;
}

/** Whitespace and unspaced dashes separate words ("engineers—and"); hyphens and slashes do not. */
function isSeparator(c: number): boolean {
  return c <= 32 || c === 0x00a0 || c === 0x2014 || c === 0x2013 || c === 0x2028 || c === 0x2029;
}
/** Character codes stripped from the front and back of a word, as lookup tables indexed by code. */
const LEADING = codeTable('"\'“‘([{*_<>«');
const TRAILING = codeTable('"\'”’)]}*_.,;:!?…>»');

function codeTable(chars: string): Uint8Array {
  const codes = [...chars].map((c) => c.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) table[code] = 1;
  return table;
}

/** A parsed token's span and normal form (text.ts): `normal` is `lower.slice(start, end)`. */
interface SpannedToken {
  start: number;
  end: number;
  normal: string;
}

/**
 * Splits lower-cased text into words with their offsets (valid in the original text). With the
 * parse's tokens (in text order), a word that spans exactly one token takes that token's normal
 * form as its value, the same characters: usually wink's own long-lived string, whose hash the
 * word-list lookups then need not compute again (see parseText).
 */
export function splitWords(lower: string, tokens?: readonly SpannedToken[]): Word[] {
  const n = lower.length;
  // Sized up front (a word is usually one token): pushing grew the array five to eight times per
  // answer, each growth a copy. Trimmed to the words found at the end.
  const words: Word[] = new Array(tokens === undefined ? 0 : tokens.length);
  let count = 0;
  let t = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(lower.charCodeAt(i))) i++;
    // One pass to the chunk's end, noting its digits and its first hyphen on the way (the
    // punctuation stripped below is neither, so they are the word's own).
    let end = i;
    let digit = false;
    let hyphenAt = -1;
    // Characters other than a–z in the chunk, the punctuation stripped below included.
    let others = 0;
    // Letters a–z fail the one range test: two comparisons per character instead of the nine of
    // isSeparator and the digit and hyphen tests one after the other.
    for (; end < n; end++) {
      const c = lower.charCodeAt(end);
      if (c < 58) {
        if (c <= 32) break;
        if (c >= 48) digit = true;
        else if (c === 45 && hyphenAt < 0) hyphenAt = end;
        others++;
      } else if (c > 122) {
        if (c >= 160 && isSeparator(c)) break;
        others++;
      } else if (c < 97) others++;
    }
    let a = i;
    let b = end;
    while (a < b && LEADING[lower.charCodeAt(a)] === 1) a++;
    while (b > a && TRAILING[lower.charCodeAt(b - 1)] === 1) b--;
    if (b > a) {
      const hyphen = hyphenAt < 0 ? -1 : hyphenAt - a;
      let value: string | undefined;
      if (tokens !== undefined) {
        // Tokens run in text order and do not overlap: skip those that end before the word.
        while (t < tokens.length && (tokens[t] as SpannedToken).end <= a) t++;
        const token = tokens[t];
        if (token !== undefined && token.start === a && token.end === b) value = token.normal;
      }
      value ??= lower.slice(a, b);
      // Every character stripped is one of the others: any left over are the word's own.
      const unusual = others > a - i + (end - b);
      // headClasses(value), with the hyphen already found.
      const head = hyphen > 0 ? wordClasses(value.slice(0, hyphen)) : 0;
      words[count++] = {
        value,
        start: a,
        end: b,
        trail: b < end ? lower.charAt(b) : '',
        digit,
        classes: unusual ? UNUSUAL_WORD | gluedClasses(value, hyphen, head) : 0,
        lexeme: null,
        hyphenated: hyphen > 0,
        head,
      };
    }
    i = end;
  }
  words.length = count;
  lookUp(words);
  return words;
}

/**
 * Gives each word its record (lookupLexeme) and the record's classes. Right after wink's parse the
 * table is out of the cache and a lookup waits on a chain of reads (~60–100 ns a word, half of
 * splitWords); in a short loop of their own, rather than inside the split's long one, the
 * processor overlaps several: splitWords ~12% faster at 150 and 600 words with a Map for the table,
 * ~5% with lexemes.ts's object.
 */
function lookUp(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    const lexeme = lookupLexeme(word.value);
    if (lexeme !== undefined) {
      word.lexeme = lexeme;
      word.classes |= lexeme.classes;
    }
  }
}

/**
 * Which lengths of word each first letter has among the gate words (GLUED_CLASSES), one bit per
 * length: a run of letters is looked up only if some gate word has its first letter and length.
 */
const GATE_SHAPES = new Uint32Array(26);
for (const word of knownWords()) {
  const first = word.charCodeAt(0) - 97;
  if ((wordClasses(word) & GLUED_CLASSES) !== 0 && first >= 0 && first < 26 && word.length < 32) {
    GATE_SHAPES[first] = (GATE_SHAPES[first] as number) | (1 << word.length);
  }
}

/** Whether some gate word has the letters `value[from, to)`' first letter and length. */
function mayBeGate(value: string, from: number, to: number): boolean {
  const length = to - from;
  return length < 32 && (((GATE_SHAPES[value.charCodeAt(from) - 97] as number) >>> length) & 1) === 1;
}

/**
 * The gate classes of the runs of letters in an unusual word ("head's", "x-proved", "server/db",
 * "tests/force-merged"): a gate word may stand in a pattern's match there, cut from the rest of
 * the word by characters other than letters (see gated.ts). Read for unusual words only (~5%);
 * `head`: the classes of the part before the first hyphen, already looked up.
 */
function gluedClasses(value: string, hyphen: number, head: number): number {
  const n = value.length;
  let classes = 0;
  for (let from = 0; from < n; ) {
    let to = from;
    while (to < n && isLetter(value.charCodeAt(to))) to++;
    if (to > from && to - from < n) {
      if (from === 0 && to === hyphen) classes |= head;
      else if (mayBeGate(value, from, to)) classes |= wordClasses(value.slice(from, to));
    }
    from = to + 1;
  }
  return classes & GLUED_CLASSES;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
