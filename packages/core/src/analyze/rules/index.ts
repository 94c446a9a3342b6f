/** Every analyzer rule, in the order findings are reported. Adding a rule = one line here. */
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
