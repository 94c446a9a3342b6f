/**
 * The speaker owning their part in what went wrong: the words that turn an account of a setback
 * (and of others' misses) into a fair one. Questions about failures exist to hear these.
 */

/** The speaker owning their part, which turns an account of others' misses into a fair one. */
export const OWNERSHIP_PHRASES = [
  "that's on me",
  'that was on me',
  "it's on me",
  'it was on me',
  'this is on me',
  'this was on me',
  'mine to own',
  'my fault',
  'my mistake',
  'my miss',
  'my responsibility',
  'i should have',
  'i take responsibility',
  'i took responsibility',
  'i own that',
  'i owned that',
  'i was wrong',
  'i underestimated',
  'i misjudged',
  'i failed to',
  "i didn't",
  'i did not',
  "i hadn't",
  'i had not',
  'my part',
  'my share',
  'my name on',
  'i accepted',
  "i'd accepted",
  'i assumed',
  'i let',
  'i missed',
  // Said of one's own call, in other words:
  'i own it',
  'i owned it',
  'the estimate was mine',
  'the decision was mine',
  'the call was mine',
  'the mistake was mine',
  'the failure was mine',
  'the miss was mine',
  'the slip was mine',
  'the bet was mine',
  'was my call',
  'was my decision',
  'was my mistake',
  'my error',
  'my blind spot',
  'i got it wrong',
  'i got that wrong',
  'i got this wrong',
  'i made a mistake',
  'i made the wrong',
  'i made a bad',
  'i made the mistake',
  'i was too slow',
  'i was too late',
  'i was slow to',
  'i waited too long',
  'i moved too slowly',
  'i moved too fast',
  'took me longer than',
  'took me too long',
  'i dropped the ball',
  'i let the team down',
  'i let them down',
  'i let it drift',
  'i let it slide',
  'in hindsight i',
  'learned the hard way',
  // The lapse named plainly, and the apology that goes with owning it:
  'i forgot',
  'i rushed',
  'i overlooked',
  'i neglected',
  'i skipped',
  'i apologized',
  'i apologised',
  'i overpromised',
  'i over-promised',
  'learnt the hard way',
  'looking back, i',
  'looking back i',
  'the gap was in how i',
  // The cause placed on oneself: "the biggest reason was my own planning", "it came down to my estimate".
  'reason was my',
  'cause was my',
  'my own planning',
  'my own estimate',
  'my own call',
  'my own mistake',
  'came down to my',
  // "I never asked the data team…": loose, a lapse must follow (LOOSE_OWNERSHIP).
  'i never',
] as const;

/**
 * Phrases in OWNERSHIP_PHRASES that say nothing about fault on their own: "I didn't wait for a
 * review" brags, "I let the team decide" delegates, "I accepted the offer" reports. They count as
 * owning a setback only when what follows is a lapse (see OWNED_LAPSE).
 */
export const LOOSE_OWNERSHIP: ReadonlySet<string> = new Set([
  "i didn't",
  'i did not',
  "i hadn't",
  'i had not',
  'i accepted',
  "i'd accepted",
  'i let',
  'i never',
]);

/**
 * What a loose phrase must be followed by (a word or two later) to own a lapse: "I didn't add a
 * buffer", "I did not push back", "I hadn't checked", "I let the date slip", "I accepted a date I
 * doubted".
 */
export const OWNED_LAPSE =
  /^(?:\s+(?:\p{L}+\s+){0,2}?)(?:add|added|push|pushed|check|checked|ask|asked|see|saw|seen|notice|noticed|realise|realize|realised|realized|plan|planned|test|tested|escalate|escalated|communicate|communicated|raise|raised|involve|involved|consult|consulted|flag|flagged|catch|caught|anticipate|anticipated|account|accounted|think|thought|understand|understood|listen|listened|spend|spent|set|give|gave|given|tell|told|verify|verified|question|questioned|challenge|challenged|follow|followed|act|acted|speak|spoke|say|said|share|shared|explain|explained|prepare|prepared|invest|invested|build|built|hire|hired|slip|drift|a date|the date|an estimate|the estimate|a deadline|the deadline|a plan|the plan)(?![\p{L}])/u;

/**
 * "I underestimated", "I overcommitted", "I misread", "I had underweighted": a self-critical verb
 * said of oneself, in any wording. Words that only look like it (overhauled, oversaw, underscored,
 * understood, underlined) are not.
 */
export const SELF_CRITICAL_VERB =
  /(?<![\p{L}])i (?:had |'d |have |'ve )?(?!overhaul|oversee|overcome|underscor|underlin|understood|undertook|overlapped)(?:(?:under|over|mis)\p{L}{3,}ed|misread|mistook|misunderstood|overshot|undershot)(?![\p{L}])/u;

/**
 * Owning the commitment that slipped, without a word of fault: "I had committed to the date
 * before we sized it", "I gave finance a date", "I was accountable for the launch". In an answer
 * about a miss, naming the promise or the remit as one's own is naming one's part in it.
 */
