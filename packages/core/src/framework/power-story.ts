/**
 * The Power Story structure: how one interview story shows all three foundation levels of the
 * engineering-leadership curriculum at once (seed, "Connecting Your Stories Across Levels").
 */

export const FOUNDATION_LEVEL_IDS = ['I', 'II', 'III'] as const;
export type FoundationLevelId = (typeof FOUNDATION_LEVEL_IDS)[number];

export interface FoundationLevel {
  id: FoundationLevelId;
  name: string;
  /** What an answer should do to show mastery of this level. */
  practices: readonly string[];
}

export const FOUNDATION_LEVELS: readonly FoundationLevel[] = [
  {
    id: 'I',
    name: 'First Principles',
    practices: [
      'Anchor answers in fundamental truths rather than fashion',
      'Let principle-based language come naturally',
      'Show you understand why, not just what',
    ],
  },
  {
    id: 'II',
    name: 'Business Concepts',
    practices: [
      'Use the frameworks an MBA would recognise',
      'Talk in the language of the business',
      'Tie technical choices to strategy',
    ],
  },
  {
    id: 'III',
    name: 'Applications',
    practices: [
      'Bring real, lived experience',
      'Show expertise in your domain',
      'Prove you can execute, not only plan',
    ],
  },
];

export const POWER_STORY_STEP_IDS = ['context', 'principle', 'concept', 'application', 'impact'] as const;
export type PowerStoryStepId = (typeof POWER_STORY_STEP_IDS)[number];

export interface PowerStoryStep {
  id: PowerStoryStepId;
  name: string;
  /** What the step sets out to establish. */
  purpose: string;
  /** The foundation level the step draws on, when it draws on one. */
  foundation: FoundationLevelId | null;
}

export const POWER_STORY_STEPS: readonly PowerStoryStep[] = [
  {
    id: 'context',
    name: 'Context',
    purpose: 'The business situation that made the work necessary.',
    foundation: null,
  },
  {
    id: 'principle',
    name: 'Principle',
    purpose: 'The fundamental truth that guided the choice.',
    foundation: 'I',
  },
  {
    id: 'concept',
    name: 'Concept',
    purpose: 'The business framework applied to the situation.',
    foundation: 'II',
  },
  {
    id: 'application',
    name: 'Application',
    purpose: 'How it was carried out in the domain.',
    foundation: 'III',
  },
  { id: 'impact', name: 'Impact', purpose: 'Measured results, and what was learned.', foundation: null },
];

export type PowerStoryExample = Readonly<Record<PowerStoryStepId, string>> & { title: string };

/** The seed's technical-migration example, with its numbers kept exact. */
export const MIGRATION_EXAMPLE: PowerStoryExample = {
  title: 'Technical migration',
  context: 'A legacy monolith was capping how fast the business could grow.',
  principle: 'Value creation by modernising the system.',
  concept: 'A strategic platform play combined with operational excellence.',
  application: 'Technical leadership together with organisational design.',
  impact: '10x scale capability and a 50% cost reduction.',
};
