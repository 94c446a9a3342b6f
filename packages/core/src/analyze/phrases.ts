/**
 * Word-list matching. Lists are data (see lexicon/). Every list the analyzer keeps is indexed
 * once, at module load, by its first word; an answer is then split into words once and scanned
 * in a single pass for all lists together. That keeps the analyzer close to the cost of the
 * parse itself, however many lists there are.
 *
 * What counts as a match: whole words only ("own" never matches inside "known"), case and
 * curly apostrophes ignored, any run of whitespace between the words of a phrase, no sentence
 * punctuation inside a phrase unless the phrase itself has it ("oh, and"). A possessive or a
 * contraction may follow the last word ("the team's", "we've"). Parts of hyphenated compounds
 * do not match on their own: "customer-facing" is not "customer".
 */
import { compileCueMatcher } from '../framework/cue-matcher';
import { lexemeFor } from './lexemes';
import type { ParsedText } from './text';
import { UNUSUAL_WORD } from './word-classes';
import { splitWords, type Word } from './words';

export { splitWords, type Word } from './words';

import type { Span } from './types';

export interface PhraseMatch extends Span {
  text: string;
  /** The list entry that matched, in its listed (lower-case) form. */
  phrase: string;
}

interface Entry<F extends string> {
  family: F;
  /** Index of `family` in the index's families: where its matches are collected. */
  slot: number;
  phrase: string;
  words: string[];
  /** Punctuation each word must be followed by (only the phrase's own, e.g. "oh," in "oh, and"). */
  trails: string[];
  /**
   * `words.length`, and whether any word has punctuation of its own, kept on the entry itself: a
   * scan then reads neither list for most phrases (each read was a cache miss, a third of matchAt).
   */
  size: number;
  punctuated: boolean;
}

function normalizePhrase(phrase: string): { words: string[]; trails: string[] } {
  const words: string[] = [];
  const trails: string[] = [];
  for (const part of phrase
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/\s+/)) {
    const trail = /[.,;:!?]$/.test(part) ? part.slice(-1) : '';
    words.push(trail ? part.slice(0, -1) : part);
    trails.push(trail);
  }
  return { words, trails };
}

/** Phrases sharing a first word: one-word phrases, and longer ones keyed by their second word. */
interface Node<F extends string> {
  /**
   * Null when no one-word phrase is this word (most nodes: a word that only opens longer phrases,
   * "i", "the"): the scan then reads no empty array, one memory read less per word.
   */
  single: Entry<F>[] | null;
  /**
   * Whether some one-word phrase here wants punctuation after it ("oh,"): almost none do, and the
   * scan then reads no entry's trails (that read was a tenth of the scan, a cache miss each).
   */
  singleTrailed: boolean;
  /** Null when no phrase continues past this word (most nodes): one memory read less per word. */
  bySecond: Map<string, Entry<F>[]> | null;
  /**
   * The first characters of the second words in `bySecond`, one bit each (see initialBit): most
   * next words start with a letter no phrase continues with, and skip the map lookup.
   */
  secondInitials: number;
  /**
   * In the index on the lexemes: this word's number as a second word (-1 if it is none). Every
   * second word has a node there, so the scan finds the next word's number on its lexeme.
   */
  id: number;
  /** `bySecond` by the second word's number, in the index on the lexemes (else null). */
  byNextId: Map<number, Entry<F>[]> | null;
  /**
   * The numbers of the second words in `byNextId`, one bit each (modulo 32): a cheaper pre-filter
   * than `secondInitials` (a third of the lookups at 150 words), and no string is read. String
   * lookups were a quarter of the scan's time in a profile of analyze().
   */
  nextIds: number;
}

/** A bit for a word's first character: a–z get their own, everything else shares bit 26. */
function initialBit(word: string): number {
  const c = word.charCodeAt(0) - 97;
  return c >= 0 && c < 26 ? 1 << c : 1 << 26;
}

export interface PhraseIndexOptions<F extends string> {
  /**
   * Keep each first word's node on the word's lexeme (lexemes.ts) as well, so a scan reads it off
   * the split word instead of looking the word up again. One index only: the analyzer's cues.
   */
  onLexemes?: boolean;
  /**
   * Builds the result from every family's matches, in `families` order, as one object literal
   * (see cues.ts): faster than filling a copy of the lists key by key.
   */
  build?: (found: readonly PhraseMatch[][]) => Record<F, PhraseMatch[]>;
}

/** Whether some index already keeps its nodes on the lexemes. */
let lexemesClaimed = false;

/** Many word lists, indexed together so one pass over an answer finds every match of every list. */
export class PhraseIndex<F extends string> {
  private readonly byFirst = new Map<string, Node<F>>();
  private readonly onLexemes: boolean;
  private readonly build: PhraseIndexOptions<F>['build'];
  readonly families: readonly F[];
  /**
   * The lists as given: each scan's result starts as a copy of this object and has every value
   * replaced. Writing ~35 keys one by one into a fresh `{}` walked it through as many hidden-class
   * transitions on every call (~5% of analyze() on a short answer). The caller's object literal
   * (cues.ts) has a fixed shape, so a spread copy takes that shape in one step and the stores hit
   * existing fields. (A template built here key by key would itself be a slow dictionary object.)
   */
  private readonly shape: Readonly<Record<F, unknown>>;

