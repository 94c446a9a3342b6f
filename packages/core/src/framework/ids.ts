/**
 * The identifiers every layer shares. Framework data, the analyzer, the CLI and (later) the
 * server and web all speak in these nouns, so they live in one small file with no data in it.
 */

/** The four interview types of the Level 4 framework. */
export const INTERVIEW_TYPE_IDS = [
  'behavioral',
  'technical-leadership',
  'system-org-design',
  'culture-values',
] as const;
export type InterviewTypeId = (typeof INTERVIEW_TYPE_IDS)[number];

/**
 * The canonical level ladder (seed labels). Every other ladder in TOOLS-SPEC (L6/L7/L8,
 * M1/M2/D1, E5–E7, IC6–IC8+, role names) is an alias that maps onto one of these.
 */
export const LEVEL_IDS = ['L5', 'L6', 'L7+'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** The five rubric dimensions ("What distinguishes great candidates"). */
export const DIMENSION_IDS = [
  'storytelling',
  'technicalDepth',
  'leadershipRange',
  'businessAcumen',
  'cultureFit',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** Rubric bands, lowest first. `below` means the answer does not yet reach Good. */
export const DIMENSION_LEVELS = ['below', 'good', 'great', 'exceptional'] as const;
export type DimensionLevel = (typeof DIMENSION_LEVELS)[number];

/** The 14 competency tags used to tag stories and questions (STAR Matcher). */
export const COMPETENCY_TAGS = [
  'hiring',
  'performance',
  'conflict',
  'technical',
  'strategy',
  'change',
  'influence',
  'scale',
  'culture',
  'crisis',
  'innovation',
  'diversity',
  'business',
  'failure',
] as const;
export type CompetencyTag = (typeof COMPETENCY_TAGS)[number];

/** Built-in company principle sets. Custom sets use any other lowercase slug. */
export const BUILT_IN_COMPANY_IDS = ['amazon', 'google', 'meta', 'microsoft', 'apple', 'netflix'] as const;
export type BuiltInCompanyId = (typeof BUILT_IN_COMPANY_IDS)[number];

/**
 * A principle id is `<company>.<kebab-case-name>`, e.g. `amazon.customer-obsession`.
 * Questions, stories and analyzer findings refer to principles only by this id.
 */
export type PrincipleId = `${string}.${string}`;
