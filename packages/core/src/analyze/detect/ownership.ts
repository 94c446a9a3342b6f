/**
 * Where the speaker owns their part in what went wrong, if anywhere: an ownership phrase that
 * stands on its own ("that's on me", "I was wrong", "I should have"), a loose one followed by a
 * lapse ("I didn't push back", "I let the date slip"), or a self-critical verb said of oneself
 * ("I underestimated", "I had misread"), or the commitment that slipped named as one's own ("I had
 * committed to the date before we sized it", "I owned the delivery plan"), or a deed told with the
 * guard it skipped ("I shipped it without proper testing"), or a mistake told as one's own deed
 * ("I rushed the project", "I lost a client for being too pushy"), or, in the lesson, a habit of one's own changed since
 * ("now I always spike the data before I give a date"), or criticism of oneself passed on
 * ("she told me that my updates were too detailed", when the answer does not argue with it). Bragging that shares the words ("I
 * didn't wait for a review") does not count.
 */
import type { CueMatches } from '../cues';
import { DISPUTES_FEEDBACK, RESISTS_FEEDBACK } from '../lexicon/feedback';
import {
  LOOSE_OWNERSHIP,
  OWN_PRACTICE_CHANGED,
  OWNED_COMMITMENT,
  OWNED_LAPSE,
  OWNED_MISTAKE_DEED,
  OWNED_SHORTCUT,
  OWNED_VIA_FEEDBACK,
  SELF_CRITICAL_VERB,
} from '../lexicon/ownership';
import type { ParsedText } from '../text';
import type { StarPartId } from '../types';
import { presentHabit } from './star';

export interface OwnedPart {
  start: number;
  end: number;
  text: string;
}

/** Criticism of oneself passed on (OWNED_VIA_FEEDBACK), unless the answer argues with it. */
function takenFeedback(lower: string): RegExpExecArray | null {
  const relayed = OWNED_VIA_FEEDBACK.exec(lower);
  if (!relayed || DISPUTES_FEEDBACK.test(lower) || RESISTS_FEEDBACK.test(lower)) return null;
  return relayed;
}

export function findOwnedPart(
  parsed: ParsedText,
  cues: CueMatches,
  roles: readonly (StarPartId | null)[] = [],
): OwnedPart | null {
  for (const m of cues.ownership) {
    if (
      !LOOSE_OWNERSHIP.has(parsed.lower.slice(m.start, m.end)) ||
      OWNED_LAPSE.test(parsed.lower.slice(m.end, m.end + 40))
    ) {
      return { start: m.start, end: m.end, text: m.text };
    }
  }
  const verb =
    SELF_CRITICAL_VERB.exec(parsed.lower) ??
    OWNED_COMMITMENT.exec(parsed.lower) ??
    OWNED_SHORTCUT.exec(parsed.lower) ??
    OWNED_MISTAKE_DEED.exec(parsed.lower) ??
    OWN_PRACTICE_CHANGED.exec(parsed.lower) ??
    takenFeedback(parsed.lower);
  if (verb) {
    return {
      start: verb.index,
      end: verb.index + verb[0].length,
      text: parsed.text.slice(verb.index, verb.index + verb[0].length),
    };
  }
  // "Now I always spike legacy data before I give a date": after a setback told in the past, a
  // habit of one's own changed for good takes the cause onto oneself; it says what one's part was.
  for (const s of parsed.sentences) {
    if (roles[s.index] !== 'learning' || !presentHabit(parsed, s.index, 'i')) continue;
    return { start: s.start, end: s.end, text: parsed.text.slice(s.start, s.end) };
  }
  return null;
}
