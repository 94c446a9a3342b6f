/**
 * Working practices an experienced interviewer hears as unsafe when a candidate offers them as
 * their own way of working: quality guards switched off to go faster, problems left until
 * someone else reports them, and a fix bought or handed off before anyone finds the cause. Read
 * by rules/unsafe-practice.ts.
 */

/**
 * Cutting a guard to go faster: "run fewer tests", "skip code review", "commented out flaky
 * tests", "disable the alerts", "push the fix straight to production", "merge without review",
 * "getting something working rather than spending time on analysis or testing".
 */
export const CUT_CORNERS =
  /(?<![\p{L}])(?:(?:run|running|ran|runs) fewer tests|(?:skip|skips|skipping|skipped) (?:the |our |all |most )?(?:tests|testing|unit tests|integration tests|test suite|code reviews?|reviews?|qa|staging|the canary|canaries)|comment(?:s|ed|ing)? out (?:the |a |any |some )?(?:flaky |failing |broken |slow )?tests?|(?:disable|disables|disabled|disabling|mute|mutes|muted|muting|silence|silences|silenced|silencing) (?:the |our |any |those |some )?(?:flaky |failing |noisy |broken )?(?:tests?|checks|alerts|alarms|linters?|linting|ci checks|pages)|turn(?:s|ed|ing)? off (?:the |our )?(?:tests|alerts|alarms|checks|monitoring|linting)|(?:push|pushes|pushed|pushing|ship|ships|shipped|shipping|deploy|deploys|deployed|deploying|hotfix|hotfixed) (?:it |the fix |a fix |fixes |changes |the change |code )?(?:straight|directly) (?:to|into|onto) prod(?:uction)?|(?:merge|merges|merged|merging|ship|ships|shipped|deploy|deploys|deployed|release|released) (?:it |them |changes |code |the fix )?without (?:any )?(?:tests|testing|review|code review|a review|qa)|(?:bypass|bypasses|bypassed|bypassing) (?:the |our )?(?:review|tests|ci|checks|pipeline)|force[- ]merg(?:e|es|ed|ing)|(?:rather than|instead of) (?:spending (?:too much |much |a lot of |any )?time (?:on|doing) |doing |writing |running )?(?:root[- ]cause analysis|deep analysis|analysis|comprehensive testing|thorough testing|testing|tests|a proper fix|code reviews?|reviews?)(?! (?:in|on) prod)|ignor(?:e|es|ed|ing) (?:the |those )?(?:flaky tests|failing tests|alerts|warnings|test failures))(?![\p{L}])/u;

/**
 * Waiting for problems to be reported rather than looking for them: "I wait until someone reports
 * a problem", "I only fix it when it breaks", "if it ain't broke, don't fix it", "we handle tech debt
 * when it becomes a blocker", "I handle it reactively".
 */
