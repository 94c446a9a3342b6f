/**
 * How a disagreement is handled, not only that it was. Two moves an interviewer marks down in a
 * conflict story however well it is told: going over the other person's head instead of to them,
 * and telling the outcome as a win over them ("which proved I was right"); and, in a conflict with
 * a peer, going to the boss with no word of talking to the peer first. All say the speaker
 * will play politics or keep score with their next peer or manager. An escalation made openly or
 * together ("we took it to the VP together", "after telling her I would") is how disagreements
 * should reach a decision and is left alone.
 */

import { askedTopics } from '../../framework/questions/asked-topic';
import { coordinatedDeeds } from '../detect/verbs';
import type { Facts } from '../facts';
import { GatedPattern } from '../gated';
import {
  AVOIDED_CONFLICT,
  ESCALATED_TO_BOSS,
  NOT_A_STEP,
  OPEN_ESCALATION,
  PROVED_RIGHT,
  STOCK_RESOLUTION,
  TALKED_DIRECTLY,
  WENT_AROUND,
} from '../lexicon/conflict';
import { sentenceAt } from '../positions';
import { atPhrase, cappedCost, defineRule, inSentence } from '../rule';
import type { ParsedText } from '../text';
import { GATES_PROVED_RIGHT, GATES_WENT_AROUND } from '../word-classes';

/** Words just before a win that disown it ("instead of… proving me right", "not to prove I was right"). */
const DISOWNED = /(?:instead of|rather than|\bnot\b|never|no need to|didn't need to)[^.!?]*$/u;

/**
 * The two shapes, each read only in the clauses around its gate words (gated.ts): the gates open on
 * words common in any story ("asking", "turned", "told"), and the whole answer was read then.
 */
const WENT_AROUND_SHAPE = new GatedPattern(WENT_AROUND, GATES_WENT_AROUND);
const PROVED_RIGHT_SHAPE = new GatedPattern(PROVED_RIGHT, GATES_PROVED_RIGHT);

/** A question about a conflict with one's own boss ("…disagreed with your manager"). */
const WITH_THE_BOSS = /\b(manager|boss|supervisor|director|leadership|vp|ceo|cto|skip[- ]level)\b/;

/** The most one answer loses to this rule. */
const CAP = -14;

export default defineRule({
  meta: {
    id: 'conflict-handling',
    description: 'In a disagreement, go to the person first and tell the outcome as a decision, not a win.',
    severity: 'warning',
    messages: {
      wentAround:
        '"{{phrase}}" goes over the other person\'s head: interviewers hear someone who escalates before talking it out.',
      escalatedFirst:
        '"{{phrase}}" takes a conflict with a peer to the boss, and the answer never says you talked to them first.',
      provedRight:
        '"{{phrase}}" tells the outcome as a win over the other person: interviewers hear score-keeping, not a shared decision.',
      avoided:
        '"{{phrase}}": the conflict was avoided, not handled; asked about a conflict, interviewers listen for how you talked it through.',
      vagueResolution:
        '"{{phrase}}" is the whole of the handling: no word of what each side wanted or of the steps you took to bring it together.',
    },
    followUps: {
      escalatedFirst: {
        question: 'What did you say to them directly, before going to your manager?',
        priority: 1,
      },
      wentAround: {
        question: 'Before you took it higher, what did you try with them directly?',
        priority: 1,
      },
      provedRight: { question: 'How did you and they work together after that?', priority: 2 },
      avoided: { question: 'What would have happened if you had raised it with them directly?', priority: 1 },
      vagueResolution: {
        question: 'What exactly did each of you want, and what did you say or do that moved it?',
        priority: 1,
      },
    },
  },
  check({ facts, options, parsed, report }) {
    const cost = cappedCost(CAP);
    // Asked about a conflict, a peer taken straight to the boss: no word of talking to them first.
    // (A conflict with the boss is taken to the boss: going to them is going to the person.)
    const aboutConflict =
      options.question !== null &&
      askedTopics(options.question).includes('conflict') &&
      !WITH_THE_BOSS.test(options.question.toLowerCase());
    const toBoss = aboutConflict ? ESCALATED_TO_BOSS.exec(parsed.lower) : null;
    if (toBoss && !TALKED_DIRECTLY.test(parsed.lower) && !OPEN_ESCALATION.test(parsed.lower)) {
      const at = inSentence(parsed, toBoss);
      report({
        messageId: 'escalatedFirst',
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points: cost(-8, -6),
        suggestion:
          'Tell what you did with them first: "I asked him for twenty minutes, said what I had seen and asked how he saw it"; take it higher together only if that fails.',
      });
    }
    // Asked about a conflict, one left alone ("I decided not to say anything… and just let it go")
    // with no word of talking to the person has not been handled.
    // (With one's own boss too: "he was the boss, so I just went along with it" is the answer a
    // disagree-and-commit question screens for.)
    const anyConflict = options.question !== null && askedTopics(options.question).includes('conflict');
    const avoided = anyConflict ? AVOIDED_CONFLICT.exec(parsed.lower) : null;
    if (avoided && !TALKED_DIRECTLY.test(parsed.lower)) {
      report({
        messageId: 'avoided',
        ...atPhrase(parsed, avoided),
        points: cost(-8, -6),
        suggestion:
          'Tell how you raised it with them: "I asked him for twenty minutes after planning, said what I had seen, and asked how he saw it."',
      });
    }
    // Asked about a conflict, the handling told only in stock phrases ("we talked it through and
    // compromised") with at most one step of the speaker's own: the listener cannot weigh it.
    const stock = anyConflict ? STOCK_RESOLUTION.exec(parsed.lower) : null;
    if (stock && ownSteps(facts.actions, parsed) <= 1) {
      report({
        messageId: 'vagueResolution',
        ...atPhrase(parsed, stock),
        points: cost(-8, -6),
        suggestion:
          'Name the two positions and your steps: "She wanted X for safety, I wanted Y for speed; I asked for her data, proposed a one-week trial of Y with her checks, and we reviewed it together."',
      });
    }
    const around = WENT_AROUND_SHAPE.exec(parsed.lower, facts.gateWords);
    if (around) {
      const sentence = sentenceAt(parsed, around.index);
      if (!OPEN_ESCALATION.test(parsed.lower.slice(sentence.start, sentence.end))) {
        report({
          messageId: 'wentAround',
          ...atPhrase(parsed, around),
          points: cost(-8, -6),
          suggestion:
            'Say what you did with them first (the data you brought, the concern you heard), then escalate together if you still disagree: "we agreed to take it to the VP and let her decide".',
        });
      }
    }
    const right = PROVED_RIGHT_SHAPE.exec(parsed.lower, facts.gateWords);
    // "…instead of failing in a way that proves me right": a win disowned, not claimed.
    const disowned =
      right !== null && DISOWNED.test(parsed.lower.slice(Math.max(0, right.index - 40), right.index));
    if (right && !disowned) {
      report({
        messageId: 'provedRight',
        ...atPhrase(parsed, right),
        points: cost(-6, -6),
        suggestion:
          'Tell the outcome and what it did for the work, and what you kept of their view: "we shipped on the date, with her extra checks on the payments path".',
      });
    }
  },
});

/** The speaker's own steps: "I" clauses whose verb tells a step, and the deeds coordinated with them. */
function ownSteps(actions: Facts['actions'], parsed: ParsedText): number {
  let steps = 0;
  for (const a of actions) if (a.subject === 'i' && !NOT_A_STEP.has(a.verb)) steps++;
  return steps + coordinatedDeeds(parsed, actions);
}
