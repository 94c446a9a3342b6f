/**
 * Places each sentence in a part of STAR+ (situation, task, action, result, learning) the way a
 * listener does: explicit headings first ("Result:"), then what the sentence says ("my goal
 * was…", "so I…", "in the end…", "looking back…"), then where it falls in the answer (stories
 * open with context and close with outcome and lesson).
 */

import type { CueMatches } from '../cues';
import { NON_ACTION_LEMMAS } from '../lexicon/attribution';
import { STAR_HEADINGS } from '../lexicon/story';
import { countBySentence, sentenceIndexAt } from '../positions';
import type { ParsedText, Sentence, Token } from '../text';
import type { Metric, Span, StarPart, StarPartId } from '../types';
import { datedOutcome, namesYear, quietSince, yearSentences } from './star-dates';
import {
  HEADING,
  hasBlankLine,
  LETTER_HEADING,
  LETTER_PARTS,
  letterLabelsUsed,
  mayOpenHeading,
} from './star-headings';
import type { ActionHit } from './verbs';
import { isPastVerb, sentenceIsPast } from './verbs';

/** Forward-looking reflection: "I'd bring them in earlier", "now I always…", "now, I always…". */
const FORWARD =
  /(?<![\p{L}])(?:i'd|i would|i will|i'll|now,? i|i now|i've since|since then)(?![\p{L}]).*(?<![\p{L}])(?:earlier|sooner|differently|again|next time|instead|going forward|from now on|from then on|same call|every time|every|always|never|first)(?![\p{L}])/u;
/**
 * Words that make a present-tense "I …" a habit rather than a state: "now I add a buffer for any
 * task…", "I always pair on…". After a story told in the past, such a sentence is what changed.
 */
/** Verbs by which two sides end a disagreement: "we agreed", "we aligned", "we settled on". */
const RESOLVED = new Set(['agree', 'align', 'settle', 'converge', 'compromise', 'reconcile']);
/** Parts of speech a clause's subject has (compared, not looked up: toldInPast reads every token). */
const isSubjectPos = (pos: string): boolean => pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON';
const HABIT = new Set(['now', 'always', 'never', 'every', 'any', 'whenever', 'nowadays', 'routinely']);
/** Score at which a part also counts in a sentence that mainly plays another part. */
const SECONDARY = 2.5;

export const STAR_PARTS: readonly StarPartId[] = ['situation', 'task', 'action', 'result', 'learning'];

/**
 * FORWARD cannot match without one of these (each of its openers contains one): most sentences
 * have none, and the pattern, with `.*` between two lists, is the costlier test. (One pattern
 * finds any of them in one read of the sentence; four includes() read it up to four times. Read
 * once over the whole answer instead, spansHolding (star-dates.ts) visited every "i w": slower.)
 */
const FORWARD_OPENER = /i'|i w|now|since then/;
const mayLookForward = (lower: string): boolean => FORWARD_OPENER.test(lower);

/**
 * Per sentence, whether it holds one of `figures` whole: a figure lies within at most one
 * sentence, the one its start is in (sentences do not overlap).
 */
function holdsFigure(parsed: ParsedText, figures: readonly Span[]): boolean[] {
  const holds = new Array<boolean>(parsed.sentences.length).fill(false);
  for (const m of figures) {
    const i = sentenceIndexAt(parsed, m.start);
    const s = parsed.sentences[i];
    if (s && m.end <= s.end) holds[i] = true;
  }
  return holds;
}

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
  scopeStatements: readonly Span[] = [],
): StarDetection {
  const n = parsed.sentences.length;
  const roles: (StarPartId | null)[] = new Array(n).fill(null);
  // Parts a sentence also carries, one bit per part (index in STAR_PARTS).
  const secondary: number[] = new Array(n).fill(0);
  // Per sentence: 0 no action, 1 only "we" actions, 2 an "I" action.
  const actionKind: number[] = new Array(n).fill(0);
  for (const a of actions) {
    if (a.sentence >= 0 && a.sentence < n) {
      actionKind[a.sentence] = Math.max(actionKind[a.sentence] ?? 0, a.subject === 'i' ? 2 : 1);
    }
  }
  const situationCues = countBySentence(parsed, cues.situation);
  const taskCues = countBySentence(parsed, cues.task);
  const actionCues = countBySentence(parsed, cues.actionOpener);
  const resultCues = countBySentence(parsed, cues.result);
  const learningCues = countBySentence(parsed, cues.learning);
  const has = (counts: number[], i: number) => (counts[i] ?? 0) > 0;
  // Saying how big your remit was ("I had about 45 engineers") is setting the scene.
  const statesScope = new Set(scopeStatements.map((e) => sentenceIndexAt(parsed, e.start)));
  const withMetric = holdsFigure(parsed, metrics);
  const withOutcome = holdsFigure(parsed, outcomes);
  let heading: StarPartId | null = null;
  let headingsSeen = false;
  // A heading covers its own paragraph, and the next one too when it stands alone on its line
  // ("## Situation" then a paragraph); past that, prose is placed by its cues again, so one
  // "Context:" does not make the rest of the answer context.
  let paragraph = 0;
  let headingReach = -1;
  let headingParagraph = -1;
  let previousEnd = 0;
  const scores = [0, 0, 0, 0, 0];
  // Most answers have no colon at all: the two patterns run only on those that do.
  const letterLabels = parsed.lower.indexOf(':') !== -1 && letterLabelsUsed(parsed.lower);
  // Whether each sentence may name a year (holds "19" or "20"), from one read of the answer.
  const mayNameYear = yearSentences(parsed);
  // Where the next line break is: most gaps between sentences have none, and are not read.
  let nextBreak = parsed.text.indexOf('\n');

  for (const sentence of parsed.sentences) {
    // A blank line needs a line break in the gap: the next one after the last sentence is kept.
    if (nextBreak !== -1 && nextBreak < previousEnd) nextBreak = parsed.text.indexOf('\n', previousEnd);
    if (nextBreak !== -1 && nextBreak < sentence.start) {
      if (hasBlankLine(parsed.text, previousEnd, sentence.start)) paragraph++;
    }
    previousEnd = sentence.end;
    const lower = parsed.lower.slice(sentence.start, sentence.end);
    const explicit =
      (mayOpenHeading(parsed.lower, sentence.start, sentence.end) ? HEADING.exec(lower) : null) ??
      (letterLabels ? LETTER_HEADING.exec(lower) : null);
    if (explicit?.[1]) {
      heading = STAR_HEADINGS[explicit[1]] ?? LETTER_PARTS[explicit[1]] ?? null;
      headingsSeen = true;
      headingReach = paragraph + (lower.length - explicit[0].length < 3 ? 1 : 0);
      headingParagraph = paragraph;
    } else if (paragraph === headingParagraph && headingReach > paragraph) {
      // "What I did:" on its line with its bullets right under it (no blank line): the heading's
      // own paragraph holds its content, and the paragraph after it ("Six months later pages were
      // down to 8 a week…") is placed by its cues again.
      headingReach = paragraph;
    }
    if (paragraph > headingReach) heading = null;
    const rel = n > 1 ? sentence.index / (n - 1) : 0;
    const learning =
      has(learningCues, sentence.index) ||
      (rel > 0.5 && ((mayLookForward(lower) && FORWARD.test(lower)) || presentHabit(parsed, sentence.index)))
        ? 2.5 + (rel > 0.5 ? 1 : 0)
        : 0;
    if (headingsSeen && heading) {
      // "Result: … I learned to spike the riskiest integration first.": the lesson told under
      // another heading is still the lesson, and the sentence keeps its heading's part too.
      if (heading !== 'learning' && learning >= SECONDARY) {
        roles[sentence.index] = 'learning';
        secondary[sentence.index] = 1 << STAR_PARTS.indexOf(heading);
      } else {
        roles[sentence.index] = heading;
      }
      continue;
    }
    const acted = actionKind[sentence.index] ?? 0;
    const hasMetric = withMetric[sentence.index] === true;
    const hasOutcome = withOutcome[sentence.index] === true;
    // Scores in STAR_PARTS order, in a reused array: a record per sentence read by part name cost
    // a keyed lookup per part and an object per sentence.
    scores[0] =
      (has(situationCues, sentence.index) || (mayNameYear[sentence.index] === true && namesYear(lower))
        ? 2
        : 0) +
      (rel < 0.34 && statesScope.has(sentence.index) ? 1.5 : 0) +
      (rel < 0.34 ? 1 : 0) +
      (sentence.index === 0 && sentenceIsPast(parsed, sentence.index) ? 1.5 : 0);
    scores[1] = has(taskCues, sentence.index) ? 3 : 0;
    scores[2] = (acted === 2 ? 2.5 : acted === 1 ? 2 : 0) + (has(actionCues, sentence.index) ? 1 : 0);
    scores[3] =
      (has(resultCues, sentence.index) || (rel >= 0.5 && (datedOutcome(lower) || quietSince(lower)))
        ? 2
        : 0) +
      // Two outcome cues in one sentence ("we ended up…, but they weren't pleased") tell how it ended.
      ((resultCues[sentence.index] ?? 0) >= 2 ? 1 : 0) +
      (hasOutcome && rel >= 0.4 ? 1.5 : hasMetric && rel >= 0.6 ? 1 : 0) +
      (rel > 0.5 ? 0.5 : 0) +
      // The closing sentence with a figure: in a two-sentence answer only a figure of change.
      (sentence.index === n - 1 && (n > 2 ? hasMetric : n === 2 && hasOutcome) ? 0.5 : 0);
    scores[4] = learning;
    let best = -1;
    let bestScore = 1.99;
    // Ties go to the part that usually sits at this point of a story: early → context, late → outcome.
    const late = rel > 0.5;
    for (let k = 0; k < STAR_PARTS.length; k++) {
      const part = late ? STAR_PARTS.length - 1 - k : k;
      if ((scores[part] as number) > bestScore) {
        best = part;
        bestScore = scores[part] as number;
      }
    }
    roles[sentence.index] = best < 0 ? null : (STAR_PARTS[best] as StarPartId);
    let also = 0;
    // A one-sentence answer ("I noticed…, so I proposed…, which cut incidents by half") carries
    // every part it has a cue for; so does each sentence of a two- or three-sentence one ("I
    // underestimated the approvals, which caused a delay. I learned…"), where parts share sentences.
    const secondaryAt = n <= 3 ? 2 : SECONDARY;
    for (let bit = 0; bit < STAR_PARTS.length; bit++) {
      if (bit !== best && (scores[bit] as number) >= secondaryAt) also |= 1 << bit;
    }
    secondary[sentence.index] = also;
  }

  if (!headingsSeen) placeClosingOutcome(parsed, roles, secondary, actionKind, actions);

  const place = (part: StarPartId): StarPart => {
    const bit = STAR_PARTS.indexOf(part);
    let span = spanOf(parsed, (s) => roles[s.index] === part);
    // A blended sentence ("As the EM of 14, I committed to…") also carries its second part.
    if (span === null) span = spanOf(parsed, (s) => (((secondary[s.index] ?? 0) >> bit) & 1) === 1);
    return span !== null ? { present: true, start: span.start, end: span.end } : { present: false };
  };
  // One literal, keys in STAR_PARTS order: its hidden class lives with the literal (see makeFinding
  // in analyze.ts), not only as long as some report does.
  const parts: Record<StarPartId, StarPart> = {
    situation: place('situation'),
    task: place('task'),
    action: place('action'),
    result: place('result'),
    learning: place('learning'),
  };
  return { parts, roles };
}

