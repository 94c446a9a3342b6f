/**
 * The question bank as a topic for the CLI framework browser: what is in it, counted by interview
 * type, kind, level and competency.
 */
import { COMPETENCY_TAGS, INTERVIEW_TYPE_IDS, LEVEL_IDS } from '../ids';
import { QUESTION_BANK } from './bank';
import { filterQuestions } from './filter';
import { QUESTION_KINDS, type Question } from './types';

export interface QuestionsTopicSection {
  heading: string;
  lines: string[];
}

export interface QuestionsTopic {
  id: 'questions';
  title: string;
  summary: string;
  render(): QuestionsTopicSection[];
}

function countLines<T extends string>(values: readonly T[], countFor: (value: T) => number): string[] {
  const width = Math.max(...values.map((value) => value.length));
  return values.map((value) => `${value.padEnd(width)}  ${countFor(value)}`);
}

/** Renders the count sections for any bank (the real one by default). */
export function renderQuestionCounts(bank: readonly Question[] = QUESTION_BANK): QuestionsTopicSection[] {
  const legacyCount = bank.filter((question) => question.legacyId !== undefined).length;
  return [
    {
      heading: 'Question bank',
      lines: [
        `${bank.length} questions in Onsite's own wording`,
        `${legacyCount} of them rewrite the STAR Matcher's themes (p1–p8, t1–t8, b1–b8, l1–l8)`,
      ],
    },
    {
      heading: 'By interview type',
      lines: countLines(INTERVIEW_TYPE_IDS, (type) => filterQuestions(bank, { type }).length),
    },
    {
      heading: 'By kind',
      lines: countLines(QUESTION_KINDS, (kind) => filterQuestions(bank, { kind }).length),
    },
    {
      heading: 'By level',
      lines: countLines(LEVEL_IDS, (level) => filterQuestions(bank, { level }).length),
    },
    {
      heading: 'By competency',
      lines: countLines(COMPETENCY_TAGS, (tag) => filterQuestions(bank, { tag }).length),
    },
  ];
}

export const QUESTIONS_TOPIC: QuestionsTopic = {
  id: 'questions',
  title: 'Question bank',
  summary:
    'Behavioral, technical-leadership, system/org-design and culture/values questions for EM, Director and VP loops, each with follow-ups and what a strong answer shows.',
  render: () => renderQuestionCounts(),
};
