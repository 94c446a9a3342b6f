/**
 * Blame and negativity: disparaging colleagues, other teams or a former employer is one of the
 * strongest negative signals in a leadership loop. Two shapes: explicit blame or deflection
 * ("it wasn't my team's miss", "we were set up to fail"), and a story that keeps pointing at
 * what others failed to do without ever owning the speaker's part. Owning one's part ("that's
 * on me", "I should have…") and blameless language ("no one to blame") are not blame.
 */

import { asksAboutFormerWork } from '../../framework/questions/setback';
import { findPointing } from '../detect/pointing';
import { GatedPattern } from '../gated';
import { BLAME_NEGATORS, CONTEMPT, DEFLECTIONS } from '../lexicon/blame';
import { type Word, wordsOf } from '../phrases';
import { sentenceAt, wholeAnswer } from '../positions';
import { cappedCost, defineRule } from '../rule';
import { DEFLECTION_GATES } from '../word-classes';

/** The deflection shapes, each read only around its gate words (gated.ts). */
const DEFLECTION_PATTERNS = DEFLECTIONS.map(
  ({ shape, alsoIn }, k) => new GatedPattern(shape, DEFLECTION_GATES[k] as number, alsoIn),
);

/** Every deflection shape in the answer (its first match), as pattern matches. */
function deflections(lower: string, gateWords: readonly Word[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const shape of DEFLECTION_PATTERNS) {
    const m = shape.exec(lower, gateWords);
    if (m) found.push(m);
  }
  return found;
}

/** "render(ed)… ", "made it ": what a thing is made useless by, just before the word. */
const THING_MADE =
  /(?:render|renders|rendered|rendering|made|makes|making|left|leaving)(?:\s+[^\s]+){0,4}\s+$/u;

/**
 * "It feels horrible", "I felt awful about it": a feeling of one's own, not contempt for anyone.
 * Read before the bare words of contempt (FELT_WORDS) only.
 */
