/**
 * Checks for values given on the command line or in frontmatter (level, company, type, …).
 * Each returns the canonical value or a reason; the caller decides whether the reason is a
 * usage error (a flag) or an input error (one file's frontmatter).
 */
import type { CompetencyTag, InterviewTypeId, LevelId } from '@onsite/core';

type Core = typeof import('@onsite/core');

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string): Checked<T> => ({ ok: false, reason });

/**
 * Exact (case-insensitive) match, else a unique prefix ("tech" → "technical-leadership").
 * Returns null when nothing or more than one choice matches.
 */
export function pickChoice<T extends string>(choices: readonly T[], input: string): T | null {
  const wanted = input.trim().toLowerCase();
  if (wanted === '') return null;
  const exact = choices.find((choice) => choice === wanted);
  if (exact) return exact;
  const prefixed = choices.filter((choice) => choice.startsWith(wanted));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

export function checkChoice<T extends string>(
  what: string,
  choices: readonly T[],
  input: string,
): Checked<T> {
  const value = pickChoice(choices, input);
  return value ? ok(value) : fail(`unknown ${what} '${input}' (expected one of: ${choices.join(', ')})`);
}

export function checkLevel(core: Core, input: string): Checked<LevelId> {
  const value = core.resolveLevel(input);
  return value
    ? ok(value)
    : fail(`unknown level '${input}' (expected L5, L6, L7+ or an alias such as M2, E6, IC7, Director, VP)`);
}

export function checkCompany(core: Core, input: string): Checked<string> {
  const id = input.trim().toLowerCase();
  if (core.getCompany(id)) return ok(id);
  const known = core.BUILT_IN_COMPANIES.map((company) => company.id).join(', ');
  return fail(`unknown company '${input}' (expected one of: ${known})`);
}

export function checkType(core: Core, input: string): Checked<InterviewTypeId> {
  return checkChoice('interview type', core.INTERVIEW_TYPE_IDS, input);
}

export function checkTag(core: Core, input: string): Checked<CompetencyTag> {
  return checkChoice('tag', core.COMPETENCY_TAGS, input);
}
