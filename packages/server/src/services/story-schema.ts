/**
 * The story noun's shapes, shared by the service (which validates every write, whoever calls it:
 * routes, CLI import) and the routes (which declare them for validation and OpenAPI).
 * The API speaks camelCase; the repository maps it to the snake_case columns.
 */
import { COMPETENCY_TAGS, LEVEL_IDS, resolveLevel } from '@onsite/core';
import { z } from 'zod';
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

// PostgreSQL text cannot hold NUL, and a lone surrogate cannot be stored as UTF-8 and read back
// unchanged; refusing both up front keeps "what you saved is what you get" true on both engines.
const LONE_SURROGATE = /\p{Cs}/u;
function storableText(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), { message: 'text must not contain NUL characters' })
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'text must be well-formed Unicode' });
}

/** `<company>.<kebab-name>`, e.g. `amazon.customer-obsession` (core's principle id format). */
export const PRINCIPLE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

const unique = <T>(items: T[]) => new Set(items).size === items.length;

const titleSchema = storableText(STORY_LIMITS.titleChars)
  .min(1)
  .refine((s) => s.trim() !== '', { message: 'title must not be blank' });
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

/** Any ladder alias core knows (L6, M2, E6, Director…), stored as the canonical level. */
export const levelSchema = z
  .string()
  .max(50)
  .transform((label, ctx) => {
    const level = resolveLevel(label);
    if (level === null) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown level "${label}" (try L5, L6, L7+, M2, E6, Director)`,
      });
      return z.NEVER;
    }
    return level;
  });

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

/** The `version` columns are 32-bit `integer`: a larger value in a query is a PostgreSQL error (a 500). */
export const MAX_VERSION = 2_147_483_647;
export const versionSchema = z.number().int().min(1).max(MAX_VERSION);

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

/** A list row: the story without its full analysis (kept lean), plus the analysis headline. */
export const storySummarySchema = storySchema.omit({ analysis: true }).extend({
  score: z.number().nullable(),
  rating: z.enum(RATINGS).nullable(),
});
export type StorySummary = z.output<typeof storySummarySchema>;

export const storyPageSchema = z.object({
  items: z.array(storySummarySchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type StoryPage = z.output<typeof storyPageSchema>;

export const storyVersionSchema = z.object({
  version: z.number().int(),
  /** When this version was replaced by the next one. */
  replacedAt: z.string(),
  story: storySchema,
});
export type StoryVersion = z.output<typeof storyVersionSchema>;

export const storyHistorySchema = z.object({ items: z.array(storyVersionSchema) });

/** Keyset position: the last row of the previous page in (created_at DESC, id DESC) order. */
export interface StoryCursor {
  createdAt: string;
  id: string;
}

export function encodeStoryCursor(cursor: StoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeStoryCursor(text: string): StoryCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // Falls through: any undecodable cursor is the same client error.
  }
  return null;
}

export const storyListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .max(500)
    .transform((text, ctx) => {
      const cursor = decodeStoryCursor(text);
      if (!cursor) {
        ctx.addIssue({ code: 'custom', message: 'invalid cursor: pass back nextCursor unchanged' });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
  q: storableText(STORY_LIMITS.queryChars)
    .optional()
    .describe('Full-text search over the title and every text field'),
  tag: z.enum(COMPETENCY_TAGS).optional(),
  level: levelSchema.optional(),
  updatedSince: z.iso
    .datetime({ offset: true })
    .transform((s) => new Date(s).toISOString())
    .optional()
    .describe('Only stories updated at or after this instant (ISO-8601)'),
});
export type StoryListQuery = z.output<typeof storyListQuerySchema>;

// Ids go into queries too: PostgreSQL refuses NUL in text with an error (a 500), so refuse it here.
export const storyIdParamsSchema = z.strictObject({ id: storableText(100).min(1) });

/** DELETE needs the version being deleted too: deleting an edit you have not seen is a lost update. */
export const storyDeleteQuerySchema = z.strictObject({ version: z.coerce.number().pipe(versionSchema) });
