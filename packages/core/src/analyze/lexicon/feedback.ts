/**
 * How a candidate takes criticism, for questions that ask exactly that. Read by
 * rules/feedback-reception.ts.
 */

/** "How do you deal with criticism?", "Tell me about negative feedback you received." */
export const ASKS_ABOUT_CRITICISM =
  /\b(criticism|criticisms|criticised|criticized|critique|critiqued|negative feedback|constructive feedback|tough feedback|hard feedback|difficult feedback|critical feedback|(receive|receiving|received|take|taking|handle|handling|react to|respond to|deal with|accept|accepting) (?:\w+ )?feedback|feedback (?:you|that you) (?:received|got|were given))\b/;

/**
 * Criticism resisted or resented: "I don't like people criticizing my work", "I hate being
 * criticized", "I take it personally", "the criticism was unfair", "let he who is without fault
 * cast the first stone".
 */
export const RESISTS_FEEDBACK =
  /(?<![\p{L}])(?:(?:don't|do not|never|didn't|did not) (?:really |much |particularly )?(?:like|enjoy|appreciate|take kindly to|welcome|accept) (?:it when (?:people|others|someone|anyone) |(?:people|others|someone|anyone|colleagues|my boss|my manager) |being |getting |receiving )?(?:criticiz|criticis|critiqu|corrected|correcting|judged|judging|telling me what|told what|second-guess)\p{L}*|(?:hate|hated|dislike|disliked|resent|resented|can't stand|cannot stand|could not stand|couldn't stand) (?:it when (?:people|others|someone) )?(?:being |getting |receiving )?(?:criticiz|criticis|critiqu|corrected|told what)\p{L}*|(?:take|took|taking|takes) (?:it|criticism|feedback|that) (?:very |really |too |quite )?personally|(?:the|that|their|his|her|this) (?:criticism|feedback) (?:was|is|seemed|felt) (?:completely |totally |really |just |simply )?(?:unfair|wrong|unjustified|baseless|uncalled for|not valid|invalid|off base|nonsense)|cast the first stone)(?![\p{L}])/u;

/**
 * Criticism argued with rather than taken: "I think the feedback needs some context", "some of it
 * was politics", "feedback can reflect other people's agendas", "I didn't agree with it".
 */
export const DISPUTES_FEEDBACK =
  /(?<![\p{L}])(?:(?:feedback|criticism|it) (?:needs|needed|lacked|lacks|was missing) (?:some |more )?context|(?:some|part|much|most|all) of it was (?:just )?(?:politics|political|personal|unfair)|(?:other people's|their own|hidden) agendas?|i (?:disagreed|didn't agree|did not agree|don't agree|do not agree) with (?:it|the feedback|the criticism|her|him|them)|(?:wasn't|was not|isn't|is not) (?:really |entirely |totally )?(?:fair|accurate|true))(?![\p{L}])/u;

/**
 * What narrows a dislike to criticism that is not meant to help: "criticism that is not
 * constructive", "when the aim is to hurt". Read just after a RESISTS_FEEDBACK match.
 */
export const ONLY_UNCONSTRUCTIVE =
  /^\s*,?\s*(?:that|which|when|if|unless|where)\b[^.!?]{0,60}?(?:not constructive|isn't constructive|unconstructive|not meant to help|personal attack|to hurt|undermine|belittl|bully|humiliat|in public|in front of)/u;

/**
 * Criticism said never to come: "I rarely get criticized", "I have never received negative
 * feedback", "nobody has ever criticized my work". The question declined, as with "I can't think
 * of a time".
 */
export const NEVER_CRITICISED =
  /(?<![\p{L}])(?:i (?:have |'ve )?(?:never|rarely|hardly ever|seldom) (?:really )?(?:been |got |gotten |get |received |receive |had |have )?(?:much |any |a lot of )?(?:criticiz|criticis|negative feedback|critical feedback|complaints)\p{L}*|(?:nobody|no one|no-one) (?:has )?(?:ever )?(?:criticiz|criticis|complained about)\p{L}*|(?:i )?(?:don't|do not|didn't|did not) (?:really )?(?:get|receive|have) (?:much |any |a lot of )?(?:criticism|negative feedback|critical feedback))(?![\p{L}])/u;