export const OWNED_COMMITMENT =
  /(?<![\p{L}])i (?:had |'d )?(?:(?:(?:committed|promised|signed up|agreed)(?: (?:us|the team|my team|them|finance|sales|leadership|the business|the customer|the client))? to|gave(?: \p{L}+){0,2}?|set) (?:a |an |the |that |our |this |my )?(?:\p{L}+ )?(?:date|deadline|timeline|estimate|schedule|scope|expectations?|feature|deliverable|release|launch|milestone|target|project)|(?:owned|was (?:accountable|responsible) for|was on the hook for) (?:a |an |the |that |our |this |my )?(?:\p{L}+ )?(?:date|deadline|timeline|estimate|schedule|delivery|delivery plan|plan|launch|release|commitment|roadmap))(?![\p{L}])/u;

/**
 * Criticism of oneself passed on without a quarrel: "my director told me in a review that my
 * updates were too detailed", "her feedback was that I interrupted people". Told that way, the
 * speaker's part is the feedback itself: a question about critical feedback needs no "I was wrong"
 * on top (disputing it is feedback-reception's finding).
 */
export const OWNED_VIA_FEEDBACK =
  /(?<![\p{L}])(?:(?:told|showed|warned|reminded) me(?: [\p{L}',-]+){0,6}? that (?:my|i)|(?:the|her|his|their|my \p{L}+'s) feedback was that (?:my|i))(?![\p{L}])/u;

/**
 * The lesson applied to one's own later work, told in the past: "I added buffer time estimation
 * to my future projects", "I built a dependency review into every plan after that". After a miss,
 * changing one's own practice for good takes the cause onto oneself.
 */
export const OWN_PRACTICE_CHANGED =
  /(?<![\p{L}])i (?:[^.!?;]{0,80} and )?(?:have |'ve )?(?:added|built|put|started|began|included|factored|baked|made)(?: [\p{L}-]+){0,4} (?:in|into|to|for|on|part of) (?:all |every |each )?(?:my|our|the) (?:future|next|later|subsequent|upcoming|following) (?:projects?|plans?|estimates?|launches?|releases?|work|roadmaps?)(?![\p{L}])|(?<![\p{L}])i (?:have |'ve )?(?:added|built|put|included|factored|baked)(?: [\p{L}-]+){0,4} (?:in|into|to) every (?:project|plan|estimate|launch|release|roadmap)(?![\p{L}])/u;

/**
 * A deed of one's own told with the guard it skipped: "I shipped a feature without proper
 * testing", "I pushed the change without a review", "I signed the contract without consulting
 * the team". In an answer about a failure, that is naming one's part in it.
 */
export const OWNED_SHORTCUT =
  /(?<![\p{L}])i (?:had |'d )?(?:\p{L}+ed|shipped|pushed|made|took|ran|built|sent|released|deployed|launched|merged|signed|chose|let|put|cut|set|wrote|gave|went ahead)(?: [\p{L}'-]+){0,5} without (?:(?:proper|enough|adequate|sufficient|any|a|an|the|real|thorough|more|first|properly|fully) )*(?:testing|tested|tests|testing it|reviews?|a review|code reviews?|qa|checking|checks|rollback plans?|rollback|plans?|planning|consulting|asking|telling|data|a canary|monitoring|a backup|backups|buy-in|input|sign-off|approval|validating|validation)(?![\p{L}])/u;

/**
 * A mistake told as one's own deed: "I once rushed a project…", "I inadvertently skipped two
 * steps", "I missed a deadline", "I lost a client for being too pushy", "I forgot to…", "my
 * biggest mistake was hiring a friend" (a doing; "my biggest mistake was in my first year" only
 * dates the story). The speaker is the one who did what went wrong, so the answer names their part.
 */
export const OWNED_MISTAKE_DEED =
  /(?<![\p{L}])i (?:once |had |'d |then |also |just |even |accidentally |inadvertently |mistakenly |carelessly |completely )*(?:rushed|skipped|forgot|overlooked|neglected|ignored|misjudged|botched|broke|dropped the ball|missed (?:a|the|an|our|my|two|several) (?:\p{L}+ )?(?:deadline|date|step|steps|bug|error|detail|details|signs?|warning|check|requirement|dependency|issue)|lost (?:a|the|an|our|my|one of (?:our|my|the)) (?:\p{L}+ )?(?:client|customer|deal|account|sale)s?|was too (?:pushy|aggressive|slow|quick|hasty|controlling|harsh|blunt|defensive|proud|stubborn)|came (?:across|off) (?:as )?too)(?![\p{L}])|(?<![\p{L}])my (?:biggest|worst|greatest|main|big) (?:mistake|failure|regret) (?:was|is) (?:in |that i (?:kept )?)?(?:not )?\p{L}{3,}ing(?![\p{L}])/u;
