/**
 * "Do you have any questions for us?" is part of the interview: the candidate's questions show
 * what they care about and how much they have thought about the job. "No, I think you've covered
 * everything" declines it; questions only about pay, time off or perks say what the candidate is
 * here for.
 */
import { asksForQuestions } from '../../framework/questions/question-kind';
import { ABOUT_THE_WORK, ASKED_IN_WORDS, SELF_SERVING_ASK } from '../lexicon/candidate-questions';
import { wholeAnswer } from '../positions';
import { defineRule, inSentence } from '../rule';

export default defineRule({
  meta: {
    id: 'candidate-questions',
    description:
      'Asked whether you have questions, ask two or three about the work, the team and what success looks like.',
    severity: 'warning',
    needs: ['question'],
    messages: {
      noQuestions:
        'The interviewer invited your questions and the answer asks none: it reads as little interest in the job.',
      selfServing:
        '"{{phrase}}" is a question about what you get, with none about the work: it says what you are here for.',
    },
    followUps: {
      noQuestions: { question: 'What would you want to know before accepting an offer here?', priority: 1 },
      selfServing: { question: 'And about the work itself, what would you like to know?', priority: 1 },
    },
  },
  check({ options, parsed, report }) {
    if (options.question === null || !asksForQuestions(options.question)) return;
    const asks = parsed.text.includes('?') || ASKED_IN_WORDS.test(parsed.lower);
    if (!asks) {
      const span = wholeAnswer(parsed);
      report({
        messageId: 'noQuestions',
        start: span.start,
        end: span.end,
        points: -14,
        // The question declined (scoring.ts, UNANSWERED).
        severity: 'error',
        suggestion:
          'Bring two or three: "What would success look like in the first six months?", "What is the hardest problem the team has right now?"',
      });
      return;
    }
    const selfServing = SELF_SERVING_ASK.exec(parsed.lower);
    if (selfServing && !ABOUT_THE_WORK.test(parsed.lower)) {
      const at = inSentence(parsed, selfServing);
      report({
        messageId: 'selfServing',
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points: -10,
        suggestion:
          'Lead with the work: the team, its hardest problem, how success is measured. Terms can wait for the offer stage.',
      });
    }
  },
});
