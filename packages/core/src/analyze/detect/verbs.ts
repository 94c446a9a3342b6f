/**
 * Who acts in each clause. A personal action is "I" (or "we") followed closely by a verb in the
 * past tense that is a deed, not a state ("I hired", "we'd migrated" count; "I was", "I think",
 * "I would hire" do not). Story answers are told in the past; this is how the speaker's own
 * role becomes visible.
 */
import { NON_ACTION_LEMMAS } from '../lexicon/attribution';
import { sortSmall } from '../sort-small';
import { isNegated, type ParsedText, type Token } from '../text';
import type { Span } from '../types';

/** Verbs whose past form equals their base form; after I/we in a story they are past deeds. */
const SAME_FORM_PAST = new Set([
  'cut',
  'set',
  'put',
  'hit',
  'let',
  'shut',
  'split',
  'spread',
  'quit',
  'read',
  'cast',
]);
/** Words allowed between the subject and its verb: "I then quickly rebuilt", "we've also hired". */
const BETWEEN = new Set([
  'then',
  'also',
  'quickly',
  'personally',
  'immediately',
  'first',
  'finally',
  'eventually',
  'actually',
  'just',
  'ultimately',
  'directly',
  'together',
  'jointly',
  'later',
  'soon',
  'still',
  'really',
  'carefully',
  'deliberately',
  'explicitly',
  'proactively',
  'myself',
  'ourselves',
  'both',
  'all',
  'since',
  'already',
  'recently',
  'once',
  'again',
  'instead',
]);
const PERFECT = new Set(["'ve", 've', 'have', 'had', "'d", 'has']);

export interface ActionHit extends Span {
  subject: 'i' | 'we';
  verb: string;
  sentence: number;
}

export function isPastVerb(token: Token, afterSubject: boolean): boolean {
  if (token.pos !== 'VERB') return false;
  const { normal } = token;
  // The spelling test first: a verb's lemma is read from the parser only when needed.
  if (normal.endsWith('ing')) return false;
  const lemma = token.lemma;
  if (NON_ACTION_LEMMAS.has(lemma)) return false;
  if (normal !== lemma) return normal !== `${lemma}s` && normal !== `${lemma}es`;
  return afterSubject && SAME_FORM_PAST.has(normal);
}

/**
 * A list item that opens on a past verb ("- Rewrote the design interview", "2. Asked Kemi to…"):
 * prep notes and résumé-style answers drop the "I", and the action is still the speaker's.
 */
const LIST_ITEM = /^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+$/;

function listItemAction(parsed: ParsedText, t: number): ActionHit | null {
  const verb = parsed.tokens[t];
  if (!verb || !isPastVerb(verb, true)) return null;
  const lineStart = parsed.text.lastIndexOf('\n', verb.start - 1) + 1;
  if (!LIST_ITEM.test(parsed.text.slice(lineStart, verb.start))) return null;
  return { subject: 'i', verb: verb.lemma, start: verb.start, end: verb.end, sentence: verb.sentence };
}

/**
 * Just after "had": up to three words, then what a talk is called ("a long, frank conversation",
 * "weekly one-on-ones", "a sit-down"), but not "had to call a meeting" (a duty, read below). Read
 * on the text, as wink splits "one-on-ones" in parts.
 */
