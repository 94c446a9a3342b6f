/**
 * Practice cadence: the seed's weekly routine and monthly calibration, and the tools hub's
 * six-week workflow, daily 30-minute plans, success metrics and interactive-hub milestones
 * (TOOLS-SPEC §1, §6). Planning maths (dates, deadlines) lives elsewhere; this is the plan.
 */
import type { LevelId } from './ids';
import type { ToolId } from './tools';

export type Weekday = 'monday' | 'wednesday' | 'friday';

export interface WeeklySession {
  day: Weekday;
  /** The seed's activity for the day. */
  activity: string;
  /** The hub's reading of the same slot inside its 2-hour weekly budget. */
  hubActivity: string;
}

/** The hub budgets two hours a week across the three sessions. */
export const WEEKLY_PRACTICE_MINUTES = 120;

export const WEEKLY_ROUTINE: readonly WeeklySession[] = [
  { day: 'monday', activity: 'Review and refresh the story portfolio', hubActivity: 'Develop one new story' },
  { day: 'wednesday', activity: 'Mock interview with a peer', hubActivity: 'Mock interview' },
  {
    day: 'friday',
    activity: 'Study material specific to the target company',
    hubActivity: 'Customise stories for the company',
  },
];

export const MONTHLY_CALIBRATION: readonly string[] = [
  'Run a full mock interview loop and collect feedback',
  'Fold recent accomplishments into your stories',
  'Read up on industry trends and the challenges they bring',
];

export interface WorkflowPhase {
  id: 'foundation' | 'refinement' | 'execution';
  name: string;
  weeks: { from: number; to: number };
  steps: readonly string[];
  tools: readonly ToolId[];
}

export const SIX_WEEK_WORKFLOW: readonly WorkflowPhase[] = [
  {
    id: 'foundation',
    name: 'Foundation',
    weeks: { from: 1, to: 2 },
    steps: ['Set up the portfolio', 'Mine 30 stories', 'Structure them with STAR+', 'First practice runs'],
    tools: ['story-portfolio', 'star-plus'],
  },
  {
    id: 'refinement',
    name: 'Refinement',
    weeks: { from: 3, to: 4 },
    steps: ['Add principle hooks', 'Align with values', 'Strengthen the stories', 'Customise per company'],
    tools: ['principle-hooks'],
  },
  {
    id: 'execution',
    name: 'Execution',
    weeks: { from: 5, to: 6 },
    steps: ['Work through the interactive tools', 'Timed practice', 'Mock interviews', 'Final preparation'],
    tools: ['question-bank', 'star-matcher', 'interview-timer', 'decision-trees', 'self-assessment'],
  },
];

export interface PracticeBlock {
  minutes: number;
  activity: string;
}

export interface DailyPlan {
  phase: WorkflowPhase['id'];
  blocks: readonly PracticeBlock[];
}

export const DAILY_PRACTICE_MINUTES = 30;

export const DAILY_PLANS: readonly DailyPlan[] = [
  {
    phase: 'foundation',
    blocks: [
      { minutes: 10, activity: 'Develop a story' },
      { minutes: 10, activity: 'Structure it with STAR+' },
      { minutes: 10, activity: 'Answer from the question bank' },
    ],
  },
  {
    phase: 'refinement',
    blocks: [
      { minutes: 10, activity: 'Weave principles into a story' },
      { minutes: 10, activity: 'Timed answers' },
      { minutes: 10, activity: 'Self-assessment' },
    ],
  },
  {
    phase: 'execution',
    blocks: [
      { minutes: 15, activity: 'Mock scenarios' },
      { minutes: 15, activity: 'Work on weak areas' },
    ],
  },
];

export interface SuccessMetric {
  id: string;
  text: string;
}

export const SUCCESS_METRICS: readonly SuccessMetric[] = [
  { id: 'stories-structured', text: '20 or more stories in STAR+ form' },
  { id: 'stories-mapped', text: 'Every story mapped to company values' },
  { id: 'mocks-done', text: 'At least 3 mock interviews completed' },
  { id: 'answer-length', text: 'Answers land at 2–3 minutes, consistently' },
  { id: 'no-notes', text: 'Delivered without notes' },
  { id: 'mock-feedback', text: 'Mock interviewers give positive feedback' },
];

export interface Milestone {
  id: string;
  name: string;
  /** Tiers in order of difficulty. */
  tiers: readonly string[];
}

export const HUB_MILESTONES: readonly Milestone[] = [
  {
    id: 'story-master',
    name: 'Story Master',
    tiers: ['10 stories', '20 stories covering every competency', '30 or more stories'],
  },
  {
    id: 'time-ninja',
    name: 'Time Ninja',
    tiers: ['10 timed runs', 'Every format practised', 'Pacing that holds steady'],
  },
  {
    id: 'decision-expert',
    name: 'Decision Expert',
    tiers: ['Every scenario completed', 'Optimal paths found', 'Alternatives explored'],
  },
  {
    id: 'question-champion',
    name: 'Question Champion',
    tiers: ['100 questions answered', 'Every category', 'Every difficulty'],
  },
  {
    id: 'assessment-pro',
    name: 'Assessment Pro',
    tiers: ['80% or more overall', 'No gaps left', 'Ready for the target level'],
  },
];

/** The hub suggests 15 minutes a day with the interactive tools. */
export const HUB_DAILY_MINUTES = 15;

/**
 * The hub's suggested order of tools by level. Its labels are on the self-assessment ladder
 * (its "L6" is an Engineering Manager), so each path also names the canonical levels it serves.
 */
export interface HubLevelPath {
  sourceLabel: string;
  levels: readonly LevelId[];
  steps: readonly string[];
}

export const HUB_LEVEL_PATHS: readonly HubLevelPath[] = [
  {
    sourceLabel: 'L6',
    levels: ['L5'],
    steps: ['Self-Assessment', 'STAR Matcher', 'Interview Timer on easier questions', 'Decision Trees'],
  },
  {
    sourceLabel: 'L7–L8',
    levels: ['L5', 'L6'],
    steps: ['Question Bank', 'Decision Trees', 'STAR Matcher for strategic stories', 'Interview Timer'],
  },
  {
    sourceLabel: 'L8+',
    levels: ['L6', 'L7+'],
    steps: ['Expert-level questions', 'Organisational scenarios', 'Self-Assessment', 'Condensed stories'],
  },
];
