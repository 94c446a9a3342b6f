/**
 * The "+" of STAR+: beyond the immediate result, how the work scaled or lasted — adopted by
 * other teams, became the standard, set up the next year. It is what separates a great answer
 * from a good one at director level and above.
 */
import { lastSentence } from '../positions';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'star-plus',
    description: 'The answer should show how the result scaled or lasted beyond the immediate win.',
    severity: 'info',
    messages: {
      missingScale:
        'No lasting impact: say how this scaled, who adopted it, or what it made possible afterwards.',
    },
    followUps: {
      missingScale: {
        question: 'What happened after that — did it scale beyond your team or change how things are done?',
        priority: 6,
      },
    },
  },
  check({ facts, parsed, report }) {
    // An approach has no result to scale; asked for one, the answer owes no story.
    if (facts.approach || facts.cues.scaleImpact.length > 0) return;
    const span = lastSentence(parsed);
    report({
      messageId: 'missingScale',
      start: span.start,
      end: span.end,
      points: -4,
      suggestion: 'Add one line on the long-term effect: "The playbook was reused by five teams…".',
    });
  },
});
