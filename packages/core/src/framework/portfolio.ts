/**
 * The Story Portfolio (TOOLS-SPEC §3, §9): how many stories of each kind to hold, the matrix
 * that shows coverage, the impact levels the STAR Matcher asks for, and the story record.
 */
/** The whole portfolio: 20–30 curated stories. */
export const PORTFOLIO_TARGET = { min: 20, max: 30 } as const;

export interface StoryCategory {
  id: string;
  name: string;
  /** How many stories of this kind to keep. */
  quota: { min: number; max: number };
  /** The numbers such stories should carry. */
  metricHints: readonly string[];
}

export const STORY_CATEGORIES: readonly StoryCategory[] = [
  {
    id: 'people-leadership',
    name: 'People Leadership',
    quota: { min: 5, max: 6 },
    metricHints: ['team size', 'retention', 'performance improvement'],
  },
  {
    id: 'technical-leadership',
    name: 'Technical Leadership',
    quota: { min: 4, max: 5 },
    metricHints: ['scale', 'performance gains', 'cost savings'],
  },
  {
    id: 'business-impact',
    name: 'Business Impact',
    quota: { min: 4, max: 5 },
    metricHints: ['dollar impact', 'user growth', 'market share'],
  },
  {
    id: 'crisis-management',
    name: 'Crisis Management',
    quota: { min: 3, max: 4 },
    metricHints: ['recovery time', 'mitigation', 'lessons'],
  },
  {
    id: 'organizational-change',
    name: 'Organizational Change',
    quota: { min: 3, max: 4 },
    metricHints: ['teams affected', 'efficiency gains', 'adoption'],
  },
  {
    id: 'cross-functional',
    name: 'Cross-functional',
    quota: { min: 2, max: 3 },
    metricHints: ['stakeholders', 'alignment', 'outcomes'],
  },
];

export const MATRIX_AXES = [
  'People',
  'Technical',
  'Business',
  'Strategy',
  'Execution',
  'Innovation',
  'Culture',
] as const;
export type MatrixAxis = (typeof MATRIX_AXES)[number];

/** How strongly a story shows an axis: 0 not at all, up to 3 (shown as ✓ / ✓✓ / ✓✓✓). */
export const STRENGTH_SCALE = [
  { value: 0, label: 'none', mark: '' },
  { value: 1, label: 'touches on it', mark: '✓' },
  { value: 2, label: 'clear evidence', mark: '✓✓' },
  { value: 3, label: 'defining example', mark: '✓✓✓' },
] as const;
export type Strength = (typeof STRENGTH_SCALE)[number]['value'];

export interface MatrixRow {
  story: string;
  strengths: Readonly<Record<MatrixAxis, Strength>>;
}

function row(
  story: string,
  values: readonly [Strength, Strength, Strength, Strength, Strength, Strength, Strength],
): MatrixRow {
  const [People, Technical, Business, Strategy, Execution, Innovation, Culture] = values;
  return { story, strengths: { People, Technical, Business, Strategy, Execution, Innovation, Culture } };
}

/** The page's sample rows, kept exact: a worked example for the matrix view. */
export const SAMPLE_MATRIX: readonly MatrixRow[] = [
  row('Platform Migration', [1, 3, 2, 2, 3, 1, 0]),
  row('Team Scaling 10→50', [3, 1, 1, 2, 2, 0, 2]),
  row('Product Pivot', [2, 1, 3, 3, 2, 2, 1]),
  row('Performance Crisis', [1, 2, 2, 1, 3, 0, 0]),
];

export const IMPACT_LEVEL_IDS = ['team', 'org', 'division', 'company'] as const;
export type ImpactLevelId = (typeof IMPACT_LEVEL_IDS)[number];

export interface ImpactLevel {
  id: ImpactLevelId;
  label: string;
  /** People affected, as the STAR Matcher states it. */
  people: { min: number; max: number | null };
}

export const IMPACT_LEVELS: readonly ImpactLevel[] = [
  { id: 'team', label: 'Team', people: { min: 5, max: 15 } },
  { id: 'org', label: 'Organization', people: { min: 20, max: 50 } },
  { id: 'division', label: 'Division', people: { min: 50, max: 100 } },
  { id: 'company', label: 'Company', people: { min: 100, max: null } },
];

export const STORY_SENIORITY = ['IC', 'Manager', 'Director', 'VP'] as const;
export type StorySeniority = (typeof STORY_SENIORITY)[number];

export interface StoryTemplateSection {
  part: 'situation' | 'task' | 'action' | 'result' | 'learning' | 'scale-impact';
  seconds: { min: number; max: number } | null;
  prompts: readonly string[];
}

/** The story record template: what each part should cover and how long it may take. */
export const STORY_TEMPLATE: readonly StoryTemplateSection[] = [
  {
    part: 'situation',
    seconds: { min: 20, max: 30 },
    prompts: ['State or challenge', 'Your role and scope', 'Constraints and timeline'],
  },
  { part: 'task', seconds: { min: 10, max: 15 }, prompts: ['Objective', 'Success criteria', 'Stakeholders'] },
  {
    part: 'action',
    seconds: { min: 60, max: 90 },
    prompts: [
      'Analysis: data, options, trade-offs',
      'Decision: framework, alignment, risk mitigation',
      'Execution: mobilising, tracking, course corrections',
    ],
  },
  {
    part: 'result',
    seconds: { min: 20, max: 30 },
    prompts: ['Quantified outcome', 'Business result', 'Effect on team or org'],
  },
  {
    part: 'learning',
    seconds: { min: 10, max: 15 },
    prompts: ['Insight', 'Where reapplied', 'What you would change'],
  },
  { part: 'scale-impact', seconds: null, prompts: ['Direct', 'Indirect', 'Strategic'] },
];

/** A story's quick-reference card. */
export const QUICK_CARD_FIELDS = [
  'Summary',
  'Best For',
  'Avoid When',
  'Key Numbers (top 3)',
  'Unique Angle',
  'Versions 30s | 2m | 5m | 10m',
] as const;
