/**
 * Company principle sets: core's six built-in ones (read-only) and the user's custom sets
 * (validated by core's parseCustomCompany), plus editable prep notes for any of them. Free of
 * HTTP so the routes and the CLI share it.
 */
import {
  BUILT_IN_COMPANIES,
  type CompanyError,
  type CompanyPrincipleSet,
  getCompany as getBuiltInOrCustom,
  parseCustomCompany,
} from '@onsite/core';
import { isUniqueViolation } from '../db/dialect';
import * as repo from '../db/repositories/company';
import { unlinkInterviewsFromCompany } from '../db/repositories/interview';
import { parseSearchTerms } from '../db/search';
import type { Storage } from '../db/storage';
import { stampClock } from './clock';
import {
  type Company,
  type CompanyCreateInput,
  type CompanyListQuery,
  type CompanyNotes,
  type CompanyNotesUpdate,
  type CompanyPage,
  type CompanyPatchInput,
  type CompanyPosition,
  type CompanySummary,
  type CustomCompany,
  companyCreateSchema,
  companyNotesUpdateSchema,
  companyPatchSchema,
  encodeCompanyCursor,
  UNSAVED_NOTES_VERSION,
} from './company-schema';
import { notFound as notFoundError, ServiceError, versionConflict } from './errors';
import { versionSchema } from './fields';

/** Core refused the set: 422 `invalid_company` at the HTTP edge, with core's codes in `details.errors`. */
function invalidCompany(errors: CompanyError[]): ServiceError {
  const first = errors[0];
  return new ServiceError(
    'invalid_company',
    first ? `Invalid company set: ${first.path || 'set'}: ${first.message}` : 'Invalid company set',
    { errors },
  );
}

/** Another custom set already has this id: 409 `company_exists` at the HTTP edge. */
function companyIdTaken(id: string): ServiceError {
  return new ServiceError(
    'company_exists',
    `A company with id ${id} already exists; pick another id or edit that one`,
    {
      id,
    },
  );
}

export interface CompanyService {
  create(input: CompanyCreateInput): Promise<CustomCompany>;
  get(id: string): Promise<Company>;
  /** Built-in sets first (core's order), then custom ones by id. */
  list(query: CompanyListQuery): Promise<CompanyPage>;
  update(id: string, patch: CompanyPatchInput, version: number): Promise<CustomCompany>;
  /** Deletes a custom set and its notes, and unlinks the interviews that named it (their company name stays). */
  delete(id: string, version: number): Promise<void>;
  /** The custom set with this id, as core's analyzer takes it; undefined for built-ins or unknown ids. */
  /** `db`: a caller's open transaction, so the read joins it (default: the storage's handle). */
  customSet(id: string, db?: Storage['db']): Promise<CompanyPrincipleSet | undefined>;
  notes(id: string): Promise<CompanyNotes>;
  updateNotes(id: string, update: CompanyNotesUpdate): Promise<CompanyNotes>;
}

export interface CompanyServiceDeps {
  now?: () => Date;
}

/** Any set in the API's shape, without a version yet (built-in sets never get one). */
function companyOf(set: CompanyPrincipleSet): Company {
  return {
    id: set.id,
    name: set.name,
    builtIn: set.builtIn,
    principles: set.principles,
    tensions: set.tensions ?? [],
    interviewNotes: set.interviewNotes,
    version: null,
    createdAt: null,
    updatedAt: null,
  };
}

function summaryOf(company: Company): CompanySummary {
  const { id, name, builtIn, version, createdAt, updatedAt } = company;
  return {
    id,
    name,
    builtIn,
    version,
    createdAt,
    updatedAt,
    principles: company.principles.map((p) => ({ id: p.id, name: p.name })),
  };
}

const COMPANY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const builtIn = (id: string) => BUILT_IN_COMPANIES.find((set) => set.id === id);

// The same word rule as the search terms, so built-in sets and stored ones agree on what a word is.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const BUILT_IN_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  BUILT_IN_COMPANIES.map((set) => [
    set.id,
    `${set.name}\n${repo.principlesText(set)}`.normalize('NFC').toLowerCase().match(WORD) ?? [],
  ]),
);

