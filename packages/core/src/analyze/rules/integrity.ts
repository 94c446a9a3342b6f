/**
 * Integrity: what the speaker told the people who depended on them. A promise made knowing it
 * could not be kept, what someone wanted to hear in place of the truth, a problem hidden or numbers
 * bent: any one is a red flag an interviewer will not score past, however the story ends. Told as
 * a mistake ("I didn't tell my manager about the bug, and I regret it") it is the lesson.
 */
import { CONCEALED, CONDUCT_OWNED_AS_WRONG, KNOWINGLY_MISLED } from '../lexicon/conduct';
import { firstOwnPractice, practiceReport } from '../own-practice';
import { cappedCost, defineRule } from '../rule';

/** The most one answer loses to this rule. */
const CAP = -20;

export default defineRule({
  meta: {
    id: 'integrity',
    description:
      'Tell the people who depend on you the truth: no promises you knew you could not keep, nothing hidden, no numbers bent.',
    severity: 'error',
    messages: {
      misled:
        '"{{phrase}}": a commitment made knowing it could not be kept; interviewers hear someone whose dates cannot be trusted.',
      concealed:
        '"{{phrase}}": a problem kept from the people who needed to know; interviewers stop trusting the rest of the story.',
    },
    followUps: {
      misled: {
        question:
          'What did the client or your manager say when the date slipped, and what would you tell them today?',
        priority: 0,
      },
      concealed: {
        question: 'Who should have known about it, and when would you tell them now?',
        priority: 0,
      },
    },
  },
  check({ facts, parsed, report }) {
    const cost = cappedCost(CAP);
    const misled = firstOwnPractice(parsed, KNOWINGLY_MISLED, CONDUCT_OWNED_AS_WRONG, facts.cues.misleadGate);
    if (misled) {
      report(
        practiceReport(misled, {
          messageId: 'misled',
          points: cost(-12, -10),
          suggestion:
            'Tell how you reset expectations with the facts: "I told the client six weeks was our honest estimate and offered two options for the first two weeks."',
        }),
      );
    }
    const concealed = firstOwnPractice(parsed, CONCEALED, CONDUCT_OWNED_AS_WRONG, facts.cues.concealGate);
    if (concealed) {
      report(
        practiceReport(concealed, {
          messageId: 'concealed',
          points: cost(-12, -10),
          suggestion:
            'Tell how you raised it early: who you told, when, and what you proposed to do about it.',
        }),
      );
    }
  },
});