export const REACTIVE =
  /(?<![\p{L}])(?:(?:wait|waits|waiting) (?:until|till|for) (?:someone|somebody|people|users|a user|customers|a customer|the team|it|things|something|a problem|problems|issues) (?:to )?(?:reports?|complains?|breaks?|fails?|goes wrong|go wrong|comes? up|raises?|escalates?|tells? me)|only (?:fix|fixes|change|changes|look at|looks at|address|addresses|touch|touches) (?:it|things|them|problems?|issues?|the pipeline|the code) (?:when|once|after|if) (?:it|they|something|someone|somebody|a user|users) (?:breaks?|fails?|complains?|reports?|goes wrong|go wrong)|if it (?:ain't|isn't|is not) broken?|(?:handle|handles|handled|address|addresses|tackle|tackles|deal with|deals with|fix|fixes) (?:tech debt|technical debt|debt|it|them|issues|problems|bugs|things) reactively|(?:only )?(?:when|once|until) (?:it|they|that|the debt) (?:becomes?|become) (?:a |an )?(?:blocker|blocking|real problem|problem|emergency|fire)|(?:when|once|until) we (?:start|begin) (?:seeing|to see|hitting) (?:too many|lots of|a lot of|more) (?:bugs|incidents|outages|complaints|failures)|(?:don't|do not|never) (?:want to )?(?:fix|touch|change) (?:what|anything that) (?:isn't|is not|ain't) broken?)(?![\p{L}])/u;

/**
 * Words every match of CUT_CORNERS holds as a word of its own (its verb of cutting, or the word
 * that makes it one: "fewer", "straight", "without", "rather"): the pattern is read only in the
 * clauses around them (gated.ts).
 */
export const CUT_CORNERS_GATES = [
  'fewer',
  'skip',
  'skips',
  'skipping',
  'skipped',
  'comment',
  'comments',
  'commented',
  'commenting',
  'disable',
  'disables',
  'disabled',
  'disabling',
  'mute',
  'mutes',
  'muted',
  'muting',
  'silence',
  'silences',
  'silenced',
  'silencing',
  'turn',
  'turns',
  'turned',
  'turning',
  'straight',
  'directly',
  'without',
  'bypass',
  'bypasses',
  'bypassed',
  'bypassing',
  'force',
  'rather',
  'instead',
  'ignore',
  'ignores',
  'ignored',
  'ignoring',
];

/** Words every match of REACTIVE holds as a word of its own. */
export const REACTIVE_GATES = [
  'wait',
  'waits',
  'waiting',
  'only',
  'broke',
  'broken',
  // "…handle tech debt reactively", "when it becomes a blocker", "when we start seeing bugs".
  'reactively',
  'becomes',
  'become',
  'start',
  'begin',
];

/**
 * Just before a practice: it is refused, resisted or someone else's ask, not the speaker's habit
 * ("I never skip code review", "instead of commenting out flaky tests", "the PM wanted us to skip
 * staging").
 */
export const PRACTICE_REFUSED =
  /(?:never|n't|\bnot|no longer|instead of|rather than|stopped|avoid(?:s|ed|ing)?|refus(?:e|es|ed|ing) to|resist(?:s|ed|ing)?(?: the urge to)?|tempt(?:ed|ing|ation)(?: to)?|pressure(?:d)?(?: \p{L}+)? to|want(?:s|ed)? (?:me|us|the team) to|ask(?:s|ed)? (?:me|us|the team) to|push(?:es|ed)? (?:me|us) to|urge to|no one|nobody)(?:\s+[^\s.!?;]+){0,3}\s+$/u;

/**
 * A practice told as a mistake, in its own sentence or the next: "we skipped staging, and it bit
 * us", "that was a mistake", "I shouldn't have", "that one was on me". Owning it is the learning, not the method.
 */
export const TOLD_AS_MISTAKE =
  /(?<![\p{L}])(?:mistake|should not have|shouldn't have|should have|regret|lesson|learned|learnt|bit us|came back to bite|backfired|cost us|never again|in hindsight|looking back|the hard way|wrong call|(?:was|is) on me|my fault|my mistake|took the blame|i was wrong|dropped the ball|messed up|screwed up)(?![\p{L}])/u;

/**
 * A fix reached for before the cause is known: more or bigger hardware ("throw more servers at
 * it", "a powerful enough database server"), or the problem handed to someone else ("I ask the
 * DBA to look into it", "let the vendor handle it").
 */
export const HANDS_OFF =
  /(?<![\p{L}])(?:(?:throw|throws|threw|throwing|add|adds|added|adding|buy|buys|bought|buying) (?:more |extra |bigger )?(?:hardware|servers|machines|instances|capacity|memory|ram|cpus?|nodes)(?: at (?:it|the problem|them))?|(?:a |an )?(?:bigger|more powerful|powerful enough|faster|larger|beefier) (?:database |db |application |app )?(?:server|servers|machine|machines|instance|instances|box|hardware)|(?:ask|asks|asked|get|gets|got|have|has|had|let|lets) (?:the |our |a |an )?(?:dba|dbas|database administrators?|database team|ops team|operations team|infra team|infrastructure team|vendor|vendors|support team|consultants?) (?:to )?(?:look into|look at|handle|fix|deal with|take care of|sort out|optimi[sz]e) (?:it|this|that|them|the problem|the issue|things))(?![\p{L}])/u;

/**
 * Words that show the cause is looked for before a fix is bought or handed off: with one of
 * them in the answer, more capacity or an expert's help is a considered step, not a reflex.
 */
export const DIAGNOSIS =
  /(?<![\p{L}])(?:profil\p{L}*|measur\p{L}*|explain plans?|query plans?|execution plans?|trac(?:e|es|ed|ing)|benchmark\p{L}*|slow query log|flame ?graphs?|root[- ]cause|diagnos\p{L}*|investigat\p{L}*|analy[sz]\p{L}*|metrics|dashboards?|load[- ]test\p{L}*|bottlenecks?)(?![\p{L}])/u;

/**
 * Every call left to someone else: "I just follow the priority list given to me by management",
 * "I do whatever my manager says", "I tell stakeholders we have no capacity and they need to wait".
 * Asked how they decide, a leader who only relays others' calls has no method of their own.
 */
export const DEFERS =
  /(?<![\p{L}])(?:(?:just|simply|always|usually) (?:follow|go with|do|stick to) (?:the |whatever |what )(?:[\p{L}-]+ ){0,3}?(?:(?:is |are )?(?:given to me|handed to me|handed down|set|decided|passed down) )?(?:by|from) (?:management|my manager|my boss|leadership|the business|my director|above|upper management)|(?:do|doing|did) (?:whatever|what) (?:i'm|i am|i was|i'm being|we're|we are) told|(?:do|doing|follow|go with) (?:whatever|what) (?:management|my manager|my boss|leadership|the business) (?:says|said|wants|wanted|decides|decided)|(?:tell|told|telling) (?:the )?(?:stakeholders|them|everyone|people|the business) (?:that )?(?:we (?:don't|do not|didn't) have|there (?:is|was) no) (?:the )?capacity and (?:that )?(?:they|it) (?:need|needs|have|has) to wait)(?![\p{L}])/u;
