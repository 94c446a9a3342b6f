/**
 * The practice noun's shapes: a session (interview type, when, level, company, notes) made of
 * ordered rounds, each with ordered answers (question, transcript, duration, story used,
 * analysis, rubric scorecards, notes). Shared by the service, which validates every write
 * whoever calls it, and the routes (validation and OpenAPI).
 */
import { DIMENSION_LEVELS, type DimensionId, INTERVIEW_TYPE_IDS, LEVEL_IDS } from '@onsite/core';
import { z } from 'zod';
import {
  instantSchema,
  levelSchema,
  nameText,
  pageQuerySchema,
  pageSchema,
  recordIdSchema,
  storableText,
  versionSchema,
} from './fields';
import { reportSchema } from './report-schema';

export const PRACTICE_LIMITS = {
  titleChars: 200,
  notesChars: 20_000,
  roundNameChars: 100,
  rounds: 10,
  /** Answers in the whole session, across its rounds. */
  answers: 30,
  questionChars: 2_000,
  transcriptChars: 20_000,
  answerNotesChars: 5_000,
  /**
   * Question, transcript and notes of every answer together. The search index holds them all in
   * one row with the title and notes, and PostgreSQL refuses a tsvector over 1 MB: 220,000
   * characters of distinct two-letter CJK words measured ~1.03 MB; 170,000 measure ~0.8 MB.
   */
  sessionTextChars: 150_000,
  scorecards: 10,
  peerNameChars: 100,
  /** Spoken duration: at most 24 hours, as core's analyzer accepts. */
  durationSeconds: 86_400,
  queryChars: 200,
} as const;

export const SCORERS = ['self', 'peer'] as const;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A list's date-range bound: an instant, or a calendar day (UTC). A day means its start as a
 * `from` (inclusive) and the start of the next day as a `to` (exclusive), so `from=2026-03-01&
 * to=2026-03-31` covers the whole of March.
 */
export function rangeBoundSchema(edge: 'from' | 'to') {
  // One transform after a union of plain strings: a union of transformed members would leave the
  // OpenAPI document with an empty `anyOf`.
  return z
    .union([
      z.iso.datetime({ offset: true }),
      z.string().regex(CALENDAR_DAY, 'a calendar day looks like 2026-03-01'),
    ])
    .transform((text, ctx) => {
      if (!CALENDAR_DAY.test(text)) return new Date(text).toISOString();
      const start = new Date(`${text}T00:00:00.000Z`);
      if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== text) {
        ctx.addIssue({ code: 'custom', message: `${text} is not a calendar day` });
        return z.NEVER;
      }
      if (edge === 'to') start.setUTCDate(start.getUTCDate() + 1);
      return start.toISOString();
    });
}

/** Built-in company ids and custom ones are lowercase slugs ("amazon", "acme-corp"). */
const companySchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'company ids are lowercase slugs, e.g. amazon or acme-corp');

const interviewTypeSchema = z.enum(INTERVIEW_TYPE_IDS);

const dimensionLevel = z.enum(DIMENSION_LEVELS).optional();

/** Per rubric dimension, the band the scorer gave; dimensions not scored are left out. */
const ratingsShape = {
  storytelling: dimensionLevel,
  technicalDepth: dimensionLevel,
  leadershipRange: dimensionLevel,
  businessAcumen: dimensionLevel,
  cultureFit: dimensionLevel,
} satisfies Record<DimensionId, typeof dimensionLevel>;
const ratingsSchema = z.strictObject(ratingsShape);

const scorecardSchema = z
  .strictObject({
    by: z.enum(SCORERS).describe('Who scored: the candidate or a peer'),
    peerName: storableText(PRACTICE_LIMITS.peerNameChars).nullable().optional().describe('Peers only'),
    ratings: ratingsSchema,
  })
  .refine((card) => card.by === 'peer' || !card.peerName, {
    message: 'only a peer scorecard has a peerName',
    path: ['peerName'],
  });

export const practiceAnswerInputSchema = z.strictObject({
  id: recordIdSchema.optional().describe("On update: the id of one of this session's answers, to keep it"),
  questionId: storableText(100)
    .min(1)
    .nullable()
    .optional()
    .describe('A question bank id or one of your questions'),
  questionText: storableText(PRACTICE_LIMITS.questionChars).optional(),
  transcript: storableText(PRACTICE_LIMITS.transcriptChars)
    .optional()
    .describe('The answer, typed or transcribed'),
  durationSeconds: z.number().int().min(1).max(PRACTICE_LIMITS.durationSeconds).nullable().optional(),
  storyId: recordIdSchema.nullable().optional().describe('The story used; must exist when first linked'),
  scores: z.array(scorecardSchema).max(PRACTICE_LIMITS.scorecards).optional(),
  notes: storableText(PRACTICE_LIMITS.answerNotesChars).optional(),
});
export type PracticeAnswerInput = z.output<typeof practiceAnswerInputSchema>;

const roundInputSchema = z.strictObject({
  name: nameText(PRACTICE_LIMITS.roundNameChars, 'round name').optional().describe('Default: "Round <n>"'),
  type: interviewTypeSchema.nullable().optional().describe("Default: the session's type"),
  answers: z.array(practiceAnswerInputSchema).max(PRACTICE_LIMITS.answers).optional(),
});
export type PracticeRoundInput = z.output<typeof roundInputSchema>;

