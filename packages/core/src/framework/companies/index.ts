/**
 * Company principle sets: the six built-in ones, lookup that also sees a user's custom sets,
 * and validation for those custom sets.
 */
import { AMAZON } from './amazon';
import { APPLE } from './apple';
import { GOOGLE } from './google';
import { META } from './meta';
import { MICROSOFT } from './microsoft';
import { NETFLIX } from './netflix';
import type { CompanyPrincipleSet } from './types';

export { parseCustomCompany } from './parse-company';
export { kebabCase, principleIdFor } from './principle-id';
export {
  COMPANY_LIMITS,
  type CompanyError,
  type CompanyErrorCode,
  companySetSchema,
  customCompanySchema,
  type ParseCompanyResult,
} from './schema';
export { COMPANIES_TOPIC } from './topic';
export type { CompanyPrincipleSet, Principle, PrincipleTension } from './types';

/** Frozen all the way down: these objects are shared by every caller in the process. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** In BUILT_IN_COMPANY_IDS order. */
export const BUILT_IN_COMPANIES: readonly CompanyPrincipleSet[] = deepFreeze([
  AMAZON,
  GOOGLE,
  META,
  MICROSOFT,
  APPLE,
  NETFLIX,
]);

/**
 * Looks a set up by id, ignoring case and surrounding space. Built-in sets win over custom ones
 * (custom ids may not reuse built-in ids, but data from elsewhere is not trusted to obey that).
 */
export function getCompany(
  id: string,
  custom: readonly CompanyPrincipleSet[] = [],
): CompanyPrincipleSet | undefined {
  const wanted = id.trim().toLowerCase();
  return (
    BUILT_IN_COMPANIES.find((company) => company.id === wanted) ??
    custom.find((company) => company.id.toLowerCase() === wanted)
  );
}

/** Built-in ids first, then any custom ones, without duplicates. */
export function companyIds(custom: readonly CompanyPrincipleSet[] = []): string[] {
  return [...new Set([...BUILT_IN_COMPANIES, ...custom].map((company) => company.id))];
}
