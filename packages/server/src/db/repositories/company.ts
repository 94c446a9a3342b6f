/**
 * All SQL for custom company sets and per-company notes. JSON columns are text in both dialects,
 * serialised and parsed here and nowhere else.
 */
import type { CompanyPrincipleSet } from '@onsite/core';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { CompanyNotes, CustomCompany } from '../../services/company-schema';
import type { Database } from '../schema';
import { searchCondition } from '../search';
import { COMPANY_NOTES_SEARCH, COMPANY_SEARCH } from '../search-indexes';
import type { DialectName } from '../storage';
import type { CompanyNotesTable, CompanyTable } from '../tables/company';
import { deleteIfVersion, updateIfVersion } from '../versioned';

type Db = Kysely<Database>;

/** The text search sees for a set: every principle's name and description. */
export function principlesText(company: Pick<CompanyPrincipleSet, 'principles'>): string {
  return company.principles.map((p) => `${p.name} ${p.description}`).join('\n');
}

/** The stored row as the API serves it; import runs it too (with companyToRow, for principles_text). */
export function rowToCompany(row: CompanyTable): CustomCompany {
  // Written only by companyToRow from a set core validated, so the JSON is trusted.
  const set = JSON.parse(row.definition) as CompanyPrincipleSet;
  return {
    id: row.id,
    name: row.name,
    builtIn: false,
    principles: set.principles,
    tensions: set.tensions ?? [],
    interviewNotes: set.interviewNotes,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function companyToRow(company: CustomCompany): CompanyTable {
  const set: CompanyPrincipleSet = {
    id: company.id,
    name: company.name,
    builtIn: false,
    principles: company.principles as CompanyPrincipleSet['principles'],
    tensions: company.tensions as CompanyPrincipleSet['tensions'],
    interviewNotes: company.interviewNotes,
  };
  return {
    id: company.id,
    name: company.name,
    definition: JSON.stringify(set),
    principles_text: principlesText(set),
    version: company.version,
    created_at: company.createdAt,
    updated_at: company.updatedAt,
  };
}

export async function insertCompany(db: Db, company: CustomCompany): Promise<void> {
  await db.insertInto('companies').values(companyToRow(company)).execute();
}

export async function getCompany(db: Db, id: string): Promise<CustomCompany | undefined> {
  const row = await db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToCompany(row) : undefined;
}

export async function updateCompanyIfVersion(db: Db, company: CustomCompany, expectedVersion: number) {
  const { id: _id, created_at: _createdAt, ...changes } = companyToRow(company);
  return updateIfVersion(db, 'companies', company.id, expectedVersion, changes);
}

/** Deletes the set and its notes only while the set is at `expectedVersion`; returns rows deleted. */
export async function deleteCompanyIfVersion(db: Db, id: string, expectedVersion: number): Promise<number> {
  // The caller's transaction undoes this when the version check fails.
  await deleteNotes(db, id);
  return deleteIfVersion(db, 'companies', id, expectedVersion);
}

/**
 * For each search term, a condition "this company's id matches the term in its own text or in
 * its notes": every term must match somewhere, not necessarily in the same place.
 */
function termConditions(db: Db, dialect: DialectName, terms: readonly string[]): Expression<SqlBool>[] {
  return terms.flatMap((term) => {
    const inCompany = searchCondition(dialect, COMPANY_SEARCH, term);
    const inNotes = searchCondition(dialect, COMPANY_NOTES_SEARCH, term);
    if (!inCompany || !inNotes) return [];
    const noted = db.selectFrom('company_notes').select('company_notes.id').where(inNotes);
    return [sql<SqlBool>`(${inCompany} or companies.id in (${noted}))`];
  });
}

/** One page of custom sets by id, after `afterId`; `limit + 1` rows say whether more exist. */
export async function listCompanies(
  db: Db,
  dialect: DialectName,
  filter: { limit: number; afterId?: string | undefined; terms: readonly string[] },
): Promise<{ items: CustomCompany[]; more: boolean }> {
  let query = db.selectFrom('companies').selectAll();
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  for (const condition of termConditions(db, dialect, filter.terms)) query = query.where(condition);
  // Ordered and compared under the same collation, so keyset paging is exact on either engine.
  const rows = await query
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
  return { items: rows.slice(0, filter.limit).map(rowToCompany), more: rows.length > filter.limit };
}

/** The ids among `ids` whose notes contain `term` (a word prefix). */
export async function idsWithNotesMatching(
  db: Db,
  dialect: DialectName,
  ids: readonly string[],
  term: string,
): Promise<Set<string>> {
  const condition = searchCondition(dialect, COMPANY_NOTES_SEARCH, term);
  if (!condition || ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('company_notes')
    .select('id')
    .where('id', 'in', ids)
    .where(condition)
    .execute();
  return new Set(rows.map((row) => row.id));
}

// --- Notes ---------------------------------------------------------------------------------------

function notesSearchText(notes: CompanyNotes): string {
  return [
    notes.notes,
    ...notes.news.map((item) => item.text),
    ...notes.questionsToAsk.map((item) => `${item.text} ${item.interviewer ?? ''}`),
  ].join('\n');
}

/** The stored notes as the API serves them; import runs it too, to refuse notes the API could not serve. */
export function rowToNotes(row: CompanyNotesTable): CompanyNotes {
  return {
    companyId: row.id,
    notes: row.notes,
    news: JSON.parse(row.news) as CompanyNotes['news'],
    questionsToAsk: JSON.parse(row.questions_to_ask) as CompanyNotes['questionsToAsk'],
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

/** The row for notes; import runs it too, to recompute search_text from the notes. */
export function notesToRow(notes: CompanyNotes & { updatedAt: string }): CompanyNotesTable {
  return {
    id: notes.companyId,
    notes: notes.notes,
    news: JSON.stringify(notes.news),
    questions_to_ask: JSON.stringify(notes.questionsToAsk),
    search_text: notesSearchText(notes),
    version: notes.version,
    updated_at: notes.updatedAt,
  };
}

export async function getNotes(db: Db, id: string): Promise<CompanyNotes | undefined> {
  const row = await db.selectFrom('company_notes').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToNotes(row) : undefined;
}

export async function insertNotes(db: Db, notes: CompanyNotes & { updatedAt: string }): Promise<void> {
  await db.insertInto('company_notes').values(notesToRow(notes)).execute();
}

export async function updateNotesIfVersion(
  db: Db,
  notes: CompanyNotes & { updatedAt: string },
  expectedVersion: number,
): Promise<number> {
  const { id: _id, ...changes } = notesToRow(notes);
  return updateIfVersion(db, 'company_notes', notes.companyId, expectedVersion, changes);
}

export async function deleteNotes(db: Db, id: string): Promise<void> {
  await db.deleteFrom('company_notes').where('id', '=', id).execute();
}
