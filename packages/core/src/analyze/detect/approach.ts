/**
 * How an answer to an approach question ("How do you prioritise…?") is built: the sentences that
 * say how the speaker works (a method), whether a real case grounds it, and the platitudes that
 * stand in for a method. Read only when the question asks for an approach or a plan.
 */
import type { CueMatches } from '../cues';
import { REASON, REMEDY, STEP_WORDS } from '../lexicon/approach';
import { NON_ACTION_LEMMAS } from '../lexicon/attribution';
import { CHANGE_WORDS } from '../lexicon/outcome';
import type { PhraseMatch } from '../phrases';
import { distinctSentenceWords, sentenceIndexAt } from '../positions';
import type { ParsedText, Token } from '../text';
import type { Metric, Span } from '../types';
import { toldInPast } from './star';
import type { ActionHit } from './verbs';

/** Verbs that read the same in past and present; "I put" is ambiguous, so it proves nothing. */
export const AMBIGUOUS = new Set([
  'cut',
  'set',
  'put',
  'hit',
  'let',
  'read',
  'spread',
  'split',
  'quit',
  'shut',
  'cast',
]);

/** "had to", "have to" just before a stock claim: a struggle described, not a virtue claimed. */
const OBLIGED_BEFORE = /(?:had|have|has|need|needed|needs) to $/;

/** Present verbs that lead into the habit itself: "I like to ask…", "I try to listen…", "I tend to write…". */
export const HABIT_LEADS = new Set([
  'like',
  'try',
  'tend',
  'prefer',
  'love',
  'aim',
  'strive',
  'seek',
  'choose',
]);

/** Words allowed between "I" and a present-tense verb: "I don't relitigate", "I do insist". */
export const BEFORE_VERB = new Set(['do', "n't", 'not']);

/**
 * Sentences where "I" is followed by a present-tense verb (a habit, not an event): "I commit
 * fully", "I don't relitigate". With `deedsOnly`, views ("I think", "I guess") do not count.
 */
export function presentHabits(parsed: ParsedText, deedsOnly = false): number[] {
  const found = new Set<number>();
  const { tokens } = parsed;
  for (let i = 0; i < tokens.length - 1; i++) {
    const subject = tokens[i] as Token;
    // Read off the token's span first (a token's normal form is as long as its span): nearly every
    // token is longer than "i", and its text is then not compared. (Capitalised tokens, "I" among
    // them, have a normal form of their own, not wink's shared string, so V8 compares the strings
    // by content, through a call, rather than by identity.)
    if (subject.end - subject.start !== 1 || subject.normal !== 'i') continue;
    let j = i + 1;
    while (tokens[j] && (tokens[j]?.pos === 'ADV' || BEFORE_VERB.has(tokens[j]?.normal ?? ''))) j++;
    // "I like to ask questions first", "I try to listen": the habit is the verb after "to".
    if (HABIT_LEADS.has(tokens[j]?.normal ?? '') && tokens[j + 1]?.normal === 'to') j += 2;
    const verb = tokens[j];
    if (verb?.pos !== 'VERB' || AMBIGUOUS.has(verb.normal)) continue;
    // The sentence test first: a verb's lemma is read from the parser only when needed.
    if (verb.sentence !== subject.sentence || verb.normal !== verb.lemma) continue;
    if (deedsOnly && NON_ACTION_LEMMAS.has(verb.lemma)) continue;
    found.add(verb.sentence);
  }
  return [...found];
}

/** Sentences that open with a bare verb: "Start by separating…", "Make the debt visible…". */
function imperatives(parsed: ParsedText): number[] {
  const found: number[] = [];
  for (const s of parsed.sentences) {
    let t = s.tokenStart;
    while (t < s.tokenEnd && (parsed.tokens[t]?.pos === 'ADV' || parsed.tokens[t]?.pos === 'PUNCT')) t++;
    const verb = parsed.tokens[t];
    const opens = verb?.pos === 'VERB' && verb.normal === verb.lemma && !NON_ACTION_LEMMAS.has(verb.lemma);
    if (!opens && !listsCommands(parsed, t, s.tokenEnd)) continue;
    if (parsed.text.slice(s.start, s.end).trimEnd().endsWith('?')) continue;
    found.push(s.index);
  }
  return found;
}

/**
 * "Foster collaboration through cross-functional teams, implement mentorship programs, and
 * organize regular knowledge-sharing sessions": wink tags a capitalised first command as a proper
 * noun, but the commands that follow it after a comma or "and" are base-form verbs. Two of them
 * make the sentence a list of commands, whatever the first word was tagged. (A sentence that opens
 * with "I", "we" or another pronoun is a statement, not commands.)
 */
