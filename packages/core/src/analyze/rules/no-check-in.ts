/**
 * Reading the room (pitfall 4): past about two and a half minutes, a strong candidate checks in
 * ("Would you like me to go deeper on the migration?") instead of talking on. Long answers
 * without one risk losing a disengaged or confused interviewer.
 */
import { lastSentence } from '../positions';
import { defineRule } from '../rule';

/** Spoken seconds after which an answer should contain a check-in. */
export const CHECK_IN_AFTER_SECONDS = 150;

export default defineRule({
  meta: {
    id: 'no-check-in',
    description: 'In a long answer, check in with the interviewer instead of talking on.',
    severity: 'info',
    messages: {
      noCheckIn:
        'A long answer (about {{minutes}} min) with no check-in: offer to go deeper instead of telling everything.',
    },
  },
  check({ facts, parsed, report }) {
    const seconds = facts.speech.estimatedSeconds;
    if (seconds <= CHECK_IN_AFTER_SECONDS || facts.cues.checkIn.length > 0) return;
    const span = lastSentence(parsed);
    report({
      messageId: 'noCheckIn',
      start: span.start,
      end: span.end,
      data: { minutes: (seconds / 60).toFixed(1) },
      // The longer the monologue, the likelier the interviewer has drifted.
      points: seconds > 300 ? -7 : seconds > 210 ? -5 : -3,
      suggestion: 'Pause after the result: "Would you like me to go deeper on any part of this?"',
    });
  },
});