/**
 * From the start of the first sentence that is `placed` to the end of the last, or null (found
 * without collecting them: five parts were five filtered copies of the sentences).
 */
function spanOf(parsed: ParsedText, placed: (s: Sentence) => boolean): Span | null {
  let first: Sentence | undefined;
  let last: Sentence | undefined;
  for (const s of parsed.sentences) {
    if (!placed(s)) continue;
    first ??= s;
    last = s;
  }
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * "Now I add a buffer for any task…": a first-person verb in the present tense with a word of
 * habit (now, always, never, every, any…), in a story otherwise told in the past.
 */
export function presentHabit(
  parsed: ParsedText,
  index: number,
  subjects: 'i' | 'i-or-we' = 'i-or-we',
): boolean {
  const s = parsed.sentences[index];
  // The sentence's own words first: most late sentences have no habit, and the tense of the
  // whole answer (pastBefore, a pass over every sentence) is then never needed.
  if (!s || !ownHabitIn(parsed, s, subjects) || sentenceIsPast(parsed, index)) return false;
  // Only after a story told in the past: an answer in the present throughout is a generic one.
  const past = pastBefore(parsed)[index] ?? 0;
  return past * 4 >= index * 3;
}

/**
 * Whether a sentence has a subject's own verb in the present ("I add") and a word of habit. The
 * verb is looked for first: few sentences of a story have one, and the set lookup of every token
 * for a word of habit (2% of analyze() at 600 words) is then skipped.
 */
function ownHabitIn(parsed: ParsedText, s: Sentence, subjects: 'i' | 'i-or-we'): boolean {
  return ownPresentIn(parsed, s, subjects) && habitIn(parsed, s);
}

/** Whether the subject ("I", or "we" too) is followed by its own verb in the present ("I add"). */
function ownPresentIn(parsed: ParsedText, s: Sentence, subjects: 'i' | 'i-or-we'): boolean {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    // A token's span is as long as its normal form: longer ones are neither "i" nor "we".
    if (!token || token.end - token.start > 2) continue;
    if (token.normal !== 'i' && (subjects === 'i' || token.normal !== 'we')) continue;
    // The subject's verb, allowing one adverb between ("I always add", "I now flag").
    for (let v = t + 1; v < Math.min(t + 3, s.tokenEnd); v++) {
      const verb = parsed.tokens[v];
      if (!verb) break;
      if (verb.pos === 'ADV') continue;
      // A deed ("I add", "we pair"), not a view ("I think", "I believe").
      if (verb.pos === 'VERB' && verb.normal === verb.lemma && !NON_ACTION_LEMMAS.has(verb.lemma))
        return true;
      break;
    }
  }
  return false;
}