function listsCommands(parsed: ParsedText, first: number, end: number): boolean {
  const opener = parsed.tokens[first];
  if (opener?.pos !== 'PROPN' || parsed.tokens[first + 1]?.pos === 'PROPN') return false;
  let commands = 0;
  for (let t = first + 1; t < end; t++) {
    const token = parsed.tokens[t];
    const before = parsed.tokens[t - 1];
    if (!token || !before) continue;
    const afterJoin = before.normal === ',' || before.normal === 'and';
    if (
      afterJoin &&
      token.pos === 'VERB' &&
      token.normal === token.lemma &&
      !NON_ACTION_LEMMAS.has(token.lemma)
    )
      commands++;
  }
  return commands >= 2;
}

/** Whether the first verb after `from` in the sentence is a state or a view, not a deed. */
function statedAfter(parsed: ParsedText, index: number, from: number): boolean {
  const s = parsed.sentences[index];
  if (!s) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    if (!token || token.start < from) continue;
    if (token.pos === 'ADV' || token.pos === 'PART' || token.normal === "n't") continue;
    return (token.pos === 'VERB' || token.pos === 'AUX') && NON_ACTION_LEMMAS.has(token.lemma);
  }
  return false;
}

const STEP = new Set(STEP_WORDS);

/** Actions joined in one method sentence that make it a procedure without a step word. */
const PROCEDURE_STEPS = 3;

/**
 * How many means a sentence lists after "by": "I win by framing the problem, bringing data, and
 * writing it down" lists three, each a step of the method; 0 without "by" and a gerund.
 */
function listedMeans(parsed: ParsedText, index: number): number {
  const s = parsed.sentences[index];
  if (!s) return 0;
  let count = 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    if (count === 0) {
      if (token?.normal === 'by' && isGerund(parsed.tokens[t + 1])) count = 1;
      continue;
    }
    // A further means: a gerund right after a comma or "and"/"or".
    const before = parsed.tokens[t - 1]?.normal;
    if ((before === ',' || before === 'and' || before === 'or') && isGerund(token)) count++;
  }
  return count;
}

/**
 * How many habits a sentence of method joins: "I like to ask questions and understand their
 * view" is two steps, each a verb in its base form after "and", "or", "then" or a comma; 1 when
 * it joins none.
 */
function joinedHabits(parsed: ParsedText, index: number): number {
  const s = parsed.sentences[index];
  if (!s) return 1;
  let count = 1;
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    if (token?.pos !== 'VERB' || token.normal !== token.lemma || NON_ACTION_LEMMAS.has(token.lemma)) continue;
    const before = parsed.tokens[t - 1]?.normal;
    if (before === 'and' || before === 'or' || before === 'then' || before === ',') count++;
  }
  return count;
}

/** -ing nouns that are not a doing ("by morning", "by the spring"). */
const NOT_GERUNDS = new Set([
  'morning',
  'evening',
  'spring',
  'nothing',
  'something',
  'anything',
  'everything',
  'string',
  'ceiling',
]);

/** A verb in its -ing form ("framing", "bringing"); the tagger reads some as nouns. */
const isGerund = (token: { pos: string; normal: string } | undefined): boolean =>
  token !== undefined &&
  (token.pos === 'VERB' || token.pos === 'NOUN') &&
  token.normal.length > 5 &&
  token.normal.endsWith('ing') &&
  !NOT_GERUNDS.has(token.normal);

/**
 * Whether a sentence of method has a step's content: an order, a condition, a reason or
 * trade-off, a cadence (STEP_WORDS), the means ("by framing…"), a figure, or a named practice or
 * tool. Values stated as
 * habits ("I make sure everyone is aligned", "I empower my engineers") have none.
 */
function hasStepContent(parsed: ParsedText, index: number, marked: ReadonlySet<number>): boolean {
  if (marked.has(index)) return true;
  const s = parsed.sentences[index];
  if (!s) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    if (!token) continue;
    if (STEP.has(token.normal)) return true;
    // The means named: "I win by framing the problem, bringing data and writing it down".
    if (token.normal === 'by' && isGerund(parsed.tokens[t + 1])) return true;
  }
  return false;
}

export interface ApproachReading {
  /** Sentences that say how the speaker works or would act (present, conditional or imperative). */
  method: number[];
  /**
   * Steps of method: one per method sentence, or as many means as a sentence lists ("by framing…,
   * bringing… and writing…" is three).
   */
  methodSteps: number;
  /** Sentences that tell a deed in the past ("we used…", "I introduced…"): a case of the method. */
  cases: number[];
  /** Where a real case grounds the approach (its first past deed), or null. */
  grounding: Span | null;
  /**
   * Words in distinct sentences that carry the approach: method, the real case, a figure, the
   * reason behind it. The length floor reads it, so padding with values or repeats adds nothing.
   */
  words: number;
  /** Stock claims that stand in for a method ("I work hard", "I'm a perfectionist"). */
  platitudes: PhraseMatch[];
  /** Whether the answer says what the speaker does about it ("I've been working on this by…"). */
  remedy: boolean;
  /** Sentences that give a reason, a condition or a trade-off ("because…", "it depends on…"). */
  reasons: number[];
}

