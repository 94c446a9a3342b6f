/**
 * STAR structure: an interviewer needs the situation, the task, what you did, and what came of
 * it. Missing action or result is an error — without them there is no evidence to score.
 */
import { affirmsExperience } from '../options';
import { firstSentence, lastSentence, wholeAnswer } from '../positions';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'star-structure',
    description: 'The answer should give the situation, your task, the actions you took and the result.',
    severity: 'warning',
    messages: {
      missingSituation:
        'No situation: the listener never learns where and when this happened or what was at stake.',
      missingTask: 'No task: say what you were asked or set out to achieve, and how success was measured.',
      missingAction: 'No actions: the answer never says what was done, step by step.',
      missingResult: 'No result: the story stops before saying how it ended.',
      outOfOrder: 'The story is told out of order ("{{phrase}}"): context, action and result arrive jumbled.',
    },
    followUps: {
      missingResult: {
        question: 'How did it turn out in the end, and how did you measure that?',
        priority: 1,
      },
      missingAction: { question: 'Walk me through what you actually did, step by step.', priority: 1 },
      missingTask: {
        question: 'What exactly were you accountable for here, and what did success look like?',
        priority: 4,
      },
      missingSituation: {
        question: 'Can you set the scene: what was the business context and what was at stake?',
        priority: 5,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    const { parts } = facts.star;
    const backtracks = facts.cues.backtrack;
    const first = backtracks[0];
    if (backtracks.length >= 2 && first) {
      report({
        messageId: 'outOfOrder',
        start: first.start,
        end: first.end,
        data: { phrase: first.text },
        actual: first.text,
        points: -6,
        suggestion:
          'Rehearse the order once: context in two sentences, your task, three actions, the result, the lesson.',
      });
    }
    // Asked for an approach or a plan, no story is owed: approach-grounding judges the method
    // and the example in its place.
    if (facts.approach) return;
    if (!parts.situation.present) {
      const span = firstSentence(parsed);
      report({
        messageId: 'missingSituation',
        start: span.start,
        end: span.end,
        points: -6,
        suggestion:
          'Open with one or two sentences of context: company, team, the problem and why it mattered.',
      });
    }
    if (!parts.task.present) {
      const span = firstSentence(parsed);
      report({
        messageId: 'missingTask',
        start: span.start,
        end: span.end,
        // The task is often implied by the situation; interviewers mind its absence least.
        points: -2,
        severity: 'info',
        suggestion: 'Add a line like "My job was to… and success meant…".',
      });
    }
    // "Have you ever fired someone?" "Yes, I have.": the deed is told, in the question's words.
    if (!parts.action.present && !affirmsExperience(options, parsed.lower)) {
      const span = wholeAnswer(parsed);
      report({
        messageId: 'missingAction',
        start: span.start,
        end: span.end,
        points: -15,
        severity: 'error',
        suggestion:
          'Give the two or three steps you took, in the past tense, with "I" for your own decisions.',
      });
    }
    if (!parts.result.present) {
      const span = lastSentence(parsed);
      report({
        messageId: 'missingResult',
        start: span.start,
        end: span.end,
        points: -14,
        severity: 'error',
        suggestion: 'Close with the outcome in numbers: what changed, by how much, by when.',
      });
    }
  },
});
