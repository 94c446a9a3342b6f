/**
 * Everything the analyzer reads from an answer, computed once: the parse, metrics, STAR+ parts,
 * who acted, scope, delivery and the cue families the rubric listens for. Rules and scoring
 * only look things up here, so each rule stays small and the text is scanned once per concern.
 */
import type { CompanyPrincipleSet } from '../framework/companies/types';
import { asksForReasoning } from '../framework/questions/question-kind';
import { CUE_INDEX, type CueMatches } from './cues';
import type { ApproachReading } from './detect/approach';
import { readApproach } from './detect/approach';
import { findHeroSignals } from './detect/hero';
import { findMetrics } from './detect/metrics';
import { findOwnedPart, type OwnedPart } from './detect/ownership';
import { findPrinciples, principleNames } from './detect/principles';
import { readScope, type ScopeReading } from './detect/scope';
import { readSpeech } from './detect/speech';
import { detectStar, type StarDetection } from './detect/star';
import { type ActionHit, findActions, findPassives } from './detect/verbs';
import { readZoom, type ZoomReading } from './detect/zoom';
import { gateWordsOf } from './gated';
import { CHANGE_WORDS, SLIP } from './lexicon/outcome';
import type { PhraseMatch, Word } from './phrases';
import { wordsOf } from './phrases';
import { distinctSentenceWords, sentenceIndexAt } from './positions';
import type { ParsedText } from './text';
import type { Metric, PrincipleHit, ResolvedOptions, Speech } from './types';

export type { CueFamily } from './cues';
export { CHANGE_WORDS } from './lexicon/outcome';

export interface Facts {
  metrics: Metric[];
  /** Metrics that report an outcome (a change, money, a percentage), not just context. */
  outcomeMetrics: Metric[];
  star: StarDetection;
  actions: ActionHit[];
  /** Passive clauses ("was assigned"): deeds with no named doer. */
  passives: ActionHit[];
  /** Matches of every word list (see cues.ts), found in one pass. */
  cues: CueMatches;
  scope: ScopeReading;
  speech: Speech;
  principles: PrincipleHit[];
  /** Company principles the answer names outright ("guided by Customer Obsession"). */
  namedPrinciples: PhraseMatch[];
  /**
   * Words in distinct sentences that carry a STAR+ part. Time bands for short answers use it,
   * so padding (repeated or content-free sentences) cannot lift an answer out of "too short".
   */
  storyWords: number;
  zoom: ZoomReading;
  /** Where the result reaches the business (money, or a business word in an outcome sentence). */
  businessLink: { start: number; end: number; text: string } | null;
  /**
   * A concrete people outcome where the story ends ("she went on to lead…", "he was promoted"):
   * the evidence a growth or people story gives in place of a figure.
   */
  peopleOutcome: PhraseMatch | null;
  /**
   * The answer's words that have a gate class (word-classes.ts, GLUED_CLASSES), in text order: the
   * gated patterns (gated.ts) read the clauses around these only.
   */
  gateWords: Word[];
  /** Hero signals: set phrases and hero shapes ("I took over", "to my design"), in text order. */
  heroSignals: PhraseMatch[];
  /**
   * Where the speaker owns their part in what went wrong ("I underestimated…"), if anywhere. Looked
   * for only when the question asks about a setback (options.asksAboutSetback), the one case that
   * reads it: null otherwise. (Its three whole-answer patterns were ~2% of analyze().)
   */
  ownedPart: OwnedPart | null;
  /**
   * How an answer to an approach, scenario or view question is built (method, reasons,
   * grounding, platitudes); null when the question asks for a story or was not given.
   */
  approach: ApproachReading | null;
}

