/** What a view answer about oneself should leave out. Read by rules/view-reasoning.ts. */

/**
 * Private life told in answer to a question about oneself: relationship status, marriage, a
 * divorce, a break-up, an ex. (Family mentioned in passing, "I moved here with my family", is
 * not listed.)
 */
export const PRIVATE_LIFE =
  /(?<![\p{L}])(?:i'm (?:currently |still )?single|i am (?:currently |still )?single|(?:was|got|am|i'm|we're|we were) (?:recently )?(?:engaged|divorced|separated)|(?:parents|they) (?:divorced|separated|split up)|my (?:divorce|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex|boyfriend|girlfriend|fianc[ée]e?)|cheated on (?:me|him|her)|broke up with|dating (?:life|someone))(?![\p{L}])/u;

/**
 * A reason to join that is only about what the job gives the candidate, or that shows they know
 * nothing about the company: "the pay is better", "I need a job", "it's close to home", "which
 * company are you calling from again?", "not much, I was hoping you could tell me". Read only for
 * "why this company / role" and "what do you know about us" questions.
 */
export const SELF_SERVING_MOTIVE =
  /(?<![\p{L}])(?:(?:the |your )?(?:pay|salary|money|benefits|perks|bonus|bonuses|stock options|compensation|package)(?: and (?:the )?(?:benefits|perks|bonus|bonuses|stock|equity))? (?:is|are|was|were|looks?|seems?) (?:very |really |so |quite |pretty )?(?:good|great|better|higher|excellent|generous|attractive|competitive)|(?:i )?(?:need|needed|just need) (?:a|the) (?:job|paycheck|pay ?check|income)|any job|(?:close|closer) to (?:my )?(?:home|house|where i live)|(?:short|shorter|easy|easier) commute|(?:which|what) company (?:are you|is this)|(?:don't|do not) (?:really )?know (?:much|anything) about (?:your|the|this) (?:company|business|firm)|see where it takes me|(?:^|[.!?]\s*)not (?:very |that )?much(?:,? (?:honestly|really|to be honest))?[.,!]|(?:hoping|hoped) you (?:could|can|would|'d) tell me|(?:haven't|have not|didn't|did not) (?:had (?:a |the )?(?:chance|time) to |got(?:ten)? (?:a chance |around )?to )?(?:look(?:ed)? (?:at|into|up)|research(?:ed)?|read(?: up)? (?:on|about)) (?:your|the|this) (?:company|website|site|business|firm))(?![\p{L}])/u;

/**
 * Leaving told as dislike alone: "I quit because I didn't like it", "it didn't suit me", "I was
 * bored", "I hated it", or friction with the boss ("my supervisor and I tended to have
 * disagreements", "it caused my anxiety"). Read only for questions about leaving or a former job,
 * with FORWARD_MOTIVE.
 */
export const LEFT_ON_DISLIKE =
  /(?<![\p{L}])(?:(?:didn't|did not|don't|do not) (?:really )?(?:like|enjoy|love|want) (?:it|the job|my job|the work|the role|working there|that job|the place|them|him|her)|(?:didn't|did not|doesn't|does not) (?:suit|fit) me|(?:was|got|grew|am|i'm) (?:so |really |just )?(?:bored|fed up|sick of|tired of)|i hated|(?:was|wasn't|was not) (?:for me|my thing)|couldn't stand|could not stand|was miserable|were miserable|i was unhappy|(?:didn't|did not|couldn't|could not) get along with|(?:disagreements|clashes|friction|conflicts?) with my (?:supervisor|boss|manager|lead|director)|my (?:supervisor|boss|manager|lead|director) and i (?:\p{L}+ ){0,3}?(?:disagreements|clashed|argued|fought|butted heads|didn't see eye to eye)|(?:caused?|causing|gave me|giving me) (?:me )?(?:my |a lot of |so much )?(?:anxiety|stress)|stressed me out)(?![\p{L}])/u;

/**
 * What a candidate moves toward: the next step, a kind of work, growth, a company's mission.
 * "Why did you leave?" is answered well by where one is going, not only by what one left.
 */
export const FORWARD_MOTIVE =
  /(?<![\p{L}])(?:to pursue|pursuing|looking for|looking to|i want to|i wanted to|i'd like to|i would like to|opportunit\p{L}*|to grow|growth|to learn|learning|next step|next level|challenge|interested in|excited|to pivot|pivot|progress|advance|to develop|to build|to lead|career|this role|this job|this position|your company|your team|working on my|skills|certification|to focus on|to move into|move into|closer to)(?![\p{L}])/u;

/**
 * Verbs of a career's moves and of liking, not of work done ("I took a job at…", "I left to get
 * an MBA", "I joined…", "I studied…", "I enjoyed the people side"): a pitch made only of these
 * names no achievement.
 */
export const MOVES_NOT_ACHIEVEMENTS: ReadonlySet<string> = new Set([
  'take',
  'leave',
  'join',
  'move',
  'study',
  'graduate',
  // "I just finished and now am looking for…": in a pitch, a degree or a programme finished.
  'finish',
  'start',
  'begin',
  'work',
  'spend',
  'return',
  'go',
  'come',
  'get',
  'attend',
  'major',
  'transfer',
  'switch',
  'relocate',
  'promote',
  'become',
  'decide',
  // "I grew up in…"; growth brought about is read from the change words.
  'grow',
  'live',
  'stay',
  'enjoy',
  'love',
  'like',
  'want',
  'realise',
  'realize',
  // Pastimes: "I used to play football a lot", "I have been following Liverpool for years".
  'play',
  'follow',
  'watch',
  'travel',
  'cook',
  'hike',
  'swim',
  'paint',
  'sing',
  'visit',
]);

/**
 * An achievement claimed in a summary rather than told as a deed: "a history of delivering top
 * customer service scores", "a track record of growing teams", "consistently exceeded quota",
 * "won a company award". In a self-pitch it is a highlight the interviewer can ask about.
 */
export const CLAIMED_ACHIEVEMENT =
  /(?<![\p{L}])(?:(?:history|track record|record) of (?:delivering|driving|building|leading|growing|launching|shipping|exceeding|turning)|(?:delivering|delivered|achieving|achieved|driving|drove) (?:\p{L}+ ){0,2}?(?:top|strong|record|consistent|outstanding|excellent) |(?:top|record|outstanding) (?:\p{L}+ )?(?:scores|ratings|results|sales|numbers)|(?:exceeded|exceeding|beat|surpassed) (?:my |our |the )?(?:quota|targets?|goals?|plan)|(?:won|earned|received) (?:a|an|the|two|three|several) (?:\p{L}+ ){0,2}?(?:award|awards|prize|recognition)|top performer|president's club)(?![\p{L}])/u;