function habitIn(parsed: ParsedText, s: Sentence): boolean {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    if (token && HABIT.has(token.normal)) return true;
  }
  return false;
}

/**
 * Per sentence, how many sentences before it are told in the past, computed once per answer (kept
 * in parsed.pastBefore): presentHabit asks it of every late sentence, and counting afresh each
 * time read the answer's opening over and over (quadratic in the number of sentences).
 */
function pastBefore(parsed: ParsedText): number[] {
  let counts = parsed.pastBefore;
  if (counts === null) {
    const n = parsed.sentences.length;
    counts = new Array<number>(n + 1);
    counts[0] = 0;
    for (let i = 0; i < n; i++) counts[i + 1] = (counts[i] as number) + (toldInPast(parsed, i) ? 1 : 0);
    parsed.pastBefore = counts;
  }
  return counts;
}

/**
 * Whether a sentence reports something that happened: a past-tense verb, regular or not, right
 * after its subject ("launches met", "he changed", "it worked"); a past participle used as an
 * adjective ("a named contact") does not count.
 */
export function toldInPast(parsed: ParsedText, index: number): boolean {
  const s = parsed.sentences[index];
  if (!s) return false;
  let prev: Token | undefined;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    if (!token || token.pos === 'ADV') continue;
    const afterSubject = prev !== undefined && isSubjectPos(prev.pos);
    // "I had to let some employees go", "we had already hired", "I did not wait": told in the past too.
    if (
      afterSubject &&
      (token.normal === 'was' ||
        token.normal === 'were' ||
        token.normal === 'had' ||
        token.normal === 'did' ||
        isPastVerb(token, false))
    ) {
      return true;
    }
    prev = token;
  }
  return false;
}

