/**
 * Asked how they take criticism ("How do you deal with criticism?", "Tell me about negative
 * feedback you received"), the candidate is heard for whether they can hear it: resenting it ("I
 * don't like people criticizing my work", "I take it personally", "the criticism was unfair") is
 * the answer such a question screens for, and "I rarely get criticized" declines the question.
 * Criticism one objects to only when it is not meant to help ("criticism that is not
 * constructive") is a fair line, not resentment.
 */
import {
  ASKS_ABOUT_CRITICISM,
  NEVER_CRITICISED,
  ONLY_UNCONSTRUCTIVE,
  RESISTS_FEEDBACK,
} from '../lexicon/feedback';
import { defineRule, inSentence } from '../rule';

/** Characters read after a resentment for what narrows it to unhelpful criticism. */
const NARROWING_REACH = 90;
/** "Try not to take it personally", "I no longer take it personally": the resentment disowned. */
const DISOWNED_BEFORE =
  /(?:not|never|no longer|n't|stopped|learned not to|learnt not to|try not to) (?:\p{L}+ )?$/u;

export default defineRule({
  meta: {
    id: 'feedback-reception',
    description:
      'Asked how you take criticism, show that you can hear it: no resentment, no "I never get any".',
    severity: 'warning',
    needs: ['question'],
    messages: {
      resistsFeedback:
        '"{{phrase}}" resents criticism: the one thing a question about feedback is asked to find out.',
      neverCriticised:
        '"{{phrase}}" declines the question: everyone gets criticism, and the interviewer wanted to hear how you took some.',
    },
    followUps: {
      resistsFeedback: {
        question: 'Tell me about a piece of criticism that turned out to be right. What did you change?',
        priority: 1,
      },
      neverCriticised: {
        question: 'What is the most useful criticism you have had, and what did you do with it?',
        priority: 1,
      },
    },
  },
  check({ options, parsed, report }) {
    if (options.question === null || !ASKS_ABOUT_CRITICISM.test(options.question.toLowerCase())) return;
    const never = NEVER_CRITICISED.exec(parsed.lower);
    if (never) {
      const at = inSentence(parsed, never);
      report({
        messageId: 'neverCriticised',
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points: -12,
        // The question declined, like "I can't think of a time" (scoring.ts, UNANSWERED).
        severity: 'error',
        suggestion:
          'Name one real piece of criticism, what you did with it, and what changed: "My manager told me my updates were too long; I now lead with the decision."',
      });
      return;
    }
    const resists = RESISTS_FEEDBACK.exec(parsed.lower);
    if (!resists) return;
    const end = resists.index + resists[0].length;
    if (ONLY_UNCONSTRUCTIVE.test(parsed.lower.slice(end, end + NARROWING_REACH))) return;
    if (DISOWNED_BEFORE.test(parsed.lower.slice(Math.max(0, resists.index - 24), resists.index))) return;
    const at = inSentence(parsed, resists);
    report({
      messageId: 'resistsFeedback',
      start: at.start,
      end: at.end,
      data: at.data,
      actual: at.actual,
      points: -12,
      // Resenting criticism is the answer the question screens for, like running down a former
      // boss when asked why one left (scoring.ts, UNANSWERED).
      severity: 'error',
      suggestion:
        'Show how you take it in: you listen, ask for an example, decide what is right in it and act on that — then one time you did.',
    });
  },
});
