/**
 * The score is arithmetic anyone can check: start from 100 and subtract what each finding costs.
 * Credits are not counted per mention, so a longer answer cannot buy points; it can only lose
 * them (rambling, no check-in, fillers). The rating is the score's band, except that a red flag
 * (an error-severity finding: no actions, no result, a hypothetical answer, repeated blame, a
 * hero story, a story two rungs below the target) caps it at "good", as it would in a debrief,
 * and red flags of two different kinds (a hero story that also blames others), the same red flag
 * twice, or one that means the question went unanswered (UNANSWERED), mean "needs-work". A cap
 * moves the score itself into the capped band (a "red-flag-cap" item), so the rating is always
 * the band of the score.
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
  // "I can't think of a time I made a mistake": the question declined.
  'hypothetical-answer/noExample',
  'scope-below-level/belowLevel',
  // A failure question answered by placing the cause on others, with no part of one's own.
  'blame-negativity/unownedSetback',
  // Asked why they left or about a former boss, the candidate runs the old place down ("my boss
  // was a jerk"): the answer the question screens for.
  'blame-negativity/badMouthing',
  // Invited to ask questions, the candidate asks none.
  'candidate-questions/noQuestions',
  // Asked where they are headed, "I hadn't really thought about it": the question declined.
  'career-goals/noGoal',
  // Asked about criticism, "I rarely get criticized": the question declined.
  'feedback-reception/neverCriticised',
  // Asked about criticism, "I don't like people criticizing my work": the answer it screens for.
  'feedback-reception/resistsFeedback',
  // Asked "why…?", no reason at all (an error only for such questions; a warning never counts here).
  'view-reasoning/noReason',
  // Asked to present themselves, the candidate names nothing they achieved: only places, roles
  // and pastimes, so "what can they do?" is left unanswered.
  'view-reasoning/noHighlight',
  // A story asked of the candidate told without a single "I", "me" or "my".
  'attribution-balance/invisibleSelf',
  // A good story for a different question: the situation asked about never appears.
  'off-question/offQuestion',
  // Asked for a weakness, a strength offered in its place: the question dodged, like "I can't
  // think of a time".
  'disguised-weakness/strengthAsWeakness',
]);

/**
 * Findings about what an answer leaves unsaid (a figure, the scale, the business link, a company
 * principle, the task line) rather than about what it says. Each is worth asking about; together
 * they must not sink a complete, owned story below one that says something wrong.
 */
export const UNSAID: ReadonlySet<string> = new Set([
  'unquantified-impact/noMetrics',
  'unquantified-impact/noMetricsPeopleOutcome',
  'scope-below-level/noScope',
  'missing-business-outcome/missingBusiness',
  'missing-business-outcome/missingBusinessPeople',
  'star-plus/missingScale',
  'missing-principle/missingPrinciple',
  'star-structure/missingTask',
]);

/** The most the unsaid findings cost together when the story itself is whole. */
export const UNSAID_CAP = -20;

/**
 * Findings that mean the story is not whole or not specific (no actions, no result, partly
 * hypothetical) or that it says something wrong (blame, a hero move, rambling): such an answer
 * pays for its omissions in full. A missing lesson and a short telling are charged by their own
 * findings; they do not also lift the cap, or the same thinness would be paid for twice.
 */
const INCOMPLETE: ReadonlySet<string> = new Set([
  'star-structure/missingAction',
  'star-structure/missingResult',
  'hypothetical-answer/partlyHypothetical',
  // What the answer says wrong: blame, a hero move, rambling.
  'blame-negativity/blame',
  'blame-negativity/pointingAtOthers',
  // A way of working that cuts quality guards or waits for problems: said wrong, not left out.
  'unsafe-practice/cutsCorners',
  'unsafe-practice/reactive',
  'unsafe-practice/handsOff',
  // Going over a peer's or manager's head, or telling a disagreement as a win.
  'conflict-handling/wentAround',
  'conflict-handling/provedRight',
  // A conflict left alone, when a conflict was asked about: the question went unhandled.
  'conflict-handling/avoided',
  // How people were treated or what they were told: said wrong, not left out.
  'team-welfare/forcedOvertime',
  'team-welfare/fearLever',
  'team-welfare/noSupport',
  'team-welfare/callous',
  'attribution-balance/heroPhrase',
  'answer-length/tooLong',
  'answer-length/digressions',
]);
/** Vague intensifiers ("hugely", "a lot") an answer may use and still count as specific. */
const VAGUE_ALLOWED = 1;

/** What the findings alone do not say about the story: how many steps the speaker took. */
export interface StoryEvidence {
  /** Actions the speaker took ("I …"), counted per verb. */
  ownSteps: number;
}

/** Steps of one's own a story needs before its omissions are capped: one step is not a story. */
export const CAP_MIN_STEPS = 2;

