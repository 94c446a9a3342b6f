/**
 * Length and time: a spoken behavioral answer should land in about two to three minutes
 * (STAR+ 2-minute script; under 90 seconds is a red flag, rambling past three loses the room).
 * Time comes from the real duration when recorded, else from words at a conversational pace.
 */
import type { InterviewTypeId } from '../../framework/ids';
import { lastSentence, wholeAnswer } from '../positions';
import { defineRule } from '../rule';

/** Target seconds for one answer, by interview type. Design answers legitimately run longer. */
export const TIME_BANDS: Readonly<Record<InterviewTypeId, { min: number; max: number }>> = {
  behavioral: { min: 90, max: 180 },
  'culture-values': { min: 90, max: 180 },
  'technical-leadership': { min: 90, max: 240 },
  'system-org-design': { min: 120, max: 420 },
};

const minutes = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

export default defineRule({
  meta: {
    id: 'answer-length',
    description:
      'Keep a spoken answer within the time band for its interview type (about 2–3 minutes for a story).',
    severity: 'warning',
    messages: {
      tooShort: 'About {{time}} when spoken: under {{min}}, too short to show situation, actions and result.',
      tooLong: 'About {{time}} when spoken: past {{max}}, the interviewer loses the thread.',
    },
    followUps: {
      tooShort: { question: 'Can you go deeper on what you did and what came of it?', priority: 4 },
    },
  },
  check({ facts, parsed, options, report }) {
    const band = TIME_BANDS[options.type];
    const seconds = facts.speech.estimatedSeconds;
    const data = { time: minutes(seconds), min: minutes(band.min), max: minutes(band.max) };
    if (seconds < band.min) {
      report({
        messageId: 'tooShort',
        ...wholeAnswer(parsed),
        data,
        points: seconds < band.min / 2 ? -10 : -4,
        suggestion:
          'Aim for the 2-minute script: context 20 s, task 10 s, actions 60 s, result 20 s, learning 10 s.',
      });
    } else if (seconds > band.max) {
      const over = seconds - band.max;
      report({
        messageId: 'tooLong',
        ...lastSentence(parsed),
        data,
        points: -Math.min(15, 3 + 2 * Math.floor(over / 30)),
        suggestion:
          'Cut context to two sentences and actions to three steps; offer to go deeper instead of telling all.',
      });
    }
  },
});
