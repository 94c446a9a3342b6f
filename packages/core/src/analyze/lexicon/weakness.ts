/**
 * Word lists for answers to "What is your greatest weakness?". Written by us; the shapes are the
 * stock answers every preparation guide warns against.
 */

/**
 * A strength offered as the weakness: perfectionism, working too hard, caring too much, standards
 * too high, giving 110%, being too hard on oneself. Interviewers have heard each a thousand times and read it as a dodge.
 */
export const DISGUISED_STRENGTH =
  /(?<![\p{L}])(?:perfectionis[tm]s?|(?:a )?stickler for (?:perfection|detail|details|the details|quality|deadlines)|(?:work|works|working|worked) too (?:hard|much)|care too much|caring too much|(?:too|overly|excessively) (?:much of a perfectionist|detail[- ]oriented|dedicated|committed|passionate|hard[- ]?working|driven|ambitious|thorough|organi[sz]ed|loyal|focused on (?:quality|detail|details|the details))|(?:give|gives|giving) (?:(?:a|an) )?(?:110|120|150|200)(?:%| percent)|workaholic|too hard on myself|(?:expect|expects|demand|demands) too much (?:of|from) myself|too (?:critical|demanding) of myself|(?:my )?standards (?:are|can be) too high|(?:hold|holds|set|sets|have) (?:very |extremely |really |too |overly )?high standards|(?:make|making|get|getting) (?:things|everything|it|my work) (?:just )?perfect)(?![\p{L}])/u;

/**
 * Words just before a stock weakness that set it aside rather than offer it: "rather than the
 * usual 'I'm a perfectionist'", "not that I work too hard", "the cliché answer is…".
 */
export const SET_ASIDE_BEFORE =
  /(?:rather than|instead of|not|never|cliché|cliche|clichéd|clichéd answer|the usual|easy answer|stock answer|everyone says|people say|won't say|wouldn't say)[^.!?]{0,24}$/u;

/** A question that asks for a weakness, not a strength ("What would your boss criticise?"). */
export const ASKS_WEAKNESS =
  /weak|criticis|criticiz|critique|critical|negative|improve|improvement|development area|shortcoming|flaw|fault|struggle|not good at|worst/;

/**
 * What a weakness costs, said plainly: "I can dwell on things", "it slows the team down", "I have
 * missed deadlines over it". With what one does about it (a remedy), a stock weakness such as
 * perfectionism is owned, not dodged.
 */
export const WEAKNESS_COST =
  /(?<![\p{L}])(?:dwell|dwells|dwelling|dwelled|dwelt|miss(?:ed|es|ing)? (?:a |the |my |our )?deadlines?|slow(?:s|ed|ing)? (?:me|us|the team|things|delivery) down|delay(?:s|ed|ing)?|takes? (?:me |us )?longer|took (?:me |us )?longer|stress(?:ed|ful)?|burn(?:ed|t|ing)? (?:myself )?out|bottleneck|held (?:up|back)|holds? (?:up|back)|overthink\p{L}*|over-?engineer\p{L}*|costs? (?:me|us|the team)|cost (?:me|us|the team)|at the expense of|(?:lose|lost|losing) (?:sight|time))(?![\p{L}])/u;
