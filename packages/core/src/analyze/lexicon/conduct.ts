/**
 * How people are treated and what they are told: the shapes an interviewer hears as a red flag
 * about conduct, whatever else the story does well. Read by rules/team-welfare.ts and
 * rules/integrity.ts, each only where its cheap pre-filter word is in the answer.
 */

/**
 * Overtime imposed as the plan: "I asked the team to work evenings and weekends for the next
 * month", "I had everyone put in twelve-hour days", "the team worked every weekend for two months".
 * One night restoring an outage is an incident, not a plan, and is not here.
 */
export const FORCED_OVERTIME =
  /(?<![\p{L}])(?:(?:asked|told|had|made|got|pushed|required|needed|expected) (?:the team|my team|the engineers|my engineers|the developers|everyone|everybody|them|people|the whole team|both teams) (?:to )?(?:work|working|put in|putting in|pull|pulling|do|doing) (?:late )?(?:evenings|nights|late nights|weekends|evenings and weekends|nights and weekends|overtime|extra hours|long hours|all-nighters|twelve-hour days|12-hour days|sixty-hour weeks|60-hour weeks|crunch)|(?:we|the team|my team|everyone) (?:worked|were working|put in|pulled) (?:evenings and weekends|nights and weekends|every weekend|every night|weekends for (?:weeks|months|a month|two months|three months)|all-nighters for|twelve-hour days for|12-hour days for))(?![\p{L}])/u;
/**
 * Words every FORCED_OVERTIME match holds one of, found in the one-pass cue scan (cues.ts): an
 * answer with none of them is not read for it (conduct.test.ts checks each gate on random texts).
 */
export const OVERTIME_GATES = [
  'evenings',
  'nights',
  'night',
  'weekends',
  'weekend',
  'overtime',
  'hours',
  'all-nighters',
  'days',
  'weeks',
  'crunch',
] as const;

/**
 * A person let go on the spot, with no process: "I fired him that same afternoon", "I let her go
 * on the spot". Letting someone go after a plan and a fair warning is part of the job, and reads
 * with none of these words of haste.
 */
export const SUMMARY_FIRING =
  /(?<![\p{L}])(?:fired|sacked|terminated|dismissed|let (?:him|her|them) go|walked (?:him|her|them) out)(?: (?:him|her|them|the engineer|the developer|that engineer))? (?:that (?:same )?(?:afternoon|day|morning|evening)|the same day|on the spot|immediately|right away|then and there|there and then)(?![\p{L}])/u;
/** Words every SUMMARY_FIRING match holds one of (see OVERTIME_GATES). */
export const FIRING_GATES = [
  'fired',
  'sacked',
  'terminated',
  'dismissed',
  'walked',
  'let him go',
  'let her go',
  'let them go',
] as const;

/**
 * Letting someone go waved off: "I don't have a problem with it", "if it needs to be done, it needs
 * to be done", "it doesn't bother me", "it's just business", "I don't lose sleep over it". Read only
 * when the question asks about firing or layoffs (team-welfare's `callous`): resolve without care.
 * ("I would not hesitate to…" is resolve, and is not here.)
 */
export const CALLOUS_FIRING =
  /(?<![\p{L}])(?:(?:don't|do not|never|didn't|did not) (?:have|had) (?:a|any) (?:problem|issue|trouble)(?: (?:with (?:it|that|this|firing|letting|doing (?:it|that))|doing (?:it|that)|firing)|(?=[.,;!]))|(?:i have|i've|i had) no (?:problem|issue|qualms|trouble)(?: (?:with (?:it|that|this|firing|letting)|doing (?:it|that)|firing|letting)|(?=[.,;!]))|(?:it|that|firing (?:people|someone)) (?:doesn't|does not|didn't|did not|never) (?:bother|bothers|bothered|faze|fazes|fazed) me|if it needs to be done,? it needs to be done|(?:it's|it is|it was) (?:just|only|simply) business|business is business|(?:don't|do not|never) lose (?:any )?sleep|(?:it's|it is) (?:easy|no big deal|not a big deal) for me)(?![\p{L}])/u;

/** Words just before a callous phrase that disown it ("I won't pretend it doesn't bother me"). */
export const CALLOUS_DISOWNED =
  /(?:pretend|be lying|never say|not say|won't say|can't say|claim)[^.!?]{0,12}$/u;

/**
 * Fear as the lever: "they knew I was serious", "I made an example of him", "I yelled at the
 * team", "I called him out in front of everyone".
 */
export const FEAR_LEVER =
  /(?<![\p{L}])(?:(?:they|everyone|everybody|the team|people) knew i (?:was|meant) (?:serious|business)|made an example (?:of|out of) (?:him|her|them)|(?:yelled|shouted|screamed) at (?:him|her|them|the team|my team|everyone|the engineers)|(?:called|calling) (?:him|her|them) out in front of|(?:publicly|openly) (?:called out|reprimanded|criticised|criticized|shamed|humiliated)|put the fear of god|keep (?:them|everyone|people|the team) on (?:their|its) toes|kept (?:them|everyone|people|the team) on (?:their|its) toes)(?![\p{L}])/u;
