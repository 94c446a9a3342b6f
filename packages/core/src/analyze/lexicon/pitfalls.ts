/** Word lists for the pitfalls an interviewer hears as red flags. */

/** Vague intensifiers: impact claimed without a number. */
export const VAGUE_INTENSIFIERS = [
  'significantly',
  'significant',
  'greatly',
  'dramatically',
  'drastically',
  'hugely',
  'massively',
  'substantially',
  'considerably',
  'tremendously',
  'vastly',
  'enormously',
  'noticeably',
  'a lot',
  'a ton',
  'way better',
  'way faster',
  'much better',
  'much faster',
  'much more',
  'much easier',
  'much happier',
  'much smoother',
  'much clearer',
  'far more',
  'a lot happier',
  'a lot easier',
  'really happy',
  'very happy',
  'far better',
  'really improved',
  'really helped',
  'big impact',
  'huge impact',
  'major impact',
  'massive impact',
  'big difference',
  'huge difference',
  'major improvement',
  'big improvement',
  'huge improvement',
  'huge success',
  'big success',
  'very successful',
  'really successful',
  'very well',
  'really well',
  'improved performance',
  'improved things',
  'improved a lot',
  'went well',
  'a great success',
] as const;

/**
 * Sentences that describe what one would do rather than what one did. Matched at the start of a
 * clause; learning sentences ("next time I would…") are excluded by the rule.
 */
export const HYPOTHETICAL_PHRASES = [
  'i would',
  "i'd",
  'i usually',
  'i typically',
  'i generally',
  'i normally',
  'i tend to',
  'i always',
  'i often',
  'i like to',
  'i try to',
  'i make sure',
  'i will',
  "i'll",
  'i believe in',
  'my approach is',
  'my approach would be',
  'my general approach',
  'my philosophy is',
  'what i do is',
  'what i would do',
  'the way i handle',
  'the way i approach',
  'you would',
  "you'd",
  'you should',
  'you need to',
  'you have to',
  'you want to',
  'you can',
  'one should',
  'the best way is',
  'the best approach is',
  'the key is',
  'it is important to',
  "it's important to",
  'in general',
  'generally',
  'typically',
  'usually',
  'ideally',
  'in these situations',
  'in situations like this',
  'in that kind of situation',
  'whenever',
  'if there is',
  "if there's",
  'if i had',
  'if i were',
  'if someone',
  'if a team',
  'if an engineer',
  'if the decision',
  'if it',
  'many times',
  'every time',
  'each time',
  'in my experience',
  'over the years',
  'the first thing i do',
  'that is how i approach',
  "that's how i approach",
  "that's how i handle",
  'that is how i handle',
  "so that's how i",
  'my go-to',
] as const;

/** Learning and counterfactual framings where "would" is reflection, not a hypothetical answer. */
export const REFLECTIVE_WOULD =
  /(?:differently|next time|in hindsight|looking back|again|if i (?:did|had|could|were to)|would have|'d have)/u;

/**
 * Reported speech or thought told in the past, just before "I would" / "I'd": "I suggested that I
 * would stay four extra hours", "I told her I'd take the on-call week", "I knew I would have to…".
 * The "would" is the past's future, part of the story, not the speaker's usual way of working.
 * Tested on the sentence up to the cue.
 */
export const REPORTED_WOULD =
  /(?<![\p{L}])(?:suggested|said|told (?:him|her|them|everyone|the team|my (?:manager|boss|team|lead|director))|offered|promised|agreed|decided|explained|assured (?:him|her|them|everyone)|proposed|volunteered|figured|thought|knew|realized|realised|hoped|expected|warned (?:him|her|them|everyone))(?: that)?,? $/u;

/**
 * Declining the question: "I can't really think of a time I made a mistake", "I don't really have
 * weaknesses", "I've never failed", "nothing comes to mind". A candidate who has no failure, no
 * conflict and no weakness to tell is either hiding it or has not reflected; either way the
 * question goes unanswered. "I can't think of a time I was prouder" is praise, not a dodge.
 */
export const NO_EXAMPLE =
  /(?<![\p{L}])(?:(?:can't|cannot|can not|couldn't|could not|don't|do not) (?:really |honestly |actually )?(?:think of|recall|remember|come up with) (?:a|an|any|one) (?:specific |particular |real )?(?:time|instance|example|situation|occasion|case|mistake|failure|conflict|weakness)(?!(?: \p{L}+){0,6} (?:more|prouder|better|worse|harder|bigger|happier|than))|(?:i|i've|i have) (?:honestly |really |truly )?(?:never|not ever) (?:really |actually |once )?(?:failed|made a (?:real |big |major |serious )?mistake|had a (?:real |serious )?(?:conflict|disagreement)|missed a deadline|messed up)|(?:don't|do not) (?:really |honestly )?(?:have|make) (?:any )?(?:real |major |big )?(?:weaknesses|mistakes|conflicts|failures)|nothing (?:really |specific )?comes to mind|(?:not|never) ever mess up)(?![\p{L}])/u;

/**
 * Corporate buzzwords: claims of excellence that carry no fact ("a culture of excellence",
 * "world-class", "the results speak for themselves", "drove transformation", "delivering value").
 * One is a habit of speech; several, with no figure behind them, are an answer made of claims.
 * Amazon's "raise the bar", "north star" and "best practices" name real things and are not here.
 */
export const BUZZWORDS =
  /(?<![\p{L}])(?:culture of (?:excellence|innovation|ownership|accountability|high performance)|world[- ]class|best[- ]in[- ]class|(?:the )?results speak for themselves|speaks? for itself|drove (?:a lot of |the |real )?transformation|digital transformation|synerg(?:y|ies)|move(?:d)? the needle|game[- ]changer|paradigm shift|empower(?:ing|ed)? (?:the |my |our )?teams|(?:deliver|delivering|delivered|drive|driving|drove) (?:real |more |customer |business )?value|value[- ]add|thought leader(?:ship)?|high[- ]performing culture|next level|operational excellence|engineering excellence|cutting[- ]edge|state[- ]of[- ]the[- ]art|rock ?stars?|ninjas?|set the (?:vision|strategy) for|align(?:ed|ing)? engineering with (?:the )?business|strategic alignment|holistic(?:ally)?)(?![\p{L}])/gu;
