/**
 * How blame sounds: explicit phrases, the negators that turn one around, the shapes of pointing
 * at another party, and calm deflections. Read by rules/blame-negativity.ts and the cue scan.
 */

/** Blame and contempt aimed at others. Negated uses ("no blame", "not their fault") are excluded. */
export const BLAME_PHRASES = [
  'their fault',
  'his fault',
  'her fault',
  'it was not my fault',
  "it wasn't my fault",
  'not my fault',
  'not on me',
  'blamed them',
  'blamed him',
  'blamed her',
  'to blame',
  'incompetent',
  'incompetence',
  // Laziness said of people; bare "lazy" is also engineering ("lazy loading", "lazy evaluation").
  'was lazy',
  'were lazy',
  'being lazy',
  'just lazy',
  'so lazy',
  'too lazy',
  'lazy engineers',
  'lazy developers',
  'lazy team',
  'lazy people',
  'useless',
  'clueless',
  'idiot',
  'idiots',
  'stupid',
  'dumb',
  'moron',
  'morons',
  // Contempt for a person: "my boss was a jerk" ("knee-jerk" is a compound and does not match).
  'jerk',
  'jerks',
  'nightmare to work with',
  'pain to work with',
  // A person written off rather than a behaviour described: "the problem was one of the engineers,
  // he was just really difficult to work with and nobody liked him".
  'just difficult to work with',
  'just really difficult to work with',
  'impossible to work with',
  'nobody liked him',
  'nobody liked her',
  'no one liked him',
  'no one liked her',
  'the problem was one of',
  'dropped the ball',
  'threw me under the bus',
  'threw us under the bus',
  'thrown under the bus',
  "didn't care",
  'did not care',
  // A coworker made the villain: "I don't know what her problem was", "she kept trying to
  // undermine me", "he had it in for me". (Not "I asked what her problem was with the design", nor
  // "instead of reading it as an attempt to undermine me".)
  'know what her problem was',
  'know what his problem was',
  'know what their problem was',
  'idea what her problem was',
  'idea what his problem was',
  'understand what her problem was',
  'understand what his problem was',
  'kept trying to undermine me',
  'always trying to undermine me',
  'constantly trying to undermine me',
  'kept undermining me',
  'constantly undermining me',
  'trying to get me into trouble',
  'trying to get me in trouble',
  'had it in for me',
  'was out to get me',
  'were out to get me',
  "couldn't care less",
  'never listened',
  "wouldn't listen",
  'refused to listen',
  "couldn't be bothered",
  'had no idea what they',
  'had no idea what he',
  'had no idea what she',
  'no clue',
  'clearly did not',
  'because of them',
  'because of him',
  'because of her',
  'they messed up',
  'he messed up',
  'she messed up',
  'they screwed up',
  'he screwed up',
  'she screwed up',
  'they failed to',
  'he failed to',
  'she failed to',
  'sabotaged',
  'sabotage',
  'out of my control',
  'my hands were tied',
  "wasn't my call",
  'nothing i could do',
  'nothing i could have done',
  'terrible manager',
  'bad manager',
  'worst manager',
  'terrible team',
  'awful',
  'horrible',
  'pathetic',
  'ridiculous',
  'so frustrating',
  'super frustrating',
  'incredibly frustrating',
  // Others' problems as the backdrop a result is judged against: "it went pretty well considering
  // all the problems we had with the other teams".
  'considering all the problems',
  'given all the problems',
  'all the problems we had with',
  'all the issues we had with',
  'typical product',
  'typical sales',
  'as usual, product',
  'as usual, sales',
  'set up to fail',
  'we were set up',
  'were kind of set up',
  'were basically set up',
  "wasn't really my",
  "wasn't my team's",
  "wasn't our",
  "not my team's",
  'no one could have',
  'nobody could have',
  "couldn't have reasonably",
  'could not have reasonably',
  "shouldn't have had to",
  'should not have had to',
  'it was just the',
  'through no fault of',
  'not our fault',
  'out of our control',
  'beyond our control',
  'beyond my control',
  "can't trust",
  'cannot trust',
  "couldn't trust",
  'they always do',
  'as they always',
  'which is a pattern',
  "didn't help either",
  'did not help either',
  'not how you run',
  'need to be held accountable',
  'needed to be held accountable',
  'held them accountable for their',
  'left us hanging',
  'left me hanging',
  'dumped it on',
  'dumped on us',
  'remarkable given the circumstances',
  'good result given the circumstances',
  'given all of that',
  'badly understaffed',
  "outside my team's control",
  'outside my control',
  'outside our control',
  "beyond my team's control",
  'hold partner teams accountable',
  'hold other teams accountable',
  'hold them accountable for their part',
  'not being listened to',
  "wasn't listened to",
  'was not listened to',
  'was dismissed as',
  'were dismissed as',
  'without consulting engineering',
  'without consulting us',
  'without asking engineering',
  "didn't fully appreciate",
  'did not fully appreciate',
  'should have been the plan from the beginning',
  'should have been obvious',
  'engineering has to absorb',
  'engineering had to absorb',
  'was fairly junior and',
  'was too junior',
  'not very engaged',
  "wasn't my team's fault",
  "wasn't really our",
  "wasn't realistic from the start",
  'was not realistic from the start',
  'was unrealistic from the start',
  'was never realistic',
  'doomed from the start',
  'which did not help',
  "which didn't help",
  'where the delays came from',
  // The delay put outside the speaker's org by construction: "several external factors began to
  // impact delivery", "78% of the delay was attributable to dependencies outside my org".
  'external factors',
  'attributable to dependencies',
  'dependencies outside my org',
  'dependencies outside my team',
  'where the delay came from',
  'whose fault it was',
  'blamed my team',
  'blamed us',
  "other people's mistakes",
  "other teams' mistakes",
  'the real issue was that the',
  'the real problem was that the',
  'the real problem was the',
  'the real issue was the',
  'political games',
  'playing politics',
  'covering themselves',
  'cover their',
  // Motives imputed to a peer, and contempt said politely:
  'land grab',
  'power grab',
  'empire building',
  'empire-building',
  'passive-aggressive',
  'passive aggressive',
  'did nothing to stop',
  'a reputation for over-promising',
  'a reputation for overpromising',
  'a reputation for missing',
  'a reputation for dropping',
  'at their mercy',
  'at his mercy',
  'at her mercy',
  "isn't operating at the bar",
  'not operating at the bar',
  'not pulling their weight',
  "weren't pulling their weight",
  'to be fair to my team',
  // A former boss or employer run down:
  'hound me',
  'hounded me',
  'hounding me',
  'over my shoulder',
  'breathing down my neck',
  "didn't like my boss",
  "didn't like my last boss",
  "didn't like my manager",
  'did not like my boss',
  'did not like my manager',
  'my last job was terrible',
  'my last job was awful',
  "didn't get along with my boss",
  "didn't get along with my supervisor",
  "didn't get along with my manager",
  'did not get along with my boss',
  'did not get along with my supervisor',
  'did not get along with my manager',
  'constantly criticizing me',
  'constantly criticising me',
  'always criticizing me',
  'always criticising me',
  'always on my case',
  'took credit for my work',
  'stole credit for my work',
  'never listened to me',
  'belittled me',
  'belittling me',
] as const;

