/** The question bank: data, lookup, filtering, the past-story heuristic and the browser topic. */
export { getQuestion, getQuestionByLegacyId, QUESTION_BANK } from './bank';
export { filterQuestions } from './filter';
export { asksForPastStory } from './past-story';
export { QUESTION_PRINCIPLE_IDS, type QuestionPrincipleId } from './principles';
export { ASK_KINDS, type AskKind, asksForPlan, asksForReasoning, questionKind } from './question-kind';
export {
  QUESTIONS_TOPIC,
  type QuestionsTopic,
  type QuestionsTopicSection,
  renderQuestionCounts,
} from './topic';
export * from './types';