/** A real case: deeds told in the past in two sentences, or one after "for example", "at my last company"… */
export const GROUNDING_SENTENCES = 2;

/** "Told me that I…", "said I was…", "thanked me for…": what someone once said of the speaker. */
const TESTIFIED = /(?<![\p{L}])(?:(?:told|wrote|thanked|called) me|said (?:that )?(?:i|my)(?![\p{L}]))/u;

/** The first sentence told in the past where someone says something of the speaker, as a span. */
function testimony(parsed: ParsedText): Span | undefined {
  for (const s of parsed.sentences) {
    const m = TESTIFIED.exec(parsed.lower.slice(s.start, s.end));
    if (m && toldInPast(parsed, s.index))
      return { start: s.start + m.index, end: s.start + m.index + m[0].length };
  }
  return undefined;
}

export function readApproach(
  parsed: ParsedText,
  cues: CueMatches,
  actions: readonly ActionHit[],
  metrics: readonly Metric[],
): ApproachReading {
  const method = new Set<number>(presentHabits(parsed, true));
  for (const s of imperatives(parsed)) method.add(s);
  // "I would first…", "I'd ask…", "my approach is…": the conditional and the stated approach,
  // unless a state follows ("I usually have a hard time", "I'd be…"): that describes, not acts.
  for (const m of cues.hypothetical) {
    const index = sentenceIndexAt(parsed, m.start);
    if (!statedAfter(parsed, index, m.end)) method.add(index);
  }
  // "I work hard and communicate" has the shape of a method and none of its content; "I have
  // always had to work hard in math" names a difficulty, not a virtue.
  const platitudes = cues.platitude.filter(
    (p) => !OBLIGED_BEFORE.test(parsed.lower.slice(Math.max(0, p.start - 16), p.start)),
  );
  for (const p of platitudes) method.delete(sentenceIndexAt(parsed, p.start));
  // Sentences with a figure or a named practice or tool: content of their own.
  const marked = new Set<number>();
  for (const m of [...metrics, ...cues.technical]) marked.add(sentenceIndexAt(parsed, m.start));
  // Three actions joined in one sentence ("I'd measure cycle time, identify the biggest constraint,
  // and focus the effort there") are a procedure: content enough. Two may be values ("I listen and
  // support").
  for (const s of method)
    if (!hasStepContent(parsed, s, marked) && joinedHabits(parsed, s) < PROCEDURE_STEPS) method.delete(s);
  // "I've been working on this by assigning tasks early", "to improve, I read…": what one does
  // about a weakness is its method, content enough on its own.
  let remedy = false;
  const reasons: number[] = [];
  for (const s of parsed.sentences) {
    const lower = parsed.lower.slice(s.start, s.end);
    // What someone once said of the speaker is the evidence a view of oneself rests on: its why.
    if (REASON.test(lower) || (TESTIFIED.test(lower) && toldInPast(parsed, s.index))) reasons.push(s.index);
    if (!REMEDY.test(lower)) continue;
    method.add(s.index);
    remedy = true;
  }
  const deeds = [...new Set(actions.map((a) => a.sentence))];
  const introduced = cues.example.length > 0;
  const first = actions[0];
  // "Over the past year my team's output has increased 40%": progress measured is a real case.
  const progress = metrics.some((m) => {
    const s = parsed.sentences[sentenceIndexAt(parsed, m.start)];
    return s !== undefined && CHANGE_WORDS.test(parsed.lower.slice(s.start, s.end));
  });
  // "For example, last year sales wanted…; the VPs agreed on bulk editing first": a case brought
  // in as one and told in the past is real even where the speaker's deed is left implicit. So is
  // what someone once said of the speaker ("One engineer told me in his exit interview that I was
  // the first manager who…"): a view of oneself backed by a moment someone else saw.
  const toldCase =
    cues.example.find((c) => toldInPast(parsed, sentenceIndexAt(parsed, c.start))) ?? testimony(parsed);
  const grounded =
    deeds.length >= GROUNDING_SENTENCES ||
    ((introduced || (progress && method.size > 0)) && deeds.length >= 1) ||
    (progress && method.size > 0) ||
    toldCase !== undefined;
  const carrying = new Set<number>([...method, ...deeds, ...marked, ...reasons]);
  for (const m of [...cues.principle, ...cues.example]) carrying.add(sentenceIndexAt(parsed, m.start));
  return {
    words: distinctSentenceWords(parsed, (index) => carrying.has(index)),
    method: [...method].sort((a, b) => a - b),
    methodSteps: [...method].reduce(
      (sum, index) => sum + Math.max(listedMeans(parsed, index), joinedHabits(parsed, index)),
      0,
    ),
    cases: deeds,
    grounding: !grounded
      ? null
      : first
        ? { start: first.start, end: first.end }
        : toldCase
          ? { start: toldCase.start, end: toldCase.end }
          : null,
    platitudes,
    remedy,
    reasons,
  };
}
