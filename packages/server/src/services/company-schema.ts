/**
 * The company noun's shapes. Request schemas here check only the JSON's shape and that every text
 * is storable on both engines; whether a set is a valid principle set (slug id, not a built-in id,
 * lowercase cues, unique principles, tensions naming its own principles…) is core's
 * parseCustomCompany's call, answered as 422 with its stable codes.
 */
import { BUILT_IN_COMPANY_IDS, COMPANY_LIMITS } from '@onsite/core';
import { z } from 'zod';
import {
  dateSchema,
  MAX_VERSION,
  nameText,
  pageQuerySchema,
  pageSchema,
  recordIdParamsSchema,
  storableText,
  versionSchema,
} from './fields';

/** Generous caps: core's tighter limits (40 principles, 80-character names…) answer with their own codes. */
const SHAPE = { id: 100, name: 200, text: 1_000, principles: 80, list: 100 } as const;

export const COMPANY_NOTES_LIMITS = {
  notesChars: 20_000,
  news: 100,
  newsChars: 2_000,
  urlChars: 2_000,
  questions: 100,
  questionChars: 1_000,
  interviewerChars: 200,
  queryChars: 200,
} as const;

/**
 * Core's rules, stated in the OpenAPI document so clients (and the schema-driven fuzzer) can aim
 * for valid sets. They are documentation only: core enforces them, answering 422 with its codes.
 */
const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const rule = (hints: Record<string, unknown>) => hints;
const coreText = (max: number) => rule({ minLength: 1, maxLength: max });

const principleInputSchema = z.strictObject({
  id: storableText(SHAPE.name)
    .optional()
    .describe('`<company id>.<kebab-case name>`; derived from the name when omitted'),
  name: storableText(SHAPE.name).meta(coreText(COMPANY_LIMITS.nameChars)),
  description: storableText(SHAPE.text)
    .optional()
    .meta(rule({ maxLength: COMPANY_LIMITS.descriptionChars })),
  cues: z
    .array(
      storableText(SHAPE.name).meta(rule({ ...coreText(COMPANY_LIMITS.cueChars), pattern: '^[^A-Z]+$' })),
    )
    .max(SHAPE.list)
    .meta(rule({ minItems: COMPANY_LIMITS.minCues, maxItems: COMPANY_LIMITS.maxCues }))
    .describe('Lowercase words that show the principle in an answer, each listed once'),
  hooks: z
    .array(storableText(SHAPE.text).meta(coreText(COMPANY_LIMITS.hookChars)))
    .max(SHAPE.list)
    .optional()
    .meta(rule({ maxItems: COMPANY_LIMITS.maxHooks })),
  sampleEvidence: z
    .array(storableText(SHAPE.text).meta(coreText(COMPANY_LIMITS.hookChars)))
    .max(SHAPE.list)
    .optional()
    .meta(rule({ maxItems: COMPANY_LIMITS.maxHooks })),
  misreading: storableText(SHAPE.text).optional().meta(coreText(COMPANY_LIMITS.descriptionChars)),
  current: z.boolean().optional(),
});

const tensionInputSchema = z
  .strictObject({
    a: storableText(SHAPE.name),
    b: storableText(SHAPE.name),
    note: storableText(SHAPE.text).meta(coreText(COMPANY_LIMITS.descriptionChars)),
  })
  .describe('Two different principle ids of this set that pull against each other');

const EXAMPLE_PRINCIPLES = [
  { name: 'Ship Weekly', description: 'Small, frequent releases.', cues: ['shipped', 'weekly release'] },
  { name: 'Own the Pager', cues: ['on-call', 'incident'] },
];

/** The parts of a set the user edits; `id` is chosen at create and never changes. */
const companyFieldsSchema = z.strictObject({
  name: storableText(SHAPE.name).meta(coreText(COMPANY_LIMITS.nameChars)),
  principles: z
    .array(principleInputSchema)
    .max(SHAPE.principles)
    .meta({
      ...rule({ minItems: COMPANY_LIMITS.minPrinciples, maxItems: COMPANY_LIMITS.maxPrinciples }),
      examples: [EXAMPLE_PRINCIPLES],
    })
    .describe('Distinct names, each a distinct id'),
  tensions: z
    .array(tensionInputSchema)
    .max(SHAPE.principles)
    .optional()
    .meta({ ...rule({ maxItems: COMPANY_LIMITS.maxTensions }), examples: [[]] }),
  interviewNotes: z
    .array(storableText(SHAPE.text).meta(coreText(COMPANY_LIMITS.descriptionChars)))
    .max(SHAPE.list)
    .optional()
    .meta(rule({ maxItems: COMPANY_LIMITS.maxInterviewNotes })),
});

/** POST body: a custom principle set. */
export const companyCreateSchema = companyFieldsSchema.extend({
  id: storableText(SHAPE.id)
    .meta(rule({ pattern: SLUG, maxLength: COMPANY_LIMITS.companyIdChars }))
    .describe('A lowercase slug such as acme-labs; not a built-in company id'),
});
export type CompanyCreateInput = z.input<typeof companyCreateSchema>;

