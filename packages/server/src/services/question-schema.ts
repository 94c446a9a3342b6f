/**
 * The question noun's shapes. One list and one record shape covers the three sources: the built-in
 * bank (core, read-only), the user's own questions, and questions captured from real interviews.
 */
import {
  COMPETENCY_TAGS,
  getQuestion,
  INTERVIEW_TYPE_IDS,
  LEVEL_IDS,
  QUESTION_CATEGORIES,
  QUESTION_DIFFICULTIES,
  QUESTION_KINDS,
} from '@onsite/core';
import { z } from 'zod';
import {
  dateSchema,
  levelSchema,
  nameText,
  PRINCIPLE_ID_PATTERN,
  pageQuerySchema,
  pageSchema,
  recordIdSchema,
  storableText,
  unique,
  versionSchema,
} from './fields';

export const QUESTION_LIMITS = {
  textChars: 2_000,
  notesChars: 20_000,
  companyChars: 100,
  roundChars: 100,
  principles: 50,
  queryChars: 200,
} as const;

export const QUESTION_SOURCES = ['bank', 'own', 'captured'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];
/** The sources a user can create; the bank ships with Onsite. */
export const STORED_SOURCES = ['own', 'captured'] as const;
export type StoredSource = (typeof STORED_SOURCES)[number];

/** Fields that say where a captured question was asked; an own question has none of them. */
export const CAPTURE_FIELDS = ['company', 'askedAt', 'round', 'interviewId'] as const;

const tagsSchema = z
  .array(z.enum(COMPETENCY_TAGS))
  .refine(unique, { message: 'tags must not repeat' })
  .describe('Competency tags');
const principlesSchema = z
  .array(z.string().max(200).regex(PRINCIPLE_ID_PATTERN, 'principle ids look like company.kebab-name'))
  .max(QUESTION_LIMITS.principles)
  .refine(unique, { message: 'principles must not repeat' });
const levelsSchema = z
  .array(levelSchema)
  .max(10)
  .refine(unique, { message: 'levels must not repeat (aliases of one level count as the same)' })
  .describe('Levels the question suits, any alias; empty means any level');

/** The editable fields, every one optional; `source` is chosen at create only. */
const questionFieldsSchema = z.strictObject({
  text: nameText(QUESTION_LIMITS.textChars, 'text'),
  interviewType: z.enum(INTERVIEW_TYPE_IDS).nullable().optional(),
  tags: tagsSchema.optional(),
  principles: principlesSchema.optional(),
  levels: levelsSchema.optional(),
  notes: storableText(QUESTION_LIMITS.notesChars).optional(),
  company: nameText(QUESTION_LIMITS.companyChars, 'company')
    .nullable()
    .optional()
    .describe('Captured only: a company id (amazon) or any company name'),
  askedAt: dateSchema.nullable().optional().describe('Captured only: the date it was asked (YYYY-MM-DD)'),
  round: storableText(QUESTION_LIMITS.roundChars).nullable().optional().describe('Captured only: the round'),
  interviewId: recordIdSchema.nullable().optional().describe('Captured only: the interview it was asked in'),
});

/** The capture fields `input` sets to a value (null clears, so it is allowed anywhere). */
export function captureFieldsSet(input: Partial<Record<(typeof CAPTURE_FIELDS)[number], unknown>>): string[] {
  return CAPTURE_FIELDS.filter((field) => input[field] !== undefined && input[field] !== null);
}

