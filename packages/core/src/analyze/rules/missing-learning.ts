/**
 * Learning: interviewers for senior roles look for the lesson and where it was applied since.
 * An answer with no reflection reads as a candidate who does not grow from experience.
 */
import { lastSentence } from '../positions';
import { defineRule } from '../rule';

/** What a story without its lesson loses; a failure or setback question asks for it outright. */
const COST = -6;
const SETBACK_COST = -10;

export default defineRule({
  meta: {
    id: 'missing-learning',
    description:
      'The answer should say what you learned or would do differently, and where you applied it since.',
    severity: 'warning',
    messages: {
      missingLearning: 'No learning: the answer never says what you took away or would do differently.',
    },
    followUps: {
      missingLearning: {
        question: 'Looking back, what would you do differently, and have you applied that since?',
        priority: 2,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    // Asked for an approach or a plan, no story is owed, nor its lesson.
    if (facts.approach || facts.star.parts.learning.present) return;
    const span = lastSentence(parsed);
    report({
      messageId: 'missingLearning',
      start: span.start,
      end: span.end,
      // A failure told without its lesson misses the point of the question; a success without
      // one misses the "+" that lifts a good answer, a smaller gap.
      points: options.asksAboutSetback ? SETBACK_COST : COST,
      suggestion: 'End with one sentence of reflection: "What I took from this… and I have since…".',
    });
  },
});
