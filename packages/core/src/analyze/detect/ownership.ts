/**
 * Where the speaker owns their part in what went wrong, if anywhere: an ownership phrase that
 * stands on its own ("that's on me", "I was wrong", "I should have"), a loose one followed by a
 * lapse ("I didn't push back", "I let the date slip"), or a self-critical verb said of oneself
 * ("I underestimated", "I had misread"). Bragging that shares the words ("I didn't wait for a
 * review") does not count.
 */
import type { CueMatches } from '../cues';
import { LOOSE_OWNERSHIP, OWNED_LAPSE, SELF_CRITICAL_VERB } from '../lexicon/ownership';
import type { ParsedText } from '../text';

export interface OwnedPart {
  start: number;
  end: number;
  text: string;
}

export function findOwnedPart(parsed: ParsedText, cues: CueMatches): OwnedPart | null {
  for (const m of cues.ownership) {
    if (
      !LOOSE_OWNERSHIP.has(parsed.lower.slice(m.start, m.end)) ||
      OWNED_LAPSE.test(parsed.lower.slice(m.end, m.end + 40))
    ) {
      return { start: m.start, end: m.end, text: m.text };
    }
  }
  const verb = SELF_CRITICAL_VERB.exec(parsed.lower);
  return verb
    ? {
        start: verb.index,
        end: verb.index + verb[0].length,
        text: parsed.text.slice(verb.index, verb.index + verb[0].length),
      }
    : null;
}
