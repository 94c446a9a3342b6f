/**
 * A small, pure heuristic: does a question ask about something that went wrong — a failure, a
 * mistake, a miss, a bet that did not pay off, critical feedback? Those questions exist to hear
 * the candidate own their part; an answer that places every cause elsewhere fails them however
 * polished it is, so the analyzer listens for ownership more closely when this is true.
 */

import { normaliseQuestion } from './past-story';

/** Words and phrasings that put a setback at the centre of the question. */
const SETBACK_PATTERNS: readonly RegExp[] = [
  /\b(fail|failed|failure|failures|failing)\b/,
  /\b(mistake|mistakes|misstep|misjudg\w*|wrong call|wrong decision|bad call|bad decision|error of judg\w+)\b/,
  /\b(got|get|gotten) (it|something|a decision|a call) wrong\b/,
  /\bwent (wrong|badly|poorly|sideways)\b/,
  /\b(did not|didn't|does not|doesn't) (go|turn out|work out|work|pay off|land|succeed)\b/,
  /\b(did not|didn't|failed to|not) (achieve|meet|hit|reach|deliver) (its|the|your|their|our)\b/,
  /\bnot (go|turn out|work out|pay off) (as|the way)\b/,
  /\b(missed|miss) (a |an |the |your |its |their |our )?(deadline|commitment|date|target|goal|launch|estimate)/,
  /\bover (budget|schedule|time)\b/,
  /\b(setback|setbacks|regret|regrets|fell short|fall short|came up short|off track|derailed|slipped|overran|late)\b/,
  // Feedback received, not given: "…deliver negative feedback" asks about someone else's miss.
  /(?<!\b(give|gave|giving|given|deliver|delivered|delivering|provide|provided|providing|share|shared|sharing|offer|offered) (some |a piece of |the )?)\b(critical|negative|tough|toughest|hard|hardest|difficult|harsh) feedback\b(?! (to|for) (a|an|your|someone|somebody|one|the|team|people|employees?|peers?|colleagues?|reports?|direct|manager|boss|senior))/,
  /\bfeedback (that )?you (have |'ve )?(received|got|were given)\b/,
  /\bwhat (would|will) you do differently\b/,
  /\b(biggest|hardest) lesson\b/,
  // An outage or bug the candidate caused: a mistake by another name. ("An incident you led the
  // response to" is not: the cause need not be theirs.)
  /\b(outage|incident|bug|breakage|regression|defect|security issue|data loss)s? (that )?you (caused|were responsible for|introduced|shipped|created)\b/,
  /\byou (broke|took down|brought down|caused an?)\b/,
  /\b(ever|you) (have |'ve )?(broken|taken down|brought down) (production|prod|the site|a service|a system)\b/,
];

/**
 * True for "Tell me about a time you failed", "…a mistake you made", "…a project that did not go
 * as planned", "…a commitment you missed", "…a bet that did not pay off", "…an outage you were responsible
 * for", "What would you do differently?"; false for success, influence or design questions.
 */
export function asksAboutSetback(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return SETBACK_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Questions about a former job, boss or employer ("Why did you leave your last job?", "Who was your
 * worst boss?", "What didn't you like about your last role?"). They exist to hear how the
 * candidate speaks of people they worked for: running them down is the red flag, not a detail.
 */
const FORMER_WORK_PATTERNS: readonly RegExp[] = [
  /\bwhy (did|are|do|would) you (leave|left|want to leave|leaving|quit|looking to leave)\b/,
  /\bwhy (did|are|do|would|were) you (or (do|did|are) you )?(want to |wanting to |looking to |planning to |thinking of )?(leave|leaving|quit|quitting)\b/,
  /\b(your )?reasons? for (leaving|wanting to leave|quitting)\b/,
  /\b(your|the) (last|previous|former|current|old|worst|best) (job|role|position|boss|manager|supervisor|employer|company|team|workplace)\b/,
  /\b(worst|best) (boss|manager|supervisor|employer)\b/,
  /\bproblems? with (your )?(former|previous|last) (employer|boss|manager|company)\b/,
];

export function asksAboutFormerWork(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return FORMER_WORK_PATTERNS.some((pattern) => pattern.test(text));
}
