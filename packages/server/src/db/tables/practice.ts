/**
 * Practice sessions: one row per session, one row per answer (in its round, in order).
 *
 * Search runs over the session row only: `answers_text` repeats each answer's question,
 * transcript and notes (written in the same transaction as the answers), so one index matches
 * every word of a query across title, notes and transcripts, and a list query needs no join.
 *
 * `story_id` has no foreign key on purpose: deleting a story must not rewrite practice history,
 * so an answer keeps the id of the story it used even after that story is gone.
 */

export interface PracticeSessionTable {
  id: string;
  title: string;
  /** Interview type id (behavioral | technical-leadership | system-org-design | culture-values). */
  type: string;
  /** ISO-8601 UTC: when the session took place. */
  started_at: string;
  /** Canonical level id or null. */
  target_level: string | null;
  /** A built-in company id or a custom company's id, or null. */
  company: string | null;
  notes: string;
  /** JSON text: [{ name, type }] per round, in order; the answers are rows of practice_answers. */
  rounds: string;
  /** Every answer's question, transcript and notes, for full-text search only. */
  answers_text: string;
  answer_count: number;
  /** Mean analysis score of the analysed answers; null when none is analysed. */
  mean_score: number | null;
  /** Optimistic-concurrency counter: starts at 1, +1 per update. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PracticeAnswerTable {
  id: string;
  session_id: string;
  round_index: number;
  position: number;
  /** A question bank id, or null. */
  question_id: string | null;
  question_text: string;
  transcript: string;
  duration_seconds: number | null;
  /** The story used; kept (not cascaded, not nulled) when that story is later deleted. */
  story_id: string | null;
  /** JSON text: the analysis Report of the transcript, or null (no transcript). */
  analysis: string | null;
  /** The session version the analysis was computed at. */
  analysis_version: number | null;
  score: number | null;
  /** JSON text: the rubric scorecards, [{ by, peerName, ratings }]. */
  scores: string;
  notes: string;
}

export interface PracticeTables {
  practice_sessions: PracticeSessionTable;
  practice_answers: PracticeAnswerTable;
}

export const PRACTICE_SEARCH_COLUMNS = [
  'title',
  'notes',
  'answers_text',
] as const satisfies readonly (keyof PracticeSessionTable)[];
