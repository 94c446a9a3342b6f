/**
 * Off-question: the story is fine but answers a different question. Asked for a disagreement,
 * the candidate tells a technical evaluation nobody disputed; asked how they influenced people
 * outside their line, they describe directing their own org. A debrief writes "did not answer
 * the question", however good the story. The check is deliberately narrow: the question must
 * centre on one of a few situations (see framework/questions/asked-topic.ts), and the answer must
 * not name that situation even once, in any of the generous words listed for it.
 */
import { type AskedTopic, askedTopics } from '../../framework/questions/asked-topic';
import { asksAboutInitiative } from '../../framework/questions/initiative';
import type { CueFamily } from '../cues';
import { ASSIGNED_WORK, SELF_STARTED } from '../lexicon/asked-topic';
import { wholeAnswer } from '../positions';
import { defineRule, inSentence } from '../rule';

/** The cue family that holds the answer's words for each topic. */
const EVIDENCE: Record<AskedTopic, CueFamily> = {
  conflict: 'askedConflict',
  influence: 'askedInfluence',
  performance: 'askedPerformance',
  hiring: 'askedHiring',
};

/** How each topic is named in the message and the suggestion. */
const NAMED: Record<AskedTopic, { asked: string; tell: string }> = {
  conflict: {
    asked: 'a disagreement',
    tell: 'who disagreed with whom, what each side wanted, and how you resolved it',
  },
  influence: {
    asked: 'influencing people outside your authority',
    tell: 'whose team it was, why they had no reason to say yes, and how you won them over',
  },
  performance: {
    asked: 'a performance problem',
    tell: 'whose work fell short of what, how you raised it and what happened to their performance',
  },
  hiring: {
    asked: 'hiring',
    tell: 'the role, the candidates or the hiring process, and the decision you made',
  },
};

/** Below this many words an answer is too short to judge by what it leaves out. */
const MIN_WORDS = 40;

export default defineRule({
  meta: {
    id: 'off-question',
    description: 'Answer the question that was asked: its situation should appear in the story.',
    severity: 'error',
    needs: ['question'],
    messages: {
      offQuestion:
        'The question asks about {{asked}}, and the answer never mentions one: it may be a good story, but for a different question.',
      assigned:
        'The question asks for initiative, and "{{phrase}}" says the work was handed to you: nothing shows you started it.',
    },
    followUps: {
      offQuestion: {
        question:
          'That is a useful story; can you tell me about a time that fits the question more directly?',
        priority: 1,
      },
      assigned: {
        question: 'Was there a time you spotted something like this yourself, before anyone asked?',
        priority: 1,
      },
    },
  },
  check({ options, facts, parsed, report }) {
    if (!options.question) return;
    // Asked for initiative, a story of work handed over ("my manager suggested I look into this")
    // with nothing the speaker started: the question's point, missed.
    const handed = asksAboutInitiative(options.question) ? ASSIGNED_WORK.exec(parsed.lower) : null;
    if (handed && !SELF_STARTED.test(parsed.lower)) {
      const at = inSentence(parsed, handed);
      report({
        messageId: 'assigned',
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points: -10,
        severity: 'warning',
        suggestion:
          'Pick a time you saw the problem first and moved without being asked: what you noticed, why it was worth doing, and who you brought in.',
      });
    }
    if (parsed.words < MIN_WORDS) return;
    for (const topic of askedTopics(options.question)) {
      if (facts.cues[EVIDENCE[topic]].length > 0) continue;
      const { asked, tell } = NAMED[topic];
      const span = wholeAnswer(parsed);
      report({
        messageId: 'offQuestion',
        start: span.start,
        end: span.end,
        data: { asked },
        actual: options.question,
        points: -12,
        suggestion: `Pick a story where it actually happened, and say ${tell}.`,
      });
      // One finding is enough: the answer missed the question, however many topics it named.
      return;
    }
  },
});
