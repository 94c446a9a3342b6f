/**
 * How a disagreement is handled, in the words that give it away: going around the person one
 * disagrees with, and telling the outcome as a win over them. Read by rules/conflict-handling.ts.
 */

/**
 * Escalating over someone's head: "I went straight to the VP", "I went over her head", "I escalated
 * to the CTO without telling him". Taking a proposal to another team's manager ("I took it to
 * their manager with a one-page plan") is going to the owner, not around anyone, and is not here.
 */
export const WENT_AROUND =
  /(?<![\p{L}])(?:(?:went|go|goes|going) over (?:his|her|their|my manager's|my boss's|my lead's|my director's|the manager's|the pm's) heads?|(?:went|go|goes|going|escalated|escalate|took it|take it|complained) (?:straight|directly) (?:to|up to) (?:the |my |our |his |her |their )?(?:vp|svp|cto|ceo|cfo|coo|director|skip[- ]level|head of \p{L}+|boss|boss's boss|manager's manager|leadership|execs?|executives?|hr)|(?:escalated|went|took it) (?:to|up to) (?:the |my |our )?(?:vp|cto|ceo|director|skip[- ]level|leadership) (?:without (?:telling|asking|consulting|looping in|talking to)))(?![\p{L}])/u;

/**
 * The outcome told as a win over the other person: "which proved I was right", "I was proven
 * right", "they admitted I was right", "I won the argument". ("I told her so" is saying one's view.)
 */
export const PROVED_RIGHT =
  /(?<![\p{L}])(?:(?:proved|proves|proven|proof) (?:that )?(?:i was|i'd been|me) right|(?:i was|i've been|i have been) (?:proven|proved) (?:right|correct)|(?:admitted|admit|conceded|concede|acknowledged) (?:that )?i (?:was|had been) right|i won the (?:argument|debate|fight|battle)|i told you so|(?:turned out|it turned out) (?:that )?i was right|my (?:choice|call|approach|decision|idea|design|solution|recommendation|proposal|pick|way) (?:was|turned out to be|proved to be) (?:the )?(?:right|correct|better)(?: one| choice| call| option)?|(?:they|he|she|my colleague|my peer|the other (?:engineer|manager|lead)) (?:finally|eventually) (?:understood|saw (?:it )?my way|admitted|realized|realised|conceded|gave in|backed down))(?![\p{L}])/u;

/**
 * Words in the same sentence that make an escalation a joint or open one: "we went to the VP
 * together", "with her agreement", "after telling him I would".
 */
export const OPEN_ESCALATION =
  /(?<![\p{L}])(?:together|jointly|with (?:his|her|their|my manager's|my boss's) (?:agreement|blessing|knowledge|support)|(?:after|once) (?:i )?(?:telling|told|letting|asked|asking|agreeing with) (?:him|her|them|my manager|my boss|my lead)|we agreed to escalate|agreed to take it|both of us|the two of us)(?![\p{L}])/u;

/**
 * A peer conflict taken to the boss: "I went to my manager and complained", "I reported him to
 * HR", "I told my supervisor". Judged only beside TALKED_DIRECTLY (none of it in the answer).
 */
export const ESCALATED_TO_BOSS =
  /(?<![\p{L}])(?:i (?:just |immediately |finally |then )?(?:went|go|escalated|took it|took the issue|brought it|reported (?:it|him|her|them|this)|complained|ran) (?:straight |directly |right )?(?:to|up to) (?:my |our |the |his |her )?(?:manager|boss|supervisor|team lead|lead|director|hr|human resources)|i (?:just |then )?(?:told|informed|alerted) (?:my|our|the) (?:manager|boss|supervisor|team lead|director|hr))(?![\p{L}])/u;

/**
 * The speaker going to the other person first: "I talked to him", "we sat down", "I pulled her
 * aside", "I had a one-on-one with him", "I asked her what was going on".
 */
export const TALKED_DIRECTLY =
  /(?<![\p{L}])(?:(?:i|we) (?:\p{L}+ ){0,2}?(?:talked|spoke|sat down|met|reached out|approached|pulled (?:him|her|them) aside|asked (?:him|her|them)|invited (?:him|her|them)|had (?:a |an )?(?:\p{L}+ )?(?:conversation|chat|talk|one-on-one|1:1|coffee|discussion)|discussed|went to (?:him|her|them))|(?:talked|spoke|met) (?:with |to )?(?:him|her|them) (?:directly|privately|one-on-one|first))(?![\p{L}])/u;

/**
 * A conflict left alone rather than handled: "I decided not to say anything", "I just let it go",
 * "I tried to avoid getting into discussions with him", "I didn't want to rock the boat", "he was
 * the boss, so I just went along with it". Asked
 * about a conflict, an answer that avoids it (and never talks to the person) has not handled it.
 */
export const AVOIDED_CONFLICT =
  /(?<![\p{L}])(?:(?:decided|chose|choose|decide) not to (?:say|raise|bring up|confront|address|push|mention) (?:anything|it|the issue|this|that|him|her|them)|(?:just |simply )?let it (?:go|slide)|(?:tried|try|trying) to avoid (?:getting into|talking|him|her|them|conflict|confrontation|the (?:conflict|issue|topic)|any)|avoided (?:him|her|them|the conflict|the confrontation|confrontation|talking|any)|kept my head down|(?:didn't|did not|don't) (?:want to )?(?:rock the boat|make (?:it|a) (?:big|bigger) deal|say anything)|(?:stayed|kept) out of (?:his|her|their) way|(?:just |simply )?went along with (?:it|that|the decision|his decision|her decision|their decision)|(?:he|she) was the boss|(?:he's|she's|he is|she is) the boss|(?:it wasn't|it was not|wasn't|was not) my place)(?![\p{L}])/u;

/**
 * A disagreement resolved in stock phrases: "we talked it through", "we compromised on an approach
 * that incorporated both of our ideas", "we found common ground", "we agreed to disagree". Fine as
 * the end of a story with steps in it; as the whole of the handling, it tells nothing the listener
 * can weigh (conflict-handling's `vagueResolution`).
 */
export const STOCK_RESOLUTION =
  /(?<![\p{L}])(?:talk(?:ed|ing)? (?:it|things) (?:through|out)|(?:we|they|i) (?:compromised|reached a compromise|came to a compromise|found a compromise|met (?:each other )?(?:halfway|in the middle))|(?:found|reached|came to|arrived at) (?:a |some )?(?:middle ground|common ground|mutual understanding|an understanding|a mutual agreement)|agreed to disagree|work(?:ed)? (?:it|things) out|(?:an approach|a solution|a plan|a design|a way forward|an idea) that (?:incorporated|combined|included|worked for|satisfied) (?:both|everyone|all)|saw eye to eye|cleared the air|put (?:our|the|their) differences (?:aside|behind))(?![\p{L}])/u;

/**
 * Verbs that tell no step of the handling: "I disagreed", "I decided to have a conversation",
 * "I wanted…". A story whose only own verbs are these has not said what the speaker did.
 */
export const NOT_A_STEP: ReadonlySet<string> = new Set([
  'disagree',
  'decide',
  'have',
  'want',
  'need',
  'feel',
  'think',
  'believe',
  'be',
]);
