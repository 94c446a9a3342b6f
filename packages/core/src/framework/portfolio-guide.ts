/**
 * Using and keeping a Story Portfolio (TOOLS-SPEC §3): which stories to bring to which round,
 * how to practise, how to maintain them, and the red flags at portfolio and story level.
 */

export interface DeploymentRule {
  context: string;
  stories: { min: number; max: number };
  kind: string;
}

export const DEPLOYMENT_GUIDE: readonly DeploymentRule[] = [
  { context: 'Phone screen', stories: { min: 2, max: 3 }, kind: 'core stories' },
  { context: 'Behavioral', stories: { min: 5, max: 7 }, kind: 'STAR stories' },
  { context: 'Technical', stories: { min: 3, max: 4 }, kind: 'technical stories' },
  { context: 'Leadership', stories: { min: 4, max: 5 }, kind: 'strategic stories' },
  { context: 'Executive', stories: { min: 2, max: 3 }, kind: 'visionary stories' },
];

/** What to weigh when picking which story to tell. */
export const SELECTION_FACTORS: readonly string[] = [
  "The interviewer's background",
  'The scope of the role: team, org or company',
  'Company stage: startup, growth or mature',
  'Recent events at the company',
  'Earlier rounds: never repeat a story',
];

export interface PracticeCadence {
  every: 'day' | 'week' | 'month';
  minutes: number;
  what: string;
}

export const PORTFOLIO_PRACTICE: readonly PracticeCadence[] = [
  { every: 'day', minutes: 10, what: 'One story at the 2-minute target, recorded' },
  { every: 'week', minutes: 30, what: 'Review and rehearse a set of stories' },
  { every: 'month', minutes: 120, what: 'Deep review of the whole portfolio' },
];

/** A 60-minute peer session: warm-up, 4–5 stories, then feedback on four criteria. */
export const PEER_SESSION = {
  segments: [
    { name: 'Warm-up', minutes: 5 },
    { name: 'Stories (4–5)', minutes: 40 },
    { name: 'Feedback', minutes: 15 },
  ],
  feedbackCriteria: ['Clarity', 'Impact', 'Authenticity', 'Relevance'],
} as const;

/** Quarterly upkeep. */
export const MAINTENANCE_RULES = {
  cadence: 'quarterly',
  addStories: { min: 2, max: 3 },
  retireAfterYears: 3,
  rules: [
    'Add 2–3 new stories each quarter',
    'Retire stories older than 3 years unless they are exceptional',
    'Refresh the metrics in the stories you keep',
  ],
} as const;

export interface PortfolioRedFlag {
  id: string;
  scope: 'portfolio' | 'story';
  text: string;
}

export const PORTFOLIO_RED_FLAGS: readonly PortfolioRedFlag[] = [
  { id: 'single-era', scope: 'portfolio', text: 'Every story comes from one period of your career' },
  { id: 'no-failures', scope: 'portfolio', text: 'No failure stories' },
  { id: 'single-dimension', scope: 'portfolio', text: 'All stories show the same dimension' },
  { id: 'no-executive-contact', scope: 'portfolio', text: 'No story involves executives' },
  { id: 'all-hero', scope: 'portfolio', text: 'You are the hero of every story' },
  { id: 'vague-metrics', scope: 'story', text: 'Metrics are vague' },
  { id: 'blame', scope: 'story', text: 'Someone else is blamed' },
  { id: 'team-credit', scope: 'story', text: "The team's work is claimed as your own" },
  { id: 'unclear-role', scope: 'story', text: 'Your own role is unclear' },
  { id: 'weak-payoff', scope: 'story', text: 'The ending has no payoff' },
];

/** Kinds of numbers worth having in a portfolio. */
export const METRICS_CHECKLIST: readonly string[] = [
  'Team size',
  'Timeline',
  'Budget',
  'Performance: latency, throughput, uptime',
  'Business: revenue, users, market share',
  'Efficiency: time saved, automation %',
  'Quality: defects, NPS',
  'People: retention, engagement, promotions',
];

/** Vague phrasing next to a stronger version, with the page's numbers. */
export const METRIC_UPGRADES: readonly { vague: string; specific: string }[] = [
  { vague: 'a distributed team', specific: '12 engineers across 3 time zones' },
  { vague: 'much faster', specific: 'p99 −73% (450ms → 122ms)' },
  { vague: 'a lot of revenue', specific: '$3.2M ARR in 6 months, 28% over target' },
];
