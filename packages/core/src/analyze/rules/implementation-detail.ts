/**
 * Over-indexing on implementation (pitfall 1). Leadership interviewers want zoom levels:
 * strategic (why it mattered) → tactical (how it was run) → implementation (the tech). When most
 * of the answer is told at implementation level, the why and the leadership are crowded out.
 */
import type { InterviewTypeId } from '../../framework/ids';
import { TECHNICAL_ASK } from '../lexicon/technical';
import { wholeAnswer } from '../positions';
import { defineRule } from '../rule';

/**
 * Share of words at implementation level that is too much whatever the framing, and the lower
 * share that is too much when the result never reaches the business. Technical rounds expect
 * more depth, so their limits are higher.
 */
const LIMITS: Record<InterviewTypeId, { framed: number; unframed: number }> = {
  behavioral: { framed: 0.45, unframed: 0.35 },
  'culture-values': { framed: 0.45, unframed: 0.35 },
  'technical-leadership': { framed: 0.55, unframed: 0.45 },
  'system-org-design': { framed: 0.55, unframed: 0.45 },
};

export default defineRule({
  meta: {
    id: 'implementation-detail',
    description: 'Zoom out: frame technical work by why it mattered to the business and how you led it.',
    severity: 'warning',
    messages: {
      tooDeep:
        '{{percent}}% of the answer is implementation detail: the why, the decisions and the leadership are crowded out.',
    },
    followUps: {
      tooDeep: {
        question: 'Why did this matter to the business, and what was your role as the leader?',
        priority: 1,
      },
    },
  },
  check({ facts, parsed, options, report }) {
    const { share, sentences } = facts.zoom;
    // A question that asks for technical depth itself ("How do you optimise database queries?",
    // "the hardest bug you've debugged") is answered at implementation level: depth is the answer.
    if (options.question !== null && TECHNICAL_ASK.test(options.question.toLowerCase())) return;
    const limit = LIMITS[options.type];
    if (sentences.length < 3) return;
    if (share < limit.framed && (share < limit.unframed || facts.businessLink)) return;
    const first = parsed.sentences[sentences[0] ?? -1];
    const last = parsed.sentences[sentences[sentences.length - 1] ?? -1];
    const span = first && last ? { start: first.start, end: last.end } : wholeAnswer(parsed);
    report({
      messageId: 'tooDeep',
      start: span.start,
      end: span.end,
      data: { percent: Math.round(share * 100) },
      points: share >= 0.7 ? -10 : -8,
      suggestion:
        'Zoom out: open with the business problem and your decision, keep one or two sentences of tech, then the outcome.',
    });
  },
});
