/**
 * Word lists for answers to approach questions ("How do you prioritise…?", "What is your
 * approach to…?"): what grounds a way of working in something that happened, and what stands in
 * for one without saying anything.
 */

/** Phrases that introduce a concrete case: "For example, at my last company we…". */
export const EXAMPLE_CUES = [
  'for example',
  'for instance',
  'as an example',
  'a good example',
  'one example',
  'case in point',
  'to give you an example',
  'at my last company',
  'at my previous company',
  'at my current company',
  'at my last job',
  'at my previous job',
  'in my last role',
  'in my previous role',
  'in my current role',
  'on my last team',
  'on my previous team',
  'in one case',
  'one time',
  'last year',
  'last quarter',
  'a few years ago',
  'early in my career',
  'most recently',
  'recently',
  // A real time named as the case: "During our Q4 migration I kept a daily list…".
  'during our',
  'during my',
  'in my last job',
  'in my previous job',
  'at my current job',
  'at my old company',
  'in a previous role',
  'at a previous company',
  'on one project',
  'in one project',
  'on a recent project',
  'on my last project',
  'last month',
  'earlier this year',
  // A named month or season: "Last March, in the week we launched self-serve billing…".
  'last january',
  'last february',
  'last march',
  'last april',
  'last may',
  'last june',
  'last july',
  'last august',
  'last september',
  'last october',
  'last november',
  'last december',
  'last spring',
  'last summer',
  'last autumn',
  'last fall',
  'last winter',
  'two years ago',
  'three years ago',
  'a year ago',
  'last week',
];

/**
 * Words that give a sentence of method its content: an order of steps, a condition, a reason or
 * a trade-off, a cadence. "I make sure everyone is aligned" has none; "If it's minor, I log it
 * and schedule it after the release" has two.
 */
export const STEP_WORDS = [
  // order
  'first',
  'firstly',
  'second',
  'third',
  'then',
  'next',
  'after',
  'afterwards',
  'before',
  'once',
  'finally',
  'until',
  'start',
  'begin',
  'step',
  // condition
  'if',
  'when',
  'whenever',
  'unless',
  'where',
  // reason and trade-off
  'because',
  'since',
  'so',
  'rather',
  'instead',
  'trade-off',
  'trade-offs',
  'tradeoff',
  'tradeoffs',
  'versus',
  'vs',
  'depends',
  'based',
  'against',
  'whether',
  // criteria a decision is weighed on: "I evaluate tasks on their impact, urgency and effort"
  'impact',
  'urgency',
  'risk',
  'risks',
  'effort',
  'dependencies',
  'consequences',
  'severity',
  // cadence
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'every',
  'regular',
  'regularly',
  'frequently',
  // a named leadership practice: "implement mentorship programs", "run blameless postmortems"
  'mentorship',
  'mentoring',
  'one-on-ones',
  '1:1s',
  'retros',
  'retrospectives',
  'postmortems',
  'post-mortems',
  'hackathons',
  'guilds',
  'brown-bags',
  'okrs',
  'rotations',
  'pairing',
  'knowledge-sharing',
  'rfcs',
  'skip-levels',
  'offsites',
  'all-hands',
  'workshops',
  'shadowing',
  'playbooks',
  'runbooks',
];

/**
 * Claims about oneself that every candidate can make and no interviewer can check: they stand in
 * for a method instead of describing one.
 */
export const PLATITUDES = [
  'work hard',
  'work too hard',
  'working hard',
  'hard worker',
  'hard-working',
  'hardworking',
  'perfectionist',
  'care too much',
  'team player',
  'people person',
  'go the extra mile',
  'give 110%',
  'give it my all',
  'do my best',
  'do whatever it takes',
  'whatever it takes',
  'just communicate',
  'communication is key',
  'communicate a lot',
  'stay positive',
  'stay focused',
  'stay calm',
  'keep calm',
  'positive attitude',
  'positive mindset',
  'i just know',
  'you can tell',
  'use common sense',
  'go with my gut',
  'trust my gut',
  'keep everyone happy',
  'get things done',
  'get it done',
  'communication is important',
  'over-communicate',
  'be transparent',
  'lead by example',
  'open door',
  'on the same page',
  // Why this company, said of any company: "it's a great company", "I've heard good things about the
  // culture", "a place where I could grow and learn".
  'a great company',
  'an amazing company',
  'a great place to work',
  'heard good things',
  'heard great things',
  'heard really good things',
  'heard so many good things',
  'great culture',
  'great reputation',
  'grow and learn',
  'learn and grow',
  'where i could grow',
  'where i can grow',
  'opportunities for growth',
  'growth opportunities',
  'room to grow',
];

/**
 * What the speaker does about a weakness, told as work in progress: "I\'ve been working on this by
 * assigning tasks early", "to help myself improve, I read…", "I\'ve started blocking time". In an
 * answer about how one works, these are the method.
 */
