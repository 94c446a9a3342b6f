/**
 * The analyzer's public shapes. `Report` is a contract (DESIGN.md): the CLI prints it, the
 * server stores it, the web renders it. Add fields; never rename or remove one.
 */

import type { CompanyPrincipleSet } from '../framework/companies/types';
import type {
  CompetencyTag,
  DimensionId,
  DimensionLevel,
  InterviewTypeId,
  LevelId,
  PrincipleId,
} from '../framework/ids';
import type { AskKind } from '../framework/questions/question-kind';

export type Severity = 'error' | 'warning' | 'info';

/** A span of the analysed text, as UTF-16 offsets (`text.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
}

/** Why something was credited: the words that show it, and what they show. */
export interface Evidence extends Span {
  text: string;
  reason: string;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  /** What the rule saw, e.g. the vague intensifier. */
  actual?: string;
  /** What to write or do instead. */
  suggestion?: string;
  /** The finding's effect on `score` (0 or negative). Every lost point is a finding. */
  points: number;
}

export type StarPartId = 'situation' | 'task' | 'action' | 'result' | 'learning';

export interface StarPart {
  present: boolean;
  start?: number;
  end?: number;
}

export interface DimensionResult {
  level: DimensionLevel;
  evidence: Evidence[];
}

export interface LevelSignal {
  signal: LevelId | null;
  evidence: Evidence[];
}

export type MetricKind = 'percent' | 'money' | 'duration' | 'count' | 'before-after' | 'multiplier' | 'ratio';

export interface Metric extends Span {
  kind: MetricKind;
  text: string;
  /** Numeric value when one could be read (after scaling: "3.2M" → 3200000). */
  value?: number;
  /** What is counted or measured when stated ("engineers", "users", "ms", "ARR"). */
  unit?: string;
}

export interface Filler extends Span {
  text: string;
  kind: 'filler' | 'hedge';
}

export interface Speech {
  words: number;
  /** From the real duration when given, else estimated at a conversational pace. */
  estimatedSeconds: number;
  fillers: Filler[];
  /** Words per minute, only when the real spoken duration was given. */
  wpm?: number;
}

export interface PrincipleHit {
  id: PrincipleId;
  name: string;
  evidence: Evidence[];
}

export interface FollowUp {
  question: string;
  /** What the answer left open that prompts this probe. */
  reason: string;
  ruleId?: string;
}

/** One line of the score's arithmetic: every point traces to evidence or a finding. */
export interface ScoreItem {
  points: number;
  reason: string;
  /** The rule whose finding cost these points, or the evidence kind that earned them. */
  source: string;
  start?: number;
  end?: number;
}

export type Rating = 'needs-work' | 'good' | 'great' | 'exceptional';

export interface Report {
  score: number;
  rating: Rating;
  findings: Finding[];
  star: Record<StarPartId, StarPart>;
  dimensions: Record<DimensionId, DimensionResult>;
  level: LevelSignal;
  metrics: Metric[];
  speech: Speech;
  principles: PrincipleHit[];
  followUps: FollowUp[];
  scoring: { items: ScoreItem[] };
  /** The options the answer was judged against, after defaults and alias resolution. */
  options: ResolvedOptions;
}

/** Structured STAR+ input: any subset of fields; empty ones count as missing. */
export interface StarFields {
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  learnings?: string;
  leadershipDimension?: string;
  strategicImplication?: string;
}

export type AnswerInput = string | StarFields;

export interface AnalyzeOptions {
  /** Any ladder alias (L5, L6, L7+, M2, E6, "Director", "VP"…); resolved to the canonical ladder. */
  level?: string;
  /** Built-in company id or the id of a custom set passed in `companies`. */
  company?: string;
  type?: InterviewTypeId;
  question?: string;
  /** Real spoken duration in seconds, when the answer was recorded. */
  durationSeconds?: number;
  /** Whether the text is a spoken transcript (fillers weigh more in speech than in writing). */
  spoken?: boolean;
  tags?: CompetencyTag[];
  /** Custom company principle sets the `company` option may name. */
  companies?: CompanyPrincipleSet[];
}

export interface ResolvedOptions {
  level: LevelId | null;
  company: string | null;
  type: InterviewTypeId;
  question: string | null;
  durationSeconds: number | null;
  spoken: boolean;
  /** True when the question asks for a past example ("Tell me about a time…"). */
  asksForPastStory: boolean;
  /**
   * What the question's wording asks for (framework/questions/question-kind.ts): a past story, an
   * approach, a plan for a scenario, or none of these (`other`); null when no question was given.
   */
  questionKind: AskKind | null;
  /** True when the question is about something that went wrong (a failure, a mistake, a miss). */
  asksAboutSetback: boolean;
}
