/**
 * STAR+ (TOOLS-SPEC §2): classic STAR plus Learnings, Scale and Impact, the canonical two-minute
 * script and the red flags. Four pages give four different two-minute splits; the canonical one
 * is settled here (SPLIT_VARIANTS keeps the others, and docs/framework/conflicts.md says why).
 */

export const STAR_PLUS_PART_IDS = [
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'scale',
  'impact',
] as const;
export type StarPlusPartId = (typeof STAR_PLUS_PART_IDS)[number];

export interface StarPlusPart {
  id: StarPlusPartId;
  name: string;
  /** True for the three "+" parts that leadership interviews add. */
  plus: boolean;
  prompt: string;
}

export const STAR_PLUS_PARTS: readonly StarPlusPart[] = [
  { id: 'situation', name: 'Situation', plus: false, prompt: 'Where things stood, and why it mattered.' },
  { id: 'task', name: 'Task', plus: false, prompt: 'What you in particular were on the hook for.' },
  { id: 'action', name: 'Action', plus: false, prompt: 'The steps you took, in your own voice.' },
  { id: 'result', name: 'Result', plus: false, prompt: 'What came of it, in numbers.' },
  { id: 'learnings', name: 'Learnings', plus: true, prompt: 'The lesson, and where you have used it since.' },
  { id: 'scale', name: 'Scale', plus: true, prompt: 'How big and how complex the work was.' },
  { id: 'impact', name: 'Impact', plus: true, prompt: 'Effects that outlasted the immediate result.' },
];

/** Always put numbers on these. */
export const QUANTIFY_CHECKLIST: readonly string[] = [
  'Team size, direct and indirect',
  'Budget you were responsible for',
  'Users affected (MAU, revenue)',
  'Technical complexity (number of services, data volume)',
  'Timeline and constraints',
];

/** Show you dealt with these groups. */
export const STAKEHOLDER_GROUPS: readonly string[] = [
  'Executives (VP, C-level)',
  'Cross-functional partners (Product, Design, Sales)',
  'External partners and customers',
  'The board (for senior roles)',
];

/** How to show judgement under ambiguity. */
export const AMBIGUITY_MOVES: readonly string[] = [
  'Acting on incomplete information, and how you filled the gaps',
  'Telling reversible decisions from irreversible ones',
  'Trading speed against accuracy deliberately',
  'Saying plainly what was still uncertain',
];

export type ScriptBeatId =
  | 'principle'
  | 'situation'
  | 'task'
  | 'action'
  | 'result'
  | 'learnings'
  | 'scale-impact'
  | 'offer';

export interface ScriptBeat {
  id: ScriptBeatId;
  /** Budgeted seconds; null for one-line bridges that are not timed. */
  seconds: number | null;
  /** The upper end of the range the portfolio template allows when an answer runs to 3 minutes. */
  maxSeconds: number | null;
  guidance: string;
}

/**
 * The canonical two-minute answer: the STAR+ page's splits (20/10/60/20/10 = 120 s). The
 * portfolio template's ranges start at exactly these values, so they become the upper bounds.
 */
export const TWO_MINUTE_SCRIPT: readonly ScriptBeat[] = [
  {
    id: 'principle',
    seconds: null,
    maxSeconds: null,
    guidance: 'Open by naming the principle the story shows.',
  },
  { id: 'situation', seconds: 20, maxSeconds: 30, guidance: 'Set the scene.' },
  { id: 'task', seconds: 10, maxSeconds: 15, guidance: 'State your responsibility.' },
  { id: 'action', seconds: 60, maxSeconds: 90, guidance: 'Three concrete steps you took.' },
  { id: 'result', seconds: 20, maxSeconds: 30, guidance: 'The outcome, with metrics.' },
  { id: 'learnings', seconds: 10, maxSeconds: 15, guidance: 'What you learned.' },
  {
    id: 'scale-impact',
    seconds: null,
    maxSeconds: null,
    guidance: 'One line on the scale and the lasting impact.',
  },
  { id: 'offer', seconds: null, maxSeconds: null, guidance: 'Offer to go deeper on any part.' },
];

/** Timed seconds of the canonical script: 120. */
export const TWO_MINUTE_TARGET_SECONDS = TWO_MINUTE_SCRIPT.reduce(
  (sum, beat) => sum + (beat.seconds ?? 0),
  0,
);

/**
 * The acceptable length of a "two-minute" answer: below 90 s is a red flag (STAR+ page), the
 * hub's success metric is 2–3 minutes, and the portfolio's upper ranges sum to 180 s.
 */
export const ANSWER_LENGTH_SECONDS = {
  redFlagBelow: 90,
  target: TWO_MINUTE_TARGET_SECONDS,
  max: 180,
} as const;

export interface SplitVariant {
  source: string;
  /** Seconds (or percent, for the weights) per part; `lesson` is learnings or lesson/impact. */
  parts: { situation: number; task: number; action: number; result: number; lesson: number };
  unit: 'seconds' | 'percent';
  status: 'canonical' | 'superseded' | 'range-lower-bound' | 'scoring-weights';
  note: string;
}

export const SPLIT_VARIANTS: readonly SplitVariant[] = [
  {
    source: 'star-framework/index.md',
    parts: { situation: 20, task: 10, action: 60, result: 20, lesson: 10 },
    unit: 'seconds',
    status: 'canonical',
    note: 'The framework page itself; sums to exactly 120 s.',
  },
  {
    source: 'story-portfolio/index.md',
    parts: { situation: 20, task: 10, action: 60, result: 20, lesson: 10 },
    unit: 'seconds',
    status: 'range-lower-bound',
    note: 'Ranges 20-30 / 10-15 / 60-90 / 20-30 / 10-15: the lower bounds equal the canonical split.',
  },
  {
    source: 'interactive/star-matcher.md (tips)',
    parts: { situation: 20, task: 10, action: 50, result: 30, lesson: 10 },
    unit: 'seconds',
    status: 'superseded',
    note: 'Moves 10 s from action to result; kept for reference only.',
  },
  {
    source: 'interactive/star-matcher.md (weights)',
    parts: { situation: 20, task: 10, action: 40, result: 20, lesson: 10 },
    unit: 'percent',
    status: 'scoring-weights',
    note: 'Emphasis weights (the last is Scale & Impact), not a time budget.',
  },
];

export type RedFlagArea = 'story' | 'delivery';

export interface StarRedFlag {
  id: string;
  area: RedFlagArea;
  text: string;
}

export const STAR_RED_FLAGS: readonly StarRedFlag[] = [
  { id: 'lone-hero', area: 'story', text: 'You alone saved the day' },
  { id: 'blaming-others', area: 'story', text: 'Teammates are blamed for what went wrong' },
  { id: 'no-lessons', area: 'story', text: 'No mistake admitted and no lesson drawn' },
  { id: 'technical-only', area: 'story', text: 'Only technical solutions, no people or business side' },
  { id: 'rambling', area: 'delivery', text: 'Wandering without structure' },
  {
    id: 'too-brief',
    area: 'delivery',
    text: `Too short: under ${ANSWER_LENGTH_SECONDS.redFlagBelow} seconds`,
  },
  { id: 'ignoring-cues', area: 'delivery', text: "Missing the interviewer's cues" },
  { id: 'jargon', area: 'delivery', text: 'Too much jargon' },
];