/** An update: any of the editable parts; omitted ones keep their values. */
export const companyPatchSchema = companyFieldsSchema.partial();
export type CompanyPatchInput = z.input<typeof companyPatchSchema>;

export const companyUpdateBodySchema = companyPatchSchema.extend({ version: versionSchema });

const principleSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  cues: z.array(z.string()),
  hooks: z.array(z.string()),
  sampleEvidence: z.array(z.string()).optional(),
  misreading: z.string().optional(),
  current: z.boolean(),
});

export const companySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** True for the six sets shipped with Onsite, which cannot be changed. */
  builtIn: z.boolean(),
  principles: z.array(principleSchema),
  tensions: z.array(z.object({ a: z.string(), b: z.string(), note: z.string() })),
  interviewNotes: z.array(z.string()),
  /** Null for built-in sets, which are never edited. */
  version: z.number().int().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Company = z.output<typeof companySchema>;
export type CustomCompany = Company & {
  builtIn: false;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A list row: the set's name and its principles' names, not every cue and hook. */
export const companySummarySchema = companySchema
  .pick({ id: true, name: true, builtIn: true, version: true, createdAt: true, updatedAt: true })
  .extend({ principles: z.array(z.object({ id: z.string(), name: z.string() })) });
export type CompanySummary = z.output<typeof companySummarySchema>;

export const companyPageSchema = pageSchema(companySummarySchema);
export type CompanyPage = z.output<typeof companyPageSchema>;

/** Where a page ends: a built-in set (in core's order) or a custom one (by id). */
export type CompanyPosition = { in: 'builtin' | 'custom'; id: string };

export function encodeCompanyCursor(position: CompanyPosition): string {
  return Buffer.from(JSON.stringify([position.in, position.id])).toString('base64url');
}

function decodeCompanyCursor(text: string): CompanyPosition | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [where, id] = value as unknown[];
  if (typeof id !== 'string') return null;
  if (where === 'builtin' && (BUILT_IN_COMPANY_IDS as readonly string[]).includes(id))
    return { in: 'builtin', id };
  if (where === 'custom' && storableText(SHAPE.id).min(1).safeParse(id).success) return { in: 'custom', id };
  return null;
}

export const companyListQuerySchema = pageQuerySchema.extend({
  cursor: z
    .string()
    .max(500)
    .transform((text, ctx) => {
      const position = decodeCompanyCursor(text);
      if (!position) {
        ctx.addIssue({ code: 'custom', message: 'invalid cursor: pass back nextCursor unchanged' });
        return z.NEVER;
      }
      return position;
    })
    .optional(),
  builtIn: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only the built-in sets; false: only yours'),
  q: storableText(COMPANY_NOTES_LIMITS.queryChars)
    .optional()
    .describe('Every word, as a prefix, in the name, principle names and descriptions, or your notes'),
});
export type CompanyListQuery = z.output<typeof companyListQuerySchema>;

export const companyIdParamsSchema = recordIdParamsSchema;

// --- Per-company prep notes --------------------------------------------------------------------

/** An absolute http(s) URL: anything else (javascript:, data:, relative) is refused. */
const httpUrlSchema = storableText(COMPANY_NOTES_LIMITS.urlChars)
  .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http(s) URL')
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'must be an http(s) URL' },
  );

const newsInputSchema = z.strictObject({
  date: dateSchema.describe('When it happened or was published (YYYY-MM-DD)'),
  text: nameText(COMPANY_NOTES_LIMITS.newsChars, 'text'),
  sourceUrl: httpUrlSchema.nullable().optional(),
});

const questionToAskInputSchema = z.strictObject({
  text: nameText(COMPANY_NOTES_LIMITS.questionChars, 'text'),
  interviewer: storableText(COMPANY_NOTES_LIMITS.interviewerChars)
    .nullable()
    .optional()
    .describe('Who to ask: a name or a role'),
});

/** The version of a company's notes that were never saved: the first save sends it. */
export const UNSAVED_NOTES_VERSION = 0;

/** PUT body: the `version` read (0 before the first save) and any parts to change. */
export const companyNotesUpdateSchema = z.strictObject({
  version: z
    .number()
    .int()
    .min(UNSAVED_NOTES_VERSION)
    .max(MAX_VERSION)
    .describe('The version you loaded; 0 when the notes were never saved'),
  notes: storableText(COMPANY_NOTES_LIMITS.notesChars).optional(),
  news: z.array(newsInputSchema).max(COMPANY_NOTES_LIMITS.news).optional(),
  questionsToAsk: z.array(questionToAskInputSchema).max(COMPANY_NOTES_LIMITS.questions).optional(),
});
export type CompanyNotesUpdate = z.input<typeof companyNotesUpdateSchema>;

export const companyNotesSchema = z.object({
  companyId: z.string(),
  notes: z.string(),
  news: z.array(z.object({ date: z.string(), text: z.string(), sourceUrl: z.string().nullable() })),
  questionsToAsk: z.array(z.object({ text: z.string(), interviewer: z.string().nullable() })),
  /** 0 until the first save. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type CompanyNotes = z.output<typeof companyNotesSchema>;
