/**
 * Every hero signal in an answer, in text order: the set phrases (cues.hero) and the hero shapes
 * (lexicon/hero.ts), one signal per place.
 */
import type { CueMatches } from '../cues';
import { HERO_PATTERNS, TAKEOVER } from '../lexicon/hero';
import type { PhraseMatch } from '../phrases';
import type { ParsedText } from '../text';

/** Each pattern with its global twin, compiled once (matchAll needs the g flag). */
const GLOBAL_PATTERNS = HERO_PATTERNS.map(
  ({ needs, shape }) => [shape, needs, new RegExp(shape.source, 'gu')] as const,
);

/**
 * Every pattern's needed words in one alternation, longest first. Asking `includes` for each of
 * the ~17 words read the whole answer up to 17 times (about 10 µs on a 150-word answer, 2–3% of
 * analyze()); one pass of this finds the same words in about a third of that.
 */
const NEEDLES = [...new Set(HERO_PATTERNS.flatMap((p) => p.needs))].sort((a, b) => b.length - a.length);
const ANY_NEEDLE = new RegExp(NEEDLES.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
/** Per needle, the needles that are its prefixes: found wherever it is (the alternation reports one). */
const PREFIXES = new Map(NEEDLES.map((w) => [w, NEEDLES.filter((v) => w.startsWith(v))]));

/**
 * The needles written in the text: the same answer as `lower.includes(needle)` for each. The scan
 * resumes one character after each match, so overlapping needles are found; at one position the
 * alternation reports the longest needle there, and any needle that also starts there is its prefix.
 */
export function needlesIn(lower: string): Set<string> {
  const found = new Set<string>();
  ANY_NEEDLE.lastIndex = 0;
  for (let m = ANY_NEEDLE.exec(lower); m !== null; m = ANY_NEEDLE.exec(lower)) {
    for (const w of PREFIXES.get(m[0]) ?? []) found.add(w);
    ANY_NEEDLE.lastIndex = m.index + 1;
  }
  return found;
}

export function findHeroSignals(parsed: ParsedText, cues: CueMatches): PhraseMatch[] {
  const signals: PhraseMatch[] = [...cues.hero];
  const present = needlesIn(parsed.lower);
  for (const [pattern, needs, global] of GLOBAL_PATTERNS) {
    if (!needs.some((word) => present.has(word))) continue;
    for (const m of parsed.lower.matchAll(global)) {
      const start = m.index;
      const end = start + m[0].length;
      // A set phrase already covering this place is the same signal.
      if (signals.some((s) => s.start < end && start < s.end)) continue;
      if (pattern === TAKEOVER && isNewRole(parsed.lower, start, end)) continue;
      signals.push({ start, end, text: parsed.text.slice(start, end), phrase: m[0] });
    }
  }
  return signals.sort((a, b) => a.start - b.start);
}

/**
 * "When I took over the mobile org", "after I took over as director": taking on a role, not
 * taking the work from the people who had it.
 */
function isNewRole(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 8), start);
  if (/(?:when|after|since|once|before|until) $/.test(before)) return true;
  return /^ (?:as|the role|leadership|management|the (?:[\p{L}-]+ )?(?:org|organisation|organization|group|department|function|division|role))(?![\p{L}])/u.test(
    lower.slice(end, end + 60),
  );
}
