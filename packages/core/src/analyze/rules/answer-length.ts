/**
 * Length and time: a spoken behavioral answer should land in about two to three minutes
 * (STAR+ 2-minute script; under 90 seconds is a red flag, rambling past three loses the room).
 * Time comes from the real duration when recorded, else from words at a conversational pace.
 */
import type { InterviewTypeId } from '../../framework/ids';
import { asksForQuestions } from '../../framework/questions/question-kind';
import { CONVERSATIONAL_WPM } from '../detect/speech';
import type { Facts } from '../facts';
import { distinctSentenceWords, lastSentence, wholeAnswer } from '../positions';
import { defineRule } from '../rule';
import type { ParsedText, Sentence } from '../text';
import type { ResolvedOptions } from '../types';

/** Target seconds for one answer, by interview type. Design answers legitimately run longer. */
export const TIME_BANDS: Readonly<Record<InterviewTypeId, { min: number; max: number }>> = {
  behavioral: { min: 90, max: 180 },
  'culture-values': { min: 90, max: 180 },
  'technical-leadership': { min: 90, max: 240 },
  'system-org-design': { min: 120, max: 420 },
};

/**
 * The shortest an answer to an approach or scenario question should run: the principle, two or
 * three steps and one real case fit in about a minute; a story's context and result are not owed.
 */
export const APPROACH_MIN_SECONDS = 60;

/** The behavioral scorecard's delivery rule: setup in 30 seconds or less (some slack allowed). */
const SETUP_SECONDS = 40;
/** Setup is only a problem when it is a large share of the answer. */
const SETUP_SHARE = 0.35;

/** Words before the first action or result; 0 when the answer never gets to one (other rules cover that). */
function wordsBeforeFirstAction(facts: Facts, parsed: ParsedText): number {
  // The earliest sentence with an action, or placed as action or result (no arrays built: hot path).
  let firstAction = parsed.sentences.length;
  for (const a of facts.actions) firstAction = Math.min(firstAction, a.sentence);
  for (const s of facts.approach?.method ?? []) firstAction = Math.min(firstAction, s);
  const { roles } = facts.star;
  for (let i = 0; i < roles.length && i < firstAction; i++) {
    if (roles[i] === 'action' || roles[i] === 'result') firstAction = i;
  }
  if (firstAction >= parsed.sentences.length) return 0;
  let words = 0;
  for (let i = 0; i < firstAction; i++) {
    const s = parsed.sentences[i] as Sentence;
    words += s.tokenEnd - s.tokenStart;
  }
  return Math.round(words * (parsed.words / Math.max(1, parsed.tokens.length)));
}

/**
 * Seconds of the sentences with a deed or a figure (for an approach, its carrying sentences): what
 * the cost of a very short answer is graded on. Story words can grow with a content-free sentence
 * that takes over a STAR part ("It was an interesting period." read as the result); these cannot.
 */
function substanceSeconds(facts: Facts, parsed: ParsedText): number {
  if (facts.approach) return (facts.approach.words / CONVERSATIONAL_WPM) * 60;
  const words = distinctSentenceWords(parsed, (index) => {
    const s = parsed.sentences[index];
    return (
      s !== undefined &&
      (facts.actions.some((a) => a.sentence === index) ||
        facts.metrics.some((m) => m.start >= s.start && m.start < s.end))
    );
  });
  return (words / CONVERSATIONAL_WPM) * 60;
}

/** What a too-short answer has no room for, by what the question asks (the message's wording). */
function owedBy(kind: ResolvedOptions['questionKind']): { what: string; owed: string } {
  if (kind === 'view') return { what: 'answer', owed: 'your reasons and the experience behind them' };
  if (kind === 'approach' || kind === 'scenario')
    return { what: 'answer', owed: 'your method and a real case where you used it' };
  return { what: 'story', owed: 'situation, actions and result' };
}

const SHORT_ADVICE = {
  story: 'Aim for the 2-minute script: context 20 s, task 10 s, actions 60 s, result 20 s, learning 10 s.',
  approach:
    'Aim for about a minute: the principle, two or three steps you take and why, then one real case where you used them.',
  view: 'Aim for about a minute: your answer in one line, the reason behind it, and the moment from your work it comes from.',
} as const;

const minutes = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/** Asides in one answer that make it a rambling telling rather than a slip or two. */
const RAMBLING_ASIDES = 4;

