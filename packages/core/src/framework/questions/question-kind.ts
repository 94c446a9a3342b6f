/**
 * What kind of answer a question asks for, read from its wording alone (pure, deterministic):
 *
 * - `past-story`: "Tell me about a time…", "Give me an example…" (see past-story.ts): a STAR+ story.
 * - `scenario`: "What would you do if…", "Imagine you join…": a plan for a stated situation.
 * - `approach`: "How do you prioritise…", "What is your approach to…", "How would you scale…",
 *   "What's your biggest weakness?": how the speaker works, ideally grounded in a real example.
 * - `view`: "Why do you want this role?", "Do you prefer…", "What didn't you like about your last
 *   job?", "Tell me about yourself": the speaker's view, motive or pitch, with the reasons and the
 *   experience behind it.
 * - `other`: a question none of these wordings fits ("Tell me about yourself"); judged as today.
 *
 * A question that also asks for an example ("How do you coach? Give me an example.") asks for a
 * story: the past-story wording wins. Past-tense "how did you…" and "how have you…" ask about
 * something that happened, so they are never an approach.
 */
import { asksForPastStory, normaliseQuestion } from './past-story';

/**
 * What a question asks for, for schemas that list them (the API's report schema). Not the bank's
 * QuestionKind (types.ts: how a bank question is meant to be answered, used to file it).
 */
