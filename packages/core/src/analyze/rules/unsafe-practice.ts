/**
 * What a method says, not only whether there is one: an interviewer who hears "I'll suggest we
 * run fewer tests", "I wait until someone reports a problem", "I just follow the priority list given
 * to me by management" or "I make sure the database server is powerful enough, and ask the DBA to
 * look into it" as a candidate's way of working marks it
 * down however well the answer is built. Practices refused ("I never skip review"),
 * asked for by someone else ("the PM wanted us to skip staging") or told as a mistake ("we
 * skipped the canary, and it bit us") are not the speaker's habit and are left alone.
 */
import { BoundaryPattern } from '../boundary';
import { GatedPattern } from '../gated';
import { CUT_CORNERS, DEFERS, DIAGNOSIS, HANDS_OFF, REACTIVE, TOLD_AS_MISTAKE } from '../lexicon/practice';
import { isOwnPractice } from '../own-practice';
import { cappedCost, defineRule } from '../rule';
import type { ParsedText } from '../text';
import { GATES_CUTS_CORNERS, GATES_HANDS_OFF, GATES_WAITS } from '../word-classes';

/**
 * The words every DEFERS shape has: an answer without them is not read for it. (DEFERS holds
 * no single gate word, so it is not one of the gated patterns below.)
 */
const MAY_DEFER = /follow|whatever|told|what (?:management|my|leadership|the business)|capacity/;
/** The most one answer loses to this rule. */
const CAP = -16;

interface Practice {
  start: number;
  end: number;
  text: string;
}

/**
 * The three practices, each read only in the clauses around its gate words (gated.ts): a verb of
 * cutting ("skip", "comment out", "disable", "straight to"…), waiting ("wait", "only", "broke"),
 * capacity or an expert ("server", "dba", "capacity"). (Whole-answer gate patterns decided
 * before; topic words such as "checkout" or "pages per week" never opened them, nor do they now.)
 */
const CUT_CORNERS_NEAR = new GatedPattern(CUT_CORNERS, GATES_CUTS_CORNERS);
const REACTIVE_NEAR = new GatedPattern(REACTIVE, GATES_WAITS);
const HANDS_OFF_NEAR = new GatedPattern(HANDS_OFF, GATES_HANDS_OFF);
/** Leaving the call to others, as a BoundaryPattern over the answer (MAY_DEFER decides first). */
const DEFERS_ALL = new BoundaryPattern(new RegExp(DEFERS.source, 'u'));

/** A practice's next match at or after `from`. */
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
    if (!isOwnPractice(parsed, start, end, TOLD_AS_MISTAKE)) continue;
    found.push({ start, end, text: parsed.text.slice(start, end) });
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'unsafe-practice',
    description:
      'A way of working that cuts quality guards, waits for problems to be reported, leaves every call to others, or buys or hands off a fix before finding the cause.',
    severity: 'warning',
    messages: {
      cutsCorners:
        '"{{phrase}}" switches off a quality guard to go faster; interviewers hear a risk to production, not a method.',
      reactive:
        '"{{phrase}}" waits for problems to be reported; interviewers look for someone who finds them first.',
      defers:
        '"{{phrase}}" leaves the call to someone else; for a leadership role interviewers listen for how you decide.',
      handsOff:
        '"{{phrase}}" reaches for capacity or someone else before finding the cause; interviewers look for how you diagnose first.',
    },
    followUps: {
      cutsCorners: {
        question: 'What keeps quality in place when you speed things up that way?',
        priority: 1,
      },
      reactive: { question: 'How would you find out about a problem before anyone reports it?', priority: 2 },
      defers: {
        question: 'When the list you are given is wrong, what do you do, and how do you decide?',
        priority: 1,
      },
      handsOff: {
        question: 'Before adding capacity or handing it off, how do you find out what is slow?',
        priority: 1,
      },
    },
  },
  check({ facts, parsed, report }) {
    const cost = cappedCost(CAP);
    const near =
      (shape: GatedPattern): NextMatch =>
      (lower, from) =>
        shape.exec(lower, facts.gateWords, from);
    const cuts = ownPractices(parsed, near(CUT_CORNERS_NEAR));
    for (const p of cuts) {
      report({
        messageId: 'cutsCorners',
        start: p.start,
        end: p.end,
        data: { phrase: p.text },
        actual: p.text,
        points: cost(-10, -5),
        suggestion:
          'Say what you do instead that keeps the guard: quarantine a flaky test with an owner and a date, run the slow suite in parallel, ship behind a flag with a canary.',
      });
    }
    const reactive = ownPractices(parsed, near(REACTIVE_NEAR), 1)[0];
    if (reactive) {
      report({
        messageId: 'reactive',
        start: reactive.start,
        end: reactive.end,
        data: { phrase: reactive.text },
        actual: reactive.text,
        points: cost(-8, -5),
        suggestion:
          'Say how you look for problems first: the signal you watch (build times, error budgets, flaky-test rate) and how often you review it.',
      });
    }
    const defers = MAY_DEFER.test(parsed.lower)
      ? ownPractices(parsed, (lower, from) => DEFERS_ALL.exec(lower, from), 1)[0]
      : undefined;
    if (defers) {
      report({
        messageId: 'defers',
        start: defers.start,
        end: defers.end,
        data: { phrase: defers.text },
        actual: defers.text,
        points: cost(-8, -5),
        suggestion:
          'Say how you decide yourself: the criteria you weigh (impact, cost of delay, risk), who you involve, and how you say no with a reason and an alternative.',
      });
    }
    // Capacity or an expert after a diagnosis is a considered step; before any, a reflex.
    // (The diagnosis is looked for only once there is something it would excuse: most answers
    // have no such practice, and the pattern read the whole answer.)
    const reflex = ownPractices(parsed, near(HANDS_OFF_NEAR), 1)[0];
    const handsOff = reflex && !DIAGNOSIS.test(parsed.lower) ? reflex : undefined;
    if (handsOff) {
      report({
        messageId: 'handsOff',
        start: handsOff.start,
        end: handsOff.end,
        data: { phrase: handsOff.text },
        actual: handsOff.text,
        points: cost(-8, -5),
        suggestion:
          'Start with the diagnosis: what you measure (the query plan, a profile, the slow-query log), what it showed, and the fix it pointed to; capacity or an expert come after.',
      });
    }
  },
});
