/**
 * Questions from three sources behind one noun: core's built-in bank (read-only), the user's own,
 * and questions captured from real interviews. Free of HTTP so the routes and the CLI share it.
 */
import { randomUUID } from 'node:crypto';
import {
  BUILT_IN_COMPANIES,
  type Question as CoreQuestion,
  getQuestion as getBankQuestion,
  QUESTION_BANK,
} from '@onsite/core';
import { getCompany as getCustomCompany } from '../db/repositories/company';
import * as repo from '../db/repositories/question';
import { parseSearchTerms } from '../db/search';
import type { Storage } from '../db/storage';
import { stampClock } from './clock';
import { notFound as notFoundError, ServiceError, versionConflict } from './errors';
import { versionSchema } from './fields';
import {
  encodeQuestionCursor,
  type Question,
  type QuestionCreateInput,
  type QuestionListQuery,
  type QuestionPage,
  type QuestionPatchInput,
  type QuestionPosition,
  questionCreateSchema,
  questionPatchSchema,
  refuseCaptureFieldsOnOwn,
  type StoredQuestion,
} from './question-schema';

export interface QuestionServiceDeps {
  /** The clock (tests pin it). */
  now?: () => Date;
  newId?: () => string;
}

export interface QuestionService {
  create(input: QuestionCreateInput): Promise<StoredQuestion>;
  /** A bank question or a stored one. */
  get(id: string): Promise<Question>;
  /** Bank questions first (bank order), then stored ones, newest-created first. */
  list(query: QuestionListQuery): Promise<QuestionPage>;
  update(id: string, patch: QuestionPatchInput, version: number): Promise<StoredQuestion>;
  delete(id: string, version: number): Promise<void>;
}

/** A bank question in the API's shape. */
export function fromBank(question: CoreQuestion): Question {
  return {
    id: question.id,
    source: 'bank',
    text: question.text,
    interviewType: question.type,
    tags: [...question.competencies],
    principles: [...question.principles],
    levels: [...question.levels],
    notes: '',
    company: null,
    askedAt: null,
    round: null,
    interviewId: null,
    version: null,
    createdAt: null,
    updatedAt: null,
    bank: {
      kind: question.kind,
      difficulty: question.difficulty,
      category: question.category,
      followUps: [...question.followUps],
      lookingFor: [...question.lookingFor],
    },
  };
}

// The same word rule the search terms use, so the bank and the stored index agree on what a word is.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const BANK_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  QUESTION_BANK.map((q) => [q.id, q.text.normalize('NFC').toLowerCase().match(WORD) ?? []]),
);
const BANK_INDEX: ReadonlyMap<string, number> = new Map(QUESTION_BANK.map((q, index) => [q.id, index]));