/**
 * A story that names no result in words still ends somewhere: when the closing sentence (before
 * any lesson) is told in the past, comes after the actions and is not one more "I did…", it is
 * how things turned out ("Subsequent launches met deadlines.", "He changed his mind."). Its
 * subject is someone or something else: one more "I did…" or "we did…" is still an action.
 */
function placeClosingOutcome(
  parsed: ParsedText,
  roles: (StarPartId | null)[],
  secondary: number[],
  actionKind: number[],
  actions: readonly ActionHit[],
): void {
  const resultBit = 1 << STAR_PARTS.indexOf('result');
  const n = roles.length;
  if (n < 3 || roles.includes('result') || secondary.some((b) => b & resultBit)) return;
  let close = n - 1;
  while (close > 0 && roles[close] === 'learning') close--;
  if (close / (n - 1) < 0.6) return;
  // "We agreed on a hybrid" closes a disagreement: reaching agreement is how it ended.
  const resolved =
    actionKind[close] === 1 &&
    actions.every((a) => a.sentence !== close || (a.subject === 'we' && RESOLVED.has(a.verb)));
  if ((actionKind[close] ?? 0) > 0 && !resolved) return;
  if (roles[close] !== null && roles[close] !== 'action') return;
  // After the actions: a sentence placed as an action, or any earlier deed told with "I" or "we"
  // (one placed as the lesson applied, "I drafted a runbook and used it on the next migration").
  if (!roles.slice(0, close).includes('action') && !actionKind.slice(0, close).some((k) => k > 0)) return;
  if (toldInPast(parsed, close)) roles[close] = 'result';
}
