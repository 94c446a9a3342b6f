/**
 * One regex for a whole word list. Company principle cues, and later every word list the
 * analyzer keeps (fillers, hedges, metric words…), go through here so that "what counts as a
 * match" is decided in exactly one place.
 */

/** Straight and typographic apostrophes, so a cue written either way matches folded input. */
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
// Exactly the syntax characters: with the `u` flag, escaping anything else (e.g. '-') is an error.
const REGEX_METACHARACTERS = /[.*+?^${}()|[\]\\]/g;

/** A letter or digit on either side means we are inside a longer word: 'own' inside 'known'. */
const NOT_AFTER_WORD_CHAR = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD_CHAR = '(?![\\p{L}\\p{N}])';

/** Matches nothing; used for an empty list so callers never need a special case. */
const NEVER = '(?!)';

/** Lowercase, trimmed, apostrophes folded, inner whitespace collapsed to one space. */
export function normalizeCue(cue: string): string {
  return cue.trim().toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, ' ');
}

function cueToPattern(cue: string): string {
  // A space in a cue stands for any run of whitespace, so "worked backwards" still matches
  // when the answer wraps between the two words or has a double space.
  return cue
    .split(' ')
    .map((word) => word.replace(REGEX_METACHARACTERS, '\\$&'))
    .join('\\s+');
}

/**
 * Builds one case-insensitive, Unicode-aware regex matching any of `cues` as a whole word or
 * phrase. Boundaries are lookarounds on letters and digits rather than `\b`, because `\b` is
 * ASCII-only and fails around cues that end in punctuation such as 'c++'.
 *
 * Longer cues come first so that, at one position, 'customer feedback' wins over 'customer'.
 * Flags are 'giu': global for `matchAll`, `i` so callers need not lowercase first (they may),
 * `u` for the `\p{…}` classes. Input is expected with apostrophes already folded to "'".
 *
 * A fresh RegExp is returned on every call; with the `g` flag it carries `lastIndex` state, so
 * prefer `text.matchAll(re)` or reset `lastIndex` before reusing it with `exec`/`test`.
 */
export function compileCueMatcher(cues: readonly string[]): RegExp {
  const unique = [...new Set(cues.map(normalizeCue).filter((cue) => cue.length > 0))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const alternatives = unique.length > 0 ? unique.map(cueToPattern).join('|') : NEVER;
  return new RegExp(`${NOT_AFTER_WORD_CHAR}(?:${alternatives})${NOT_BEFORE_WORD_CHAR}`, 'giu');
}
