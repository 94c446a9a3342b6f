/**
 * Places each sentence in a part of STAR+ (situation, task, action, result, learning) the way a
 * listener does: explicit headings first ("Result:"), then what the sentence says ("my goal
 * was…", "so I…", "in the end…", "looking back…"), then where it falls in the answer (stories
 * open with context and close with outcome and lesson).
 */

import type { CueMatches } from '../cues';
import { STAR_HEADINGS } from '../lexicon/story';
import { countBySentence } from '../positions';
import type { ParsedText } from '../text';
import type { Metric, StarPart, StarPartId } from '../types';
import type { ActionHit } from './verbs';
import { sentenceIsPast } from './verbs';

/** Forward-looking reflection: "I'd bring them in earlier", "now I always…". */
const FORWARD =
  /(?<![\p{L}])(?:i'd|i would|i will|i'll|now i|i now|i've since|since then)(?![\p{L}]).*(?<![\p{L}])(?:earlier|sooner|differently|again|next time|instead|going forward|from now on|from then on|same call|every time|always|never|first)(?![\p{L}])/u;
const YEAR = /(?<![\p{L}\p{N}])(?:in|by|during|around) (?:early |late |mid-)?(?:19|20)\d\d(?![\p{N}])/u;
const HEADING = new RegExp(
  `^[\\s*#_>-]*(${Object.keys(STAR_HEADINGS)
    .sort((a, b) => b.length - a.length)
    .join('|')})[\\s*_]*(?:[:—–-]|\\n)`,
  'u',
);

/** Score at which a part also counts in a sentence that mainly plays another part. */
const SECONDARY = 2.5;

export const STAR_PARTS: readonly StarPartId[] = ['situation', 'task', 'action', 'result', 'learning'];

export interface StarDetection {
  parts: Record<StarPartId, StarPart>;
  /** The part each sentence was placed in (null: none stood out). */
  roles: (StarPartId | null)[];
}

/**
 * `metrics` are every figure; `outcomes` the ones already known to report a change. A figure
 * late in the story still counts toward the result, less strongly.
 */
export function detectStar(
  parsed: ParsedText,
  cues: CueMatches,
  actions: ActionHit[],
  metrics: Metric[],
  outcomes: Metric[] = metrics,
): StarDetection {
  const n = parsed.sentences.length;
  const roles: (StarPartId | null)[] = new Array(n).fill(null);
  const secondary: Set<StarPartId>[] = Array.from({ length: n }, () => new Set<StarPartId>());
  const situationCues = countBySentence(parsed, cues.situation);
  const taskCues = countBySentence(parsed, cues.task);
  const actionCues = countBySentence(parsed, cues.actionOpener);
  const resultCues = countBySentence(parsed, cues.result);
  const learningCues = countBySentence(parsed, cues.learning);
  const has = (counts: number[], i: number) => (counts[i] ?? 0) > 0;
  let heading: StarPartId | null = null;
  let headingsSeen = false;

  for (const sentence of parsed.sentences) {
    const lower = parsed.lower.slice(sentence.start, sentence.end);
    const explicit = HEADING.exec(lower)?.[1];
    if (explicit) {
      heading = STAR_HEADINGS[explicit] ?? null;
      headingsSeen = true;
    }
    if (headingsSeen && heading) {
      roles[sentence.index] = heading;
      continue;
    }
    const rel = n > 1 ? sentence.index / (n - 1) : 0;
    const mine = actions.filter((a) => a.sentence === sentence.index);
    const hasMetric = metrics.some((m) => m.start >= sentence.start && m.end <= sentence.end);
    const hasOutcome = outcomes.some((m) => m.start >= sentence.start && m.end <= sentence.end);
    const scores: Record<StarPartId, number> = {
      situation:
        (has(situationCues, sentence.index) || YEAR.test(lower) ? 2 : 0) +
        (rel < 0.34 ? 1 : 0) +
        (sentence.index === 0 && sentenceIsPast(parsed, sentence.index) ? 1.5 : 0),
      task: has(taskCues, sentence.index) ? 3 : 0,
      action:
        (mine.some((a) => a.subject === 'i') ? 2.5 : mine.length > 0 ? 2 : 0) +
        (has(actionCues, sentence.index) ? 1 : 0),
      result:
        (has(resultCues, sentence.index) ? 2 : 0) +
        (hasOutcome && rel >= 0.4 ? 1.5 : hasMetric && rel >= 0.6 ? 1 : 0) +
        (rel > 0.5 ? 0.5 : 0) +
        (sentence.index === n - 1 && n > 2 && hasMetric ? 0.5 : 0),
      learning:
        has(learningCues, sentence.index) || (rel > 0.5 && FORWARD.test(lower))
          ? 2.5 + (rel > 0.5 ? 1 : 0)
          : 0,
    };
    let best: StarPartId | null = null;
    let bestScore = 1.99;
    // Ties go to the part that usually sits at this point of a story: early → context, late → outcome.
    for (const part of rel > 0.5 ? [...STAR_PARTS].reverse() : STAR_PARTS) {
      if (scores[part] > bestScore) {
        best = part;
        bestScore = scores[part];
      }
    }
    roles[sentence.index] = best;
    for (const part of STAR_PARTS)
      if (part !== best && scores[part] >= SECONDARY) secondary[sentence.index]?.add(part);
  }

  const parts = {} as Record<StarPartId, StarPart>;
  for (const part of STAR_PARTS) {
    let placed = parsed.sentences.filter((s) => roles[s.index] === part);
    // A blended sentence ("As the EM of 14, I committed to…") also carries its second part.
    if (placed.length === 0) placed = parsed.sentences.filter((s) => secondary[s.index]?.has(part));
    const first = placed[0];
    const last = placed[placed.length - 1];
    parts[part] = first && last ? { present: true, start: first.start, end: last.end } : { present: false };
  }
  return { parts, roles };
}