const TALK_AFTER_HAD =
  /^\s+(?:(?!to\s|with\s)[\p{L}'-]+,?\s+){0,3}?(?:conversations?|talks?|meetings?|one-on-ones?|1:1s?|discussions?|chats?|sit-downs?|sessions?|retros?|retrospectives?|check-ins?|workshops?)(?![\p{L}-])/u;

/** Where the talk held after "had" (token `had`) ends, or -1 when none follows. */
function talkHeldEnd(parsed: ParsedText, had: Token): number {
  const m = TALK_AFTER_HAD.exec(parsed.lower.slice(had.end, had.end + 60));
  return m ? had.end + m[0].length : -1;
}

/** Finds "I <past verb>" and "we <past verb>" clauses, and list items that open on a past verb. */
export function findActions(parsed: ParsedText): ActionHit[] {
  const { tokens } = parsed;
  const hits: ActionHit[] = [];
  // Hits whose verb has the same form in the present ("put", "set"): see the end.
  const sameForm: number[] = [];
  for (const sentence of parsed.sentences) {
    // The sentence's first word, after the list marker.
    for (let t = sentence.tokenStart; t < sentence.tokenEnd && t < sentence.tokenStart + 4; t++) {
      const token = tokens[t];
      if (!token || token.pos === 'PUNCT' || token.pos === 'SYM' || token.value.trim() === '') continue;
      const hit = listItemAction(parsed, t);
      if (hit) hits.push(hit);
      break;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const subject = tokens[i];
    // Read off the token's span first (a token's normal form is as long as its span): most
    // tokens are longer than "we", and their text is then not read at all.
    if (!subject || subject.end - subject.start > 2) continue;
    if (subject.normal !== 'i' && subject.normal !== 'we') continue;
    for (let j = i + 1, gap = 0; j < tokens.length && gap <= 3; j++, gap++) {
      const t = tokens[j];
      if (!t || t.sentence !== subject.sentence) break;
      // "I had a frank conversation with her", "we had weekly one-on-ones": a talk held is a deed,
      // told with the light verb "had" (read as "held").
      const talkEnd = t.normal === 'had' ? talkHeldEnd(parsed, t) : -1;
      if (talkEnd !== -1) {
        hits.push({
          subject: subject.normal as 'i' | 'we',
          verb: 'hold',
          start: subject.start,
          end: talkEnd,
          sentence: subject.sentence,
        });
        break;
      }
      if (BETWEEN.has(t.normal) || PERFECT.has(t.normal) || t.pos === 'ADV') continue;
      if (t.normal === 'not' || t.normal === "n't") break;
      // "I had to call a meeting": the duty done is a deed too, told with its base verb.
      const duty = t.normal === 'to' && tokens[j - 1]?.normal === 'had' ? tokens[j + 1] : undefined;
      const verb = duty ?? t;
      const deed = duty
        ? duty.pos === 'VERB' && duty.normal === duty.lemma && !NON_ACTION_LEMMAS.has(duty.lemma)
        : isPastVerb(t, true);
      // "I never hired" is no deed. Asked of wink only for a deed (the one case it decides).
      if (deed && !isNegated(parsed, j)) {
        if (!duty && verb.normal === verb.lemma) sameForm.push(hits.length);
        hits.push({
          subject: subject.normal as 'i' | 'we',
          verb: verb.lemma,
          start: subject.start,
          end: verb.end,
          sentence: subject.sentence,
        });
      }
      break;
    }
  }
  // "I put as much emphasis on being a great dad": "put", "set", "cut", "let" are past only in an
  // answer that tells something in the past; one told all in the present has no deed in them.
  if (
    sameForm.length > 0 &&
    sameForm.length === hits.length &&
    !toldInPastAnywhere(tokens) &&
    !PAST_TIME.test(parsed.lower)
  ) {
    for (let k = sameForm.length - 1; k >= 0; k--) hits.splice(sameForm[k] as number, 1);
  }
  return sortSmall(hits, (a, b) => a.start - b.start);
}

/** A time in the past ("last year", "two years ago", "in 2021"): what follows it is told in the past. */
const PAST_TIME =
  /(?<![\p{L}])(?:last (?:year|month|week|quarter|half|summer|spring|fall|autumn|winter|time)|ago|yesterday|back then|at the time|in (?:19|20)\d\d)(?![\p{L}])/u;

/** Auxiliaries that only the past has ("was", "had", "did"). */
const PAST_AUXILIARIES = new Set([
  'was',
  'were',
  'had',
  'did',
  "didn't",
  'wasn',
  "wasn't",
  "weren't",
  "hadn't",
]);

/** Whether any verb of the answer is told in the past: a past auxiliary, or a past form of its own. */
function toldInPastAnywhere(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (PAST_AUXILIARIES.has(t.normal)) return true;
    if (t.pos === 'VERB' && t.normal !== t.lemma && isPastVerb(t, false)) return true;
  }
  return false;
}

/** Pronouns that open a new clause: a verb after one is not the first subject's any more. */
const NEW_SUBJECT = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you', 'who', 'which', 'that']);
/** The longest new subject: longer words skip the set lookup (most words after a deed). */
const NEW_SUBJECT_MAX = Math.max(...[...NEW_SUBJECT].map((w) => w.length));
/** The first letters of the new subjects, one bit each: most short words skip the lookup too. */
const NEW_SUBJECT_INITIALS = [...NEW_SUBJECT].reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), 0);

/** Whether a token is a pronoun that opens a new clause (NEW_SUBJECT), looked up only if it may be. */
function opensNewSubject(token: Token): boolean {
  if (token.end - token.start > NEW_SUBJECT_MAX) return false;
  const initial = token.normal.charCodeAt(0) - 97;
  return (
    initial >= 0 &&
    initial < 26 &&
    ((NEW_SUBJECT_INITIALS >> initial) & 1) === 1 &&
    NEW_SUBJECT.has(token.normal)
  );
}
/**
 * Whether a token is ",", "and" or "then", the words a coordinated deed follows. Read off its span
 * first (a token's normal form is as long as its span): most tokens are neither one, three nor four
 * characters long, and their text is then not compared (three string comparisons a token).
 */
