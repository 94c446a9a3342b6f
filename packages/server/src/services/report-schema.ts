/**
 * The analyzer's Report as a Zod schema, for response validation and the OpenAPI document.
 * Core owns the type; the compile-time checks at the bottom fail `npm run typecheck` when core
 * changes a field or adds an enum value this schema does not know, so the API cannot drift.
 */
import {
  ASK_KINDS,
  type AskKind,
  DIMENSION_IDS,
  DIMENSION_LEVELS,
  INTERVIEW_TYPE_IDS,
  LEVEL_IDS,
  type MetricKind,
  type Rating,
  type Report,
  type Severity,
} from '@onsite/core';
import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];
export const RATINGS = ['needs-work', 'good', 'great', 'exceptional'] as const satisfies readonly Rating[];
export const METRIC_KINDS = [
  'percent',
  'money',
  'duration',
  'count',
  'before-after',
  'multiplier',
  'ratio',
] as const satisfies readonly MetricKind[];

const offset = z.number().int().nonnegative();
const span = { start: offset, end: offset };

const evidenceSchema = z.object({ ...span, text: z.string(), reason: z.string() });

const findingSchema = z.object({
  ...span,
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  messageId: z.string(),
  message: z.string(),
  actual: z.string().optional(),
  suggestion: z.string().optional(),
  points: z.number(),
});

const starPartSchema = z.object({ present: z.boolean(), start: offset.optional(), end: offset.optional() });

const dimensionSchema = z.object({ level: z.enum(DIMENSION_LEVELS), evidence: z.array(evidenceSchema) });

const metricSchema = z.object({
  ...span,
  kind: z.enum(METRIC_KINDS),
  text: z.string(),
  value: z.number().optional(),
  unit: z.string().optional(),
});

const speechSchema = z.object({
  words: z.number().int().nonnegative(),
  estimatedSeconds: z.number().nonnegative(),
  fillers: z.array(z.object({ ...span, text: z.string(), kind: z.enum(['filler', 'hedge']) })),
  wpm: z.number().optional(),
});

const resolvedOptionsSchema = z.object({
  level: z.enum(LEVEL_IDS).nullable(),
  company: z.string().nullable(),
  type: z.enum(INTERVIEW_TYPE_IDS),
  question: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  spoken: z.boolean(),
  asksForPastStory: z.boolean(),
  // Added after the first stored analyses: those lack them.
  asksAboutSetback: z.boolean().optional(),
  questionKind: z.enum(ASK_KINDS).nullable().optional(),
});

/**
 * Core may add Report fields (DESIGN.md: add, never rename or remove); the key check below
 * then fails the typecheck until the field is described here, so responses never drop it.
 */
export const reportSchema = z
  .object({
    score: z.number().min(0).max(100),
    rating: z.enum(RATINGS),
    findings: z.array(findingSchema),
    star: z.object({
      situation: starPartSchema,
      task: starPartSchema,
      action: starPartSchema,
      result: starPartSchema,
      learning: starPartSchema,
    }),
    dimensions: z.object(
      Object.fromEntries(DIMENSION_IDS.map((id) => [id, dimensionSchema])) as Record<
        (typeof DIMENSION_IDS)[number],
        typeof dimensionSchema
      >,
    ),
    level: z.object({ signal: z.enum(LEVEL_IDS).nullable(), evidence: z.array(evidenceSchema) }),
    metrics: z.array(metricSchema),
    speech: speechSchema,
    principles: z.array(z.object({ id: z.string(), name: z.string(), evidence: z.array(evidenceSchema) })),
    followUps: z.array(z.object({ question: z.string(), reason: z.string(), ruleId: z.string().optional() })),
    scoring: z.object({
      items: z.array(
        z.object({
          points: z.number(),
          reason: z.string(),
          source: z.string(),
          start: offset.optional(),
          end: offset.optional(),
        }),
      ),
    }),
    options: resolvedOptionsSchema,
  })
  .describe("The analyzer's report (see @onsite/core's Report type).");

// Drift checks: every Report must fit the schema, and every enum value core can produce must be listed.
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const severitiesComplete: Exhaustive<Severity, (typeof SEVERITIES)[number]> = true;
const ratingsComplete: Exhaustive<Rating, (typeof RATINGS)[number]> = true;
const metricKindsComplete: Exhaustive<MetricKind, (typeof METRIC_KINDS)[number]> = true;
const reportKeysComplete: Exhaustive<keyof Report, keyof z.output<typeof reportSchema>> = true;
// The resolved options too: a field core adds there would otherwise be stripped from responses.
const optionKeysComplete: Exhaustive<keyof Report['options'], keyof z.output<typeof resolvedOptionsSchema>> =
  true;
const askKindsComplete: Exhaustive<AskKind, (typeof ASK_KINDS)[number]> = true;
const reportFits = (report: Report): z.input<typeof reportSchema> => report;
void [
  severitiesComplete,
  ratingsComplete,
  metricKindsComplete,
  reportKeysComplete,
  optionKeysComplete,
  askKindsComplete,
  reportFits,
];
