/**
 * The shape of one interview question in Onsite's own question bank. Questions refer to the
 * shared nouns in ../ids (interview types, levels, competency tags, principle ids) and nothing else.
 */
import type { CompetencyTag, InterviewTypeId, LevelId, PrincipleId } from '../ids';
import type { QuestionPrincipleId } from './principles';

/**
 * How the question asks to be answered:
 * - `past-story`: a real story from the candidate's past (STAR+).
 * - `situational`: a hypothetical the candidate reasons through ("What would you do if…").
 * - `design`: build an organisation, system, process or plan on the whiteboard.
 * - `opinion`: a stance or philosophy the candidate defends, ideally with evidence.
 */
export const QUESTION_KINDS = ['past-story', 'situational', 'design', 'opinion'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Question Bank difficulty (TOOLS-SPEC §10); the seed has no "easy" item and neither do we. */
export const QUESTION_DIFFICULTIES = ['medium', 'hard', 'expert'] as const;
export type QuestionDifficulty = (typeof QUESTION_DIFFICULTIES)[number];

/** Question Bank categories (TOOLS-SPEC §10). */
export const QUESTION_CATEGORIES = [
  'people',
  'technical',
  'organizational',
  'business',
  'behavioral',
  'situational',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export interface Question {
  /** Stable kebab-case id, prefixed by interview type: `beh-`, `tl-`, `sod-`, `cv-`. */
  id: string;
  text: string;
  type: InterviewTypeId;
  kind: QuestionKind;
  /** One to three of the 14 STAR Matcher competency tags. */
  competencies: CompetencyTag[];
  /** Company principles the question probes; only ids from QUESTION_PRINCIPLE_IDS. */
  principles: PrincipleId[];
  /** The levels the question suits (at least one). */
  levels: LevelId[];
  difficulty: QuestionDifficulty;
  category: QuestionCategory;
  /** The STAR Matcher question id (p1…l8) this question rewrites, when it does. */
  legacyId?: string;
  /** Two or three probing follow-ups an interviewer would ask next. */
  followUps: string[];
  /** Two to four signals a strong answer shows. */
  lookingFor: string[];
}

/** A bank entry: its principles are checked at compile time against QUESTION_PRINCIPLE_IDS. */
export type BankQuestion = Question & { principles: QuestionPrincipleId[] };

/** Criteria for filterQuestions; every criterion given must hold (logical AND). */
export interface QuestionFilter {
  type?: InterviewTypeId;
  level?: LevelId;
  tag?: CompetencyTag;
  kind?: QuestionKind;
  category?: QuestionCategory;
  difficulty?: QuestionDifficulty;
  /** Case-insensitive; every whitespace-separated term must occur in the text or the tags. */
  search?: string;
}
