/**
 * blame-negativity's two pointing patterns ("the vendor never…", "the real problem was the data
 * team"), tried only at the words where they can match. Both open at a word of the other-party
 * class (word-classes.ts), and those include "the", "a", "our", "they": the big pattern ran at a
 * large share of an answer's words, nearly always to fail (each run cost ~0.5 µs right after
 * wink's parse). Bit tests on the next words first (a party's last word within three words, then
 * a failing's first word before the clause ends; or the cause's adjective) spare those runs and
 * find exactly the same matches: every skipped word is one where the pattern cannot match
 * (pointing.test.ts compares both ways on random texts).
 */
import { CAUSE_ELSEWHERE, OTHER_FAILED, OTHER_PARTY } from '../lexicon/blame';
import { matchAtWords } from '../phrases';
import { isWhitespace } from '../whitespace';
import {
  ENDS_OTHER_PARTY,
  FAILED_FIRSTS,
  HEADS_OTHER_FAILED,
  OPENS_OTHER_FAILED,
  OPENS_OTHER_PARTY,
  SECONDS_CAUSE,
  UNUSUAL_WORD,
} from '../word-classes';
import type { Word } from '../words';

/** "The bigger problem was the platform team…" counts as pointing, like "they failed to…". */
export const CAUSE = new RegExp(`${CAUSE_ELSEWHERE}${OTHER_PARTY}(?![\\p{L}])`, 'uy');
/**
 * Someone else (or something of theirs: "the vendor's notice") and, within five words of the same
 * sentence, a failing of theirs.
 */
export const POINTING = new RegExp(
  `(?<![\\p{L}])${OTHER_PARTY}(?:'s)?(?:\\s+[^\\s.!?;]+){0,5}?\\s+${OTHER_FAILED}(?![\\p{L}])`,
  'uy',
);

/**
 * Whether a word has a space the word split does not cut at (a thin space, U+2009): "team\u2009never"
 * is one word that ends a party and opens a failing. No word list has such a word, so only words
 * without a record (lexemes.ts) are read (pointing.test.ts checks every record).
 */
function oddlySpaced(word: Word): boolean {
  if (word.lexeme !== null || (word.classes & UNUSUAL_WORD) === 0) return false;
  const { value } = word;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c >= 0x1680 && isWhitespace(c)) return true;
  }
  return false;
}

function mayEndParty(word: Word | undefined): boolean {
  return word !== undefined && ((word.classes & ENDS_OTHER_PARTY) !== 0 || oddlySpaced(word));
}

/**
 * Whether a word its bits do not mark may still open a failing: one that starts with a failing's
 * first word and something other than a letter ("missed/ignored", "over-committed", "didn't've"),
 * or that has a space the word split does not cut at (a failing may start after it).
 */
function gluedFailing(value: string): boolean {
  let k = 0;
  for (; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || c === 39)) break;
    if (c === 39 && startsWithFailing(value, k)) return true;
  }
  if (k === value.length) return false;
  if (startsWithFailing(value, k)) return true;
  for (; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c >= 0x1680 && isWhitespace(c)) return true;
  }
  return false;
}

/** Whether the first `length` characters of `value` are a failing's first word. */
function startsWithFailing(value: string, length: number): boolean {
  for (const first of GLUED_FIRSTS) if (first.length === length && value.startsWith(first)) return true;
  return false;
}

/** A failing's first words, and those written before a hyphen ("over-committed", "micro-managed"). */
const GLUED_FIRSTS = [...FAILED_FIRSTS, 'over', 'under', 'micro'];

/**
 * Whether a failing may open at a word: its bits say so (or its head's, before a hyphen), or it
 * has no record and is glued. No word with a record is glued otherwise (pointing.test.ts).
 */
export function mayOpenFailing(word: Word): boolean {
  return (
    (word.classes & OPENS_OTHER_FAILED) !== 0 ||
    (word.head & HEADS_OTHER_FAILED) !== 0 ||
    ((word.classes & UNUSUAL_WORD) !== 0 && word.lexeme === null && gluedFailing(word.value))
  );
}

/**
 * The most runs of spaces between where POINTING starts and where its failing starts: three inside
 * the party ("the data platform team"), five before the words between and one before the failing.
 */
const FAILED_REACH = 9;

/** Characters a POINTING match never reads past ("[^\s.!?;]"). */
function endsClause(c: string): boolean {
  return c === '.' || c === '!' || c === '?' || c === ';';
}

/**
 * Whether a failing (OTHER_FAILED) can start within POINTING's reach after opener `i`: at a word
 * that may open one, before FAILED_REACH runs of spaces and before the clause ends. A failing
 * starts after a space, so at a word's start (or after a space inside a word); each gap between
 * words that holds a space is at least one of the pattern's runs.
 */
function failingInReach(lower: string, words: readonly Word[], i: number): boolean {
  let runs = 0;
  for (let k = i + 1; k < words.length; k++) {
    const word = words[k] as Word;
    if (gapHasSpace(lower, (words[k - 1] as Word).end, word.start) && ++runs > FAILED_REACH) return false;
    if (mayOpenFailing(word)) return true;
    if (endsClause(word.trail)) return false;
  }
  return false;
}

function gapHasSpace(lower: string, from: number, to: number): boolean {
  // Nearly always one space, just before the word.
  if (to > from && lower.charCodeAt(to - 1) === 32) return true;
  for (let at = from; at < to; at++) if (isWhitespace(lower.charCodeAt(at))) return true;
  return false;
}

/**
 * Whether OTHER_PARTY can match at opener `i`: it is a party itself ("they"), or a party's last
 * word follows within three words (an opener, at most two words between, then the last word).
 */
function mayOpenParty(words: readonly Word[], i: number): boolean {
  return (
    ((words[i] as Word).classes & ENDS_OTHER_PARTY) !== 0 ||
    mayEndParty(words[i + 1]) ||
    mayEndParty(words[i + 2]) ||
    mayEndParty(words[i + 3])
  );
}

/** Whether CAUSE can match at opener `i`: "the" or "a", then one of CAUSE_ELSEWHERE's adjectives. */
function mayOpenCause(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined || (next.classes & SECONDS_CAUSE) === 0) return false;
  const value = (words[i] as Word).value;
  return value === 'the' || value === 'a';
}

/**
 * Every match of POINTING, then every match of CAUSE, each tried at the other-party openers where
 * it can match: the same matches as matchAtWords at every opener.
 */
export function findPointing(lower: string, words: readonly Word[]): RegExpExecArray[] {
  const party: Word[] = [];
  const cause: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if ((word.classes & OPENS_OTHER_PARTY) === 0) continue;
    if (mayOpenParty(words, i) && failingInReach(lower, words, i)) party.push(word);
    if (mayOpenCause(words, i)) cause.push(word);
  }
  const found = matchAtWords(POINTING, lower, party);
  if (cause.length > 0) for (const m of matchAtWords(CAUSE, lower, cause)) found.push(m);
  return found;
}
