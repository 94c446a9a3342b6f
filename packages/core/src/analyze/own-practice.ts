/**
 * Where an answer tells a practice as the speaker's own: matches of a pattern that are neither
 * refused just before ("I never…", "instead of…", "the PM wanted us to…") nor told as a mistake
 * around them ("…and it bit us", "that was a mistake", "I should have"). Owning a bad practice is
 * the lesson, not the method; refusing it is the method.
 */
import { PRACTICE_REFUSED, TOLD_AS_MISTAKE } from './lexicon/practice';
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
 * The first match of `pattern` (not global) that is the speaker's own, or null. `toldAsMistake`:
 * what around it disowns it (TOLD_AS_MISTAKE by default).
 */
export function firstOwnPractice(
  parsed: ParsedText,
  pattern: RegExp,
  toldAsMistake: RegExp = TOLD_AS_MISTAKE,
): OwnPractice | null {
  const { lower } = parsed;
  let from = 0;
  while (from < lower.length) {
    const m = pattern.exec(from === 0 ? lower : lower.slice(from));
    if (m === null) return null;
    const start = from + m.index;
    const end = start + m[0].length;
    from = end;
    if (PRACTICE_REFUSED.test(lower.slice(Math.max(0, start - REFUSAL_REACH), start))) continue;
    const index = sentenceIndexAt(parsed, start);
    const here = parsed.sentences[index];
    const next = parsed.sentences[index + 1];
    const around = lower.slice(
      Math.max(here?.start ?? start, start - MISTAKE_REACH),
      Math.min(next?.end ?? here?.end ?? end, end + MISTAKE_REACH),
    );
    if (toldAsMistake.test(around)) continue;
    return { start, end, text: parsed.text.slice(start, end) };
  }
  return null;
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