const notFound = (id: string) => notFoundError('company', id);
const readOnly = (id: string) =>
  new ServiceError(
    'read_only',
    `${id} is a built-in company; its principles cannot be changed (its notes can)`,
    {
      id,
    },
  );

/** Core's verdict on a whole set: the normalised set, or an invalid_company error with its codes. */
function validSet(input: unknown): CompanyPrincipleSet {
  const result = parseCustomCompany(input);
  if (!result.ok) throw invalidCompany(result.errors);
  return result.company;
}

/** Thrown inside a notes transaction when the guarded write lost a race; caught just outside. */
const NOTES_WRITE_RACE = new Error('company notes changed concurrently');

function emptyNotes(companyId: string): CompanyNotes {
  return {
    companyId,
    notes: '',
    news: [],
    questionsToAsk: [],
    version: UNSAVED_NOTES_VERSION,
    updatedAt: null,
  };
}

export function createCompanyService(storage: Storage, deps: CompanyServiceDeps = {}): CompanyService {
  const now = () => (deps.now ?? stampClock)().toISOString();

  async function staleOrMissing(db: Storage['db'], id: string): Promise<ServiceError> {
    const current = await repo.getCompany(db, id);
    return current ? versionConflict('company', current) : notFound(id);
  }

  async function exists(db: Storage['db'], id: string): Promise<boolean> {
    return builtIn(id) !== undefined || (await repo.getCompany(db, id)) !== undefined;
  }

  /** Built-in sets after `position` whose text or notes contain every term. */
  async function builtInsAfter(query: CompanyListQuery, terms: readonly string[]): Promise<Company[]> {
    if (query.builtIn === false || query.cursor?.in === 'custom') return [];
    const start = query.cursor ? BUILT_IN_COMPANIES.findIndex((set) => set.id === query.cursor?.id) + 1 : 0;
    const candidates = BUILT_IN_COMPANIES.slice(start);
    const ids = candidates.map((set) => set.id);
    const inNotes = await Promise.all(
      terms.map((term) => repo.idsWithNotesMatching(storage.db, storage.dialect, ids, term)),
    );
    return candidates
      .filter((set) => {
        const words = BUILT_IN_WORDS.get(set.id) ?? [];
        return terms.every(
          (term, i) => words.some((word) => word.startsWith(term)) || (inNotes[i]?.has(set.id) ?? false),
        );
      })
      .map(companyOf);
  }

  return {
    async create(input) {
      const shape = companyCreateSchema.parse(input);
      const set = validSet(shape);
      const at = now();
      const company: CustomCompany = {
        ...companyOf(set),
        builtIn: false, // core's parse says so too; restated for the type
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      try {
        await storage.transaction(async (trx) => {
          // Notes left by an earlier set of the same id (deleted while its notes were being saved).
          await repo.deleteNotes(trx, company.id);
          await repo.insertCompany(trx, company);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw companyIdTaken(company.id);
        throw error;
      }
      return company;
    },

    async get(id) {
      const set = builtIn(id);
      if (set) return companyOf(set);
      const company = await repo.getCompany(storage.db, id);
      if (!company) throw notFound(id);
      return company;
    },

    async list(query) {
      const terms = query.q === undefined ? [] : parseSearchTerms(query.q);
      const builtIns = await builtInsAfter(query, terms);
      const items: Company[] = builtIns.slice(0, query.limit);
      let next: CompanyPosition | null = null;
      const lastBuiltIn = items.at(-1);
      if (builtIns.length > query.limit && lastBuiltIn) {
        next = { in: 'builtin', id: lastBuiltIn.id };
      } else if (query.builtIn !== true) {
        const custom = await repo.listCompanies(storage.db, storage.dialect, {
          limit: query.limit - items.length,
          afterId: query.cursor?.in === 'custom' ? query.cursor.id : undefined,
          terms,
        });
        items.push(...custom.items);
        const last = items.at(-1);
        if (custom.more && last) next = { in: last.builtIn ? 'builtin' : 'custom', id: last.id };
      }
      return { items: items.map(summaryOf), nextCursor: next ? encodeCompanyCursor(next) : null };
    },

    async update(id, patchInput, versionInput) {
      if (builtIn(id)) throw readOnly(id);
      const patch = companyPatchSchema.parse(patchInput);
      const version = versionSchema.parse(versionInput);
      return storage.transaction(async (trx) => {
        const current = await repo.getCompany(trx, id);
        if (!current) throw notFound(id);
        if (current.version !== version) throw versionConflict('company', current);
        const set = validSet({
          id,
          name: patch.name ?? current.name,
          principles: patch.principles ?? current.principles,
          tensions: patch.tensions ?? current.tensions,
          interviewNotes: patch.interviewNotes ?? current.interviewNotes,
        });
        const next: CustomCompany = {
          ...companyOf(set),
          builtIn: false, // core's parse says so too; restated for the type
          version: version + 1,
          createdAt: current.createdAt,
          updatedAt: now(),
        };
        if ((await repo.updateCompanyIfVersion(trx, next, version)) === 0)
          throw await staleOrMissing(trx, id);
        return next;
      });
    },

    async delete(id, versionInput) {
      if (builtIn(id)) throw readOnly(id);
      const version = versionSchema.parse(versionInput);
      await storage.transaction(async (trx) => {
        if ((await repo.deleteCompanyIfVersion(trx, id, version)) === 0) throw await staleOrMissing(trx, id);
        // An interview linked to a company that no longer exists could not be saved as it is
        // (its companyId would be refused), nor imported from an export.
        await unlinkInterviewsFromCompany(trx, id, now());
      });
    },

    async customSet(id, db = storage.db) {
      const key = id.trim().toLowerCase();
      // Custom ids are slugs (core refuses anything else), so other text needs no query.
      if (getBuiltInOrCustom(key) || !COMPANY_SLUG.test(key)) return undefined;
      const company = await repo.getCompany(db, key);
      if (!company) return undefined;
      return {
        id: company.id,
        name: company.name,
        builtIn: false,
        principles: company.principles as CompanyPrincipleSet['principles'],
        tensions: company.tensions as CompanyPrincipleSet['tensions'],
        interviewNotes: company.interviewNotes,
      };
    },

    async notes(id) {
      if (!(await exists(storage.db, id))) throw notFound(id);
      return (await repo.getNotes(storage.db, id)) ?? emptyNotes(id);
    },

    async updateNotes(id, updateInput) {
      const { version, ...patch } = companyNotesUpdateSchema.parse(updateInput);
      try {
        return await storage.transaction(async (trx) => {
          if (!(await exists(trx, id))) throw notFound(id);
          const current = (await repo.getNotes(trx, id)) ?? emptyNotes(id);
          if (current.version !== version) throw versionConflict('company notes', current);
          const next = {
            companyId: id,
            notes: patch.notes ?? current.notes,
            news: patch.news?.map((item) => ({ ...item, sourceUrl: item.sourceUrl ?? null })) ?? current.news,
            questionsToAsk:
              patch.questionsToAsk?.map((item) => ({ ...item, interviewer: item.interviewer ?? null })) ??
              current.questionsToAsk,
            version: version + 1,
            updatedAt: now(),
          };
          if (version === UNSAVED_NOTES_VERSION) await repo.insertNotes(trx, next);
          else if ((await repo.updateNotesIfVersion(trx, next, version)) === 0) throw NOTES_WRITE_RACE;
          return next;
        });
      } catch (error) {
        // Another writer saved between our read and our write (on PostgreSQL a failed insert also
        // aborts the transaction): answer with the notes as they are now, read afresh.
        if (error === NOTES_WRITE_RACE || isUniqueViolation(error)) {
          throw versionConflict('company notes', (await repo.getNotes(storage.db, id)) ?? emptyNotes(id));
        }
        throw error;
      }
    },
  };
}
