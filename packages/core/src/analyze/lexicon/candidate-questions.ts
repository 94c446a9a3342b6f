/** The candidate's own questions at the end of an interview. Read by rules/candidate-questions.ts. */

/** A question asked in so many words, without a question mark: "I'd like to know…", "I was wondering…". */
export const ASKED_IN_WORDS =
  /(?<![\p{L}])(?:i'd (?:like|love) to (?:know|hear|understand|ask)|i would (?:like|love) to (?:know|hear|understand|ask)|i was wondering|i wonder|i'm curious|i am curious|could you (?:tell|share|walk)|can you (?:tell|share|walk)|what (?:is|are|does|do|would|will)|how (?:does|do|is|are|would|will)|who (?:is|are|would|will))(?![\p{L}])/u;

/**
 * What only the candidate gains: pay, time off, hours, perks, how soon they can be promoted or
 * work from home. Asked first and only, such questions say what the candidate is here for.
 */
export const SELF_SERVING_ASK =
  /(?<![\p{L}])(?:salary|pay|paid|bonus|bonuses|raise|vacation|holidays?|time off|pto|sick days|benefits|perks|hours|overtime|lunch breaks?|work from home|remote days|how (?:soon|quickly|long) (?:before|until|can) (?:i|i'd) (?:get|be) (?:a )?(?:promot|rais)\p{L}*|when (?:can|could|would) i (?:get|be) promot\p{L}*)(?![\p{L}])/u;

/** What a thoughtful question is about: the work, the team, what success looks like. */
export const ABOUT_THE_WORK =
  /(?<![\p{L}])(?:success|succeed|challenge|challenges|team|teams|goals?|priorit\p{L}*|roadmap|customers?|product|culture|first (?:90|ninety|six|6|three|3) (?:days|months)|expect\p{L}*|measure\p{L}*|problems?|strategy|growth|learn|decisions?)(?![\p{L}])/u;
