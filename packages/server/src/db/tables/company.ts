/**
 * Company principle sets the user defines (the six built-in ones live in core and are never
 * stored), and the user's prep notes for any company, built-in or custom.
 */

export interface CompanyTable {
  /** The set's own slug (`acme-labs`), chosen by the user; never a built-in id. */
  id: string;
  name: string;
  /** JSON text: the whole CompanyPrincipleSet as core's parseCustomCompany normalised it. */
  definition: string;
  /** Every principle's name and description, kept beside the JSON so full-text search can see them. */
  principles_text: string;
  /** Optimistic-concurrency counter: starts at 1, +1 per update. */
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * One editable prep record per company (built-in or custom), with its own version, so a built-in
 * company's principles stay read-only while the user's notes about it are not. No foreign key:
 * built-in companies have no row to point at; deleting a custom company deletes its notes.
 */
export interface CompanyNotesTable {
  /** The company's id. */
  id: string;
  notes: string;
  /** JSON text: recent-news notes `{date, text, sourceUrl}[]`. */
  news: string;
  /** JSON text: clarifying questions to ask `{text, interviewer}[]`. */
  questions_to_ask: string;
  /** The notes, news and questions as one text, for full-text search. */
  search_text: string;
  version: number;
  updated_at: string;
}

export interface CompanyTables {
  companies: CompanyTable;
  company_notes: CompanyNotesTable;
}

export const COMPANY_SEARCH_COLUMNS = [
  'name',
  'principles_text',
] as const satisfies readonly (keyof CompanyTable)[];
export const COMPANY_NOTES_SEARCH_COLUMNS = [
  'search_text',
] as const satisfies readonly (keyof CompanyNotesTable)[];
