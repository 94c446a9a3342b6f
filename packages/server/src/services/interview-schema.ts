/**
 * The interview noun's shapes, shared by the service (which validates every write, whoever calls
 * it: routes, CLI import) and the routes (validation and OpenAPI). camelCase here; the repository
 * maps to snake_case columns. Derived values (end, thank-you deadline, checklist progress) appear
 * in records only: core computes them, a client never sends them.
 */
import { INTERVIEW_TYPE_IDS, THANK_YOU_STATUSES } from '@onsite/core';
import { z } from 'zod';
import {
  dateSchema,
  instantSchema,
  nameText,
  pageQuerySchema,
  pageSchema,
  recordIdSchema,
  storableText,
  unique,
  versionSchema,
} from './fields';
import { checklistProgressSchema, checklistStateSchema, checklistTicksSchema } from './interview-checklist';

export const INTERVIEW_LIMITS = {
  companyChars: 200,
  companyIdChars: 100,
  shortTextChars: 200,
  locationChars: 1_000,
  textChars: 20_000,
  interviewers: 30,
  questions: 100,
  questionChars: 2_000,
  storiesUsed: 50,
  /** A whole onsite day; the column is int4, and a deadline past year 9999 cannot be written. */
  durationMinutes: 720,
  queryChars: 200,
} as const;

/** Interviews from before this start or after the last are refused: the UTC texts must stay 4-digit years to sort. */
export const EARLIEST_START = '1970-01-01T00:00:00.000Z';
export const LATEST_START = '9999-12-01T00:00:00.000Z';

export const INTERVIEW_OUTCOMES = ['pending', 'advanced', 'offer', 'rejected', 'withdrawn'] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];

/** Length of a round whose type is unknown and whose duration was not given. */
export const DEFAULT_DURATION_MINUTES = 60;

/** A company's id, built in (amazon) or custom: lower-case words joined by hyphens. */
const COMPANY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const shortText = () => storableText(INTERVIEW_LIMITS.shortTextChars);
const longText = () => storableText(INTERVIEW_LIMITS.textChars);

const startsAtSchema = instantSchema
  .refine((at) => at >= EARLIEST_START && at <= LATEST_START, {
    message: `startsAt must fall between ${EARLIEST_START.slice(0, 10)} and ${LATEST_START.slice(0, 10)}`,
  })
  .describe('When the interview starts (ISO-8601 with an offset; stored in UTC)');

const interviewerSchema = z.strictObject({
  name: nameText(INTERVIEW_LIMITS.shortTextChars, 'name'),
  role: shortText().optional().describe('Their role, e.g. "Director of Engineering"'),
});

const questionAskedSchema = z.strictObject({
  text: nameText(INTERVIEW_LIMITS.questionChars, 'question'),
  questionId: recordIdSchema
    .nullable()
    .optional()
    .describe('The question it matches: a bank id or one of your stored questions (else 422)'),
});

const thankYouInputSchema = z
  .strictObject({
    draft: longText().optional(),
    status: z.enum(THANK_YOU_STATUSES).optional(),
    sentAt: instantSchema
      .nullable()
      .optional()
      .describe('When it went out; only with status "sent" (defaults to the time it was marked sent)'),
  })
  .describe('The thank-you note; its deadline is computed (end + 24 h) and cannot be sent');

const followUpInputSchema = z.strictObject({
  date: dateSchema.nullable().optional().describe('When to follow up with the recruiter (YYYY-MM-DD)'),
  done: z.boolean().optional(),
});

const reflectionInputSchema = z.strictObject({
  text: longText().optional(),
  wentWell: longText().optional(),
  toImprove: longText().optional(),
  selfRating: z.number().int().min(1).max(5).nullable().optional().describe('How it went, 1 (poorly) to 5'),
});

/**
 * POST body: `company` and `startsAt` are required. Omitted text is empty, lists are empty; a
 * missing duration is the type's longest canonical round (60 minutes without a type).
 * Objects (checklist, thankYou, followUp, reflection) merge: fields not sent keep their value.
 */
export const interviewCreateSchema = z.strictObject({
  company: nameText(INTERVIEW_LIMITS.companyChars, 'company').describe('The company as you name it'),
  companyId: z
    .string()
    .max(INTERVIEW_LIMITS.companyIdChars)
    .regex(COMPANY_ID_PATTERN, 'company ids are lower-case words joined by hyphens (amazon, acme-corp)')
    .nullable()
    .optional()
    .describe('A built-in or custom company id, to link its principles (an unknown one is 422)'),
  role: shortText().optional().describe('The role or title applied for'),
  round: shortText().optional().describe('The round, e.g. "Bar raiser"'),
  type: z.enum(INTERVIEW_TYPE_IDS).nullable().optional(),
  startsAt: startsAtSchema,
  durationMinutes: z.number().int().min(1).max(INTERVIEW_LIMITS.durationMinutes).optional(),
  location: storableText(INTERVIEW_LIMITS.locationChars)
    .optional()
    .describe('An address, a room or a video link'),
  interviewers: z.array(interviewerSchema).max(INTERVIEW_LIMITS.interviewers).optional(),
  checklist: checklistTicksSchema.optional(),
  notes: longText().optional(),
  questionsAsked: z.array(questionAskedSchema).max(INTERVIEW_LIMITS.questions).optional(),
  storiesUsed: z
    .array(recordIdSchema)
    .max(INTERVIEW_LIMITS.storiesUsed)
    .refine(unique, { message: 'storiesUsed must not repeat' })
    .optional()
    .describe('Ids of the stories told, in order; each must exist (else 422 invalid_reference)'),
  thankYou: thankYouInputSchema.optional(),
  followUp: followUpInputSchema.optional(),
  reflection: reflectionInputSchema.optional(),
  outcome: z.enum(INTERVIEW_OUTCOMES).optional(),
});
export type InterviewCreateInput = z.input<typeof interviewCreateSchema>;

