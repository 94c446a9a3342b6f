/**
 * Errors the analyzer raises for bad input. They carry a stable `code`; the CLI, server and web
 * turn the code into words (and an exit status or HTTP status) at their own edge.
 */
export type AnalyzeErrorCode =
  | 'empty_answer'
  | 'answer_too_long'
  | 'unknown_level'
  | 'unknown_company'
  | 'unknown_interview_type'
  | 'invalid_duration';

export class AnalyzeError extends Error {
  readonly code: AnalyzeErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: AnalyzeErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AnalyzeError';
    this.code = code;
    this.details = details;
  }
}

/** Answers longer than this are refused: 1 MB of text is far beyond any spoken answer. */
export const MAX_ANSWER_CHARS = 1_000_000;
