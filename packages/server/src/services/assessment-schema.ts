/**
 * The assessment noun's shapes: a self-assessment run (the user's answers, target level, when it
 * was taken, notes) and the result core computes from it on every save. Shared by the service,
 * which validates every write whoever calls it, and the routes (validation and OpenAPI).
 */
import {
  CATEGORY_STANDINGS,
  LEVEL_IDS,
  MAX_RATING,
  SELF_ASSESSMENT_CATEGORIES,
  SELF_ASSESSMENT_CATEGORY_IDS,
} from '@onsite/core';
import { z } from 'zod';
import {
  instantSchema,
  levelSchema,
  pageQuerySchema,
  pageSchema,
  storableText,
  versionSchema,
} from './fields';
import { rangeBoundSchema } from './practice-schema';

export const ASSESSMENT_LIMITS = {
  notesChars: 20_000,
  evidenceChars: 5_000,
  queryChars: 200,
} as const;

/** Every competency id core's questionnaire asks about, in its order. */
export const COMPETENCY_IDS = SELF_ASSESSMENT_CATEGORIES.flatMap((category) =>
  category.competencies.map((competency) => competency.id),
);

const READINESS = ['ready', 'close', 'significant-preparation'] as const;

/** One competency's answer: a rating 1–5 (null while the user has only written evidence) and evidence. */
const answerSchema = z.strictObject({
  rating: z
    .number()
    .int()
    .min(1)
    .max(MAX_RATING)
    .nullable()
    .describe('1 Novice … 5 Expert; null = not rated yet'),
  evidence: storableText(ASSESSMENT_LIMITS.evidenceChars).optional().describe('What backs the rating'),
});

/**
 * Answers keyed by competency id. A strict object with one optional key per competency (rather
 * than a record) so an unknown id is a 400 and the OpenAPI document lists every id a form asks.
 * Any subset is a valid draft.
 */
export const answersSchema = z.strictObject(
  Object.fromEntries(COMPETENCY_IDS.map((id) => [id, answerSchema.optional()])) as Record<
    string,
    z.ZodOptional<typeof answerSchema>
  >,
);
export type AnswersInput = z.input<typeof answersSchema>;

/** POST body: everything is optional; a run with no answers is an empty draft at the default level. */
export const assessmentCreateSchema = z.strictObject({
  targetLevel: levelSchema.optional().describe('Any ladder alias; stored canonical (default L5)'),
  takenAt: instantSchema.optional().describe('When it was taken (default: now)'),
  notes: storableText(ASSESSMENT_LIMITS.notesChars).optional(),
  answers: answersSchema.optional(),
});
export type AssessmentCreateInput = z.input<typeof assessmentCreateSchema>;

/** An update's fields: any subset. `answers`, when sent, replaces the stored answers whole. */
export const assessmentPatchSchema = assessmentCreateSchema.partial();
export type AssessmentPatchInput = z.input<typeof assessmentPatchSchema>;
export const assessmentUpdateBodySchema = assessmentPatchSchema.extend({ version: versionSchema });

const storedAnswerSchema = z.object({ rating: z.number().int().nullable(), evidence: z.string() });
export type StoredAnswer = z.output<typeof storedAnswerSchema>;

const categoryResultSchema = z.object({
  id: z.enum(SELF_ASSESSMENT_CATEGORY_IDS),
  name: z.string(),
  /** Share of the category's weighted maximum, 0–100. */
  percent: z.number(),
  /** Weighted mean rating, 0–5 (unrated = 0). */
  rating: z.number(),
  rated: z.number().int(),
  min: z.number(),
  expected: z.number(),
  standing: z.enum(CATEGORY_STANDINGS),
  /** The highest level whose minimum this category reaches. */
  level: z.enum(LEVEL_IDS).nullable(),
});

const gapSchema = z.object({
  competencyId: z.string(),
  competencyName: z.string(),
  categoryId: z.enum(SELF_ASSESSMENT_CATEGORY_IDS),
  rating: z.number(),
  expected: z.number(),
  gap: z.number(),
});

/** What core makes of the answers at the target level; recomputed on every save. */
export const assessmentResultSchema = z.object({
  /** 0–100: Σ category percent × category weight. */
  total: z.number(),
  readiness: z.enum(READINESS),
  categories: z.array(categoryResultSchema),
  topGaps: z.array(gapSchema),
  calibration: z.object({
    /** The highest level every category's minimum reaches; null below L5's. */
    level: z.enum(LEVEL_IDS).nullable(),
    /** The questionnaire cannot tell higher levels apart: `level` is a floor. */
    atCeiling: z.boolean(),
  }),
  rated: z.number().int(),
  of: z.number().int(),
  complete: z.boolean(),
});
export type AssessmentResult = z.output<typeof assessmentResultSchema>;

export const assessmentSchema = z.object({
  id: z.string(),
  targetLevel: z.enum(LEVEL_IDS),
  takenAt: z.string(),
  notes: z.string(),
  /** Only the competencies the user answered, keyed by competency id. */
  answers: z.record(z.string(), storedAnswerSchema),
  result: assessmentResultSchema,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assessment = z.output<typeof assessmentSchema>;

/** A list row: the headline of the result, not the answers or the whole result. */
export const assessmentSummarySchema = assessmentSchema
  .pick({ id: true, targetLevel: true, takenAt: true, version: true, createdAt: true, updatedAt: true })
  .extend({
    total: z.number(),
    readiness: z.enum(READINESS),
    calibratedLevel: z.enum(LEVEL_IDS).nullable(),
    rated: z.number().int(),
    /** The notes' opening, cut short. */
    excerpt: z.string(),
  });
export type AssessmentSummary = z.output<typeof assessmentSummarySchema>;
export const ASSESSMENT_EXCERPT_CHARS = 160;

export const assessmentPageSchema = pageSchema(assessmentSummarySchema);
export type AssessmentPage = z.output<typeof assessmentPageSchema>;

export const assessmentListQuerySchema = pageQuerySchema.extend({
  q: storableText(ASSESSMENT_LIMITS.queryChars).optional().describe('Full-text search over the notes'),
  level: levelSchema.optional().describe('Only runs at this target level (any alias)'),
  from: rangeBoundSchema('from').optional().describe('Runs taken at or after this instant or day'),
  to: rangeBoundSchema('to')
    .optional()
    .describe('Runs taken before this instant, or up to the end of this day'),
});
export type AssessmentListQuery = z.output<typeof assessmentListQuerySchema>;

/** GET /api/assessments/form?level= */
export const assessmentFormQuerySchema = z.strictObject({
  level: levelSchema.optional().describe('Whose expectations to show (any alias; default L5)'),
});

/** The questionnaire, read-only, with the expectations of one level, for a UI to render. */
export const assessmentFormSchema = z.object({
  level: z.enum(LEVEL_IDS),
  ratingScale: z.array(z.object({ value: z.number().int(), label: z.string() })),
  categories: z.array(
    z.object({
      id: z.enum(SELF_ASSESSMENT_CATEGORY_IDS),
      name: z.string(),
      weightPercent: z.number(),
      min: z.number(),
      expected: z.number(),
      competencies: z.array(z.object({ id: z.string(), name: z.string(), weight: z.number() })),
    }),
  ),
  readinessBands: z.array(z.object({ id: z.enum(READINESS), minScore: z.number(), advice: z.string() })),
});
export type AssessmentForm = z.output<typeof assessmentFormSchema>;
