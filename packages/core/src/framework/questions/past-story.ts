/**
 * A small, pure heuristic: does a question ask for a story from the candidate's past (answer
 * with STAR+), or for reasoning about a hypothetical, a design or an opinion?
 */

/**
 * Phrasings that ask for something that actually happened. ("Describe the worst boss you've had"
 * asks about a person, a view: question-kind.ts.)
 */
const PAST_STORY_PATTERNS: readonly RegExp[] = [
  /\btell me about (a|an|one) (specific |particular |recent )?(time|situation|occasion|moment|case)\b/,
  /\btell me about the (hardest|toughest|biggest|worst|largest|riskiest|most \w+|last) (?!(boss|manager|supervisor|lead|leader|mentor|colleague|co-?worker|teacher|employer|company|job)\b)[^?.]*\byou\b/,
  /\bdescribe (a|an|one) (specific |particular |recent )?(time|situation|occasion|moment|case)\b/,
  /\bdescribe the (hardest|toughest|biggest|worst|largest|riskiest|most \w+|last) (?!(boss|manager|supervisor|lead|leader|mentor|colleague|co-?worker|teacher|employer|company|job)\b)[^?.]*\byou\b/,
  /\bgive (me |us )?(a|an) (specific |concrete |real |recent )?(example|instance)\b/,
  /\bwalk me through (a|an|one) (specific |particular |recent )?(time|situation|occasion|moment|case)\b/,
  /\bwalk me through the (hardest|toughest|biggest|worst|largest|riskiest|most \w+|last) (?!(boss|manager|supervisor|lead|leader|mentor|colleague|co-?worker|teacher|employer|company|job)\b)[^?.]*\byou\b/,
  /\bshare (a|an) (specific |particular |recent )?(experience|time|example|story)\b/,
  /\bwhat (is|was|'s) (the|your) (hardest|toughest|biggest|worst|largest|riskiest|most \w+) [^?]*\byou( have|'ve| had| ever)\b/,
  /\bhave you ever\b/,
  // "Have you fired anyone?", "Have you had to let someone go?": the event, asked directly.
  /^(so,? )?have you (fired|hired|let (anyone|someone|somebody) go|had to|led|managed|turned around|inherited|failed|missed|made a)\b/,
  // "…Can you tell us what happened?"
  /\b(tell|walk) (me|us)( through)? what happened\b/,
  // "Describe how you handled a difficult problem", "How have you dealt with a difficult client?":
  // the way something went, which happened once.
  /\b(describe|tell me|tell us|explain|walk me through|talk me through|share) how you (handled|dealt with|resolved|managed|solved|overcame|turned around|recovered|fixed|navigated)\b/,
  /\bhow (did|have) you (handle|handled|deal|dealt|resolve|resolved|manage|managed|solve|solved|overcome|overcame|navigate|navigated|turn around|turned around|recover|recovered)\b/,
  // "Tell me about a conflict with a coworker", "…a project you initiated": one event.
  /\btell me about (a|an|one) (specific |particular |recent |difficult |major |big |hard |tough )?(conflict|disagreement|mistake|failure|challenge|problem|setback|decision|project|initiative|crisis|incident|risk|dispute|crisis|turnaround|reorg|escalation)\b/,
  // "What is your biggest career mistake?", "Tell me about your greatest achievement": one event.
  /\b(what (is|was|'s)|tell me( about)?( what( is|'s) )?|describe|walk me through) your (single )?(biggest|greatest|worst|proudest|most significant|most important|largest|hardest|toughest) (professional |career |personal |leadership |management )?(mistake|failure|achievement|accomplishment|regret|setback|success|win|challenge|decision)s?\b/,
  // "Tell me about a launch you're proud of", "…a reorg you led": an event from the candidate's past.
  /\btell me about (a|an|one|the) [^?.]*\byou(?:'re| are| were)? (led|ran|drove|owned|made|built|shipped|launched|handled|managed|hired|fired|inherited|faced|had|did|took|were|proud|regret|learned|changed|started|turned)\b/,
  /\b(describe|walk me through|talk me through|talk about) (a|an|one|the) [^?.]*\byou(?:'re| are| were)? (led|ran|drove|owned|made|built|shipped|launched|handled|managed|hired|fired|inherited|faced|had|did|took|were|proud|regret|learned|changed|started|turned)\b/,
];

/**
 * "Have you ever fired someone?", "Have you had to lay anyone off?": a yes-or-no question about
 * experience. It asks for the story when there is one; "No, I haven't" is a true answer, not a dodge.
 */
const WHETHER_EVER =
  /^(so,? |and,? )?(have|has) you (ever\b|had to\b|(fired|hired|let|laid|managed|led|run|inherited|worked)\b)/;

/** True for a yes-or-no question about experience ("Have you ever…?", "Have you had to…?"). */
export function asksWhetherEver(questionText: string): boolean {
  return WHETHER_EVER.test(normaliseQuestion(questionText).trim());
}

/** Lower case, straight apostrophes, single spaces: the form the question heuristics match. */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

/**
 * True when the wording asks for a past story ("Tell me about a time…", "Describe a situation…",
 * "Give me an example…", "Walk me through a time…", "Share an experience…", "What is the hardest
 * … you have …", "Have you ever…"); false for hypotheticals ("What would you do if…", "How would
 * you…"), designs ("Design…") and opinions ("How do you think about…").
 */
export function asksForPastStory(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return PAST_STORY_PATTERNS.some((pattern) => pattern.test(text));
}
