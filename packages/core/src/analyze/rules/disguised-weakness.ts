/**
 * Asked for a weakness, a strength in disguise ("I'm a perfectionist", "I work too hard", "I care
 * too much") is the answer every guide warns against: the interviewer hears a dodge, not
 * self-awareness. Left alone when the answer sets the stock line aside ("rather than the usual
 * 'perfectionist'…") or tells a real case of it in the past (a story where it went wrong is a
 * real weakness, whatever its name).
 */
import { asksAboutWeakness } from '../../framework/questions/question-kind';
import { ASKS_WEAKNESS, DISGUISED_STRENGTH, SET_ASIDE_BEFORE, WEAKNESS_COST } from '../lexicon/weakness';
import { defineRule, inSentence } from '../rule';

/** Characters before the phrase searched for a set-aside ("rather than…", "the cliché…"). */
const SET_ASIDE_REACH = 40;

export default defineRule({
  meta: {
    id: 'disguised-weakness',
    description: 'Asked for a weakness, name a real one, not a strength in disguise.',
    // The question dodged: a red flag that rates the answer needs-work (scoring.ts, UNANSWERED).
    severity: 'error',
    needs: ['question', 'approach'],
    messages: {
      strengthAsWeakness:
        '"{{phrase}}" is a strength dressed as a weakness: interviewers hear a dodge, not self-awareness.',
    },
    followUps: {
      strengthAsWeakness: {
        question: 'What is a weakness that has actually cost you or your team something?',
        priority: 1,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    const question = options.question;
    // "What are your strengths?" asks the same way, and a strength is then the right answer.
    if (question === null || !facts.approach || !asksAboutWeakness(question)) return;
    if (!ASKS_WEAKNESS.test(question.toLowerCase())) return;
    // A real case told with it ("I held a release two weeks to polish it") makes it a real
    // weakness: one deed told in the past is enough here, where a method needs two.
    if (facts.approach.cases.length > 0) return;
    const match = DISGUISED_STRENGTH.exec(parsed.lower);
    if (!match) return;
    const before = parsed.lower.slice(Math.max(0, match.index - SET_ASIDE_REACH), match.index);
    if (SET_ASIDE_BEFORE.test(before)) return;
    // "I can dwell on things… I have learned to balance it with deadlines": the cost named and the
    // work on it told, the stock weakness is owned, not dodged. Still a cliché an interviewer will
    // probe, so a warning, not the unanswered question.
    const owned = facts.approach.remedy && WEAKNESS_COST.test(parsed.lower);
    const at = inSentence(parsed, match);
    report({
      messageId: 'strengthAsWeakness',
      start: at.start,
      end: at.end,
      data: at.data,
      actual: at.actual,
      points: owned ? -6 : -12,
      severity: owned ? 'warning' : undefined,
      suggestion:
        'Name a real weakness and its cost ("I took on too much myself; reviews waited two days on me"), then what you do about it and what has changed.',
    });
  },
});