/**
 * Words that, just before a blame phrase, mean the opposite: "no one to blame", "it wasn't their
 * fault", "rather than looking for someone to blame". Up to three words may stand between.
 */
export const BLAME_NEGATORS =
  /(?<![\p{L}])(?:no|not|never|without|instead of|rather than|avoid|avoided|avoiding|blameless|nobody|no one|wasn't|weren't|isn't|aren't|wasn't about|isn't about|not about|don't need|do not need|don't want|do not want)\s+(?:\S+\s+){0,3}$/u;

/** Someone other than the speaker, as the subject of a clause. */
export const OTHER_PARTY =
  '(?:(?:the|our|their|that|another|other|an?) (?:[\\p{L}-]+ ){0,2}(?:team|teams|org|organization|organisation|function|functions|group|groups|department|departments|vendor|vendors|contractor|contractors|agency|partner|partners|provider|providers|engineer|manager|lead|director|leaders|members|stakeholders|colleagues|coworkers|co-workers|teammates|peers|bosses)|they|he|she|everyone else|my (?:colleagues|coworkers|co-workers|teammates|peers|bosses)|product|sales|marketing|finance|legal|hr|management|leadership|executives|the execs|the business|the client|the customer|the vendor|the contractor|the agency|my predecessor|my (?:boss|manager|director|vp|skip|supervisor|last boss|old boss|former boss|last manager|former manager)|the (?:cro|ceo|cto|cfo|coo|pm|pms|product manager|product team|designers?|vendor|other teams?|(?:platform|infra|infrastructure|backend|frontend|qa|data|security|design|ops|sre|partner|mobile|web|offshore|sales|product|marketing) team)|their (?:em|manager|team|director|lead|vp|pm|leadership|management)|our pm|the previous (?:team|manager|lead|owner))';

