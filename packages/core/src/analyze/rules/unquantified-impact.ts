/**
 * Quantified impact (pitfall 2): "we improved performance significantly" tells the interviewer
 * nothing. A vague intensifier is fine when a number stands next to it; alone, it is a claim
 * without evidence. An answer with no outcome figure at all loses more.
 */

import { CHANGE_WORDS } from '../lexicon/outcome';
import { lastSentence, sentenceIndexAt } from '../positions';
import { defineRule } from '../rule';

/** How many findings for vague words cost points; more are still shown. */
const COSTED = 3;

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
    },
    followUps: {
      vagueIntensifier: {
        question: 'You said "{{word}}" — by how much, and how did you measure it?',
        priority: 0,
      },
      noMetrics: { question: 'By how much did things change, and how did you measure it?', priority: 0 },
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
