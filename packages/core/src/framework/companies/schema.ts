/**
 * Validation for user-supplied company principle sets (imported files, the web editor, the
 * CLI). Errors carry stable codes; the CLI, server and web turn them into words at their edge.
 */
import { z } from 'zod';
import { BUILT_IN_COMPANY_IDS, type PrincipleId } from '../ids';
import { KEBAB_PATTERN, kebabCase, principleIdFor } from './principle-id';
import type { CompanyPrincipleSet, Principle } from './types';

export const COMPANY_LIMITS = {
  companyIdChars: 40,
  nameChars: 80,
  minPrinciples: 1,
  maxPrinciples: 40,
  minCues: 1,
  maxCues: 50,
  cueChars: 60,
  descriptionChars: 500,
  maxHooks: 10,
  hookChars: 200,
  maxTensions: 40,
  maxInterviewNotes: 20,
  /** Deepest nesting a valid set has is 4; anything much deeper is refused before parsing. */
  maxDepth: 8,
} as const;

export type CompanyErrorCode =
  | 'required'
  | 'invalid_type'
  | 'unknown_key'
  | 'forbidden_key'
  | 'too_deep'
  | 'empty_string'
  | 'too_long'
  | 'too_many_items'
  | 'invalid_company_id'
  | 'reserved_company_id'
  | 'no_principles'
  | 'too_many_principles'
  | 'duplicate_principle'
  | 'duplicate_principle_id'
  | 'invalid_principle_id'
  | 'principle_id_mismatch'
  | 'unnamed_principle_id'
  | 'no_cues'
  | 'too_many_cues'
  | 'cue_not_lowercase'
  | 'duplicate_cue'
  | 'unknown_tension_principle'
  | 'self_tension'
  | 'invalid_value';

export interface CompanyError {
  /** Dot-joined location in the input, e.g. `principles.2.cues.0`; '' for the whole input. */
  path: string;
  code: CompanyErrorCode;
  message: string;
}

export type ParseCompanyResult =
  | { ok: true; company: CompanyPrincipleSet }
  | { ok: false; errors: CompanyError[] };

/**
 * Built-in ids cannot be shadowed, and `Object.prototype` names are refused so a set id can
 * safely key a plain object anywhere downstream.
 */
const RESERVED_COMPANY_IDS: ReadonlySet<string> = new Set<string>([
  ...BUILT_IN_COMPANY_IDS,
  'constructor',
  'prototype',
]);

const SLUG_PATTERN = KEBAB_PATTERN;
const PRINCIPLE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

function withCode(code: CompanyErrorCode, message: string) {
  return { message, params: { code } };
}

const text = (maxChars: number) => z.string().trim().min(1).max(maxChars);

const cueSchema = text(COMPANY_LIMITS.cueChars).refine(
  (cue) => cue === cue.toLowerCase(),
  withCode('cue_not_lowercase', 'Cues must be lowercase (matching ignores case anyway).'),
);

const principleInputSchema = z
  .strictObject({
    id: z.string().trim().optional(),
    name: text(COMPANY_LIMITS.nameChars),
    description: z.string().trim().max(COMPANY_LIMITS.descriptionChars).default(''),
    cues: z.array(cueSchema).min(COMPANY_LIMITS.minCues).max(COMPANY_LIMITS.maxCues),
    hooks: z.array(text(COMPANY_LIMITS.hookChars)).max(COMPANY_LIMITS.maxHooks).default([]),
    sampleEvidence: z.array(text(COMPANY_LIMITS.hookChars)).max(COMPANY_LIMITS.maxHooks).optional(),
    misreading: text(COMPANY_LIMITS.descriptionChars).optional(),
    current: z.boolean().default(true),
  })
  .superRefine((principle, ctx) => {
    const seen = new Set<string>();
    principle.cues.forEach((cue, index) => {
      if (seen.has(cue)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cues', index],
          ...withCode('duplicate_cue', `Cue "${cue}" is listed twice.`),
        });
      }
      seen.add(cue);
    });
  });

const tensionSchema = z.strictObject({
  a: z.string().trim(),
  b: z.string().trim(),
  note: text(COMPANY_LIMITS.descriptionChars),
});

type PrincipleInput = z.output<typeof principleInputSchema>;

function derivedId(companyId: string, principle: PrincipleInput): string {
  return principle.id ?? principleIdFor(companyId, principle.name);
}

