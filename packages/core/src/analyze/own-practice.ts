/**
 * Where an answer tells a practice as the speaker's own: matches of a pattern that are neither
 * refused just before ("I never…", "instead of…", "the PM wanted us to…") nor told as a mistake
 * around them ("…and it bit us", "that was a mistake", "I should have"). Owning a bad practice is
 * the lesson, not the method; refusing it is the method.
 */
import { PRACTICE_REFUSED } from './lexicon/practice';
import { sentenceIndexAt } from './positions';
import type { RuleReport } from './rule';
import type { ParsedText } from './text';
import type { Span } from './types';

/** Characters before a practice searched for a refusal ("instead of commenting out…"). */
const REFUSAL_REACH = 48;
/** Characters either side searched for "told as a mistake" (its sentence and the next). */
const MISTAKE_REACH = 800;

export interface OwnPractice extends Span {
  text: string;
}

/**
 * The first match of `pattern` (not global, with no sentence punctuation inside a match) that is
 * the speaker's own, or null, read only in the sentences that hold one of `gates` (the shape's gate
 * words, found by the cue scan): a shape with a long alternation read over a whole 600-word answer
 * cost ~1.5% of analyze() each. `toldAsMistake`: what around a match disowns it.
 */
export function firstOwnPractice(
  parsed: ParsedText,
  pattern: RegExp,
  toldAsMistake: RegExp,
  gates: readonly Span[],
): OwnPractice | null {
  let last = -1;
  for (const gate of gates) {
    const index = sentenceIndexAt(parsed, gate.start);
    // Gates come in text order: each sentence is read once.
    if (index <= last) continue;
    last = index;
    const sentence = parsed.sentences[index];
    if (!sentence) continue;
    const found = ownIn(parsed, pattern, toldAsMistake, sentence.start, sentence.end);
    if (found) return found;
  }
  return null;
}

/** The first own match of `pattern` in lower[from, to). */
function ownIn(
  parsed: ParsedText,
  pattern: RegExp,
  toldAsMistake: RegExp,
  from: number,
  to: number,
): OwnPractice | null {
  const { lower } = parsed;
  const text = lower.slice(from, to);
  let at = 0;
  while (at < text.length) {
    const m = pattern.exec(at === 0 ? text : text.slice(at));
    if (m === null) return null;
    const start = from + at + m.index;
    const end = start + m[0].length;
    at = end - from;
    // The guard a slice cannot see: a letter right before the sentence's own start.
    if (start === from && from > 0 && /\p{L}/u.test(lower.charAt(from - 1))) continue;
    if (isOwnPractice(parsed, start, end, toldAsMistake)) {
      return { start, end, text: parsed.text.slice(start, end) };
    }
  }
  return null;
}

/**
 * Whether the practice at [start, end) is the speaker's own: not refused just before it, and not
 * told as a mistake in its sentence or the next (read no more than MISTAKE_REACH either side: a
 * 90,000-character answer with no full stop is one sentence, and reading all of it for every
 * match was quadratic).
 */
export function isOwnPractice(
  parsed: ParsedText,
  start: number,
  end: number,
  toldAsMistake: RegExp,
): boolean {
  const { lower } = parsed;
  if (PRACTICE_REFUSED.test(lower.slice(Math.max(0, start - REFUSAL_REACH), start))) return false;
  const index = sentenceIndexAt(parsed, start);
  const here = parsed.sentences[index];
  const next = parsed.sentences[index + 1];
  const around = lower.slice(
    Math.max(here?.start ?? start, start - MISTAKE_REACH),
    Math.min(next?.end ?? here?.end ?? end, end + MISTAKE_REACH),
  );
  return !toldAsMistake.test(around);
}

/** The report for a practice found: its phrase quoted in the message and pointed at. */
export function practiceReport(
  practice: OwnPractice,
  finding: Pick<RuleReport, 'messageId' | 'points' | 'suggestion' | 'severity'>,
): RuleReport {
  return {
    messageId: finding.messageId,
    start: practice.start,
    end: practice.end,
    data: { phrase: practice.text },
    actual: practice.text,
    points: finding.points,
    suggestion: finding.suggestion,
    severity: finding.severity,
  };
}
