/**
 * Asked where they are headed ("Where do you see yourself in five years?", "What are your
 * long-term career goals?"), the interviewer listens for a direction that this job serves. No
 * goal at all ("I hadn't really thought about it") declines the question; a goal that leads
 * away from the job ("have my own consulting business", "go back to school") says the candidate
 * is passing through.
 */
import { ASKS_ABOUT_GOALS, GOAL_ELSEWHERE, NO_GOAL } from '../lexicon/goals';
import { defineRule, inSentence } from '../rule';

export default defineRule({
  meta: {
    id: 'career-goals',
    description:
      'Asked where you are headed, name a direction this role serves, not none and not one away from it.',
    severity: 'warning',
    needs: ['question'],
    messages: {
      noGoal:
        '"{{phrase}}" gives no direction: the question asks where you are headed, and the answer says nowhere.',
      goalElsewhere:
        '"{{phrase}}" is a goal that leads away from this job: the interviewer hears someone passing through.',
    },
    followUps: {
      noGoal: { question: 'What would you like to be doing more of in two years, and why?', priority: 1 },
      goalElsewhere: { question: 'How does this role fit into where you want to go?', priority: 1 },
    },
  },
  check({ options, parsed, report }) {
    if (options.question === null || !ASKS_ABOUT_GOALS.test(options.question.toLowerCase())) return;
    const none = NO_GOAL.exec(parsed.lower);
    if (none) {
      const at = inSentence(parsed, none);
      report({
        messageId: 'noGoal',
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points: -12,
        // The question declined, like "I can't think of a time" (scoring.ts, UNANSWERED).
        severity: 'error',
        suggestion:
          'Name a direction and how this role builds it: "In five years I want to lead a platform group; this role gives me the scale to learn that."',
      });
      return;
    }
    const elsewhere = GOAL_ELSEWHERE.exec(parsed.lower);
    if (elsewhere) {
      const at = inSentence(parsed, elsewhere);
      report({
        messageId: 'goalElsewhere',
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points: -10,
        suggestion:
          'Tie the goal to the path this job opens: the skills, scope or kind of work you want to grow into here.',
      });
    }
  },
});
