/**
 * The score is arithmetic anyone can check: start from 100 and subtract what each finding costs.
 * Credits are not counted per mention, so a longer answer cannot buy points; it can only lose
 * them (rambling, no check-in, fillers). The rating is the score's band, except that a red flag
 * (an error-severity finding: no actions, no result, a hypothetical answer, repeated blame, a
 * hero story, a story two rungs below the target) caps it at "good", as it would in a debrief,
 * and red flags of two different kinds (a hero story that also blames others), the same red flag
 * twice, or one that means the question went unanswered (UNANSWERED), mean "needs-work".
 */
import type { Finding, Rating, ScoreItem } from './types';

export const START_SCORE = 100;

/** Lowest score for each rating, highest first. */
export const RATING_BANDS: readonly { rating: Rating; min: number }[] = [
  { rating: 'exceptional', min: 90 },
  { rating: 'great', min: 75 },
  { rating: 'good', min: 60 },
  { rating: 'needs-work', min: 0 },
];

/** The best rating an answer with a red flag can get. */
export const RED_FLAG_CAP: Rating = 'good';

/**
 * Red flags that mean the loop's question went unanswered, whatever else the answer does well:
 * a hypothetical "I would…" answer where a real story was asked for, and a story whose stated
 * scale is two or more rungs below the target level (the wrong story for this loop), and a failure
 * question answered by pointing at others without owning any part of it. A debrief writes "did
 * not answer the question", "not at level" or "did not own the failure" and stops there: needs-work.
 */
export const UNANSWERED: ReadonlySet<string> = new Set([
  'hypothetical-answer/hypothetical',
  'scope-below-level/belowLevel',
  // A failure question answered by placing the cause on others, with no part of one's own.
  'blame-negativity/unownedSetback',
]);

export function score(findings: Finding[]): { score: number; rating: Rating; items: ScoreItem[] } {
  const items: ScoreItem[] = [{ points: START_SCORE, reason: 'Starting score', source: 'start' }];
  for (const f of findings) {
    if (f.points === 0) continue;
    items.push({ points: f.points, reason: f.message, source: f.ruleId, start: f.start, end: f.end });
  }
  const total = Math.max(
    0,
    Math.min(
      100,
      items.reduce((sum, i) => sum + i.points, 0),
    ),
  );
  const band = RATING_BANDS.find((b) => total >= b.min)?.rating ?? 'needs-work';
  const redFlags = findings.filter((f) => f.severity === 'error');
  const redFlagRules = new Set(redFlags.map((f) => f.ruleId));
  const unanswered = redFlags.some((f) => UNANSWERED.has(`${f.ruleId}/${f.messageId}`));
  // The same red flag raised twice (two hero moves, blame at two parties) is a pattern, not a slip.
  const repeated = redFlags.length > redFlagRules.size;
  const rating =
    redFlagRules.size >= 2 || unanswered || repeated
      ? 'needs-work'
      : redFlagRules.size === 1 && (band === 'exceptional' || band === 'great')
        ? RED_FLAG_CAP
        : band;
  return { score: total, rating, items };
}
