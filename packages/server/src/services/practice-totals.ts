/**
 * What a practice session derives from its answers: how many there are and their mean score.
 * One definition for the service (every save) and import (which recomputes them after writing a
 * file's answers, so an edited file cannot make a session's totals disagree with its answers).
 */
import type { PracticeRound, PracticeSession } from './practice-schema';

function meanScore(rounds: PracticeRound[]): number | null {
  const scores = rounds.flatMap((round) =>
    round.answers.flatMap((a) => (a.analysis ? [a.analysis.score] : [])),
  );
  if (scores.length === 0) return null;
  // One decimal: enough to rank sessions, and stable across both databases' float handling.
  return Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10;
}

/** The session with its answer count and mean score computed from its rounds. */
export function withTotals(session: Omit<PracticeSession, 'answerCount' | 'meanScore'>): PracticeSession {
  return {
    ...session,
    answerCount: session.rounds.reduce((sum, round) => sum + round.answers.length, 0),
    meanScore: meanScore(session.rounds),
  };
}
