/**
 * `parseCustomCompany`: the one entry point for untrusted company sets. It refuses
 * prototype-poisoning keys before Zod sees the input, then maps every Zod issue to a stable
 * `CompanyErrorCode` so callers never depend on Zod's own codes or wording.
 */
import type { z } from 'zod';
import {
  COMPANY_LIMITS,
  type CompanyError,
  type CompanyErrorCode,
  customCompanySchema,
  type ParseCompanyResult,
} from './schema';

type Path = (string | number)[];

/** Keys that could reach an object's prototype if a consumer copies the input naively. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds forbidden own keys and non-plain objects anywhere in the input, up to a depth limit. */
function findUnsafeKeys(input: unknown): CompanyError[] {
  const errors: CompanyError[] = [];
  const visit = (value: unknown, path: Path): void => {
    if (value === null || typeof value !== 'object') return;
    if (path.length > COMPANY_LIMITS.maxDepth) {
      errors.push({
        path: path.join('.'),
        code: 'too_deep',
        message: 'Input is nested deeper than any valid set.',
      });
      return;
    }
    if (!Array.isArray(value)) {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        errors.push({ path: path.join('.'), code: 'invalid_type', message: 'Expected a plain object.' });
        return;
      }
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'symbol') continue;
      if (FORBIDDEN.has(key)) {
        errors.push({
          path: [...path, key].join('.'),
          code: 'forbidden_key',
          message: `The key "${key}" is not allowed.`,
        });
        continue;
      }
      visit((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  visit(input, []);
  return errors;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return current;
}

/** Which list an array issue is about decides its code: principles and cues have their own. */
function listCode(path: readonly PropertyKey[], tooMany: boolean): CompanyErrorCode {
  const list = path[path.length - 1];
  if (list === 'principles' && path.length === 1) return tooMany ? 'too_many_principles' : 'no_principles';
  if (list === 'cues') return tooMany ? 'too_many_cues' : 'no_cues';
  return tooMany ? 'too_many_items' : 'invalid_value';
}

function toCompanyErrors(issue: z.core.$ZodIssue, input: unknown): CompanyError[] {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'custom': {
      const code = (issue.params as { code?: CompanyErrorCode } | undefined)?.code ?? 'invalid_value';
      return [{ path, code, message: issue.message }];
    }
    case 'invalid_type': {
      const missing = valueAt(input, issue.path) === undefined;
      return [
        missing
          ? { path, code: 'required', message: 'This field is required.' }
          : { path, code: 'invalid_type', message: `Expected ${issue.expected}.` },
      ];
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ path, code: 'empty_string', message: 'Must not be empty.' }];
      return [{ path, code: listCode(issue.path, false), message: `Needs at least ${issue.minimum}.` }];
    case 'too_big':
      if (issue.origin === 'string') {
        return [{ path, code: 'too_long', message: `Must be at most ${issue.maximum} characters.` }];
      }
      return [{ path, code: listCode(issue.path, true), message: `At most ${issue.maximum} allowed.` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...issue.path.map(String), key].join('.'),
        code: 'unknown_key' as const,
        message: `Unknown field "${key}".`,
      }));
    default:
      return [{ path, code: 'invalid_value', message: issue.message }];
  }
}

/**
 * Validates and normalises a user-supplied company principle set: strings trimmed, defaults
 * filled, principle ids derived as `<company>.<kebab(name)>` where omitted, `builtIn` false.
 */
export function parseCustomCompany(input: unknown): ParseCompanyResult {
  const unsafe = findUnsafeKeys(input);
  if (unsafe.length > 0) return { ok: false, errors: unsafe };
  const result = customCompanySchema.safeParse(input);
  if (result.success) return { ok: true, company: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => toCompanyErrors(issue, input)) };
}
