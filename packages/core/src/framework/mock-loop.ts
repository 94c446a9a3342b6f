/**
 * The Mock Interview Guide's six-round loop (TOOLS-SPEC §5): 315 minutes in all, with the rules
 * embedded in its model answers and the post-loop self-check. The guide has no numeric scoring.
 */
import type { InterviewTypeId } from './ids';

export interface LoopSegment {
  name: string;
  minutes: number;
}

export interface MockRound {
  number: number;
  id: string;
  name: string;
  minutes: number;
  focus: string;
  interviewType: InterviewTypeId;
  segments: readonly LoopSegment[];
  /** The timer preset that runs this round. */
  timerPresetId: string;
}

export const MOCK_LOOP: readonly MockRound[] = [
  {
    number: 1,
    id: 'hiring-manager',
    name: 'Hiring Manager',
    minutes: 60,
    focus: 'Fit for the role, and leadership',
    interviewType: 'behavioral',
    timerPresetId: 'hiring-manager',
    segments: [
      { name: 'Introduction', minutes: 10 },
      { name: 'Leadership philosophy', minutes: 15 },
      { name: 'Hardest organisational change', minutes: 20 },
      { name: 'Your questions', minutes: 15 },
    ],
  },
  {
    number: 2,
    id: 'behavioral-1',
    name: 'Behavioral 1',
    minutes: 45,
    focus: 'Managing people',
    interviewType: 'behavioral',
    timerPresetId: 'behavioral',
    segments: [
      { name: 'Managing out a senior engineer', minutes: 20 },
      { name: 'Building high-performing teams', minutes: 15 },
      { name: 'Inclusion', minutes: 10 },
    ],
  },
  {
    number: 3,
    id: 'behavioral-2',
    name: 'Behavioral 2',
    minutes: 45,
    focus: 'Technical leadership',
    interviewType: 'technical-leadership',
    timerPresetId: 'technical-leadership',
    segments: [
      { name: 'A key technical decision', minutes: 20 },
      { name: 'Staying technical', minutes: 15 },
      { name: 'Innovation', minutes: 10 },
    ],
  },
  {
    number: 4,
    id: 'system-design',
    name: 'System Design',
    minutes: 60,
    focus: 'Architecture at scale',
    interviewType: 'system-org-design',
    timerPresetId: 'system-design',
    segments: [{ name: 'Design a global engineering organisation that runs 24/7', minutes: 60 }],
  },
  {
    number: 5,
    id: 'cross-functional',
    name: 'Cross-functional',
    minutes: 45,
    focus: 'Collaboration',
    interviewType: 'behavioral',
    timerPresetId: 'cross-functional',
    segments: [
      { name: 'Influence without authority', minutes: 20 },
      { name: 'Disagreement with a PM', minutes: 15 },
      { name: 'Communicating with executives', minutes: 10 },
    ],
  },
  {
    number: 6,
    id: 'bar-raiser',
    name: 'Bar Raiser',
    minutes: 60,
    focus: 'Culture, and raising the bar',
    interviewType: 'culture-values',
    timerPresetId: 'bar-raiser',
    segments: [
      { name: 'A failure', minutes: 20 },
      { name: 'Raising the bar', minutes: 20 },
      { name: 'Your questions', minutes: 20 },
    ],
  },
];

export const MOCK_LOOP_TOTAL_MINUTES = 315;

/** Rules of thumb the model answers rely on. */
export const MOCK_LOOP_RULES = {
  selfIntroduction: [
    { name: 'Current role', minutes: 2 },
    { name: 'Journey', minutes: 2 },
    { name: 'Why this role', minutes: 1 },
    { name: 'Questions', minutes: 5 },
  ],
  executivePitch: {
    secondsPerPart: 30,
    parts: ['Business impact', 'Investment needed', 'An analogy', 'Next steps'],
  },
  capacitySplitPercent: { roadmap: 70, techDebt: 20, innovation: 10 },
  improvementPlanDays: [30, 60, 90],
  complexityBufferPercent: 50,
  influenceTactics: ['Social proof', 'Reciprocity', 'Authority', 'Consistency', 'Liking'],
  thankYouWithinHours: 24,
} as const;

/** The global-org sample answer's numbers, for a worked example. */
export const GLOBAL_ORG_SAMPLE = {
  engineersNow: 100,
  engineersTarget: 300,
  sites: [
    { city: 'San Francisco', engineers: 150 },
    { city: 'Dublin', engineers: 75 },
    { city: 'Singapore', engineers: 75 },
  ],
  overlapHours: { min: 2, max: 3 },
  phasesMonths: ['1–3', '4–6', '7–12'],
  incidentResponseUnderMinutes: 15,
  employeeNpsAbove: 80,
} as const;

/** Ask yourself these after each mock loop. */
export const MOCK_SELF_CHECK: readonly { id: string; text: string }[] = [
  { id: 'level-scope', text: 'Did the scope of my examples match the level?' },
  { id: 'business-impact', text: 'Did I show business impact, not only technical work?' },
  { id: 'specific-metrics', text: 'Did I use specific metrics and numbers?' },
  { id: 'growth-mindset', text: 'Did I show a growth mindset?' },
  { id: 'company-values', text: "Did I connect to the company's values?" },
  { id: 'good-questions', text: 'Did I ask thoughtful questions?' },
  { id: 'executive-presence', text: 'Did I come across with executive presence?' },
  { id: 'confidence-humility', text: 'Did I balance confidence with humility?' },
];

/** Feedback that means the loop went well. */
export const POSITIVE_SIGNALS: readonly string[] = [
  'Communicates clearly',
  'Solid technical foundation',
  'Impact at an impressive scale',
  'Adds to the culture',
  'Would raise the bar',
];

/** Feedback that says what to work on. */
export const IMPROVEMENT_SIGNALS: readonly string[] = [
  'More executive presence needed',
  'Show more strategic thinking',
  'Examples need bigger scope',
  'More cross-functional examples',
  'Deeper business acumen',
];