function buildSchema(reservedIds: ReadonlySet<string>) {
  return z
    .strictObject({
      id: z
        .string()
        .trim()
        .min(1)
        .max(COMPANY_LIMITS.companyIdChars)
        .refine(
          (id) => SLUG_PATTERN.test(id),
          withCode(
            'invalid_company_id',
            'Company id must be a lowercase slug such as "acme" or "acme-labs".',
          ),
        )
        .refine(
          (id) => !reservedIds.has(id),
          withCode(
            'reserved_company_id',
            'That id belongs to a built-in company or is reserved; pick another.',
          ),
        ),
      name: text(COMPANY_LIMITS.nameChars),
      builtIn: z.boolean().optional(),
      principles: z
        .array(principleInputSchema)
        .min(COMPANY_LIMITS.minPrinciples)
        .max(COMPANY_LIMITS.maxPrinciples),
      tensions: z.array(tensionSchema).max(COMPANY_LIMITS.maxTensions).optional(),
      interviewNotes: z
        .array(text(COMPANY_LIMITS.descriptionChars))
        .max(COMPANY_LIMITS.maxInterviewNotes)
        .default([]),
    })
    .superRefine((company, ctx) => {
      const names = new Map<string, number>();
      const ids = new Map<string, number>();
      company.principles.forEach((principle, index) => {
        const nameKey = principle.name.toLowerCase();
        const isDuplicateName = names.has(nameKey);
        if (isDuplicateName) {
          ctx.addIssue({
            code: 'custom',
            path: ['principles', index, 'name'],
            ...withCode('duplicate_principle', `"${principle.name}" appears more than once.`),
          });
        }
        names.set(nameKey, index);

        if (principle.id === undefined && kebabCase(principle.name) === '') {
          ctx.addIssue({
            code: 'custom',
            path: ['principles', index, 'name'],
            ...withCode(
              'unnamed_principle_id',
              'This name has no letters or digits to build an id from; give an id.',
            ),
          });
          return;
        }
        if (principle.id !== undefined && !PRINCIPLE_ID_PATTERN.test(principle.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['principles', index, 'id'],
            ...withCode('invalid_principle_id', 'A principle id looks like "<company>.<kebab-case-name>".'),
          });
          return;
        }
        const id = derivedId(company.id, principle);
        if (!id.startsWith(`${company.id}.`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['principles', index, 'id'],
            ...withCode('principle_id_mismatch', `Principle ids must start with "${company.id}.".`),
          });
        } else if (ids.has(id) && !isDuplicateName) {
          // Different names can still collide once kebab-cased ("Think Big" / "think-big").
          ctx.addIssue({
            code: 'custom',
            path: ['principles', index, 'id'],
            ...withCode('duplicate_principle_id', `Two principles resolve to the id "${id}".`),
          });
        }
        ids.set(id, index);
      });

      company.tensions?.forEach((tension, index) => {
        for (const side of ['a', 'b'] as const) {
          if (!ids.has(tension[side])) {
            ctx.addIssue({
              code: 'custom',
              path: ['tensions', index, side],
              ...withCode(
                'unknown_tension_principle',
                `"${tension[side]}" is not a principle id in this set.`,
              ),
            });
          }
        }
        if (tension.a === tension.b) {
          ctx.addIssue({
            code: 'custom',
            path: ['tensions', index, 'b'],
            ...withCode('self_tension', 'A tension needs two different principles.'),
          });
        }
      });
    })
    .transform(
      (company): CompanyPrincipleSet => ({
        id: company.id,
        name: company.name,
        builtIn: false,
        principles: company.principles.map(
          (principle): Principle => ({
            id: derivedId(company.id, principle) as PrincipleId,
            name: principle.name,
            description: principle.description,
            cues: principle.cues,
            hooks: principle.hooks,
            ...(principle.sampleEvidence === undefined ? {} : { sampleEvidence: principle.sampleEvidence }),
            ...(principle.misreading === undefined ? {} : { misreading: principle.misreading }),
            current: principle.current,
          }),
        ),
        ...(company.tensions === undefined
          ? {}
          : {
              tensions: company.tensions.map((t) => ({
                a: t.a as PrincipleId,
                b: t.b as PrincipleId,
                note: t.note,
              })),
            }),
        interviewNotes: company.interviewNotes,
      }),
    );
}

/** Validates any principle set's shape, including the built-in ones (used by their tests). */
export const companySetSchema = buildSchema(new Set());
/** Validates a user-supplied set: as above, and its id may not shadow a built-in company. */
export const customCompanySchema = buildSchema(RESERVED_COMPANY_IDS);