export default defineRule({
  meta: {
    id: 'answer-length',
    description:
      'Keep a spoken answer within the time band for its interview type (about 2–3 minutes for a story).',
    severity: 'warning',
    messages: {
      tooShort: 'About {{time}} of {{what}} when spoken: under {{min}}, too short to show {{owed}}.',
      tooLong: 'About {{time}} when spoken: past {{max}}, the interviewer loses the thread.',
      digressions: 'Digressions ("{{phrase}}"…) postpone the story: {{count}} asides in one answer.',
      longSetup:
        'About {{setup}} of setup before the first thing you did ({{percent}}% of the answer): get to your actions sooner.',
    },
    followUps: {
      tooShort: { question: 'Can you go deeper on what you did and what came of it?', priority: 4 },
      longSetup: { question: 'Skipping ahead — what did you actually do?', priority: 5 },
    },
  },
  check({ facts, parsed, options, report }) {
    const band = facts.approach
      ? { ...TIME_BANDS[options.type], min: APPROACH_MIN_SECONDS }
      : TIME_BANDS[options.type];
    const seconds = facts.speech.estimatedSeconds;
    // Short is judged on the story told, not on words: repeating or padding cannot fix it.
    // For an approach, only the sentences that carry it count (method, case, figure, reason).
    const contentWords = facts.approach ? facts.approach.words : facts.storyWords;
    const storySeconds = options.durationSeconds ?? Math.round((contentWords / CONVERSATIONAL_WPM) * 60);
    // The candidate's own questions are not an answer to time: two good ones take ten seconds.
    const ownQuestions = options.question !== null && asksForQuestions(options.question);
    if (storySeconds < band.min && !ownQuestions) {
      // A short answer that still has actions, a measured result and its situation is a
      // crisp answer an interviewer will probe; a short one missing them is thin.
      const { parts } = facts.star;
      // For an approach: a method of two or more steps and a real case behind it.
      const complete = facts.approach
        ? facts.approach.grounding !== null
        : parts.situation.present && parts.action.present && parts.result.present;
      // Three tiers: under a quarter of the floor the cost grows as the answer shrinks to nothing
      // (one line is not an answer): from -10 to -20 for a partial one, from -6 to -18 for a whole
      // one, so a whole story a few words under the quarter costs little more than one just over it
      // does (the cost was -10 at once, a cliff of six points between 57 and 60 words); under
      // half, a whole story is a crisp one the interviewer will probe (-4), a partial one is thin
      // (-10); under the floor, a whole story is nearly there (-1), a partial one short (-4).
      const quarter = band.min / 4;
      const shrunk = 1 - Math.min(storySeconds, substanceSeconds(facts, parsed)) / quarter;
      const points =
        storySeconds < quarter
          ? complete
            ? -6 - Math.round(12 * shrunk)
            : -10 - Math.round(10 * shrunk)
          : storySeconds < band.min / 2
            ? complete
              ? -4
              : -10
            : complete
              ? -1
              : -4;
      const { start, end } = wholeAnswer(parsed);
      const { what, owed } = owedBy(options.questionKind);
      // Written out, not spread: spreading into the message data after other keys went through
      // the runtime (~5 µs a call in a profile of analyze() on a 150-word answer, the usual
      // length of a too-short one; the rule cost more there than on a 600-word answer).
      report({
        messageId: 'tooShort',
        start,
        end,
        // Nothing that carries the answer ("0:00 of story") reads as a glitch: say how long it ran.
        data: {
          time: minutes(storySeconds > 0 ? storySeconds : seconds),
          min: minutes(band.min),
          max: minutes(band.max),
          what,
          owed,
        },
        points,
        severity: points === -1 ? 'info' : undefined,
        suggestion:
          SHORT_ADVICE[options.questionKind === 'view' ? 'view' : facts.approach ? 'approach' : 'story'],
      });
    }
    const setupWords = wordsBeforeFirstAction(facts, parsed);
    const setupSeconds = Math.round((setupWords / CONVERSATIONAL_WPM) * 60);
    if (setupSeconds > SETUP_SECONDS && setupWords / Math.max(1, parsed.words) > SETUP_SHARE) {
      const first = parsed.sentences[0];
      report({
        messageId: 'longSetup',
        start: first?.start ?? 0,
        end: first?.end ?? 0,
        data: {
          setup: minutes(setupSeconds),
          percent: Math.round((setupWords / Math.max(1, parsed.words)) * 100),
        },
        points: -5,
        suggestion: 'Keep the setup to about 30 seconds: where, what was at stake, what you owned. Then act.',
      });
    }
    const asides = facts.cues.digression;
    const firstAside = asides[0];
    if (asides.length >= 2 && firstAside) {
      report({
        messageId: 'digressions',
        start: firstAside.start,
        end: firstAside.end,
        data: { phrase: firstAside.text, count: asides.length },
        actual: firstAside.text,
        // Four or more asides are a rambling telling, not a slip: the story is buried in them.
        points: asides.length >= RAMBLING_ASIDES ? -9 : -5,
        suggestion:
          'Cut the asides; keep only the context the result depends on, and offer the rest if asked.',
      });
    }
    if (seconds > band.max) {
      const over = seconds - band.max;
      const span = lastSentence(parsed);
      report({
        messageId: 'tooLong',
        start: span.start,
        end: span.end,
        // The times are written only for a finding that shows them (most answers have none).
        data: { time: minutes(seconds), min: minutes(band.min), max: minutes(band.max) },
        points: -Math.min(15, 3 + 2 * Math.floor(over / 30)),
        suggestion:
          'Cut context to two sentences and actions to three steps; offer to go deeper instead of telling all.',
      });
    }
  },
});
