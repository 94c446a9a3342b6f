/**
 * A small, pure heuristic: does a question ask about letting people go — firing, a layoff, a
 * termination? Such a question screens for resolve and for care at once: the analyzer then listens
 * for an answer that shrugs off what it costs the person (team-welfare's `callous`).
 */
import { normaliseQuestion } from './past-story';

const FIRING_PATTERNS: readonly RegExp[] = [
  // "fire someone", "fired an engineer", "fire or lay off": not "a fire drill", "firefighting".
  /\b(fire|fired|firing|sack|sacked) (someone|somebody|anyone|people|an? \w+|him|her|them|staff|employees|your|my|or)\b/,
  /\b(terminate|terminated|termination|terminations|dismiss|dismissed|dismissal)\b/,
  /\blet (someone|somebody|anyone|an employee|a member|a person|people|them|him|her|staff|employees) go\b/,
  /\bletting (someone|somebody|anyone|an employee|people|staff|employees )?go\b/,
  /\b(lay|laid|laying) (off|someone off|people off|anyone off)\b/,
  /\b(layoff|layoffs|lay-offs?|redundanc(y|ies))\b/,
];

/** True for "Have you ever fired someone?", "…a time you had to let an employee go", "…layoffs". */
export function asksAboutFiring(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return FIRING_PATTERNS.some((pattern) => pattern.test(text));
}