const answersOf = (rounds: PracticeRoundInput[]) => rounds.flatMap((round) => round.answers ?? []);
const answerTextLength = (answer: PracticeAnswerInput) =>
  (answer.questionText?.length ?? 0) + (answer.transcript?.length ?? 0) + (answer.notes?.length ?? 0);

/** The rounds, in order; checks that span rounds (answer count, text size, repeated ids) live here. */
const roundsSchema = z
  .array(roundInputSchema)
  .max(PRACTICE_LIMITS.rounds)
  .refine((rounds) => answersOf(rounds).length <= PRACTICE_LIMITS.answers, {
    message: `a session holds at most ${PRACTICE_LIMITS.answers} answers`,
  })
  .refine(
    (rounds) =>
      answersOf(rounds).reduce((sum, a) => sum + answerTextLength(a), 0) <= PRACTICE_LIMITS.sessionTextChars,
    {
      message: `questions, transcripts and notes together hold at most ${PRACTICE_LIMITS.sessionTextChars} characters`,
    },
  )
  .refine(
    (rounds) => {
      const ids = answersOf(rounds).flatMap((a) => (a.id === undefined ? [] : [a.id]));
      return new Set(ids).size === ids.length;
    },
    { message: 'an answer id must not repeat' },
  );

/** POST body: a title and a type; everything else has a default. */
export const practiceCreateSchema = z.strictObject({
  title: nameText(PRACTICE_LIMITS.titleChars),
  type: interviewTypeSchema,
  startedAt: instantSchema.optional().describe('When the session took place (default: now)'),
  targetLevel: levelSchema.nullable().optional(),
  company: companySchema.nullable().optional(),
  notes: storableText(PRACTICE_LIMITS.notesChars).optional(),
  rounds: roundsSchema.optional(),
});
export type PracticeCreateInput = z.input<typeof practiceCreateSchema>;

/** An update's fields: any subset. `rounds`, when sent, replaces every round and answer. */
export const practicePatchSchema = practiceCreateSchema.partial();
export type PracticePatchInput = z.input<typeof practicePatchSchema>;
export const practiceUpdateBodySchema = practicePatchSchema.extend({ version: versionSchema });

const scorecardOutputSchema = z.object({
  by: z.enum(SCORERS),
  peerName: z.string().nullable(),
  ratings: z.object(ratingsShape),
});
export type PracticeScorecard = z.output<typeof scorecardOutputSchema>;

export const practiceAnswerSchema = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  /** The question as asked; filled from the bank (or your question) when only its id was sent. */
  questionText: z.string(),
  transcript: z.string(),
  durationSeconds: z.number().int().nullable(),
  /** Kept after the story is deleted: practice history is not rewritten. */
  storyId: z.string().nullable(),
  /** Core's analysis of the transcript (null while it is empty). */
  analysis: reportSchema.nullable(),
  /** The session version the analysis was computed at. */
  analysisVersion: z.number().int().nullable(),
  scores: z.array(scorecardOutputSchema),
  notes: z.string(),
});
export type PracticeAnswer = z.output<typeof practiceAnswerSchema>;

export const practiceRoundSchema = z.object({
  name: z.string(),
  type: interviewTypeSchema.nullable(),
  answers: z.array(practiceAnswerSchema),
});
export type PracticeRound = z.output<typeof practiceRoundSchema>;

export const practiceSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  type: interviewTypeSchema,
  startedAt: z.string(),
  targetLevel: z.enum(LEVEL_IDS).nullable(),
  company: z.string().nullable(),
  notes: z.string(),
  rounds: z.array(practiceRoundSchema),
  answerCount: z.number().int(),
  /** Mean analysis score (0–100) of the analysed answers; null when none is. */
  meanScore: z.number().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PracticeSession = z.output<typeof practiceSessionSchema>;

/** A list row: no transcripts or analyses, just what a list shows. */
export const practiceSummarySchema = practiceSessionSchema
  .pick({
    id: true,
    title: true,
    type: true,
    startedAt: true,
    targetLevel: true,
    company: true,
    answerCount: true,
    meanScore: true,
    version: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({ roundCount: z.number().int() });
export type PracticeSummary = z.output<typeof practiceSummarySchema>;

export const practicePageSchema = pageSchema(practiceSummarySchema);
export type PracticePage = z.output<typeof practicePageSchema>;

export const practiceListQuerySchema = pageQuerySchema.extend({
  q: storableText(PRACTICE_LIMITS.queryChars)
    .optional()
    .describe('Full-text search over titles, notes, questions and transcripts'),
  type: interviewTypeSchema.optional(),
  level: levelSchema.optional(),
  storyId: recordIdSchema.optional().describe('Only sessions with an answer that used this story'),
  from: rangeBoundSchema('from').optional().describe('Sessions started at or after this instant or day'),
  to: rangeBoundSchema('to')
    .optional()
    .describe('Sessions started before this instant, or up to the end of this day'),
});
export type PracticeListQuery = z.output<typeof practiceListQuerySchema>;
