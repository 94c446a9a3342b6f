/** What a candidate says about where they are headed. Read by rules/career-goals.ts. */

/** "Where do you see yourself in five years?", "What are your long-term career goals?" */
export const ASKS_ABOUT_GOALS =
  /\b(where do you see yourself|((long|short)[- ]term |future |career |professional )+(goals?|plans?|aspirations?|ambitions?)|what do you (want|hope|plan|expect) to be doing in|in (five|5|ten|10|three|3) years)\b/;

/**
 * No goal given: "I really hadn't thought much about it", "I haven't focused on long-term goals",
 * "I'm not sure", "I have no idea". The question declined.
 */
export const NO_GOAL =
  /(?<![\p{L}])(?:(?:haven't|have not|hadn't|had not|never) (?:really |much |yet )?(?:thought|focused|planned|considered)(?: (?:that |very |too )?(?:much|far))? (?:about|on|ahead)|(?:i'm|i am) not (?:really )?sure(?: where| what|$|[.,])|(?:i )?(?:don't|do not) (?:really )?know(?: where| what|$|[.,])|(?:i )?(?:have|had) no (?:idea|plans?|goals?)|(?:never|not) (?:really )?(?:set|made) (?:any )?(?:goals|plans)|take (?:it|things|life) (?:one day|as it comes|day by day))(?![\p{L}])/u;

/**
 * A goal that leads away from the job on offer: "have my own consulting business one day",
 * "return to school", "retire early", "start my own company".
 */
export const GOAL_ELSEWHERE =
  /(?<![\p{L}])(?:(?:have|start|open|launch|run|own|build|starting|opening|running) (?:my |a |our )?(?:very )?own (?:\p{L}+ )?(?:business|company|startup|start-up|firm|practice|shop|restaurant|agency)|(?:my|our) own (?:\p{L}+ )?(?:business|company|startup|start-up|firm|practice|restaurant|agency)|(?:return|returning|go back|going back|head back) to (?:school|university|college|grad school)|retire|retiring|retirement|(?:a |an )?(?:different|another|new) (?:career|field|industry) (?:altogether|entirely))(?![\p{L}])/u;
