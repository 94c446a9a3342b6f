/**
 * The score is arithmetic anyone can check: start from 100 and subtract what each finding costs.
 * Credits are not counted per mention, so a longer answer cannot buy points; it can only lose
 * them (rambling, no check-in, fillers). The rating is the score's band, except that a red flag
 * (an error-severity finding: no actions, no result, a hypothetical answer, repeated blame, a
 * hero story, a story two rungs below the target) caps it at "good", as it would in a debrief,
 * and red flags of two different kinds (a hero story that also blames others) mean "needs-work".
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
  const redFlagRules = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
  const rating =
    redFlagRules.size >= 2
      ? 'needs-work'
      : redFlagRules.size === 1 && (band === 'exceptional' || band === 'great')
        ? RED_FLAG_CAP
        : band;
  return { score: total, rating, items };
}
