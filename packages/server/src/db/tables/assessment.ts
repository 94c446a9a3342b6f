/** Self-assessment runs: the user's ratings, the result core computed from them on the last save. */

export interface AssessmentTable {
  id: string;
  /** Canonical level id (L5 | L6 | L7+) the answers are judged against. */
  target_level: string;
  /** ISO-8601 UTC: when the user took the assessment (theirs to set; defaults to creation). */
  taken_at: string;
  notes: string;
  /** JSON text: { [competencyId]: { rating: 1–5 | null, evidence: string } }. */
  answers: string;
  /** JSON text: the AssessmentResult computed by core from `answers` at `target_level`. */
  result: string;
  /** The result's headline, in columns so the list never parses `result`. */
  total: number;
  readiness: string;
  /** The level the answers calibrate to, or null below every level. */
  calibrated_level: string | null;
  rated: number;
  /** Optimistic-concurrency counter: starts at 1, +1 per update. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AssessmentTables {
  assessments: AssessmentTable;
}

export const ASSESSMENT_SEARCH_COLUMNS = ['notes'] as const satisfies readonly (keyof AssessmentTable)[];
