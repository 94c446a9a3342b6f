/**
 * Views: "Why do you want this role?", "Do you prefer…?", "What didn't you like about your last
 * job?", "Tell me about yourself". No story and no method is owed, but a view an interviewer can
 * weigh has its reasons ("because…", "it depends on…") and comes from somewhere: one thing the
 * speaker has done or seen. A bare claim ("I just like challenges") tells them nothing. Private
 * life offered as the answer (a divorce, an engagement, a break-up) is what every guide tells
 * candidates to leave out. So is a stock claim ("I'm a hard worker, a team player") with nothing
 * done to show it.
 */
import {
  asksAboutYourself,
  asksForQuestions,
  asksWhy,
  asksWhyJoin,
  asksWhyLeave,
} from '../../framework/questions/question-kind';
import { asksAboutFormerWork } from '../../framework/questions/setback';
import { CHANGE_WORDS } from '../lexicon/outcome';
import {
  CLAIMED_ACHIEVEMENT,
  FORWARD_MOTIVE,
  LEFT_ON_DISLIKE,
  MOVES_NOT_ACHIEVEMENTS,
  PRIVATE_LIFE,
  SELF_SERVING_MOTIVE,
} from '../lexicon/view';
import { firstSentence, lastSentence, wholeAnswer } from '../positions';
import { defineRule, inSentence } from '../rule';

/**
 * Not growth brought about: an upbringing ("grew up in Ohio", "born and raised", "raised by my
 * aunt"), or growth wished for ("a company that offers growth opportunities", "room to grow").
 */
const UPBRINGING =
  /(?<![\p{L}])(?:(?:grew|grow|growing|grown) up|(?:born and )?raised (?:in|on|by|outside|near|between|abroad)|born and raised|growth opportunit(?:y|ies)|opportunit(?:y|ies) (?:for|to) grow(?:th)?|room (?:for|to) grow(?:th)?|(?:want|hope|looking|eager|keen) to grow)(?![\p{L}])/gu;

/** The deed an action names: for "I used to play football", the verb after "used to". */
function habitVerb(lower: string, action: { verb: string; end: number }): string {
  if (action.verb !== 'use' || !lower.startsWith(' to ', action.end)) return action.verb;
  const next = /^\p{L}+/u.exec(lower.slice(action.end + 4, action.end + 24));
  return next ? next[0] : action.verb;
}