export const REMEDY =
  /(?<![\p{L}])(?:(?:i've|i have|i'm|i am) (?:been )?(?:actively |deliberately |consciously |really )?(?:working on (?:this|it|that|my \p{L}+|improving|getting better|building|developing|strengthening|becoming|by)|addressing (?:this|it)|learning to|practis\p{L}*|practic\p{L}*|started|begun|taken steps|sought out|joined|enrolled|signed up|learned to|learnt to|learned not to|learnt not to|learned that|learnt that|learned how to|learnt how to|gotten (?:much |very |a lot )?(?:better|good) at)|(?:to|i) (?:help myself )?(?:improve|address|fix|work on|get better at|overcome|manage) (?:this|it|that|in this area|on this)|what helps (?:me )?is|what i do now is|since then,? (?:i've|i have|i)|these days,? i|(?:so|and so|now) (?:at times |sometimes |now |these days )?i (?:need to|have to|try to|make sure|make a point|remind myself|force myself|ask (?:for|someone|my))|remind myself|(?:i have to|i need to|i make a point to) (?:constantly |consciously |always )?remember to|(?:decided to |i )?(?:take|took|taken|taking|enrol(?:l|led)? in|signed up for) (?:(?:a|an|some|two|three|several) )?(?:\p{L}+ ){0,3}?(?:course|courses|class|classes|training|workshop|workshops|program|programme|coach)|to help (?:me |myself )?(?:improve|solidify|strengthen|build|get better)|i (?:recently |then |also |eventually )?(?:joined|enrolled in|signed up for|took up|started attending|started going to|found) (?:a |an |the |my )?(?:local )?(?:[\p{L}-]+ ){0,2}?(?:toastmasters|club|course|class|program|programme|workshop|group|mentor|coach|coaching)|(?:so|and|but) (?:now |lately |recently )?(?:i've|i have) been (?:spending time |making time |taking time )?(?!told|asked|given|criticized|criticised)\p{L}+ing|(?:but|so|and) (?:now |since then |over time )?i (?:focused on|focus on|made (?:a |an )?(?:conscious |deliberate |real )?(?:effort|point) to|make (?:a |an )?(?:conscious |deliberate )?(?:effort|point) to|trained myself|taught myself|forced myself|worked hard to|have worked to|work to)|(?:but|so) i (?:read (?:a|an|two|three|some|several) (?:\p{L}+ ){0,2}?(?:book|books|guide|course)|practi[cs]ed|studied|joined|enrolled|signed up|volunteered|started|began|sought out|hired a coach|found (?:a|an) (?:mentor|coach)|asked (?:for|my manager for) (?:feedback|coaching|help)|took (?:a|an) (?:\p{L}+ ){0,2}?(?:course|class|workshop)))(?![\p{L}])/u;

/**
 * What makes a view more than a claim: its reason, its condition or what it weighs. "I'd rather
 * raise it early because it comes back", "it depends on whether it will recur", "what drew me is
 * the chance to…", "that matters to me because…", "I like that your blog talks openly about
 * incidents; that tells me…". ", so I…" sits outside the word-start guard: its comma always follows
 * a letter, and inside the guard it could never match.
 */
export const REASON =
  /(?<![\p{L}])(?:because|since|so that|that's why|that is why|the reason|which means|it depends|depends on|rather than|instead of|if|unless|as long as|what drew me|what draws me|draws me to|(?:i|i also|i really) like that|that tells me|which tells me|which is how i|drawn to|attracted me|matters to me|important to me|led to|leads to|led me to|drove me to|drew me to|inspired me to|got me into|sparked my|caused|causes|meant that|showed me|taught me|opportunities for|opportunity to|so i have decided|so i decided|i found (?:this|it|that) (?:\p{L}+ )?(?:interesting|rewarding|fulfilling|energi[sz]ing|exciting)|opportunities to|allow me to|allows me to|would allow me|the chance to|i'm looking for|i am looking for|looking to|i want to|i'd like to|i would like to|so i can|which is why|i value|i care about|excites me|motivates me|i enjoy|i love|i'm passionate about|in order to|due to|owing to|shows that|show that|proves|proved|proven|track record|record of|years' experience|years of experience|(?:my|with) (?:\p{L}+ ){0,2}experience (?:as|in|with|at|of)|given that|as a result|so when|no room (?:to grow|for growth|to advance)|as far as i could|(?:leaving|moving|switching|joining|quit|quitting|left|leave|resigned|resign) (?:\p{L}+ ){0,3}to (?:pivot|move|grow|learn|focus|lead|build|work|join|pursue|take on|try|explore|care|study|start|return|relocate|be))(?![\p{L}])|, so (?:i|we)(?![\p{L}])/u;
