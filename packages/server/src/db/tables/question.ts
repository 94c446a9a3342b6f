/**
 * The user's questions: their own, and those captured from real interviews. The built-in bank
 * lives in core and is never stored.
 */

export interface QuestionTable {
  id: string;
  /** 'own' | 'captured'; set at create, never changed. */
  source: string;
  text: string;
  /** Interview type id (behavioral, technical-leadership, …) or null when unset. */
  interview_type: string | null;
  /** JSON text: CompetencyTag[]. */
  tags: string;
  /** JSON text: principle ids the question probes. */
  principles: string;
  /** JSON text: canonical LevelId[]; empty means "any level". */
  levels: string;
  notes: string;
  /** Captured questions: where it was asked, a company id or a free name, as the user wrote it. */
  company: string | null;
  /** `company` trimmed and lowercased, so the company filter ignores case the same way on both engines. */
  company_key: string | null;
  /** Captured questions: the calendar date (YYYY-MM-DD) it was asked. */
  asked_at: string | null;
  /** Captured questions: the round as the user names it ("onsite 2", "bar raiser"). */
  round: string | null;
  /** Captured questions: the interview record it came from; plain text, deliberately no foreign key. */
  interview_id: string | null;
  /** Optimistic-concurrency counter: starts at 1, +1 per update. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QuestionTables {
  questions: QuestionTable;
}

/** The free text a question search looks at. */
export const QUESTION_SEARCH_COLUMNS = ['text', 'notes'] as const satisfies readonly (keyof QuestionTable)[];
