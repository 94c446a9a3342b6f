/**
 * Underlying principle: the strongest answers name the belief behind the choices ("I believe
 * the people closest to the problem should own the fix") or the company principle they show.
 * It turns one anecdote into evidence of judgement that transfers to the new role.
 */
import { firstSentence } from '../positions';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'missing-principle',
    description:
      'Name the principle or trade-off behind your decisions, so the story shows judgement, not luck.',
    severity: 'info',
    messages: {
      missingPrinciple:
        'No underlying principle: the answer never says why you chose this path or what value guided it.',
    },
    followUps: {
      missingPrinciple: {
        question: 'Why did you choose that approach over the alternatives — what principle guided you?',
        priority: 3,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    // A view is read for its reasons by view-reasoning (noReason): asking again here would charge
    // the same gap twice.
    if (options.questionKind === 'view') return;
    // Incidental cue words are not enough: the answer has to state the why or name the principle.
    if (facts.cues.principle.length > 0 || facts.namedPrinciples.length > 0) return;
    const span = firstSentence(parsed);
    report({
      messageId: 'missingPrinciple',
      start: span.start,
      end: span.end,
      points: -4,
      suggestion:
        'Name it once, early or at the end: "Guided by ownership, I…" or "The trade-off I weighed was…".',
    });
  },
});
