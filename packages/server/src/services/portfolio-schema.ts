/**
 * The portfolio's query and response shapes. Core computes both answers; these declare them for
 * validation and the OpenAPI document.
 */
import { COMPETENCY_TAGS, LEVEL_IDS, STORY_CATEGORIES } from '@onsite/core';
import { z } from 'zod';
import { levelSchema, nameText } from './fields';

export const PORTFOLIO_LIMITS = {
  /** A question is a sentence or two; a pasted answer is not a question. */
  questionChars: 2_000,
  companyChars: 100,
  matches: 50,
} as const;

const companyParam = z
  .string()
  .max(PORTFOLIO_LIMITS.companyChars)
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'a company id such as amazon')
  .describe(
    'A built-in company id (amazon, google, meta, microsoft, apple, netflix) or one of your custom sets',
  );

export const matrixQuerySchema = z.strictObject({
  company: companyParam.optional().describe("Adds a column per principle of this company's set"),
  level: levelSchema
    .optional()
    .describe(
      'The level you interview for (any ladder alias); else each story is checked against its own target',
    ),
});
export type MatrixQuery = z.input<typeof matrixQuerySchema>;

export const matchQuerySchema = z.strictObject({
  question: nameText(PORTFOLIO_LIMITS.questionChars, 'question').describe(
    'A question-bank id (beh-letting-go), the id of one of your stored questions, or the question as text',
  ),
  limit: z.coerce.number().int().min(1).max(PORTFOLIO_LIMITS.matches).default(5),
  level: levelSchema.optional().describe('For a question given as text: the level you interview for'),
  company: companyParam
    .optional()
    .describe('For a question given as text: the company whose principles to look for (none without it)'),
});
export type MatchQuery = z.input<typeof matchQuerySchema>;

const strengthSchema = z.number().int().min(0).max(3);
const cellSchema = z.object({ strength: strengthSchema, reasons: z.array(z.string()) });
const usesSchema = z.object({
  practice: z.number().int(),
  interviews: z.number().int(),
  total: z.number().int(),
});
const gapStatus = z.enum(['missing', 'weak']);
const quotaStatus = z.enum(['under', 'within', 'over']);
const categoryId = z.enum(STORY_CATEGORIES.map((c) => c.id) as [string, ...string[]]);

export const matrixSchema = z.object({
  company: z.object({ id: z.string(), name: z.string() }).nullable(),
  level: z.enum(LEVEL_IDS).nullable(),
  competencies: z.array(z.enum(COMPETENCY_TAGS)),
  principles: z.array(z.object({ id: z.string(), name: z.string() })),
  rows: z.array(
    z.object({
      storyId: z.string(),
      title: z.string(),
      category: categoryId.nullable(),
      uses: usesSchema,
      competencies: z
        .partialRecord(z.enum(COMPETENCY_TAGS), cellSchema)
        .describe('Only the cells above 0; a missing competency is 0'),
      principles: z.record(z.string(), cellSchema).describe('By principle id, only the cells above 0'),
    }),
  ),
  gaps: z.object({
    competencies: z.array(
      z.object({
        competency: z.enum(COMPETENCY_TAGS),
        label: z.string(),
        status: gapStatus,
        best: strengthSchema,
        touching: z.number().int(),
      }),
    ),
    principles: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        status: gapStatus,
        best: strengthSchema,
        touching: z.number().int(),
      }),
    ),
    categories: z.array(
      z.object({ id: categoryId, name: z.string(), count: z.number().int(), needed: z.number().int() }),
    ),
  }),
  overused: z.array(
    z.object({ storyId: z.string(), title: z.string(), uses: usesSchema, reasons: z.array(z.string()) }),
  ),
  progress: z.object({
    stories: z.number().int(),
    target: z.object({ min: z.number().int(), max: z.number().int() }),
    status: quotaStatus,
    toTarget: z.number().int(),
    categories: z.array(
      z.object({
        id: categoryId,
        name: z.string(),
        count: z.number().int(),
        quota: z.object({ min: z.number().int(), max: z.number().int() }),
        status: quotaStatus,
      }),
    ),
    uncategorised: z.number().int(),
  }),
  redFlags: z
    .array(
      z.object({
        id: z.enum(['no-failures', 'single-dimension', 'no-executive-contact', 'all-hero']),
        text: z.string(),
        detail: z.string(),
      }),
    )
    .describe(
      "The Story Portfolio guide's portfolio-level red flags this portfolio shows (from 3 stories on)",
    ),
});
export type MatrixResponse = z.output<typeof matrixSchema>;

export const matchSchema = z.object({
  question: z.object({
    text: z.string(),
    questionId: z.string().nullable(),
    competencies: z.array(z.object({ competency: z.enum(COMPETENCY_TAGS), cues: z.array(z.string()) })),
    principles: z.array(z.object({ id: z.string(), name: z.string(), cues: z.array(z.string()) })),
    levels: z.array(z.enum(LEVEL_IDS)),
  }),
  items: z.array(
    z.object({
      storyId: z.string(),
      title: z.string(),
      score: z.number().int().min(0).max(100),
      uses: usesSchema,
      overused: z.boolean(),
      reasons: z.array(
        z.object({
          signal: z.enum(['competency', 'principle', 'quality', 'level', 'freshness']),
          points: z.number(),
          text: z.string(),
        }),
      ),
    }),
  ),
  uncovered: z.array(z.enum(COMPETENCY_TAGS)),
});
export type MatchResponse = z.output<typeof matchSchema>;