/** Any subset of the create fields; omitted ones keep their stored values. */
export const interviewPatchSchema = interviewCreateSchema.partial();
export type InterviewPatchInput = z.input<typeof interviewPatchSchema>;
export type InterviewPatch = z.output<typeof interviewPatchSchema>;

/** PUT body: the patch plus the `version` it edits. */
export const interviewUpdateBodySchema = interviewPatchSchema.extend({ version: versionSchema });

export const interviewerRecordSchema = z.object({ name: z.string(), role: z.string() });
export const questionAskedRecordSchema = z.object({ text: z.string(), questionId: z.string().nullable() });

export const interviewSchema = z.object({
  id: z.string(),
  company: z.string(),
  companyId: z.string().nullable(),
  role: z.string(),
  round: z.string(),
  type: z.enum(INTERVIEW_TYPE_IDS).nullable(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  /** startsAt + durationMinutes. */
  endsAt: z.string(),
  location: z.string(),
  interviewers: z.array(interviewerRecordSchema),
  checklist: checklistStateSchema,
  checklistProgress: checklistProgressSchema,
  notes: z.string(),
  questionsAsked: z.array(questionAskedRecordSchema),
  storiesUsed: z.array(z.string()),
  thankYou: z.object({
    draft: z.string(),
    status: z.enum(THANK_YOU_STATUSES),
    sentAt: z.string().nullable(),
    /** endsAt + 24 h, computed by core. */
    deadline: z.string(),
  }),
  followUp: z.object({ date: z.string().nullable(), done: z.boolean() }),
  reflection: z.object({
    text: z.string(),
    wentWell: z.string(),
    toImprove: z.string(),
    selfRating: z.number().int().nullable(),
  }),
  outcome: z.enum(INTERVIEW_OUTCOMES),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.output<typeof interviewSchema>;

/**
 * A list row: what a list or calendar shows, without the long texts (notes, draft, reflection,
 * questions) or the item-by-item checklist; `GET /api/interviews/{id}` has the whole record.
 */
export const interviewSummarySchema = interviewSchema
  .omit({
    notes: true,
    questionsAsked: true,
    storiesUsed: true,
    checklist: true,
    reflection: true,
    thankYou: true,
  })
  .extend({
    thankYou: interviewSchema.shape.thankYou.omit({ draft: true }),
    selfRating: z.number().int().nullable(),
  });
export type InterviewSummary = z.output<typeof interviewSummarySchema>;

export const interviewPageSchema = pageSchema(interviewSummarySchema);
export type InterviewPage = z.output<typeof interviewPageSchema>;

export const INTERVIEW_WHEN = ['upcoming', 'past'] as const;
export const THANK_YOU_FILTERS = ['due', 'overdue', 'sent'] as const;
export const FOLLOW_UP_FILTERS = ['due', 'overdue', 'done'] as const;

export const interviewListQuerySchema = pageQuerySchema.extend({
  q: storableText(INTERVIEW_LIMITS.queryChars)
    .optional()
    .describe('Full-text search over company, role, round, notes, questions asked and reflection'),
  company: storableText(INTERVIEW_LIMITS.companyChars)
    .optional()
    .describe('A company id, or a company name (any case)'),
  type: z.enum(INTERVIEW_TYPE_IDS).optional(),
  outcome: z.enum(INTERVIEW_OUTCOMES).optional(),
  when: z
    .enum(INTERVIEW_WHEN)
    .optional()
    .describe('upcoming: not yet ended; past: ended (by the server clock)'),
  thankYou: z
    .enum(THANK_YOU_FILTERS)
    .optional()
    .describe('due: unsent, deadline ahead; overdue: unsent, deadline passed; sent'),
  from: instantSchema.optional().describe('Only interviews starting at or after this instant (ISO-8601)'),
  to: instantSchema.optional().describe('Only interviews starting before this instant (ISO-8601)'),
  followUp: z
    .enum(FOLLOW_UP_FILTERS)
    .optional()
    .describe('due: date today or later; overdue: date gone by (UTC days); done'),
});
export type InterviewListQuery = z.output<typeof interviewListQuerySchema>;
