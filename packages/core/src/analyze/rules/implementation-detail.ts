/**
 * Over-indexing on implementation (pitfall 1). Leadership interviewers want zoom levels:
 * strategic (why it mattered) → tactical (how it was run) → implementation (the tech). An answer
 * dense with technical vocabulary and no business or strategic framing is stuck at the bottom.
 */
import { wholeAnswer } from '../positions';
import { defineRule } from '../rule';

/** Share of words that are technical terms above which an answer reads as implementation-level. */
const DENSITY = 0.06;
const MIN_TERMS = 6;

export default defineRule({
  meta: {
    id: 'implementation-detail',
    description: 'Zoom out: frame technical work by why it mattered to the business and how you led it.',
    severity: 'warning',
    messages: {
      tooDeep:
        'Mostly implementation detail ({{terms}} technical terms, {{framing}} business or strategic ones): the why and the leadership are missing.',
    },
    followUps: {
      tooDeep: {
        question: 'Why did this matter to the business, and what was your role as the leader?',
        priority: 1,
      },
    },
  },
  check({ facts, parsed, report }) {
    const terms = facts.cues.technical.length;
    const framing =
      facts.cues.business.length +
      facts.cues.principle.length +
      facts.cues.influence.length +
      facts.cues.transformation.length;
    const density = terms / Math.max(1, parsed.words);
    if (terms < MIN_TERMS || density < DENSITY) return;
    // Some framing is enough when the technical share is moderate; heavy detail needs more.
    if (framing >= Math.ceil(terms / 4)) return;
    const first = facts.cues.technical[0];
    const last = facts.cues.technical[facts.cues.technical.length - 1];
    report({
      messageId: 'tooDeep',
      ...(first && last ? { start: first.start, end: last.end } : wholeAnswer(parsed)),
      data: { terms, framing },
      points: -8,
      suggestion:
        'Lead with the business problem and the decision, keep one sentence of tech, then the outcome.',
    });
  },
});
