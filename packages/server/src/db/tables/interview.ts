/** Real interviews: one row each, plus the stories told in each (ordered, one row per story). */

export interface InterviewTable {
  id: string;
  /** The company's name as the user writes it. */
  company: string;
  /** `company` trimmed and lower-cased (in JavaScript, so both engines agree): the company filter's key. */
  company_key: string;
  /** A built-in or custom company id (lower-case slug), or null for a free-text company. */
  company_id: string | null;
  /** The role or title applied for. */
  role: string;
  /** The round's name ("Bar raiser", "Onsite 2/4"). */
  round: string;
  /** Core's interview type id, or null when the round is none of the four. */
  type: string | null;
  /** ISO-8601 UTC. */
  starts_at: string;
  duration_minutes: number;
  /** starts_at + duration, computed by core and kept for the upcoming/past filters. */
  ends_at: string;
  /** Where or how: an address, a room, a video link. */
  location: string;
  /** JSON text: {name, role}[]. */
  interviewers: string;
  /** JSON text: {pre, during, post}, each item id → done, every framework item present. */
  checklist: string;
  notes: string;
  /** JSON text: {text, questionId}[]. */
  questions_asked: string;
  /** The questions' texts joined by newlines: what full-text search reads. */
  questions_text: string;
  thank_you_draft: string;
  /** not-started | drafted | sent. */
  thank_you_status: string;
  thank_you_sent_at: string | null;
  /** ends_at + 24 h, computed by core; never written by a client. */
  thank_you_deadline: string;
  /** YYYY-MM-DD or null. */
  follow_up_date: string | null;
  /** 0 or 1 (an integer in both engines, where a boolean would differ). */
  follow_up_done: number;
  reflection: string;
  reflection_went_well: string;
  reflection_to_improve: string;
  /** 1–5 or null. */
  self_rating: number | null;
  /** pending | advanced | offer | rejected | withdrawn. */
  outcome: string;
  /** Optimistic-concurrency counter: starts at 1, +1 per update. */
  version: number;
  created_at: string;
  updated_at: string;
}

/** A story told in an interview. Deleting the story or the interview deletes the link. */
export interface InterviewStoryTable {
  interview_id: string;
  story_id: string;
  /** The story's place in the interview's `storiesUsed` list, from 0. */
  position: number;
}

export interface InterviewTables {
  interviews: InterviewTable;
  interview_stories: InterviewStoryTable;
}

/** The free text searched by `q`: company, role, round, notes, questions asked and the reflection. */
export const INTERVIEW_SEARCH_COLUMNS = [
  'company',
  'role',
  'round',
  'notes',
  'questions_text',
  'reflection',
  'reflection_went_well',
  'reflection_to_improve',
] as const satisfies readonly (keyof InterviewTable)[];
