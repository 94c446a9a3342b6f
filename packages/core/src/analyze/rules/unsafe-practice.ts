/**
 * What a method says, not only whether there is one: an interviewer who hears "I'll suggest we
 * run fewer tests", "I wait until someone reports a problem" or "I make sure the database server
 * is powerful enough, and ask the DBA to look into it" as a candidate's way of working marks it
 * down however well the answer is built. Practices refused ("I never skip review"),
 * asked for by someone else ("the PM wanted us to skip staging") or told as a mistake ("we
 * skipped the canary, and it bit us") are not the speaker's habit and are left alone.
 */
import { BoundaryPattern } from '../boundary';
import { GatedPattern } from '../gated';
import {
  CUT_CORNERS,
  DIAGNOSIS,
  HANDS_OFF,
  PRACTICE_REFUSED,
  REACTIVE,
  TOLD_AS_MISTAKE,
} from '../lexicon/practice';
import { sentenceIndexAt } from '../positions';
import { atPhrase, cappedCost, defineRule } from '../rule';
import type { ParsedText } from '../text';
import { GATES_HANDS_OFF } from '../word-classes';

/** Characters before a practice searched for a refusal ("instead of commenting out…"). */
const REFUSAL_REACH = 48;
/** Characters either side of a practice searched for "told as a mistake" (its sentence and the next). */
const MISTAKE_REACH = 800;
/** Cheap gates: most answers name no guard and no waiting, so the patterns are skipped. */
// Each is a word every alternative of its pattern contains: CUT_CORNERS always has a verb of
// cutting ("skip", "comment out", "disable", "straight to"…), so topic words such as "checkout"
// or "pages per week" no longer open the full scan. "without", "rather than" and "instead of"
// are in most answers, so the gate asks for the guard after them ("without review", "rather
// than testing").
const MAY_CUT =
  /fewer tests|skip|comment|disabl|mut(?:e|es|ed|ing) |silenc|(?:turn|turns|turned|turning) off|straight (?:to|into|onto)|directly (?:to|into|onto)|without (?:any )?(?:test|review|code review|a review|qa)|bypass|force[- ]merg|ignor|(?:rather than|instead of) (?:spending |doing |writing |running )?(?:too much |much |a lot of |any )?(?:time (?:on|doing) )?(?:root|deep|analysis|comprehensive|thorough|test|a proper|code review|review)/;
const MAY_WAIT = /wait|only (?:fix|change|look|address|touch)|broke/;
/** The most one answer loses to this rule. */
const CAP = -16;

interface Practice {
  start: number;
  end: number;
  text: string;
}

/**
 * The practice patterns made global once, here: copied on every call (new RegExp, then matchAll's
 * own copy), they cost ~1% of analyze() on a 150-word answer. Run as BoundaryPatterns: the same
 * matches, found faster.
 */
const CUT_CORNERS_ALL = new BoundaryPattern(new RegExp(CUT_CORNERS.source, 'u'));
const REACTIVE_ALL = new BoundaryPattern(new RegExp(REACTIVE.source, 'u'));
const cutsCorners: NextMatch = (lower, from) => CUT_CORNERS_ALL.exec(lower, from);
const waits: NextMatch = (lower, from) => REACTIVE_ALL.exec(lower, from);
/** Read only in the clauses around its gate words ("server", "dba", "capacity"; see gated.ts). */
const HANDS_OFF_NEAR = new GatedPattern(HANDS_OFF, GATES_HANDS_OFF);

/** A pattern's next match at or after `from`: a BoundaryPattern's, or a GatedPattern's among the answer's words. */
type NextMatch = (lower: string, from: number) => RegExpExecArray | null;

/** Every match of `shape` (a global pattern) in the answer that is the speaker's own practice. */
function ownPractices(parsed: ParsedText, shape: NextMatch, limit = Number.POSITIVE_INFINITY): Practice[] {
  const found: Practice[] = [];
  // exec, not matchAll: matchAll copies the pattern on every call. (No match is empty.)
  for (
    let m = shape(parsed.lower, 0);
    m !== null && found.length < limit;
    m = shape(parsed.lower, m.index + m[0].length)
  ) {
    const start = m.index;
    const end = start + m[0].length;
    const before = parsed.lower.slice(Math.max(0, start - REFUSAL_REACH), start);
    if (PRACTICE_REFUSED.test(before)) continue;
    const index = sentenceIndexAt(parsed, start);
    const here = parsed.sentences[index];
    const next = parsed.sentences[index + 1];
    // Read around the match, never more than MISTAKE_REACH either side: a 90,000-character answer
    // with no full stop is one sentence, and reading all of it for every match was quadratic.
    const told = parsed.lower.slice(
      Math.max(here?.start ?? start, start - MISTAKE_REACH),
      Math.min(next?.end ?? here?.end ?? end, end + MISTAKE_REACH),
    );
    if (TOLD_AS_MISTAKE.test(told)) continue;
    found.push({ start, end, text: parsed.text.slice(start, end) });
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'unsafe-practice',
    description:
      'A way of working that cuts quality guards, waits for problems to be reported, or buys or hands off a fix before finding the cause.',
    severity: 'warning',
    messages: {
      cutsCorners:
        '"{{phrase}}" switches off a quality guard to go faster; interviewers hear a risk to production, not a method.',
      reactive:
        '"{{phrase}}" waits for problems to be reported; interviewers look for someone who finds them first.',
      handsOff:
        '"{{phrase}}" reaches for capacity or someone else before finding the cause; interviewers look for how you diagnose first.',
    },
    followUps: {
      cutsCorners: {
        question: 'What keeps quality in place when you speed things up that way?',
        priority: 1,
      },
      reactive: { question: 'How would you find out about a problem before anyone reports it?', priority: 2 },
      handsOff: {
        question: 'Before adding capacity or handing it off, how do you find out what is slow?',
        priority: 1,
      },
    },
  },
  check({ facts, parsed, report }) {
    const cost = cappedCost(CAP);
    const cuts = MAY_CUT.test(parsed.lower) ? ownPractices(parsed, cutsCorners) : [];
    for (const p of cuts) {
      report({
        messageId: 'cutsCorners',
        ...atPhrase(p),
        points: cost(-10, -5),
        suggestion:
          'Say what you do instead that keeps the guard: quarantine a flaky test with an owner and a date, run the slow suite in parallel, ship behind a flag with a canary.',
      });
    }
    const reactive = MAY_WAIT.test(parsed.lower) ? ownPractices(parsed, waits, 1)[0] : undefined;
    if (reactive) {
      report({
        messageId: 'reactive',
        ...atPhrase(reactive),
        points: cost(-8, -5),
        suggestion:
          'Say how you look for problems first: the signal you watch (build times, error budgets, flaky-test rate) and how often you review it.',
      });
    }
    // Capacity or an expert after a diagnosis is a considered step; before any, a reflex.
    // (The diagnosis is looked for only once there is something it would excuse: most answers
    // have no such practice, and the pattern read the whole answer.)
    const reflex = ownPractices(
      parsed,
      (lower, from) => HANDS_OFF_NEAR.exec(lower, facts.gateWords, from),
      1,
    )[0];
    const handsOff = reflex && !DIAGNOSIS.test(parsed.lower) ? reflex : undefined;
    if (handsOff) {
      report({
        messageId: 'handsOff',
        ...atPhrase(handsOff),
        points: cost(-8, -5),
        suggestion:
          'Start with the diagnosis: what you measure (the query plan, a profile, the slow-query log), what it showed, and the fix it pointed to; capacity or an expert come after.',
      });
    }
  },
});