  constructor(lists: Readonly<Record<F, readonly string[]>>, options: PhraseIndexOptions<F> = {}) {
    this.families = Object.keys(lists) as F[];
    this.shape = lists;
    this.build = options.build;
    this.onLexemes = options.onLexemes === true;
    if (this.onLexemes) {
      if (lexemesClaimed) throw new Error('only one PhraseIndex can keep its nodes on the lexemes');
      lexemesClaimed = true;
    }
    for (const [slot, family] of this.families.entries()) {
      for (const phrase of new Set(lists[family])) {
        const { words, trails } = normalizePhrase(phrase);
        const [first, second] = words;
        if (!first) continue;
        const node = this.nodeOf(first);
        const punctuated = trails.some((trail) => trail !== '');
        const entry = {
          family,
          slot,
          phrase: words.join(' '),
          words,
          trails,
          size: words.length,
          punctuated,
        };
        if (second === undefined) {
          node.single ??= [];
          node.single.push(entry);
          if (trails[0]) node.singleTrailed = true;
        } else {
          node.bySecond ??= new Map();
          node.bySecond.set(second, [...(node.bySecond.get(second) ?? []), entry]);
          node.secondInitials |= initialBit(second);
        }
      }
    }
    // Longest first, so at one position "customer feedback loop" is tried before "customer feedback".
    for (const node of this.byFirst.values()) {
      for (const entries of node.bySecond?.values() ?? []) {
        entries.sort((a, b) => b.size - a.size);
      }
    }
    if (this.onLexemes) this.numberSecondWords();
  }

  /** The node of a phrase's first word, created (and kept on its lexeme) the first time. */
  private nodeOf(word: string): Node<F> {
    let node = this.byFirst.get(word);
    if (!node) {
      node = {
        single: null,
        singleTrailed: false,
        bySecond: null,
        secondInitials: 0,
        id: -1,
        byNextId: null,
        nextIds: 0,
      };
      this.byFirst.set(word, node);
      if (this.onLexemes) lexemeFor(word).phrases = node;
    }
    return node;
  }

  /** Gives every second word a node and a number, and each node its phrases by that number. */
  private numberSecondWords(): void {
    let count = 0;
    for (const node of [...this.byFirst.values()]) {
      for (const [second, entries] of node.bySecond ?? []) {
        const next = this.nodeOf(second);
        if (next.id < 0) next.id = count++;
        node.byNextId ??= new Map();
        node.byNextId.set(next.id, entries);
        node.nextIds |= 1 << (next.id & 31);
      }
    }
  }

  /** Every family's matches, in text order; within a family, matches never overlap. */
  scan(text: string, lower: string, words: Word[] = splitWords(lower)): Record<F, PhraseMatch[]> {
    const found: PhraseMatch[][] = [];
    for (let slot = 0; slot < this.families.length; slot++) found.push([]);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as Word;
      // A word's lexeme holds the same node as byFirst (see onLexemes), already looked up.
      let node = this.onLexemes
        ? ((word.lexeme?.phrases ?? undefined) as Node<F> | undefined)
        : this.byFirst.get(word.value);
      // "team's" is looked up as "team": then only one-word phrases can match (see matchAt).
      let viaStem = false;
      if (node === undefined) {
        if (!mayHaveApostrophe(word)) continue;
        node = this.byFirst.get(stem(word.value));
        if (node === undefined) continue;
        viaStem = true;
      }
      const next = words[i + 1];
      if (!viaStem && next !== undefined && node.bySecond !== null) {
        // Found by lookup, the word and the next are the phrase's first two as written; for
        // "team's" only its stem is the second word (and then the phrase must end there).
        let entries = this.entriesAfter(node, next);
        let same = 2;
        if (entries === undefined && mayHaveApostrophe(next)) {
          entries = node.bySecond.get(stem(next.value));
          same = 1;
        }
        if (entries !== undefined) {
          for (const entry of entries) {
            const end = matchAt(words, i, entry, same);
            if (end >= 0) take(found, text, entry, word.start, end);
          }
        }
      }
      // One-word phrases: the word is the phrase (or its stem is); only the phrase's own
      // punctuation after it can rule it out ("oh," wants the comma).
      if (node.single === null) continue;
      const end = viaStem ? -1 : word.end;
      for (const entry of node.single) {
        const trail = node.singleTrailed ? entry.trails[0] : '';
        if (trail && word.trail !== trail) continue;
        take(found, text, entry, word.start, end >= 0 ? end : word.start + entry.phrase.length);
      }
    }
    if (this.build !== undefined) return this.build(found);
    const out = { ...this.shape } as Record<F, PhraseMatch[]>;
    const { families } = this;
    for (let slot = 0; slot < families.length; slot++) out[families[slot] as F] = found[slot] ?? [];
    return out;
  }

  /** The phrases of `node` whose second word is `next`, as written. */
  private entriesAfter(node: Node<F>, next: Word): Entry<F>[] | undefined {
    if (node.byNextId !== null) {
      // Every second word has a node with its number: a word without one is none.
      const id = (next.lexeme?.phrases as Node<F> | null | undefined)?.id ?? -1;
      return id >= 0 && ((node.nextIds >>> (id & 31)) & 1) !== 0 ? node.byNextId.get(id) : undefined;
    }
    return (node.secondInitials & initialBit(next.value)) !== 0
      ? (node.bySecond as Map<string, Entry<F>[]>).get(next.value)
      : undefined;
  }
}