/** What others are said to have done wrong. */
export const OTHER_FAILED =
  "(?:(?:was|were|is|are)\\s+(?:honestly\\s+|frankly\\s+|pretty\\s+|really\\s+|so\\s+|very\\s+|completely\\s+|totally\\s+|just\\s+|badly\\s+|fairly\\s+|also\\s+|always\\s+|constantly\\s+|consistently\\s+|often\\s+|again\\s+)*(?:disorganised|disorganized|not (?:very |that |really |particularly )?organi[sz]ed|late|incompetent|useless|clueless|lazy|hopeless|a mess|a disaster|impossible to work with|out of their depth|in over their heads|understaffed|junior|not engaged|unresponsive|inexperienced|generic|unclear|vague|confusing|misleading|easy to miss|not (?:very |that |really |particularly )?experienced)|simply did not|simply didn't|(?:was|were) (?:always |constantly )?micro-?managing|micro-?managed (?:me|us|everyone|the team)|did not seem to (?:know|care|understand)|didn't seem to (?:know|care|understand)|(?:was|were) not (?:very |really |at all )?(?:helpful|supportive|responsive|cooperative)|(?:wasn't|weren't) (?:very |really )?(?:helpful|supportive|responsive|cooperative)|complained|pushed hard|didn't|did not|never(?! (?:once )?(?:made (?:us|me|anyone|people|them) feel|let (?:us|me|anyone|them) down|assumed|blamed|yelled|shouted|raised (?:his|her|their) voice|complained|gave up|micro-?managed|took credit|lost (?:his|her|their) temper))|wouldn't|would not|refused to|failed to|kept (?:changing|adding|pushing|moving|missing|ignoring|slipping|promising)|missed|ignored|dropped|blew|over-?committed|over-?promised|under-?delivered|pushed back on our|couldn't|could not|weren't able|wasn't able|had no (?:idea|clue)|lacked|were late|was late|screwed|botched|messed|delivered (?:[^\\s.!?;]+ ){0,3}?(?:late|behind)|slipped|(?:had )?underestimated|(?:were|was) not (?:strong|good|great) at|(?:wasn't|weren't) (?:strong|good|great) at|changed (?:the |their |its )?(?:priorities|requirements|scope|plans?) (?:twice|again|three times|repeatedly|constantly|midway)|added (?:scope|requirements|a \\S+ module))";

/** "The real problem was the data team": the cause placed on someone else by construction. */
export const CAUSE_ELSEWHERE =
  "(?:the|a) (?:bigger|biggest|real|main|actual|root|underlying) (?:problem|issue|reason|cause|blocker) (?:was|were),? (?:(?:you know|honestly|frankly|really|basically|i think|i'd say|in my view),? )?(?:that )?";

/**
 * A pattern, and its gate words: every match has one of them as a word of its own (spaces or the
 * match's edge on both sides). The pattern is read only in the clauses around them (gated.ts),
 * so a match may hold only letters, spaces, apostrophes and hyphens (and `alsoIn`).
 */
export interface Gated {
  gates: readonly string[];
  shape: RegExp;
  /** Other characters a match may hold (", " in "without me, it…"). */
  alsoIn?: string;
}

/**
 * Shapes that place the cause of a setback outside the speaker's side without an insult: "what we
 * couldn't control was…", "the plan itself was rigorous", "engineering delivered exactly what was
 * specified", "the gap came from the product definition rather than the build", "you can do
 * everything right on your own side". Each counts as pointing at others.
 */