export default defineRule({
  meta: {
    id: 'view-reasoning',
    description: 'Asked for your view or motive, give the reason behind it and the experience it comes from.',
    severity: 'warning',
    needs: ['approach'],
    messages: {
      noReason:
        'The question asks for your view, and the answer never says why: no reason, condition or trade-off behind it.',
      noExperience: 'Nothing you have done or seen backs the view: one real moment would make it yours.',
      privateLife:
        '"{{phrase}}" is private life (relationships, marriage, a break-up): interviewers want your working story, and some may not lawfully weigh it.',
      selfServing:
        '"{{phrase}}" gives a reason any job would satisfy, or shows you know little about them: say what draws you to this company and role.',
      platitude:
        '"{{phrase}}" is a claim every candidate makes and no interviewer can check: show it with something you did.',
      dislikeOnly:
        '"{{phrase}}" is all the answer says about leaving: with nothing you are moving toward, it sounds like you would leave this job the same way.',
      noHighlight:
        'Who you are, with nothing you achieved in it: a list of roles or interests tells the interviewer where you were, not what you can do.',
    },
    followUps: {
      noReason: { question: 'Why is that? What makes it matter to you?', priority: 1 },
      noExperience: {
        question: 'Where does that come from? When did you last see it play out?',
        priority: 2,
      },
      privateLife: { question: 'What about your work would you most like me to know?', priority: 1 },
      selfServing: {
        question: 'What do you know about what we do, and why does it matter to you?',
        priority: 1,
      },
      platitude: { question: 'What is one time that showed it?', priority: 2 },
      dislikeOnly: {
        question: 'What are you looking for in your next role that the last one lacked?',
        priority: 1,
      },
      noHighlight: { question: 'What are you proudest of in that time, and what came of it?', priority: 1 },
    },
  },
  check({ facts, options, parsed, report }) {
    const view = facts.approach;
    if (!view || options.questionKind !== 'view') return;
    // The candidate's own questions owe no reasons: candidate-questions judges them.
    if (options.question !== null && asksForQuestions(options.question)) return;
    if (view.reasons.length === 0) {
      const span = wholeAnswer(parsed);
      report({
        messageId: 'noReason',
        start: span.start,
        end: span.end,
        points: -12,
        // Asked "why…?", an answer with no reason leaves the question itself unanswered (scoring.ts,
        // UNANSWERED); elsewhere ("Tell me about yourself") the missing why is one gap among others.
        severity: options.question !== null && asksWhy(options.question) ? 'error' : undefined,
        suggestion: 'Say why in one sentence: "…because in my last role I saw…", "it depends on whether…".',
      });
    }
    // A phrase that says something wrong about the candidate's fit: pointed at in its sentence.
    const flagPhrase = (
      match: RegExpExecArray | null,
      messageId: 'privateLife' | 'selfServing' | 'dislikeOnly',
      suggestion: string,
      points = -10,
    ): void => {
      if (!match) return;
      const at = inSentence(parsed, match);
      report({
        messageId,
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points,
        suggestion,
      });
    };
    flagPhrase(
      PRIVATE_LIFE.exec(parsed.lower),
      'privateLife',
      'Keep to the working story: the roles, what you built or changed in them, and why this one is next.',
    );
    if (options.question !== null && asksWhyJoin(options.question)) {
      // Two such reasons ("the salary is competitive… and it's close to where I live") are the
      // answer, not a slip: the second is reported too, at a smaller cost.
      const first = SELF_SERVING_MOTIVE.exec(parsed.lower);
      flagPhrase(
        first,
        'selfServing',
        'Name one thing about this company (its product, customers, a problem it is solving) and why it fits your work.',
      );
      const rest = first ? parsed.lower.slice(first.index + first[0].length) : '';
      const second = first ? SELF_SERVING_MOTIVE.exec(rest) : null;
      if (first && second) {
        second.index += first.index + first[0].length;
        flagPhrase(
          second,
          'selfServing',
          'Keep the practical reasons for later in the process; lead with why this work and this team.',
          -6,
        );
      }
    }
    // "I quit because I didn't like it" (or, asked about a former job, friction with the boss):
    // leaving told as dislike, with nothing the candidate moves toward, is the answer
    // interviewers read as "would leave us the same way".
    const aboutLeaving =
      options.question !== null && (asksWhyLeave(options.question) || asksAboutFormerWork(options.question));
    if (aboutLeaving && !FORWARD_MOTIVE.test(parsed.lower)) {
      flagPhrase(
        LEFT_ON_DISLIKE.exec(parsed.lower),
        'dislikeOnly',
        'Say what you are moving toward: "I had learned what I could there, and I want to…, which is what this role offers."',
      );
    }
    // "I'm a hard worker and a team player": the view rests on a stock claim, with nothing done
    // to show it (a real case makes the claim a summary of it).
    const platitude = view.platitudes[0];
    if (platitude && view.grounding === null) {
      report({
        messageId: 'platitude',
        start: platitude.start,
        end: platitude.end,
        data: { phrase: platitude.text },
        actual: platitude.text,
        points: -8,
        suggestion: 'Swap the claim for the evidence: "At my last job I…, and that is why I can say…".',
      });
    }
    // Asked to present oneself, the pitch owes one thing achieved: an outcome figure (not a date
    // or a tenure), a change brought about, an achievement claimed in summary, or a deed beyond
    // joining, leaving, studying and pastimes ("I took a job…, then I left…").
    if (options.question !== null && asksAboutYourself(options.question)) {
      const achieved =
        facts.outcomeMetrics.length > 0 ||
        CHANGE_WORDS.test(parsed.lower.replace(UPBRINGING, '')) ||
        CLAIMED_ACHIEVEMENT.test(parsed.lower) ||
        facts.actions.some((a) => !MOVES_NOT_ACHIEVEMENTS.has(habitVerb(parsed.lower, a)));
      if (!achieved) {
        const span = wholeAnswer(parsed);
        report({
          messageId: 'noHighlight',
          start: span.start,
          end: span.end,
          // The pitch is the answer to "who are you": with no highlight it leaves the candidate
          // unsold, and the debrief stops at "couldn't say what they have done" (UNANSWERED).
          points: -12,
          severity: 'error',
          suggestion:
            'Add one highlight with its result: "In my current role I… and it…", then say why this role is the next step.',
        });
      }
    }
    if (view.grounding === null && view.cases.length === 0) {
      const span = view.reasons.length > 0 ? lastSentence(parsed) : firstSentence(parsed);
      report({
        messageId: 'noExperience',
        start: span.start,
        end: span.end,
        points: -6,
        suggestion: 'Add the moment it comes from: "At my last company I…, and that is why…".',
      });
    }
  },
});