/**
 * Whether a word has an apostrophe ("team's", "we've"): only an unusual word (words.ts) can, so
 * most words skip the string search.
 */
function mayHaveApostrophe(word: Word): boolean {
  return (word.classes & UNUSUAL_WORD) !== 0 && word.value.includes("'");
}

/**
 * Files a match under its family unless it overlaps the family's last match (the one that ends
 * latest, as matches are taken in text order).
 */
function take<F extends string>(
  found: PhraseMatch[][],
  text: string,
  entry: Entry<F>,
  start: number,
  end: number,
): void {
  const matches = found[entry.slot] as PhraseMatch[];
  // Length tested first: reading index -1 of an empty list is a slow property lookup.
  if (matches.length > 0 && start < (matches[matches.length - 1] as PhraseMatch).end) return;
  matches.push({ start, end, text: text.slice(start, end), phrase: entry.phrase });
}

/** "team's" → "team", "we've" → "we": the word before a possessive or a contraction. */
function stem(value: string): string {
  const apostrophe = value.indexOf("'");
  return apostrophe > 0 ? value.slice(0, apostrophe) : value;
}

/**
 * End offset of `entry` matched at word `i`, or -1. The first `same` words are known to be the
 * phrase's own, as written (found by lookup): their values are not compared again (string
 * comparisons were a tenth of the scan).
 */
function matchAt<F extends string>(words: Word[], i: number, entry: Entry<F>, same: number): number {
  const last = entry.size - 1;
  for (let k = 0; k <= last; k++) {
    const word = words[i + k];
    if (!word) return -1;
    if (k >= same) {
      const wanted = entry.words[k];
      if (word.value !== wanted && !(k === last && stem(word.value) === wanted)) return -1;
    }
    // Inside a phrase, only the phrase's own punctuation may follow a word.
    const trail = entry.punctuated ? (entry.trails[k] ?? '') : '';
    if (trail ? word.trail !== trail : k < last && word.trail !== '') return -1;
  }
  const end = words[i + last] as Word;
  return last < same || end.value === entry.words[last]
    ? end.end
    : end.start + (entry.words[last] ?? '').length;
}

/** A single list, for callers that need one (company cue sets built at run time). */
export class PhraseList {
  private readonly index: PhraseIndex<'list'>;
  constructor(phrases: readonly string[]) {
    this.index = new PhraseIndex({ list: phrases });
  }
  find(parsed: ParsedText | string): PhraseMatch[] {
    const text = typeof parsed === 'string' ? parsed : parsed.text;
    const lower = typeof parsed === 'string' ? parsed.toLowerCase() : parsed.lower;
    return this.index.scan(text, lower, typeof parsed === 'string' ? undefined : wordsOf(parsed)).list;
  }
}

/** Words of a parsed answer, split once at parse time and shared by every scan. */
export function wordsOf(parsed: ParsedText): Word[] {
  return parsed.chunks;
}

/** Compiles a word list to one regex (see framework/cue-matcher), for matching inside a span. */
export const compilePhrases = compileCueMatcher;

/** All non-overlapping matches of a compiled regex list in the (lower-cased) text. */
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

/** Whether any phrase of a compiled regex list occurs in the text. */
export function hasPhrase(regex: RegExp, lower: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(lower);
  regex.lastIndex = 0;
  return found;
}

/**
 * Runs a sticky regex only where a word from `firsts` begins, instead of at every character:
 * the cheap way to apply a pattern that always starts with one of a few known words.
 * `regex` must have the `y` flag. Without `firsts`, every word given is a candidate (for callers
 * that picked the candidate words themselves, in text order).
 */
export function matchAtWords(
  regex: RegExp,
  lower: string,
  words: readonly Word[],
  firsts?: ReadonlySet<string> | ((value: string) => boolean),
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const word of words) {
    if (word.start < after) continue;
    if (
      firsts !== undefined &&
      (typeof firsts === 'function' ? !firsts(word.value) : !firsts.has(word.value))
    )
      continue;
    regex.lastIndex = word.start;
    const m = regex.exec(lower);
    if (m) {
      out.push(m);
      after = m.index + m[0].length;
    }
  }
  return out;
}