/** What a finding counts as, one bit each: UNSAID, UNANSWERED, INCOMPLETE. */
const IS_UNSAID = 1;
const IS_UNANSWERED = 2;
const IS_INCOMPLETE = 4;

/**
 * The sets above as one index, by rule and then message, whose entry is the finding's bits: a
 * finding is looked up once by its two ids, instead of building its key string (a fresh string
 * hashed per lookup: 3–5% of analyze() on a short answer) or asking each set in turn.
 */
function classIndex(sets: [ReadonlySet<string>, number][]): ReadonlyMap<string, ReadonlyMap<string, number>> {
  const index = new Map<string, Map<string, number>>();
  for (const [keys, bit] of sets) {
    for (const key of keys) {
      const slash = key.indexOf('/');
      const rule = key.slice(0, slash);
      const message = key.slice(slash + 1);
      const messages = index.get(rule) ?? new Map<string, number>();
      messages.set(message, (messages.get(message) ?? 0) | bit);
      index.set(rule, messages);
    }
  }
  return index;
}
const CLASSES = classIndex([
  [UNSAID, IS_UNSAID],
  [UNANSWERED, IS_UNANSWERED],
  [INCOMPLETE, IS_INCOMPLETE],
]);
const classesOf = (f: Finding): number => CLASSES.get(f.ruleId)?.get(f.messageId) ?? 0;

/**
 * Maps a score onto the part of the scale from a band's floor to its ceiling: the floor stays, 100
 * becomes the ceiling, everything between keeps its order; scores below the floor are unchanged.
 */
function squeezeInto(rating: Rating, sum: number): number {
  const index = RATING_BANDS.findIndex((b) => b.rating === rating);
  const floor = RATING_BANDS[index]?.min ?? 0;
  const ceiling = index <= 0 ? 100 : (RATING_BANDS[index - 1]?.min ?? 101) - 1;
  if (sum <= floor) return sum;
  return Math.round(floor + ((sum - floor) * (ceiling - floor)) / (100 - floor));
}

export function score(
  findings: Finding[],
  story: StoryEvidence = { ownSteps: CAP_MIN_STEPS },
): { score: number; rating: Rating; items: ScoreItem[] } {
  const items: ScoreItem[] = [{ points: START_SCORE, reason: 'Starting score', source: 'start' }];
  // One pass reads everything the score and the rating need from the findings.
  let vague = 0;
  let brokenOrRed = false;
  let unsaid = 0;
  let redFlags = 0;
  let unanswered = false;
  const redFlagRules = new Set<string>();
  for (const f of findings) {
    if (f.points !== 0) {
      items.push({ points: f.points, reason: f.message, source: f.ruleId, start: f.start, end: f.end });
    }
    if (f.ruleId === 'unquantified-impact' && f.messageId === 'vagueIntensifier') vague++;
    const classes = classesOf(f);
    if ((classes & IS_UNSAID) !== 0) unsaid += f.points;
    if (f.severity === 'error') {
      brokenOrRed = true;
      redFlags++;
      redFlagRules.add(f.ruleId);
      if ((classes & IS_UNANSWERED) !== 0) unanswered = true;
    } else if ((classes & IS_INCOMPLETE) !== 0) brokenOrRed = true;
  }
  const whole = story.ownSteps >= CAP_MIN_STEPS && vague <= VAGUE_ALLOWED && !brokenOrRed;
  if (whole && unsaid < UNSAID_CAP) {
    items.push({
      points: UNSAID_CAP - unsaid,
      reason: `A whole, specific story (steps of your own, a result, no red flag) loses at most ${-UNSAID_CAP} points for what it leaves unsaid`,
      source: 'unsaid-cap',
    });
  }
  const sum = Math.max(
    0,
    Math.min(
      100,
      items.reduce((total, i) => total + i.points, 0),
    ),
  );
  // The same red flag raised twice (two hero moves, blame at two parties) is a pattern, not a slip.
  const repeated = redFlags > redFlagRules.size;
  const capped: Rating | null =
    redFlagRules.size >= 2 || unanswered || repeated
      ? 'needs-work'
      : redFlagRules.size === 1
        ? RED_FLAG_CAP
        : null;
  // A red flag caps the rating by moving the score into the capped band, as its own item: an 83
  // rated needs-work would read as a strong answer and outrank a flawless 76. The scale above the
  // band's floor is squeezed, not clamped, so two red-flagged answers keep their order.
  const total = capped === null ? sum : squeezeInto(capped, sum);
  if (total !== sum) {
    items.push({
      points: total - sum,
      reason: `A red flag (${[...redFlagRules].join(', ')}) caps the rating at ${capped}: the score is scaled into that band`,
      source: 'red-flag-cap',
    });
  }
  const rating = RATING_BANDS.find((b) => total >= b.min)?.rating ?? 'needs-work';
  return { score: total, rating, items };
}
