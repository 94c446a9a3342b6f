/**
 * Every hero signal in an answer, in text order: the set phrases (cues.hero) and the hero shapes
 * (lexicon/hero.ts), one signal per place.
 */
import type { CueMatches } from '../cues';
import { GatedPattern, gateWordsOf } from '../gated';
import { HERO_PATTERNS, TAKEOVER } from '../lexicon/hero';
import { type PhraseMatch, type Word, wordsOf } from '../phrases';
import { sortSmall } from '../sort-small';
import type { ParsedText } from '../text';
import { HERO_GATES } from '../word-classes';

/** What follows "I was the one who" when the speaker carried a duty rather than claimed a win. */
const DUTY_AFTER = /^\s+(?:had to|needed to|must|got to tell|broke the news|told)(?![\p{L}])/u;

/** Each pattern with its twin that finds them all, read only around its gate words (gated.ts). */
const GLOBAL_PATTERNS = HERO_PATTERNS.map(
  ({ shape, alsoIn }, k) => [shape, new GatedPattern(shape, HERO_GATES[k] as number, alsoIn)] as const,
);

/** `gateWords`: the answer's words with a gate class (facts.gateWords), found once for every detector. */
export function findHeroSignals(
  parsed: ParsedText,
  cues: CueMatches,
  gateWords: readonly Word[] = gateWordsOf(wordsOf(parsed)),
): PhraseMatch[] {
  // "I was the one who had to tell each person": a hard duty owned, not credit taken.
  const signals: PhraseMatch[] = cues.hero.filter(
    (h) => !DUTY_AFTER.test(parsed.lower.slice(h.end, h.end + 12)) && !ownSomething(parsed, h),
  );
  for (const [pattern, global] of GLOBAL_PATTERNS) {
    // exec, not matchAll: matchAll copies the pattern on every call. (No match is empty.)
    for (
      let m = global.exec(parsed.lower, gateWords);
      m !== null;
      m = global.exec(parsed.lower, gateWords, m.index + m[0].length)
    ) {
      const start = m.index;
      const end = start + m[0].length;
      // A set phrase already covering this place is the same signal.
      if (signals.some((s) => s.start < end && start < s.end)) continue;
      if (pattern === TAKEOVER && (isNewRole(parsed.lower, start, end) || freesOthers(parsed.lower, end)))
        continue;
      signals.push({ start, end, text: parsed.text.slice(start, end), phrase: m[0] });
    }
  }
  return sortSmall(signals, (a, b) => a.start - b.start);
}

/**
 * "I focused on my own work", "someone on my own team", "on my own initiative": "own" qualifies
 * the noun that follows, and nothing was done alone. Only "…on my own." or "…on my own, without…"
 * (no noun after it) tells work done alone.
 */
function ownSomething(parsed: ParsedText, hero: PhraseMatch): boolean {
  if (!hero.phrase.endsWith('on my own')) return false;
  const next = parsed.tokens.find((t) => t.start >= hero.end);
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}

/**
 * "I took over communications so the engineers could focus": a chore taken off the team, the
 * opposite of taking their work from them.
 */
function freesOthers(lower: string, end: number): boolean {
  return FREES_OTHERS.test(lower.slice(end, end + 60));
}
const FREES_OTHERS =
  /^ (?:[\p{L}-]+ ){0,3}?so (?:that )?(?:the|my|our|they|he|she|everyone|everybody) (?:[\p{L}-]+ )?(?:could|can|would|were free to|was free to)(?![\p{L}])/u;

/**
 * "When I took over the mobile org", "after I took over as director": taking on a role, not
 * taking the work from the people who had it. So is "I took over a stalled data migration": a
 * project handed on (an indefinite one, new to the story), not one taken from the people who had it.
 */
function isNewRole(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 8), start);
  if (/(?:when|after|since|once|before|until) $/.test(before)) return true;
  return /^ (?:as|an?|the role|leadership|management|the (?:[\p{L}-]+ )?(?:org|organisation|organization|group|department|function|division|role))(?![\p{L}])/u.test(
    lower.slice(end, end + 60),
  );
}
