/**
 * The story noun's shapes, shared by the service (which validates every write, whoever calls it:
 * routes, CLI import) and the routes (which declare them for validation and OpenAPI).
 * The API speaks camelCase; the repository maps it to the snake_case columns.
 */
import { COMPETENCY_TAGS, LEVEL_IDS } from '@onsite/core';
import { z } from 'zod';
import {
  instantSchema,
  levelSchema,
  nameText,
  PRINCIPLE_ID_PATTERN,
  pageQuerySchema,
  pageSchema,
  recordIdParamsSchema,
  storableText,
  unique,
  versionSchema,
} from './fields';
import { RATINGS, reportSchema } from './report-schema';

export const STORY_LIMITS = {
  titleChars: 200,
  textChars: 20_000,
  metrics: 50,
  metricChars: 500,
  principles: 100,
  queryChars: 200,
} as const;

/** The free-text fields of a story: STAR+ first, then the power-story fields. */
export const STORY_TEXT_FIELDS = [
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'leadershipDimension',
  'strategicImplication',
  'context',
  'principle',
  'concept',
  'application',
  'impact',
] as const;
export type StoryTextField = (typeof STORY_TEXT_FIELDS)[number];

const titleSchema = nameText(STORY_LIMITS.titleChars);
const tagsSchema = z
  .array(z.enum(COMPETENCY_TAGS))
  .refine(unique, { message: 'tags must not repeat' })
  .describe('Competency tags');
const principlesSchema = z
  .array(z.string().max(200).regex(PRINCIPLE_ID_PATTERN, 'principle ids look like company.kebab-name'))
  .max(STORY_LIMITS.principles)
  .refine(unique, { message: 'principles must not repeat' });
const metricsSchema = z
  .array(storableText(STORY_LIMITS.metricChars).min(1))
  .max(STORY_LIMITS.metrics)
  .describe('Metrics as the candidate states them');

const textFieldsSchema = Object.fromEntries(
  STORY_TEXT_FIELDS.map((field) => [field, storableText(STORY_LIMITS.textChars)]),
) as Record<StoryTextField, ReturnType<typeof storableText>>;

const optionalTextFields = Object.fromEntries(
  STORY_TEXT_FIELDS.map((field) => [field, textFieldsSchema[field].optional()]),
) as Record<StoryTextField, z.ZodOptional<ReturnType<typeof storableText>>>;

/** POST body: only the title is required; omitted text fields are empty, lists are empty. */
export const storyCreateSchema = z.strictObject({
  title: titleSchema,
  ...optionalTextFields,
  metrics: metricsSchema.optional(),
  tags: tagsSchema.optional(),
  principles: principlesSchema.optional(),
  targetLevel: levelSchema.nullable().optional(),
});
export type StoryCreateInput = z.input<typeof storyCreateSchema>;

/** The editable fields of an update: any subset; omitted fields keep their stored values. */
export const storyPatchSchema = storyCreateSchema.partial();
export type StoryPatchInput = z.input<typeof storyPatchSchema>;

/** PUT body: the patch plus the `version` it edits (optimistic concurrency). */
export const storyUpdateBodySchema = storyPatchSchema.extend({ version: versionSchema });

export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  ...(Object.fromEntries(STORY_TEXT_FIELDS.map((field) => [field, z.string()])) as Record<
    StoryTextField,
    z.ZodString
  >),
  metrics: z.array(z.string()),
  tags: z.array(z.enum(COMPETENCY_TAGS)),
  principles: z.array(z.string()),
  targetLevel: z.enum(LEVEL_IDS).nullable(),
  version: z.number().int(),
  analysis: reportSchema.nullable(),
  /** The story version `analysis` was computed from. */
  analysisVersion: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.output<typeof storySchema>;

/** How much of a story's opening a list row shows. */
export const STORY_EXCERPT_CHARS = 160;

/**
 * A list row: what a list shows (title, opening words, tags, level, score), not the twelve text
 * fields and the analysis; `GET /api/stories/{id}` has the whole story. Keeps a page of 20 a few
 * KB instead of ~100 KB.
 */
export const storySummarySchema = storySchema
  .pick({
    id: true,
    title: true,
    metrics: true,
    tags: true,
    principles: true,
    targetLevel: true,
    version: true,
    analysisVersion: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({
    /** The first STAR field that has text (situation, else task, action, result), cut short. */
    excerpt: z.string(),
    score: z.number().nullable(),
    rating: z.enum(RATINGS).nullable(),
  });
export type StorySummary = z.output<typeof storySummarySchema>;

export const storyPageSchema = pageSchema(storySummarySchema);
export type StoryPage = z.output<typeof storyPageSchema>;

export const storyVersionSchema = z.object({
  version: z.number().int(),
  /** When this version was replaced by the next one. */
  replacedAt: z.string(),
  story: storySchema,
});
export type StoryVersion = z.output<typeof storyVersionSchema>;

export const storyHistorySchema = z.object({ items: z.array(storyVersionSchema) });

export const storyListQuerySchema = pageQuerySchema.extend({
  q: storableText(STORY_LIMITS.queryChars)
    .optional()
    .describe('Full-text search over the title and every text field'),
  tag: z.enum(COMPETENCY_TAGS).optional(),
  level: levelSchema.optional(),
  updatedSince: instantSchema.optional().describe('Only stories updated at or after this instant (ISO-8601)'),
});
export type StoryListQuery = z.output<typeof storyListQuerySchema>;

/** The story's id in a path. */
export const storyIdParamsSchema = recordIdParamsSchema;