const ownHasNoCapture = (ctx: z.RefinementCtx, fields: string[]) => {
  for (const field of fields) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${field} belongs to captured questions (source "captured"), not to your own`,
    });
  }
};

/** POST body: `source` defaults to own; the capture fields are for captured questions only. */
export const questionCreateSchema = questionFieldsSchema
  .extend({
    source: z
      .enum(STORED_SOURCES)
      .default('own')
      .describe('own (your question) or captured (asked in a real interview); fixed once created'),
  })
  .superRefine((body, ctx) => {
    if (body.source === 'own') ownHasNoCapture(ctx, captureFieldsSet(body));
  });
export type QuestionCreateInput = z.input<typeof questionCreateSchema>;

/** An update: any subset of the editable fields; omitted ones keep their values. */
export const questionPatchSchema = questionFieldsSchema.partial();
export type QuestionPatchInput = z.input<typeof questionPatchSchema>;

/** Called by the service once it knows the stored question's source. */
export function refuseCaptureFieldsOnOwn(patch: z.output<typeof questionPatchSchema>): void {
  const fields = captureFieldsSet(patch);
  if (fields.length === 0) return;
  const schema = z.unknown().superRefine((_, ctx) => ownHasNoCapture(ctx, fields));
  schema.parse(patch);
}

/** PUT body: the patch plus the `version` it edits. */
export const questionUpdateBodySchema = questionPatchSchema.extend({ version: versionSchema });

/** What only a bank question has: how to answer it and what the interviewer listens for. */
const bankDetailsSchema = z.object({
  kind: z.enum(QUESTION_KINDS),
  difficulty: z.enum(QUESTION_DIFFICULTIES),
  category: z.enum(QUESTION_CATEGORIES),
  followUps: z.array(z.string()),
  lookingFor: z.array(z.string()),
});

export const questionSchema = z.object({
  /** A bank id (`beh-disagree-with-boss`) or a server-made UUID. */
  id: z.string(),
  source: z.enum(QUESTION_SOURCES),
  text: z.string(),
  interviewType: z.enum(INTERVIEW_TYPE_IDS).nullable(),
  tags: z.array(z.enum(COMPETENCY_TAGS)),
  principles: z.array(z.string()),
  levels: z.array(z.enum(LEVEL_IDS)),
  notes: z.string(),
  company: z.string().nullable(),
  askedAt: z.string().nullable(),
  round: z.string().nullable(),
  interviewId: z.string().nullable(),
  /** Null for bank questions, which are never edited. */
  version: z.number().int().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Bank questions only. */
  bank: bankDetailsSchema.nullable(),
});
export type Question = z.output<typeof questionSchema>;
/** A question the user stored: version and timestamps always set. */
export type StoredQuestion = Question & {
  source: StoredSource;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const questionPageSchema = pageSchema(questionSchema);
export type QuestionPage = z.output<typeof questionPageSchema>;

/**
 * Where a page of the merged list ends: a bank question (pages continue after it in bank order,
 * then into stored questions) or a stored one (keyset position, newest-created first).
 */
export type QuestionPosition = { in: 'bank'; id: string } | { in: 'stored'; createdAt: string; id: string };

export function encodeQuestionCursor(position: QuestionPosition): string {
  const value = position.in === 'bank' ? ['bank', position.id] : ['stored', position.createdAt, position.id];
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeQuestionCursor(text: string): QuestionPosition | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || !value.every((part) => typeof part === 'string')) return null;
  const [where, ...rest] = value as string[];
  if (where === 'bank' && rest.length === 1 && getQuestion(rest[0] ?? ''))
    return { in: 'bank', id: rest[0] ?? '' };
  if (where === 'stored' && rest.length === 2) {
    const [createdAt = '', id = ''] = rest;
    // Both end up in a query: refuse what PostgreSQL cannot compare as text.
    if (storableText(100).safeParse(createdAt).success && recordIdSchema.safeParse(id).success) {
      return { in: 'stored', createdAt, id };
    }
  }
  return null;
}

export const questionListQuerySchema = pageQuerySchema.extend({
  cursor: z
    .string()
    .max(500)
    .transform((text, ctx) => {
      const position = decodeQuestionCursor(text);
      if (!position) {
        ctx.addIssue({ code: 'custom', message: 'invalid cursor: pass back nextCursor unchanged' });
        return z.NEVER;
      }
      return position;
    })
    .optional(),
  source: z.enum(QUESTION_SOURCES).optional(),
  type: z.enum(INTERVIEW_TYPE_IDS).optional().describe('Interview type'),
  level: levelSchema.optional().describe('Any level alias; questions with no levels suit every level'),
  tag: z.enum(COMPETENCY_TAGS).optional(),
  principle: z.string().max(200).regex(PRINCIPLE_ID_PATTERN).optional(),
  company: storableText(QUESTION_LIMITS.companyChars)
    .optional()
    .describe(
      'A company id or name, any case: captured questions asked there, and questions probing its principles',
    ),
  q: storableText(QUESTION_LIMITS.queryChars)
    .optional()
    .describe('Every word, as a prefix, in the text or notes'),
});
export type QuestionListQuery = z.output<typeof questionListQuerySchema>;