export const DEFLECTIONS: readonly Gated[] = [
  {
    gates: ['what'],
    shape:
      /(?<![\p{L}])what (?:we|i|my team|our team) (?:couldn't|could not|can't|cannot|didn't|did not) (?:control|influence|own)(?: [\p{L}]+){0,2} (?:was|were)(?![\p{L}])/u,
  },
  {
    gates: ['itself'],
    shape:
      /(?<![\p{L}])(?:the|our|my) (?:plan|design|build|code|engine|system|execution|work|delivery|architecture|estimate|estimates|implementation|service|platform|model|approach)(?: [\p{L}-]+)? itself was (?:\p{L}+ )?(?:solid|sound|rigorous|thorough|careful|realistic|sensible|reasonable|right|fine|good|correct|on track|robust|strong)(?![\p{L}])/u,
  },
  {
    gates: ['delivered'],
    shape:
      /(?<![\p{L}])(?:engineering|we|my team|our team|the team) delivered (?:exactly |precisely )?what was (?:specified|asked|agreed|requested|scoped|promised)(?![\p{L}])/u,
  },
  {
    gates: ['rather'],
    shape:
      /(?<![\p{L}])(?:came|stemmed|resulted|arose) from (?:the |their |a )?[\p{L}-]+(?: [\p{L}-]+)? rather than (?:the |our |my )?(?:build|execution|engineering|delivery|implementation|team|code|us|me)(?![\p{L}])/u,
  },
  {
    gates: ['everything'],
    shape: /(?<![\p{L}])(?:do|did|doing) everything right on (?:your|our|my) (?:own )?side(?![\p{L}])/u,
  },
  {
    // Decisions made or changed over the speaker's head, told as the cause: "none of that was
    // communicated to the platform group", "made at a level above me, with limited consultation",
    // "requirements other groups had since walked back", "without warning from the groups".
    gates: [
      'communicated',
      'shared',
      'explained',
      'flagged',
      'announced',
      'warning',
      'notice',
      'consultation',
      'consulting',
      'input',
      'above',
      'head',
      'walked',
    ],
    shape:
      /(?<![\p{L}])(?:(?:none|nothing|little|not much) of (?:that|this|it|those changes|these changes) was (?:communicated|shared|explained|flagged|announced)|(?:was|were) (?:never|not) (?:communicated|shared|explained|flagged) to (?:us|me|my|our|the)|without (?:any )?(?:warning|notice|consultation) from|without consulting (?:us|me|engineering|my team|our team)|with (?:limited|little|no) (?:consultation|warning|notice|input from (?:us|me|engineering))|(?:made|decided|taken) (?:at a level )?above (?:me|my head|my level)|(?:made|decided|taken) over my head|(?:had|have) (?:since )?walked back)(?![\p{L}])/u,
  },
  {
    gates: ['exposed'],
    shape:
      /(?<![\p{L}])exposed to other (?:groups|teams|people|organisations|organizations)(?:'|’)?s? (?:processes|decisions|mistakes|delays)(?![\p{L}])/u,
  },
];

/**
 * Contempt for a workplace, a boss or their work, in the words people use when running a former
 * employer down: "my manager is terrible", "the culture is toxic", "management is messy", "the
 * codebase is a mess". Read only for questions about a former or current job or boss, where the
 * answer is heard for exactly this; in a story "the outage was terrible" describes an event.
 */
export const CONTEMPT =
  /(?<![\p{L}])(?:(?:is|was|are|were|been|be|so|really|pretty|completely|totally|just|honestly|frankly) (?:terrible|awful|horrible|toxic|messy|a mess|a joke|a nightmare|a disaster|dysfunctional|chaotic|clueless|hopeless|the worst)|toxic (?:culture|environment|workplace|team|boss|manager|management|leadership|place)|(?:terrible|awful|horrible|bad|lousy|useless|the worst) (?:manager|managers|boss|bosses|management|leadership|culture|company|employer|team|place|codebase|code base)|(?:manager|boss|management|leadership|culture|company|codebase|place) (?:sucks|sucked|stinks))(?![\p{L}])/u;