export const ASK_KINDS = ['past-story', 'scenario', 'approach', 'view', 'other'] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** A situation the candidate is put in, and what they would do in it. */
const SCENARIO_PATTERNS: readonly RegExp[] = [
  /\bwhat (would|will|should|do) you do (if|when|about|in)\b/,
  // "…object to your vision. What would you specifically do to resolve the problem?"
  /\bwhat (would|will|should) you (\w+ )?do to\b/,
  // "Your team deploys once a month. What steps would you take to…?": the situation, then the plan.
  /\bwhat (steps|actions|changes|measures) (would|will|should) you (take|make|put in place|introduce)\b/,
  /\b(imagine|suppose|assume|let's say|picture this)\b/,
  /\bhow would you (handle|respond|react|deal with|approach|proceed|manage)\b[^?]*\b(if|when|where|whose)\b/,
  /\bif you (were|joined|inherited|found|discovered|took over|had to|started)\b[^?]*\bwhat would you\b/,
  // "Your team is behind schedule and new requests keep coming in. What do you do?": the situation
  // stated first, then the question.
  /[.!?;:] (so,? |then,? )?what (would|do|will|should) you do\??\s*$/,
];

/** The speaker's view, preference, motive or pitch: no story and no method is asked for. */
const VIEW_PATTERNS: readonly RegExp[] = [
  /^(so,? )?why (do|did|are|would|should|were) you\b/,
  /\bwhy (this|our|the) (company|role|team|position|job|industry)\b/,
  /\b(do|would) you (prefer|rather)\b/,
  /\bwhich do you prefer\b/,
  /\bwhat (did|didn't|do|don't|did not|do not) you (like|dislike|enjoy|love|hate|miss)\b/,
  /\bwhat (did|do) you not (like|enjoy|love)\b/,
  /\bwhat (motivates|drives|excites|frustrates|energi[sz]es|inspires) you\b/,
  // "What is your least favorite managerial task?", "What do you find most rewarding?"
  /\byour (least )?favou?rite (\w+ )?(part|task|thing|aspect|project|responsibility|responsibilities|kind|type)\b/,
  /\bwhat (do|did) you find (the )?(most|least) (challenging|rewarding|difficult|hard|frustrating|satisfying|fulfilling|enjoyable|interesting)\b/,
  /\bwhere do you see yourself\b/,
  // "Do you have the stomach to fire people?", "Are you comfortable making unpopular calls?": the
  // speaker's disposition, answered with a view and the experience behind it.
  /^(so,? )?do you have (the stomach|what it takes|the (courage|guts|backbone|nerve|temperament))\b/,
  /^(so,? )?(are|would) you (be )?(comfortable|willing|prepared|ok|okay|happy) (with|to|making|having|being|giving|letting|firing|working)\b/,
  // "What are your long-term career goals?", "What do you want to be doing in five years?"
  /\b(your )?((long|short)[- ]term |future |career |professional )+(goals?|plans?|aspirations?|ambitions?)\b/,
  /\bwhat do you (want|hope|plan|expect) to be doing in (\w+ )?(years?|months?)\b/,
  /\bwhat are you looking for\b/,
  /\bwhat do you know about (us|our|this)\b/,
  /\b(tell|telling) (me|us) (a (little |bit )?(more )?)?about yourself\b/,
  // "Tell me about your background", "…about your career so far": the same pitch.
  /\b(tell|telling) (me|us) (a (little |bit )?(more )?)?about your (background|career( so far)?|journey)\b/,
  /\bintroduce yourself\b/,
  // "What led you to apply for this role?", "What made you choose engineering management?": a motive.
  /\bwhat (led|brought|drew|attracted|inspired|prompted) you (to|into)\b/,
  /\bwhat made you (choose|decide|want|pick|apply|join|become|go into|get into|move|switch)\b/,
  // "What does empathy mean to you?", "What does good leadership look like to you?": a view, defined.
  /\bwhat (does|do|did) [^?]{1,60} (mean|look like) to you\b/,
  // "Who are you?", "How would you describe yourself?", "What should we know about you?"
  /^(so,? )?who are you\b/,
  /\b(describe|sum up) yourself\b/,
  /\bwhat should (i|we) know about you\b/,
  // "Why should we hire you?", "Why shouldn't we hire you?", "What sets you apart?"
  /\bwhy (should|shouldn't|should not|would|wouldn't) (we|i|they) (hire|choose|pick|select) you\b/,
  /\bwhat (sets|makes) you (apart|different|unique|stand out)\b/,
  /\bwhy (are|would) you (be )?(a good|the right|the best|a great) (fit|candidate|choice|match)\b/,
  // "What would you do differently on the WCAG project?": a reflection on work already told; its
  // answer is what the speaker would change and why, not a second story.
  /^(so,? |and,? |looking back,? )?what would you (do|have done|change) differently\b/,
  /\bdescribe (your|the) (worst|best|ideal|favou?rite) (boss|manager|supervisor|lead|leader|mentor|job|team|colleague|co-?worker|work environment|company)\b/,
  /\bwalk me through your (resume|cv|background|career)\b/,
  // "What was wrong with your last company?", "Explain this gap in your employment": the speaker's
  // account of a former job or a pause, not a story with a result.
  /\bwhat (was|is) wrong with your (last|current|previous|former|old) (company|job|role|boss|manager|employer|team|workplace)\b/,
  /\b(explain|tell me about|walk me through|what happened (in|during)|account for) (this|that|the|your) (\w+ )?gaps?\b/,
  /\bgaps? in your (resume|cv|employment|career|work history)\b/,
  // "Who was your best boss?", "What makes you angry?", "What keeps you up at night?"
  /\bwho (was|is|were) your (best|worst|favou?rite|most \w+) (boss|manager|mentor|colleague|co-?worker|teacher|leader)\b/,
  /\bwhat (makes|made) you (angry|mad|upset|happy|frustrated|tick|proud|excited|nervous|stressed|anxious)\b/,
  /\bwhat (keeps|kept) you (up at night|awake|motivated|going)\b/,
  /\bwhat gets you (up in the morning|out of bed|excited|going)\b/,
  // "What would your co-workers say about you?" (a criticism asked that way is a weakness question).
  /^(?!.*\b(negative|criticism|criticis|critical|weakness|improve))(?=.*\bwhat would your (co-?workers|colleagues|peers|boss|manager|team|reports|direct reports|friends) (say|tell \w+) about you\b)/,
];

/** The speaker's weaknesses or strengths, said by them or by someone who knows their work. */
const WEAKNESS_PATTERNS: readonly RegExp[] = [
  /\byour ((one|two|three|top|\d) )?(greatest |biggest |main |top |key |major )?(weakness|weaknesses|strengths?|development areas?|areas? (for|of) (improvement|growth))\b/,
  // "What negative thing would your last boss say about you?": a weakness, seen by someone else.
  /\b(negative|criticism|criticisms|critical|weakness|weaknesses|improve)\b[^?]*\b(boss|manager|colleagues?|co-?workers?|peers?|reports?|team) (would )?(say|describe|mention|point out)\b/,
];

/** How the speaker works, thinks or would go about something in general. */
const APPROACH_PATTERNS: readonly RegExp[] = [
  /\bhow (do|would|should|will|can|might) (you|i|we)\b/,
  /\bhow (should|would|can|do) (a|an|the|teams?|leaders?|managers?|engineers?|engineering|organi[sz]ations?|companies)\b/,
  /\byour (\w+ ){0,3}(approach|philosophy|process|strategy|framework|method|methodology|style|stance|take|playbook|criteria|principles?|view|views)\b/,
  // "How to deal with difficult team members": a way of working, asked impersonally.
  /^(so,? )?how to\b/,
  ...WEAKNESS_PATTERNS,
  /\bwhat (do|would) you (look for|consider|prioriti[sz]e|focus on|think|believe|value|measure|optimi[sz]e)\b/,
  // "What metrics do you consider important…", "Which signals would you track…".
  /\b(what|which) (\w+ ){1,2}(do|would) you (consider|use|look (at|for)|track|value|prioriti[sz]e|measure|rely on|watch)\b/,
  // "Walk me through how you debug a production issue": a way of working, in the present.
  /\b(walk me through|talk me through|explain|describe|tell me|show me) how (you|do you) (?!(did|had|have|were|was|led|built|ran|made|took|got|went|brought|chose|drove|fought|found|kept|left|lost|met|paid|sold|spent|told|won|wrote|thought|taught|dealt|overcame|grew|began|became|set|put|cut|hit|let|shut|spread|split|quit|read|bet|cast)\b)(?!\w+ed\b)\w+/,
  /\bwhat makes (a|an|someone|somebody)\b/,
  /\bwhen (is|are|should|do|would) (you|a|an|it|the)\b/,
];

/** "In what ways…", "What are some ways you…": the speaker's ways of working, plural. */
const WAYS_ASKED = /\b(in what ways?|what are (some|the) ways|what ways)\b/;

/** An example or story asked for in so many words. */
const EXAMPLE_ASKED = /\b(example|examples|instance|story|stories|specific time|real case)\b/;

/** The kind of answer the question's wording asks for (see the module comment). */
export function questionKind(questionText: string): AskKind {
  if (asksForPastStory(questionText)) return 'past-story';
  const text = normaliseQuestion(questionText);
  // "What did you not like about your last role?" asks for a view, not for what happened.
  // The candidate's turn to ask is judged as a view: no story is owed (candidate-questions).
  if (FOR_QUESTIONS.test(text) || VIEW_PATTERNS.some((p) => p.test(text))) return 'view';
  // "In what ways have you grown your team's skills?": the ways are a method, asked in the
  // present perfect; it is answered with the practices and an example, not one story.
  if (WAYS_ASKED.test(text)) return 'approach';
  // "How did you…", "How have you…": something that happened, not a way of working.
  if (/\b(how|what) (did|have|had) you\b/.test(text)) return 'other';
  // "…? Walk me through a real example.": a story is asked for, in words past-story.ts leaves
  // to the default; it is judged as before, never as an approach.
  if (EXAMPLE_ASKED.test(text)) return 'other';
  if (SCENARIO_PATTERNS.some((p) => p.test(text))) return 'scenario';
  if (APPROACH_PATTERNS.some((p) => p.test(text))) return 'approach';
  return 'other';
}

/**
 * True for "What's your greatest weakness?", "What are your strengths?", "What would your last
 * boss criticise?": the answer is about the speaker, not about work with a business effect.
 */
export function asksAboutWeakness(questionText: string): boolean {
  if (asksForPastStory(questionText)) return false;
  const text = normaliseQuestion(questionText);
  return WEAKNESS_PATTERNS.some((p) => p.test(text));
}

/** True when the question asks how the speaker would go about something, not for a story. */
export function asksForPlan(kind: AskKind | null): boolean {
  return kind === 'approach' || kind === 'scenario';
}

/**
 * True when no story is owed: a plan, an approach or a view. Such answers are read for their
 * method or reasons and the real case behind them (analyze/detect/approach.ts), not for STAR.
 */
export function asksForReasoning(kind: AskKind | null): boolean {
  return asksForPlan(kind) || kind === 'view';
}

/** "Why do you want to work here?", "Why this company?", "What attracted you to this role?" */
const WHY_JOIN_PATTERNS: readonly RegExp[] = [
  /\bwhy (do|would) you want to (work|join|be) (here|for us|with us|at|in|on)\b/,
  /\bwhy (this|our) (company|role|team|position|job|organi[sz]ation)\b/,
  /\bwhy (do|would) you want (this|the) (job|role|position)\b/,
  /\bwhat (attracted|attracts|draws|drew) you to (us|this|our|the)\b/,
  // "What do you know about our company?": the same test of whether they looked.
  /\bwhat do you know about (us|our|this|the company)\b/,
];

/** "Why did you leave your last job?", "Why are you looking to move?", "What's your reason for leaving?" */
const WHY_LEAVE_PATTERNS: readonly RegExp[] = [
  /\bwhy (did|are|do|would|were) you (or (do|did|are) you )?(want to |wanting to |looking to |planning to |thinking of |considering )?(leave|left|leaving|quit|quitting|move on|moving on|change jobs|changing jobs)\b/,
  /\bwhy are you (looking|job hunting|on the market|open to (a )?(new|other) (roles?|opportunities))\b/,
  /\b(your )?reasons? for (leaving|wanting to leave|quitting|moving on|changing jobs)\b/,
];

/** "Do you have any questions for us?": the candidate's turn to ask (rules/candidate-questions.ts judges it). */
const FOR_QUESTIONS =
  /\b((do|did) you have (any )?(questions|anything you('d| would) like to ask)|what (questions|would you like to ask)|anything (you('d| would) like|else you want) to ask|any questions (for|about) (us|me|the role|the team|the company))\b/;

/** True when the interviewer invites the candidate's own questions: no story, view or method is owed. */
export function asksForQuestions(questionText: string): boolean {
  return FOR_QUESTIONS.test(normaliseQuestion(questionText));
}

/** The question asks for a reason in so many words: "Why…?", "What attracted you to…?", "your reason for…". */
const WHY_PATTERNS: readonly RegExp[] = [
  // "Why should we hire you?" asks for a pitch, read for its evidence, not for a motive.
  /^(so,? |and,? |ok,? |okay,? )?why\b(?! (should|shouldn't|should not|would|wouldn't) (we|i|they) (hire|choose|pick|select) you\b)/,
  /\bwhat (attracted|attracts|draws|drew|motivated|motivates) you to\b/,
  /\breasons? (for|why)\b/,
];

/** True when the question asks why: an answer with no reason leaves it unanswered. */
export function asksWhy(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return WHY_PATTERNS.some((p) => p.test(text));
}

/** True when the question asks why the candidate left, or wants to leave, a job. */
export function asksWhyLeave(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return WHY_LEAVE_PATTERNS.some((p) => p.test(text));
}

/** True when the question asks why the candidate wants to join this company or role. */
export function asksWhyJoin(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return WHY_JOIN_PATTERNS.some((p) => p.test(text));
}

/** "Tell me about yourself", "Walk me through your resume", "Who are you?", "Describe yourself". */
const ABOUT_YOURSELF_PATTERNS: readonly RegExp[] = [
  /\b(tell|telling) (me|us) (a (little |bit )?(more )?)?about yourself\b/,
  /\bintroduce yourself\b/,
  /\bwalk (me|us) through your (resume|cv|background|career)\b/,
  /\b(tell|telling) (me|us) (a (little |bit )?(more )?)?about your (background|career( so far)?|journey)\b/,
  /^(so,? )?who are you\b/,
  /\b(describe|sum up) yourself\b/,
];

/** True when the question asks the candidate to present themselves: a pitch of who they are. */
export function asksAboutYourself(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return ABOUT_YOURSELF_PATTERNS.some((p) => p.test(text));
}