function afterCoordinator(token: Token): boolean {
  const length = token.end - token.start;
  if (length === 1) return token.normal === ',';
  if (length === 3) return token.normal === 'and';
  return length === 4 && token.normal === 'then';
}

/** Noticing is not doing: "I looked at the data and saw…" is one step. */
const PERCEPTION = new Set(['see', 'notice', 'hear', 'find', 'discover', 'spot', 'observe', 'watch', 'look']);

/**
 * Further deeds of the speaker's own in the clauses of `actions` ("I"), told without repeating
 * the subject: "I set up stretch assignments, created a safe space and provided specific
 * feedback" is two more. A verb counts when it follows a comma, "and" or "then" in the same
 * sentence before any new subject. Kept apart from the clause count that attribution reads
 * (its thresholds count clauses); the score's "whole story" test counts steps.
 */
export function coordinatedDeeds(parsed: ParsedText, actions: readonly ActionHit[]): number {
  const { tokens } = parsed;
  let count = 0;
  // Actions come in text order: the token after each one's verb is found by walking on, not
  // by starting again from the first token (that was quadratic on a long answer). The walk starts
  // no earlier than the action's sentence: every token before it ends before the action's subject
  // starts, so it would be walked past (most sentences have no deed of the speaker's).
  let verbAt = 0;
  for (const action of actions) {
    if (action.subject !== 'i') continue;
    verbAt = Math.max(verbAt, parsed.sentences[action.sentence]?.tokenStart ?? 0);
    while (verbAt < tokens.length && (tokens[verbAt] as Token).end <= action.end - 1) verbAt++;
    for (let k = verbAt + 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== action.sentence || opensNewSubject(t)) break;
      if (!afterCoordinator(tokens[k - 1] as Token)) continue;
      if (!isPastVerb(t, false) || PERCEPTION.has(t.lemma) || isNegated(parsed, k)) continue;
      count++;
    }
  }
  return count;
}

/** Whether a sentence is told in the past (any past-tense verb or was/were/had). */
export function sentenceIsPast(parsed: ParsedText, sentence: number): boolean {
  const s = parsed.sentences[sentence];
  if (!s) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const token = parsed.tokens[t];
    if (!token) continue;
    if (token.normal === 'was' || token.normal === 'were' || token.normal === 'had') return true;
    if (token.pos === 'VERB' && token.normal.endsWith('ed') && token.normal !== token.lemma) return true;
  }
  return false;
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'got', 'is', 'are', 'be']);
/**
 * The first letters of the auxiliaries, one bit each: findPassives reads every token, and most
 * short ones ("i", "the", "to", "and") are told apart by their first letter without a set lookup.
 */
const PASSIVE_AUX_INITIALS = [...PASSIVE_AUX].reduce(
  (bits, aux) => bits | (1 << (aux.charCodeAt(0) - 97)),
  0,
);

/**
 * Passive clauses ("an engineer was assigned", "the fix was shipped"): deeds with no doer. A
 * story told in the passive hides who acted as surely as one told only with "we".
 */
export function findPassives(parsed: ParsedText): ActionHit[] {
  const { tokens } = parsed;
  const hits: ActionHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const aux = tokens[i];
    // Every auxiliary is two to four letters: longer words skip the set lookup (read off the
    // token's span, as long as its normal form: their text is not read at all), and so do words
    // that start with a letter no auxiliary starts with.
    if (!aux || aux.end - aux.start > 4) continue;
    const initial = aux.normal.charCodeAt(0) - 97;
    if (initial < 0 || initial > 25 || ((PASSIVE_AUX_INITIALS >> initial) & 1) === 0) continue;
    if (!PASSIVE_AUX.has(aux.normal)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
      const t = tokens[j];
      if (!t || t.sentence !== aux.sentence) break;
      if (t.pos === 'ADV' || t.normal === 'then' || t.normal === 'also') continue;
      // A past participle: inflected away from its lemma, not a gerund.
      if (
        t.pos === 'VERB' &&
        !t.normal.endsWith('ing') &&
        t.normal !== t.lemma &&
        !NON_ACTION_LEMMAS.has(t.lemma)
      ) {
        hits.push({ subject: 'we', verb: t.lemma, start: aux.start, end: t.end, sentence: aux.sentence });
      }
      break;
    }
  }
  return hits;
}
