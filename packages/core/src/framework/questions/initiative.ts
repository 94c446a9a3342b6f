/**
 * A small, pure heuristic: does a question ask for initiative — work the candidate took on
 * themselves, beyond what they were given? ("…went above and beyond" is not one: extra effort on
 * an assigned goal answers it.) ("Tell me about a time you took initiative", "…took
 * ownership of a problem that was not assigned to you", "…went beyond your immediate team".) Such a
 * question is answered by what the speaker started, so a story of work handed to them misses it
 * (off-question's `assigned`).
 */
import { normaliseQuestion } from './past-story';

const INITIATIVE_PATTERNS: readonly RegExp[] = [
  /\b(took|take|taking|showed|show|showing|demonstrated|demonstrate) (the |some )?initiative\b/,
  // "…took ownership of a problem": something taken on ("…ownership of your mistakes" is accountability).
  /\b(took|taken|taking) ownership of (a|an|some|something)\b/,
  /\bbeyond (your|the) (immediate |own |normal |usual |job )?(team|role|job|responsibilit\w+|scope|duties|remit|description)\b/,
  /\bwithout being (asked|told)\b/,
  /\bon your own initiative\b/,
  /\bnot (been )?(assigned|asked) (to|of) you\b/,
  /\bwas(n't| not) (assigned to|your (job|responsibility))\b/,
];

/** True for "…a time you took initiative", "…ownership of a problem not assigned to you", "…beyond your team". */
export function asksAboutInitiative(questionText: string): boolean {
  const text = normaliseQuestion(questionText);
  return INITIATIVE_PATTERNS.some((pattern) => pattern.test(text));
}
