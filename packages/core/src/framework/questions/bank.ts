/** The whole question bank, assembled from one file per interview type and theme. */
import { BEHAVIORAL_EXECUTION_QUESTIONS } from './behavioral-execution';
import { BEHAVIORAL_INFLUENCE_QUESTIONS } from './behavioral-influence';
import { BEHAVIORAL_JUDGEMENT_QUESTIONS } from './behavioral-judgement';
import { BEHAVIORAL_PEOPLE_QUESTIONS } from './behavioral-people';
import { CULTURE_VALUES_INCLUSION_QUESTIONS } from './culture-values-inclusion';
import { CULTURE_VALUES_INTEGRITY_QUESTIONS } from './culture-values-integrity';
import { SYSTEM_ORG_DESIGN_SCALING_QUESTIONS } from './system-org-design-scaling';
import { SYSTEM_ORG_DESIGN_STRUCTURE_QUESTIONS } from './system-org-design-structure';
import { TECHNICAL_LEADERSHIP_DECISION_QUESTIONS } from './technical-leadership-decisions';
import { TECHNICAL_LEADERSHIP_INNOVATION_QUESTIONS } from './technical-leadership-innovation';
import { TECHNICAL_LEADERSHIP_OPERATIONS_QUESTIONS } from './technical-leadership-operations';
import type { Question } from './types';

export const QUESTION_BANK: readonly Question[] = [
  ...BEHAVIORAL_PEOPLE_QUESTIONS,
  ...BEHAVIORAL_EXECUTION_QUESTIONS,
  ...BEHAVIORAL_INFLUENCE_QUESTIONS,
  ...BEHAVIORAL_JUDGEMENT_QUESTIONS,
  ...TECHNICAL_LEADERSHIP_DECISION_QUESTIONS,
  ...TECHNICAL_LEADERSHIP_OPERATIONS_QUESTIONS,
  ...TECHNICAL_LEADERSHIP_INNOVATION_QUESTIONS,
  ...SYSTEM_ORG_DESIGN_STRUCTURE_QUESTIONS,
  ...SYSTEM_ORG_DESIGN_SCALING_QUESTIONS,
  ...CULTURE_VALUES_INCLUSION_QUESTIONS,
  ...CULTURE_VALUES_INTEGRITY_QUESTIONS,
];

const QUESTIONS_BY_ID: ReadonlyMap<string, Question> = new Map(
  QUESTION_BANK.map((question) => [question.id, question]),
);

/** The bank question with this id, or undefined. */
export function getQuestion(id: string): Question | undefined {
  return QUESTIONS_BY_ID.get(id);
}

/** The bank question that rewrites a STAR Matcher theme (p1…l8), or undefined. */
export function getQuestionByLegacyId(legacyId: string): Question | undefined {
  return QUESTION_BANK.find((question) => question.legacyId === legacyId);
}