const FELT_BEFORE =
  /(?:feel|feels|felt|feeling|i was|i am|i'm|made me feel|it was|that was)\s+(?:(?:so|really|pretty|just|quite|truly|absolutely|honestly)\s+)?$/u;
const FELT_WORDS: ReadonlySet<string> = new Set(['awful', 'horrible']);

/** Characters before a blame phrase searched for a negator ("rather than looking for someone "). */
const NEGATOR_REACH = 40;

/**
 * "It wasn't my team's", said as a concession: "even though it wasn't my team's responsibility,
 * I…", "it wasn't our system, but I…". The speaker acted beyond their scope: the opposite of
 * pushing the problem away.
 */
const SCOPE_PHRASES: ReadonlySet<string> = new Set([
  "wasn't really my",
  "wasn't my team's",
  "wasn't our",
  "not my team's",
]);
const CONCEDED_BEFORE = /(?:even though|although|though|despite|while)\s+(?:\S+\s+){0,2}$/u;
const ACTED_ANYWAY_AFTER = /^[^.!?;]{0,50}?,?\s+(?:but|so|yet)\s+(?:i|we)(?![\p{L}])/u;
/** The most one answer loses to blame, however many times it blames. */
const CAP = -16;

export default defineRule({
  meta: {
    id: 'blame-negativity',
    description: 'Describe others fairly: no blame, contempt or excuses aimed at colleagues or other teams.',
    severity: 'warning',
    messages: {
      blame:
        '"{{phrase}}" puts the blame on others; interviewers hear someone who will blame their next team too.',
      badMouthing:
        '"{{phrase}}" runs down a former boss or workplace: the one answer this question is asked to catch.',
      pointingAtOthers:
        'The story lists what others failed to do ({{count}} times) and never owns your part in it.',
      unownedSetback:
        'The question is about something that went wrong, and the answer never names your own part in it.',
    },
    followUps: {
      blame: {
        question: 'What was your own part in how that happened, and what would you do differently?',
        priority: 1,
      },
      badMouthing: {
        question: 'What did you learn from working there, and what are you looking for next?',
        priority: 1,
      },
      pointingAtOthers: {
        question: 'What was your own part in how that happened, and what would you do differently?',
        priority: 1,
      },
      unownedSetback: {
        question: 'Looking back, what was your own part in it going wrong?',
        priority: 1,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    const cost = cappedCost(CAP);
    const explicit = facts.cues.blame.filter((m) => {
      const before = parsed.lower.slice(Math.max(0, m.start - NEGATOR_REACH), m.start);
      // "rendering the old server useless" describes a thing, not a person.
      return (
        !BLAME_NEGATORS.test(before) &&
        !(m.phrase === 'useless' && THING_MADE.test(before)) &&
        !(FELT_WORDS.has(m.phrase) && FELT_BEFORE.test(before)) &&
        !(
          SCOPE_PHRASES.has(m.phrase) &&
          (CONCEDED_BEFORE.test(before) || ACTED_ANYWAY_AFTER.test(parsed.lower.slice(m.end, m.end + 60)))
        )
      );
    });
    // Asked about a former (or current) job or boss, contempt for it is blame too ("my manager is
    // terrible", "the culture is toxic"); elsewhere such words describe events, not people.
    const aboutFormerWork = options.question !== null && asksAboutFormerWork(options.question);
    const contempt = aboutFormerWork ? CONTEMPT.exec(parsed.lower) : null;
    if (
      contempt &&
      !explicit.some((e) => e.start < contempt.index + contempt[0].length && contempt.index < e.end)
    ) {
      const start = contempt.index;
      const end = start + contempt[0].length;
      explicit.push({ phrase: contempt[0], start, end, text: parsed.text.slice(start, end) });
      explicit.sort((a, b) => a.start - b.start);
    }
    const owned = facts.cues.ownership.length > 0;
    // A clause already reported as explicit blame is not counted again as pointing.
    const pointing = [
      ...findPointing(parsed.lower, wordsOf(parsed)),
      ...deflections(parsed.lower, facts.gateWords),
    ]
      .filter((m) => !explicit.some((e) => e.start < m.index + m[0].length && m.index < e.end))
      .sort((a, b) => a.index - b.index);
    // Naming others' misses is fair reporting when the speaker also owns their part.
    const pointingCounts = pointing.length + (explicit.length > 0 ? 1 : 0) >= (owned ? 4 : 2);
    // Asked about a former boss or job, one disparaging remark is the answer the question was set
    // to catch: a red flag on its own.
    const severity =
      explicit.length + (pointingCounts ? 1 : 0) >= 2 || (aboutFormerWork && explicit.length > 0)
        ? 'error'
        : 'warning';
    for (const m of explicit) {
      report({
        // Asked about a former job or boss, disparaging it is the answer the question screens
        // for: a debrief stops there (scoring.ts, UNANSWERED).
        messageId: aboutFormerWork ? 'badMouthing' : 'blame',
        start: m.start,
        end: m.end,
        data: { phrase: m.text },
        actual: m.text,
        points: cost(-8, -4),
        severity,
        suggestion:
          'State the facts and the constraint neutrally, then what you did about it and your own part.',
      });
    }
    const first = pointing[0];
    if (pointingCounts && first) {
      const span = sentenceAt(parsed, first.index);
      report({
        messageId: 'pointingAtOthers',
        start: span.start,
        end: span.end,
        data: { count: pointing.length },
        actual: parsed.text.slice(first.index, first.index + first[0].length),
        points: cost(-8, -6),
        severity,
        suggestion:
          'For each miss by others, add what you could have done: "I didn\'t pin down the date — that\'s on me."',
      });
    }
    // A failure question asks for the speaker's part. An answer that gives none fails it however
    // polished; one that also points at others while giving none is the blame red flag.
    if (options.asksAboutSetback && facts.ownedPart === null) {
      const pointed = explicit.length > 0 || first !== undefined;
      const span = first ? sentenceAt(parsed, first.index) : wholeAnswer(parsed);
      report({
        messageId: 'unownedSetback',
        start: span.start,
        end: span.end,
        points: cost(pointed ? -10 : -6, pointed ? -8 : -6),
        severity: pointed ? 'error' : 'warning',
        suggestion:
          'Name your own call in it plainly — "I underestimated…", "I should have…", "that one is on me" — then what you changed.',
      });
    }
  },
});
