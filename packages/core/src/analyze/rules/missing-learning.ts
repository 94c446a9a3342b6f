/**
 * Learning: interviewers for senior roles look for the lesson and where it was applied since.
 * An answer with no reflection reads as a candidate who does not grow from experience.
 */
import { GENERIC_LESSON, SPECIFIC_LESSON } from '../lexicon/learning';
import { lastSentence } from '../positions';
import { defineRule } from '../rule';

/** What a story without its lesson loses; a failure or setback question asks for it outright. */
const COST = -6;
const SETBACK_COST = -10;
/** A lesson that is only a platitude is half a lesson: the part is there, its content is not. */
const GENERIC_COST = -4;

export default defineRule({
  meta: {
    id: 'missing-learning',
    description:
      'The answer should say what you learned or would do differently, and where you applied it since.',
    severity: 'warning',
    messages: {
      missingLearning: 'No learning: the answer never says what you took away or would do differently.',
      genericLearning:
        'The lesson ("{{phrase}}") is one anyone could draw from any story: say what you do differently now.',
    },
    followUps: {
      missingLearning: {
        question: 'Looking back, what would you do differently, and have you applied that since?',
        priority: 2,
      },
      genericLearning: {
        question: 'What specifically do you do differently now because of this?',
        priority: 3,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    // Asked for an approach or a plan, no story is owed, nor its lesson.
    if (facts.approach) return;
    const { learning } = facts.star.parts;
    if (learning.present) {
      // Read in the sentences placed as the lesson only: the part's span runs from the first to
      // the last of them and can hold most of a long answer.
      let generic: { start: number; end: number } | null = null;
      let specific = false;
      for (const s of parsed.sentences) {
        if (facts.star.roles[s.index] !== 'learning') continue;
        const lesson = parsed.lower.slice(s.start, s.end);
        if (SPECIFIC_LESSON.test(lesson)) specific = true;
        const m: RegExpExecArray | null = generic === null ? GENERIC_LESSON.exec(lesson) : null;
        if (m) generic = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      }
      if (generic && !specific) {
        const phrase = parsed.text.slice(generic.start, generic.end);
        report({
          messageId: 'genericLearning',
          start: generic.start,
          end: generic.end,
          data: { phrase },
          actual: phrase,
          points: GENERIC_COST,
          suggestion:
            'Name the lesson in your own terms and where you used it since: "Now I agree the decision owner in the kickoff, and I did it on the next two launches."',
        });
      }
      return;
    }
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
