/** Every analyzer rule, in the order findings are reported. Adding a rule = one line here. */
import type { Facts } from '../facts';
import type { Rule, RuleNeed } from '../rule';
import type { ResolvedOptions } from '../types';
import answerLength from './answer-length';
import approachGrounding from './approach-grounding';
import attributionBalance from './attribution-balance';
import blameNegativity from './blame-negativity';
import candidateQuestions from './candidate-questions';
import careerGoals from './career-goals';
import conflictHandling from './conflict-handling';
import disguisedWeakness from './disguised-weakness';
import feedbackReception from './feedback-reception';
import fillerWords from './filler-words';
import hypotheticalAnswer from './hypothetical-answer';
import implementationDetail from './implementation-detail';
import integrity from './integrity';
import missingBusinessOutcome from './missing-business-outcome';
import missingLearning from './missing-learning';
import missingPrinciple from './missing-principle';
import noCheckIn from './no-check-in';
import offQuestion from './off-question';
import scopeBelowLevel from './scope-below-level';
import starPlus from './star-plus';
import starStructure from './star-structure';
import teamWelfare from './team-welfare';
import unquantifiedImpact from './unquantified-impact';
import unsafePractice from './unsafe-practice';
import viewReasoning from './view-reasoning';

export const RULES = [
  starStructure,
  missingLearning,
  starPlus,
  unquantifiedImpact,
  attributionBalance,
  hypotheticalAnswer,
  approachGrounding,
  viewReasoning,
  disguisedWeakness,
  feedbackReception,
  careerGoals,
  candidateQuestions,
  offQuestion,
  blameNegativity,
  conflictHandling,
  unsafePractice,
  teamWelfare,
  integrity,
  implementationDetail,
  missingBusinessOutcome,
  missingPrinciple,
  scopeBelowLevel,
  answerLength,
  fillerWords,
  noCheckIn,
] as const;

const NEED_BITS: Readonly<Record<RuleNeed, number>> = { question: 1, level: 2, approach: 4 };

/** The rules to run for each mask of NEED_BITS an answer has, in RULES order: built once per mask. */
const rulesByNeedsMet: (readonly Rule[] | undefined)[] = [];

/**
 * The rules that can report on this answer: those whose needs (RuleMeta.needs) it has. Most
 * answers come without a question or a target level, and then a third of the rules would only
 * look and return; each such call still cost ~0.2–0.3 µs right after a parse (its code and data
 * out of the caches), more than the whole check takes when warm.
 */
export function rulesFor(options: ResolvedOptions, facts: Facts): readonly Rule[] {
  const met =
    (options.question !== null ? NEED_BITS.question : 0) |
    (options.level ? NEED_BITS.level : 0) |
    (facts.approach !== null ? NEED_BITS.approach : 0);
  let rules = rulesByNeedsMet[met];
  if (rules === undefined) {
    rules = RULES.filter((rule) => (rule.meta.needs ?? []).every((need) => (met & NEED_BITS[need]) !== 0));
    rulesByNeedsMet[met] = rules;
  }
  return rules;
}
