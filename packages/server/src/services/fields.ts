/**
 * Zod building blocks every noun's schema shares: storable text, versions, ids, levels,
 * principle ids, and keyset-paged lists. One definition each, so a rule such as "PostgreSQL
 * cannot store NUL" is enforced the same way on every route and on import.
 */
import { resolveLevel } from '@onsite/core';
import { z } from 'zod';

// PostgreSQL text cannot hold NUL, and a lone surrogate cannot be stored as UTF-8 and read back
// unchanged; refusing both up front keeps "what you saved is what you get" true on both engines.
const LONE_SURROGATE = /\p{Cs}/u;

/** Text that both databases store and return unchanged, at most `max` characters. */
export function storableText(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), { message: 'text must not contain NUL characters' })
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'text must be well-formed Unicode' });
}

/** A required, non-blank name or title of at most `max` characters. */
export function nameText(max: number, what = 'title') {
  return storableText(max)
    .min(1)
    .refine((s) => s.trim() !== '', { message: `${what} must not be blank` });
}

/** `<company>.<kebab-name>`, e.g. `amazon.customer-obsession` (core's principle id format). */
export const PRINCIPLE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const unique = <T>(items: T[]) => new Set(items).size === items.length;

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

/** The `version` columns are 32-bit `integer`: a larger value in a query is a PostgreSQL error (a 500). */
export const MAX_VERSION = 2_147_483_647;
export const versionSchema = z.number().int().min(1).max(MAX_VERSION);

/** An ISO-8601 instant with an offset, stored normalised to UTC (`...Z`). */
export const instantSchema = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

/** A calendar date (YYYY-MM-DD) that exists. */
export const dateSchema = z.iso.date();

// Ids go into queries too: PostgreSQL refuses NUL in text with an error (a 500), so refuse it here.
export const recordIdSchema = storableText(100).min(1);
export const recordIdParamsSchema = z.strictObject({ id: recordIdSchema });

/** DELETE needs the version being deleted too: deleting an edit you have not seen is a lost update. */
export const versionQuerySchema = z.strictObject({ version: z.coerce.number().pipe(versionSchema) });

/** Keyset position: the last row of the previous page in (created_at DESC, id DESC) order. */
export interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    // Both parts end up in a query: text PostgreSQL cannot compare (NUL) would be a 500 there.
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      storableText(100).safeParse(value[0]).success &&
      recordIdSchema.safeParse(value[1]).success
    ) {
      return { createdAt: value[0] as string, id: value[1] as string };
    }
  } catch {
    // Falls through: any undecodable cursor is the same client error.
  }
  return null;
}

/** `?limit=&cursor=`: the paging part of every list query; nouns extend it with their filters. */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .max(500)
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (!cursor) {
        ctx.addIssue({ code: 'custom', message: 'invalid cursor: pass back nextCursor unchanged' });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
});

/** `{ items, nextCursor }`: one page of `item`; pass `nextCursor` back as `cursor`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Pass as `cursor` to get the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  });
}