/** Every term is the start of some word of the text, as the full-text indexes match. */
function bankMatchesTerms(question: CoreQuestion, terms: readonly string[]): boolean {
  const words = BANK_WORDS.get(question.id) ?? [];
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

function bankMatches(
  question: CoreQuestion,
  query: QuestionListQuery,
  terms: readonly string[],
  companies: readonly string[] | undefined,
): boolean {
  return (
    (query.type === undefined || question.type === query.type) &&
    (query.level === undefined || question.levels.includes(query.level)) &&
    (query.tag === undefined || question.competencies.includes(query.tag)) &&
    (query.principle === undefined || (question.principles as string[]).includes(query.principle)) &&
    (companies === undefined ||
      question.principles.some((id) => companies.some((key) => id.startsWith(`${key}.`)))) &&
    bankMatchesTerms(question, terms)
  );
}

const notFound = (id: string) => notFoundError('question', id);
const conflict = (current: StoredQuestion) => versionConflict('question', current);
const readOnly = (id: string) =>
  new ServiceError('read_only', `Question ${id} is in the built-in bank and cannot be changed`, { id });

export function createQuestionService(storage: Storage, deps: QuestionServiceDeps = {}): QuestionService {
  const now = () => (deps.now ?? stampClock)().toISOString();
  const newId = deps.newId ?? randomUUID;

  async function staleOrMissing(db: Storage['db'], id: string): Promise<ServiceError> {
    const current = await repo.getQuestion(db, id);
    return current ? conflict(current) : notFound(id);
  }

  /**
   * What the company filter means: the text as given, and when it names a known company (by id or,
   * for built-in sets, by name) that company's id and name too, so "amazon", "Amazon" and a custom
   * set's id all find questions captured under either spelling.
   */
  async function companyKeys(company: string | undefined): Promise<string[] | undefined> {
    if (company === undefined) return undefined;
    const key = repo.companyKey(company);
    const keys = new Set([key]);
    const builtIn = BUILT_IN_COMPANIES.find((set) => set.id === key || repo.companyKey(set.name) === key);
    const custom =
      !builtIn && repo.COMPANY_SLUG.test(key) ? await getCustomCompany(storage.db, key) : undefined;
    for (const set of [builtIn, custom]) {
      if (set) keys.add(set.id).add(repo.companyKey(set.name));
    }
    return [...keys];
  }

  /** Bank questions after `position` that pass the filters, in bank order. */
  function bankAfter(query: QuestionListQuery, companies: readonly string[] | undefined): CoreQuestion[] {
    const position = query.cursor;
    if (query.source !== undefined && query.source !== 'bank') return [];
    if (position?.in === 'stored') return [];
    const start = position ? (BANK_INDEX.get(position.id) ?? -1) + 1 : 0;
    const terms = query.q === undefined ? [] : parseSearchTerms(query.q);
    return QUESTION_BANK.slice(start).filter((question) => bankMatches(question, query, terms, companies));
  }

  return {
    async create(input) {
      const fields = questionCreateSchema.parse(input);
      const at = now();
      const question: StoredQuestion = {
        id: newId(),
        source: fields.source,
        text: fields.text,
        interviewType: fields.interviewType ?? null,
        tags: fields.tags ?? [],
        principles: fields.principles ?? [],
        levels: fields.levels ?? [],
        notes: fields.notes ?? '',
        company: fields.company ?? null,
        askedAt: fields.askedAt ?? null,
        round: fields.round ?? null,
        interviewId: fields.interviewId ?? null,
        version: 1,
        createdAt: at,
        updatedAt: at,
        bank: null,
      };
      await storage.transaction((trx) => repo.insertQuestion(trx, question));
      return question;
    },

    async get(id) {
      const bank = getBankQuestion(id);
      if (bank) return fromBank(bank);
      const stored = await repo.getQuestion(storage.db, id);
      if (!stored) throw notFound(id);
      return stored;
    },

    async list(query) {
      const companies = await companyKeys(query.company);
      const bank = bankAfter(query, companies);
      const items: Question[] = bank.slice(0, query.limit).map(fromBank);
      let next: QuestionPosition | null = null;
      const lastBank = items.at(-1);
      if (bank.length > query.limit && lastBank) {
        next = { in: 'bank', id: lastBank.id };
      } else if (query.source !== 'bank') {
        // The rest of the page (possibly none of it: then this only asks whether more exist).
        const position = query.cursor;
        const stored = await repo.listQuestions(storage.db, storage.dialect, {
          ...query,
          source: query.source,
          companies,
          limit: query.limit - items.length,
          cursor: position?.in === 'stored' ? position : undefined,
        });
        items.push(...stored.items);
        if (stored.next) next = { in: 'stored', ...stored.next };
        else if (stored.more && lastBank) next = { in: 'bank', id: lastBank.id };
      }
      return { items, nextCursor: next ? encodeQuestionCursor(next) : null };
    },

    async update(id, patchInput, versionInput) {
      if (getBankQuestion(id)) throw readOnly(id);
      const patch = questionPatchSchema.parse(patchInput);
      const version = versionSchema.parse(versionInput);
      return storage.transaction(async (trx) => {
        const current = await repo.getQuestion(trx, id);
        if (!current) throw notFound(id);
        if (current.version !== version) throw conflict(current);
        if (current.source === 'own') refuseCaptureFieldsOnOwn(patch);
        const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        const next: StoredQuestion = { ...current, ...changes, version: version + 1, updatedAt: now() };
        // Guarded even after the check above: another transaction may commit in between.
        if ((await repo.updateQuestionIfVersion(trx, next, version)) === 0)
          throw await staleOrMissing(trx, id);
        return next;
      });
    },

    async delete(id, versionInput) {
      if (getBankQuestion(id)) throw readOnly(id);
      const version = versionSchema.parse(versionInput);
      await storage.transaction(async (trx) => {
        if ((await repo.deleteQuestionIfVersion(trx, id, version)) === 0) throw await staleOrMissing(trx, id);
      });
    },
  };
}