/** Words every FEAR_LEVER match holds one of (see OVERTIME_GATES). */
export const FEAR_GATES = [
  'i was serious',
  'i meant serious',
  'i was business',
  'i meant business',
  'an example of',
  'an example out of',
  'yelled',
  'shouted',
  'screamed',
  'in front of',
  'publicly',
  'openly',
  'the fear of',
  'on their toes',
  'on its toes',
] as const;

/**
 * A promise made knowing it could not be kept, or what someone wanted to hear said in place of
 * the truth: "I knew we could not make it, but I told the client we would deliver on time", "I
 * told the VP what she wanted to hear".
 */
export const KNOWINGLY_MISLED =
  /(?<![\p{L}])(?:i knew (?:that )?(?:we|it|the team|the date|the deadline|this)[^.!?;]{0,50}?(?:couldn't|could not|wouldn't|would not|can't|cannot|wasn't going to|was not going to|weren't going to|were not going to)[^.!?;]{0,50}?(?:but|yet|and still|anyway),? (?:i )?(?:told|promised|said|assured|committed|agreed)|(?:told|gave) (?:the client|the customer|them|him|her|my boss|my manager|leadership|the stakeholders|the vp|the ceo|the board) what (?:they|he|she) wanted to hear)(?![\p{L}])/u;
/** Words every KNOWINGLY_MISLED match holds one of (see OVERTIME_GATES). */
export const MISLEAD_GATES = ['i knew', 'wanted to hear'] as const;

/**
 * Something hidden from the people who needed it, or numbers bent: "I didn't tell my manager about
 * the bug", "we kept quiet about the outage", "I padded the numbers".
 */
export const CONCEALED =
  /(?<![\p{L}])(?:(?:hid|concealed|covered up|kept quiet about|swept) (?:it|this|that|the (?:bug|issue|problem|mistake|incident|delay|outage|numbers|data|results?|defect|breach))(?: under the rug)?(?: from (?:the client|the customer|my manager|my boss|leadership|the team|everyone|anyone|them))?|(?:didn't|did not|never) tell (?:the client|the customer|my manager|my boss|leadership|anyone|the vp|the ceo) (?:about )?(?:it|the (?:bug|issue|problem|mistake|incident|delay|outage|defect|breach))|(?:fudged|massaged|padded|inflated|cooked|doctored|falsified) the (?:numbers|metrics|data|figures|results|report|books))(?![\p{L}])/u;
/** Words every CONCEALED match holds one of (see OVERTIME_GATES). */
export const CONCEAL_GATES = [
  'hid',
  'concealed',
  'covered up',
  'kept quiet',
  'swept',
  'tell',
  'fudged',
  'massaged',
  'padded',
  'inflated',
  'cooked',
  'doctored',
  'falsified',
] as const;

/**
 * Around a conduct shape, what disowns it: the speaker calls it wrong ("that was a mistake", "I
 * regret it", "it wasn't fair to them", "I would not do that again"). Stricter than
 * TOLD_AS_MISTAKE: "I learned that you have to be decisive" after firing someone on the spot
 * endorses it rather than owning it as wrong.
 */
export const CONDUCT_OWNED_AS_WRONG =
  /(?<![\p{L}])(?:mistake|should not have|shouldn't have|regret|regretted|wrong call|(?:was|is) on me|my fault|(?:wasn't|was not|isn't|is not) fair|unfair|i was wrong|not proud|never again|(?:wouldn't|would not|won't|will not) do (?:it|that|this) again|in hindsight|burned out|burnt out|cost us)(?![\p{L}])/u;

/**
 * Asked about an underperformer: consequences reached for ("let them go", "escalate to HR", "a
 * PIP", "managed out"). Judged beside PEOPLE_DIAGNOSIS and PEOPLE_SUPPORT.
 */
export const PERFORMANCE_CONSEQUENCE =
  /(?<![\p{L}])(?:fire|fired|firing|let (?:him|her|them|the person|the engineer) go|letting (?:him|her|them) go|terminat\p{L}*|managed? (?:him|her|them) out|managing (?:him|her|them) out|(?:escalate|escalated|go|went|take it|took it) to hr|hr process|start the process|pip|performance (?:improvement )?plan|exit (?:him|her|them)|replace (?:him|her|them))(?![\p{L}])/u;

/**
 * Finding out why a person's work fell short: "I asked how she saw it", "to understand what was
 * going on", "the root cause", "it turned out he was covering on-call".
 */
export const PEOPLE_DIAGNOSIS =
  /(?<![\p{L}])(?:why|cause|causes|caused|root|understand\p{L}*|find out|found out|figure out|figured out|asked (?:him|her|them) (?:how|what|why|about)|listen\p{L}*|going on|turned out|personal|context|dig into|dug into|look(?:ed)? into|what (?:was|is) (?:blocking|behind|happening)|one-on-one|one-to-one|1:1)(?![\p{L}])/u;

/**
 * Support given before consequences: expectations written down, goals, check-ins, coaching,
 * pairing, training, feedback.
 */
export const PEOPLE_SUPPORT =
  /(?<![\p{L}])(?:expectations?|goals?|coach\p{L}*|mentor\p{L}*|support\p{L}*|check-ins?|checked in|check in|weekly|pair\p{L}*|training|trained|help(?:ed)?|resources|feedback|clarif\p{L}*|what good looks like)(?![\p{L}])/u;
