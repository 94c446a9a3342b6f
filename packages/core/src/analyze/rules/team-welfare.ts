/**
 * Team welfare: how a leader treats the people doing the work. Overtime imposed as the plan, a
 * person let go on the spot, or fear used as the lever tell an interviewer how the candidate will
 * run their next team, however good the delivery figures. Told as a mistake ("I pushed the team to
 * work weekends, and that was a mistake") or refused ("I never ask people to work weekends"), it
 * is a lesson or a method, and is left alone.
 */

import { askedTopics } from '../../framework/questions/asked-topic';
import { asksAboutFiring } from '../../framework/questions/firing';
import {
  CALLOUS_DISOWNED,
  CALLOUS_FIRING,
  CONDUCT_OWNED_AS_WRONG,
  FEAR_LEVER,
  FORCED_OVERTIME,
  PEOPLE_DIAGNOSIS,
  PEOPLE_SUPPORT,
  PERFORMANCE_CONSEQUENCE,
  SUMMARY_FIRING,
} from '../lexicon/conduct';
import { firstOwnPractice, practiceReport } from '../own-practice';
import { atPhrase, cappedCost, defineRule } from '../rule';

/** The most one answer loses to this rule. */
const CAP = -18;

export default defineRule({
  meta: {
    id: 'team-welfare',
    description:
      'Lead people without burning them out or scaring them: no overtime as the plan, no firing on the spot, no fear as a lever, no consequences before finding out why, no shrug at letting someone go.',
    severity: 'warning',
    messages: {
      forcedOvertime:
        '"{{phrase}}" makes overtime the plan; interviewers hear a leader who spends the team to hit a date.',
      summaryFiring:
        '"{{phrase}}": a person let go on the spot, with no plan or warning told, is a red flag for any people leader.',
      fearLever:
        '"{{phrase}}" uses fear as the lever; interviewers look for leaders people want to work for.',
      noSupport:
        'Asked about an underperformer, the answer goes to "{{phrase}}" with no word of finding out why or of the support given first.',
      callous:
        '"{{phrase}}" waves off what losing a job costs the person; asked about letting people go, interviewers listen for care as well as resolve.',
    },
    followUps: {
      forcedOvertime: {
        question:
          'What did you cut or renegotiate before asking for extra hours, and how did the team recover?',
        priority: 1,
      },
      summaryFiring: {
        question: 'What did you do before letting them go: expectations, support, a plan, HR?',
        priority: 1,
      },
      fearLever: { question: 'How would the people on that team describe working for you?', priority: 1 },
      noSupport: {
        question: 'Before any of that, how would you find out why their work was falling short?',
        priority: 0,
      },
      callous: {
        question: 'How did you handle the conversation itself, and what did you do for the person leaving?',
        priority: 1,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    const cost = cappedCost(CAP);
    const overtime = firstOwnPractice(
      parsed,
      FORCED_OVERTIME,
      CONDUCT_OWNED_AS_WRONG,
      facts.cues.overtimeGate,
    );
    if (overtime) {
      report(
        practiceReport(overtime, {
          messageId: 'forcedOvertime',
          points: cost(-8, -6),
          suggestion:
            'Tell the trade-off you made instead: the scope you cut, the date you renegotiated, the help you borrowed; if the team did stretch, say for how long and how you gave the time back.',
        }),
      );
    }
    const firing = firstOwnPractice(parsed, SUMMARY_FIRING, CONDUCT_OWNED_AS_WRONG, facts.cues.firingGate);
    if (firing) {
      report(
        practiceReport(firing, {
          messageId: 'summaryFiring',
          points: cost(-10, -8),
          suggestion:
            'Tell the process: the expectations you set in writing, the support and time you gave, the plan with HR, and how you let them go with dignity.',
          severity: 'error',
        }),
      );
    }
    const fear = firstOwnPractice(parsed, FEAR_LEVER, CONDUCT_OWNED_AS_WRONG, facts.cues.fearGate);
    if (fear) {
      report(
        practiceReport(fear, {
          messageId: 'fearLever',
          points: cost(-8, -6),
          suggestion:
            'Tell how you set the bar and helped people meet it: clear expectations, feedback in private, recognition in public.',
        }),
      );
    }
    // Asked about letting people go, the cost to the person shrugged off. (Only then: "I don't
    // have a problem with it" means nothing of the kind in most stories.)
    const callous =
      options.question !== null && asksAboutFiring(options.question)
        ? CALLOUS_FIRING.exec(parsed.lower)
        : null;
    if (
      callous &&
      !CALLOUS_DISOWNED.test(parsed.lower.slice(Math.max(0, callous.index - 30), callous.index))
    ) {
      report({
        messageId: 'callous',
        ...atPhrase(parsed, callous),
        points: cost(-10, -8),
        suggestion:
          'Say both halves: that you act when it is needed, and how you do it with care (a fair warning and plan first, the conversation in private, help with the next step).',
      });
    }
    // Asked about an underperformer, consequences with neither a diagnosis nor support before them:
    // the part of the job the question is asked to hear is missing.
    const aboutPerformance =
      options.question !== null && askedTopics(options.question).includes('performance');
    const consequence = aboutPerformance ? PERFORMANCE_CONSEQUENCE.exec(parsed.lower) : null;
    if (consequence && !PEOPLE_DIAGNOSIS.test(parsed.lower) && !PEOPLE_SUPPORT.test(parsed.lower)) {
      report({
        messageId: 'noSupport',
        ...atPhrase(parsed, consequence),
        points: cost(-8, -6),
        suggestion:
          'Start with the diagnosis and the support: what you asked them, what you found, the expectations and check-ins you set; consequences come after that.',
      });
    }
  },
});
