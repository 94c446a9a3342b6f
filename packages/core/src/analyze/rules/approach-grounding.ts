/**
 * Approach questions ("How do you prioritise when everything is urgent?", "What is your approach
 * to technical debt?", "How would you scale an org from 20 to 80?", "What's your biggest
 * weakness?") and scenario questions ("What would you do if…") ask how the speaker works, not for
 * a story. What such an answer owes: a method (steps, principles, trade-offs, in the present or
 * the conditional), a real case that shows it was used ("For example, at my last company I…"),
 * and no stock claims in place of either ("I just work hard and communicate"). Runs only when the
 * question asks for an approach or a plan; STAR findings step aside for it.
 */
import { asksAboutWeakness } from '../../framework/questions/question-kind';
import { DISGUISED_STRENGTH } from '../lexicon/weakness';
import { firstSentence, lastSentence, wholeAnswer } from '../positions';
import { defineRule } from '../rule';

/** Sentences of method an approach needs: one sentence is a slogan, not a way of working. */
export const MIN_METHOD_SENTENCES = 2;

/**
 * No method is the question unanswered: more than a story's missing actions (-15), which come
 * with a situation and a result charged on their own; here the method is the whole answer.
 */
export const NO_METHOD_COST = -20;
/**
 * No real case behind a method that is there: a gap an interviewer closes with one question
 * ("can you give me an example?"); published model answers to approach questions often leave it.
 */
export const UNGROUNDED_COST = -6;
/** No real case and no method either: the approach is a bare claim; a story's missing result, less the unsaid figure. */
export const NO_CASE_COST = -10;

export default defineRule({
  meta: {
    id: 'approach-grounding',
    description:
      'Asked how you work, say how (steps, principles, trade-offs) and ground it in one real example.',
    severity: 'warning',
    needs: ['approach'],
    messages: {
      noMethod:
        'The question asks how you work, and the answer never says how: no steps, principles or trade-offs you apply.',
      // Says the method is there, not that it is good: unsafe-practice judges what it says.
      ungrounded:
        'The method is there, but nothing shows you have used it: no real case where you applied it.',
      noCase: 'No real case either: nothing shows where or when you have worked this way.',
      platitude: 'A stock claim ("{{phrase}}") stands in for a method, and no real case backs it up.',
    },
    followUps: {
      noMethod: { question: 'Concretely, what do you do first, and how do you decide?', priority: 1 },
      ungrounded: { question: 'Can you give me a real example where you worked that way?', priority: 2 },
      noCase: { question: 'When did you last face this, and what did you do?', priority: 2 },
      platitude: { question: 'What does that look like in practice? Give me one real case.', priority: 2 },
    },
  },
  check({ facts, options, parsed, report }) {
    const approach = facts.approach;
    // A view ("Why this role?") owes reasons, not a method: view-reasoning judges it.
    if (!approach || options.questionKind === 'view') return;
    // A method told through the real case that used it ("we set up…, I introduced…") is shown.
    // So is one sentence of what one does about a weakness ("I've been working on this by…").
    const noMethod = approach.methodSteps < MIN_METHOD_SENTENCES && !approach.grounding && !approach.remedy;
    if (noMethod) {
      const span = wholeAnswer(parsed);
      report({
        messageId: 'noMethod',
        start: span.start,
        end: span.end,
        points: NO_METHOD_COST,
        severity: 'error',
        suggestion:
          'Give two or three steps you take and the trade-off behind them: "First I…, then I…, because…".',
      });
    }
    if (approach.grounding) return;
    // Asked for a weakness, "I'm a perfectionist" is judged as the dodge it is (disguised-weakness),
    // not said twice as a stock claim.
    const dodge = options.question !== null && asksAboutWeakness(options.question);
    const platitude = approach.platitudes.find(
      (p) => !dodge || !DISGUISED_STRENGTH.test(p.text.toLowerCase()),
    );
    if (platitude) {
      report({
        messageId: 'platitude',
        start: platitude.start,
        end: platitude.end,
        data: { phrase: platitude.text },
        actual: platitude.text,
        points: -8,
        suggestion: 'Replace the claim with what you do and one time you did it, told in the past tense.',
      });
    }
    // A method without its case is one question away from whole; no method and no case is a claim.
    const span = approach.method.length > 0 ? lastSentence(parsed) : firstSentence(parsed);
    report({
      messageId: noMethod ? 'noCase' : 'ungrounded',
      start: span.start,
      end: span.end,
      points: noMethod ? NO_CASE_COST : UNGROUNDED_COST,
      suggestion:
        'Add one real case: "For example, at my last company I… and it…" — where, what you did, what came of it.',
    });
  },
});
