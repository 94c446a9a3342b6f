/**
 * Quantified impact (pitfall 2): "we improved performance significantly" tells the interviewer
 * nothing. A vague intensifier is fine when a number stands next to it; alone, it is a claim
 * without evidence. An answer with no outcome figure at all loses more.
 */

import { CHANGE_WORDS } from '../lexicon/outcome';
import { BUZZWORDS } from '../lexicon/pitfalls';
import { lastSentence, sentenceIndexAt } from '../positions';
import { defineRule } from '../rule';

/** How many findings for vague words cost points; more are still shown. */
const COSTED = 3;

/** Distinct buzzwords that make an answer of claims (with no outcome figure behind them). */
const BUZZ_MIN = 3;

/** The distinct buzzwords of an answer, in text order (the first of each). */
function buzzwords(lower: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const seen = new Set<string>();
  BUZZWORDS.lastIndex = 0;
  for (let m = BUZZWORDS.exec(lower); m !== null; m = BUZZWORDS.exec(lower)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    found.push(m);
  }
  return found;
}

/**
 * What a result with no figure at all costs. Less than a red flag: interviewers ask "by how
 * much?" and move on, while blame, a hero story or no part of one's own decide a debrief.
 */
const NO_METRICS_COST = -8;

export default defineRule({
  meta: {
    id: 'unquantified-impact',
    description:
      'Impact should be measured: no vague intensifiers without a figure, and at least one outcome metric.',
    severity: 'warning',
    messages: {
      vagueIntensifier: '"{{word}}" claims impact with no figure next to it.',
      noMetrics: 'No outcome figure anywhere: the result is not quantified.',
      noMetricsPeopleOutcome:
        'No figure anywhere, though the result says what became of the people ("{{outcome}}"): add when and how much.',
      buzzwords:
        '{{count}} buzzwords ("{{phrase}}"…) and no figure behind them: the answer claims, it does not show.',
    },
    followUps: {
      vagueIntensifier: {
        question: 'You said "{{word}}" — by how much, and how did you measure it?',
        priority: 0,
      },
      noMetrics: { question: 'By how much did things change, and how did you measure it?', priority: 0 },
      buzzwords: {
        question: 'What did that look like day to day: one decision you made and what changed because of it?',
        priority: 1,
      },
      noMetricsPeopleOutcome: {
        question: 'How long did that take, and what did it change for the team around them?',
        priority: 1,
      },
    },
  },
  check({ facts, parsed, report }) {
    let costed = 0;
    for (const m of facts.cues.vague) {
      const here = sentenceIndexAt(parsed, m.start);
      const sentence = parsed.sentences[here];
      // Context is not a claim: "we had a lot of legacy code" sets the scene, it claims no impact.
      // A change word makes it one again: "we improved performance significantly".
      const claimsChange = sentence
        ? CHANGE_WORDS.test(parsed.lower.slice(sentence.start, sentence.end))
        : false;
      if (facts.star.roles[here] === 'situation' && !claimsChange) continue;
      const near = parsed.sentences.slice(Math.max(0, here - 1), here + 2);
      const measured = facts.outcomeMetrics.some((x) =>
        near.some((s) => x.start >= s.start && x.start < s.end),
      );
      if (measured) continue;
      report({
        messageId: 'vagueIntensifier',
        start: m.start,
        end: m.end,
        data: { word: m.text },
        actual: m.text,
        points: costed < COSTED ? -3 : 0,
        suggestion: 'Replace it with the number: "reduced p99 latency by 47% (200ms → 106ms)".',
      });
      costed++;
    }
    // Several buzzwords with no outcome figure: claims standing in for the story's facts.
    const buzz = facts.outcomeMetrics.length === 0 ? buzzwords(parsed.lower) : [];
    const firstBuzz = buzz[0];
    if (buzz.length >= BUZZ_MIN && firstBuzz) {
      const end = firstBuzz.index + firstBuzz[0].length;
      const phrase = parsed.text.slice(firstBuzz.index, end);
      report({
        messageId: 'buzzwords',
        start: firstBuzz.index,
        end,
        data: { count: buzz.length, phrase },
        actual: phrase,
        // Five or more: the whole answer is made of them.
        points: buzz.length >= 5 ? -10 : -6,
        suggestion:
          'Swap each claim for the fact behind it: instead of "a culture of excellence", the practice you started and what it changed, with a number.',
      });
    }
    // An approach claims no outcome of its own; whether a real case backs it is approach-grounding's.
    if (facts.outcomeMetrics.length === 0 && !facts.approach) {
      const result = facts.star.parts.result;
      const where =
        result.present && result.start !== undefined && result.end !== undefined
          ? { start: result.start, end: result.end }
          : lastSentence(parsed);
      // A people story that ends in what became of the people ("she went on to lead our biggest
      // project") has concrete evidence; interviewers still ask for the when and how much.
      const people = facts.peopleOutcome;
      if (people) {
        report({
          messageId: 'noMetricsPeopleOutcome',
          start: people.start,
          end: people.end,
          data: { outcome: people.text },
          actual: people.text,
          points: -5,
          suggestion: 'Anchor it: "promoted within 9 months; the 2 transfer requests were withdrawn".',
        });
        return;
      }
      report({
        messageId: 'noMetrics',
        start: where.start,
        end: where.end,
        points: NO_METRICS_COST,
        suggestion:
          'Give at least one before→after figure: a percentage, money, time saved, users or people affected.',
      });
    }
  },
});