export function computeFacts(
  parsed: ParsedText,
  options: ResolvedOptions,
  company: CompanyPrincipleSet | undefined,
): Facts {
  const metrics = findMetrics(parsed.text, parsed.lower, wordsOf(parsed));
  // Whether a sentence has a change word, by sentence: answers often put several figures in one.
  const saysChange = new Map<number, boolean>();
  const sentenceSaysChange = (index: number): boolean => {
    let says = saysChange.get(index);
    if (says === undefined) {
      const sentence = parsed.sentences[index];
      says = sentence ? CHANGE_WORDS.test(parsed.lower.slice(sentence.start, sentence.end)) : false;
      saysChange.set(index, says);
    }
    return says;
  };
  const changeMetrics = metrics.filter((m) => {
    if (
      m.kind === 'percent' ||
      m.kind === 'money' ||
      m.kind === 'multiplier' ||
      m.kind === 'before-after' ||
      m.kind === 'ratio'
    )
      return true;
    const index = sentenceIndexAt(parsed, m.start);
    // "We missed it by two weeks": in a setback story the time lost is what it cost, its outcome.
    if (m.kind === 'duration' && sentenceTellsSlip(parsed, index)) return true;
    return sentenceSaysChange(index);
  });
  const actions = findActions(parsed);
  const cues = CUE_INDEX.scan(parsed.text, parsed.lower, wordsOf(parsed));
  const scope = readScope(parsed.text, parsed.lower, metrics, cues, wordsOf(parsed));
  const star = detectStar(parsed, cues, actions, metrics, changeMetrics, scope.evidence);
  // A figure inside the result is a quantified result even without a change verb.
  const gateWords = gateWordsOf(wordsOf(parsed));
  const approach = asksForReasoning(options.questionKind)
    ? readApproach(parsed, cues, actions, metrics)
    : null;
  const outcomeMetrics = metrics.filter((m) => {
    if (changeMetrics.includes(m)) return true;
    // How long delivery took is a timeline, not an impact; other figures in the result count.
    if (m.kind === 'duration') return false;
    return star.roles[sentenceIndexAt(parsed, m.start)] === 'result';
  });
  return {
    metrics,
    outcomeMetrics,
    star,
    actions,
    passives: findPassives(parsed),
    cues,
    scope,
    speech: readSpeech(parsed, cues, options.durationSeconds),
    principles: company ? findPrinciples(parsed, company) : [],
    namedPrinciples: company ? principleNames(company).find(parsed) : [],
    storyWords: countStoryWords(parsed, star.roles, actions, metrics),
    zoom: readZoom(parsed, cues.technical),
    businessLink: findBusinessLink(parsed, star.roles, metrics, outcomeMetrics, cues.businessLink, approach),
    peopleOutcome: findPeopleOutcome(parsed, star.roles, cues.peopleOutcome),
    gateWords,
    heroSignals: findHeroSignals(parsed, cues, gateWords),
    ownedPart: options.asksAboutSetback ? findOwnedPart(parsed, cues, star.roles) : null,
    approach,
  };
}

/** Whether a sentence tells a slip: "we missed it by two weeks", "the launch slipped six weeks". */
function sentenceTellsSlip(parsed: ParsedText, index: number): boolean {
  const sentence = parsed.sentences[index];
  return sentence !== undefined && SLIP.test(parsed.lower.slice(sentence.start, sentence.end));
}

/** The first people outcome told as an outcome: in the result or lesson, or in the story's second half. */
function findPeopleOutcome(
  parsed: ParsedText,
  roles: (string | null)[],
  cues: PhraseMatch[],
): PhraseMatch | null {
  const n = parsed.sentences.length;
  return (
    cues.find((c) => {
      const i = sentenceIndexAt(parsed, c.start);
      return roles[i] === 'result' || roles[i] === 'learning' || (n > 1 && i / (n - 1) > 0.5);
    }) ?? null
  );
}

function findBusinessLink(
  parsed: ParsedText,
  roles: (string | null)[],
  metrics: Metric[],
  outcomeMetrics: Metric[],
  cues: PhraseMatch[],
  approach: ApproachReading | null,
): Facts['businessLink'] {
  const money = metrics.find((m) => m.kind === 'money');
  if (money) return money;
  // "shipped SSO and audit logging": a feature's name, not an audit passed.
  cues = cues.filter(
    (c) => c.phrase !== 'audit' || !FEATURE_AFTER.test(parsed.lower.slice(c.end, c.end + 10)),
  );
  // An approach has no result sentence: weighing work by its business effect is the link.
  if (approach) return cues[0] ?? null;
  // The sentences with an outcome figure, found only if a business word is outside the result,
  // lesson and task (most are inside, or there is none).
  let outcomeSentences: Set<number> | undefined;
  return (
    cues.find((c) => {
      const i = sentenceIndexAt(parsed, c.start);
      if (roles[i] === 'result' || roles[i] === 'learning' || roles[i] === 'task') return true;
      outcomeSentences ??= new Set(outcomeMetrics.map((m) => sentenceIndexAt(parsed, m.start)));
      return outcomeSentences.has(i);
    }) ?? null
  );
}

/** Words after "audit" that make it a product feature's name ("audit logs", "audit trail"). */
const FEATURE_AFTER = /^ (?:logs?|logging|trails?)\b/;

/** Verbs that carry no event of their own: "it was…", "things got…", "it stays with you". */
const LIGHT_VERBS = new Set([
  'be',
  'have',
  'do',
  'get',
  'go',
  'seem',
  'feel',
  'stay',
  'happen',
  'become',
  'look',
  'remain',
  'keep',
]);

function hasContentVerb(parsed: ParsedText, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const token = parsed.tokens[t];
    if (token?.pos === 'VERB' && !LIGHT_VERBS.has(token.lemma)) return true;
  }
  return false;
}

function countStoryWords(
  parsed: ParsedText,
  roles: (string | null)[],
  actions: ActionHit[],
  metrics: Metric[],
): number {
  // Said twice is said once: a repeated sentence adds no story.
  return distinctSentenceWords(parsed, (index) => {
    const s = parsed.sentences[index];
    if (!s) return false;
    return (
      roles[index] !== null ||
      actions.some((a) => a.sentence === index) ||
      metrics.some((m) => m.start >= s.start && m.start < s.end) ||
      hasContentVerb(parsed, s.tokenStart, s.tokenEnd)
    );
  });
}
