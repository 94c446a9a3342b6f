/**
 * Analysis on demand: any text or STAR+ fields, judged by core with the caller's options.
 * Option values (level alias, company, interview type, duration) are core's to judge, so its
 * stable AnalyzeError codes (unknown_level, unknown_company…) reach the caller unchanged.
 * `company` may name a built-in set or one of the user's custom sets.
 */
import { type AnalyzeOptions, analyze, type CompanyPrincipleSet, type Report } from '@onsite/core';
import { z } from 'zod';
import { STORY_LIMITS } from './story-schema';

const starText = z.string().max(STORY_LIMITS.textChars);

export const analyzeRequestSchema = z
  .strictObject({
    text: z.string().describe('A whole answer as plain text (give this or `fields`)'),
    fields: z
      .strictObject({
        situation: starText.optional(),
        task: starText.optional(),
        action: starText.optional(),
        result: starText.optional(),
        learnings: starText.optional(),
        leadershipDimension: starText.optional(),
        strategicImplication: starText.optional(),
      })
      .describe('STAR+ fields (give this or `text`)'),
    level: z.string().max(50).describe('Any ladder alias: L5, L6, L7+, M2, D1, E6, Director, VP…'),
    company: z
      .string()
      .max(100)
      .describe('A built-in company id such as amazon, or the id of your custom set'),
    type: z
      .string()
      .max(50)
      .describe('behavioral | technical-leadership | system-org-design | culture-values'),
    question: z.string().max(STORY_LIMITS.textChars),
    durationSeconds: z.number().describe('Real spoken duration, when the answer was recorded'),
    spoken: z.boolean().describe('Whether the text is a spoken transcript'),
  })
  .partial()
  .refine((body) => (body.text === undefined) !== (body.fields === undefined), {
    message: 'give exactly one of `text` or `fields`',
  });
export type AnalyzeRequest = z.input<typeof analyzeRequestSchema>;

/** The user's custom principle set with this id, if there is one (built-in ids are core's). */
export type CustomCompanyLookup = (id: string) => Promise<CompanyPrincipleSet | undefined>;

/** Throws core's AnalyzeError for input core cannot judge, and ZodError for a malformed request. */
export async function analyzeAnswer(
  input: AnalyzeRequest,
  findCustomCompany?: CustomCompanyLookup,
): Promise<Report> {
  const { text, fields, ...rest } = analyzeRequestSchema.parse(input);
  // `type` stays a plain string up to here on purpose: core refuses an unknown one with its own
  // code (unknown_interview_type), which is more useful to a client than a schema error.
  const options = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  ) as AnalyzeOptions;
  // Core judges the company either way: an id that is neither built in nor stored stays its
  // unknown_company error.
  const custom = rest.company && findCustomCompany ? await findCustomCompany(rest.company) : undefined;
  return analyze(text ?? fields ?? '', custom ? { ...options, companies: [custom] } : options);
}
