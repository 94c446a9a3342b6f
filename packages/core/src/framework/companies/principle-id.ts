/**
 * How a principle's id is derived from its name. Built-in data and custom sets both go through
 * this, so `Have Backbone; Disagree and Commit` always becomes the same id everywhere.
 */
import type { PrincipleId } from '../ids';
import type { Principle } from './types';

/** Lowercase ASCII words joined by single hyphens: `customer-obsession`, `p99-latency`. */
export const KEBAB_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `Earth's Best Employer` → `earths-best-employer`; `Meta, Metamates, Me` → `meta-metamates-me`.
 * Apostrophes are dropped rather than hyphenated so possessives stay one word; accents are
 * stripped. Names with no ASCII letters or digits give '' (callers must then ask for an id).
 */
export function kebabCase(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function principleIdFor(companyId: string, principleName: string): PrincipleId {
  return `${companyId}.${kebabCase(principleName)}`;
}

/** The company slug a principle id belongs to (everything before the first dot). */
export function companyOfPrincipleId(id: PrincipleId): string {
  return id.slice(0, id.indexOf('.'));
}

/**
 * What a company file writes for each principle: everything but the derived id, with cues as
 * one comma-separated block (newlines allowed). A block keeps sixty cue lists readable where an
 * array literal would be formatted one cue per line.
 */
export type PrincipleSpec = Omit<Principle, 'id' | 'current' | 'cues'> & { cues: string; current?: boolean };

/** Splits a cue block on commas and newlines, dropping blanks. */
export function cueBlock(block: string): string[] {
  return block
    .split(/[,\n]/)
    .map((cue) => cue.trim())
    .filter((cue) => cue.length > 0);
}

/**
 * Returns a builder that stamps each principle with its derived id (and `current: true` unless
 * told otherwise), so company files state names once and ids cannot drift from them.
 */
export function principleBuilder(companyId: string): (spec: PrincipleSpec) => Principle {
  return ({ current = true, cues, ...spec }) => ({
    id: principleIdFor(companyId, spec.name),
    ...spec,
    cues: cueBlock(cues),
    current,
  });
}
