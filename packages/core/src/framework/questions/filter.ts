/** Pure filtering over any list of questions (the bank, or a slice of it). */
import type { Question, QuestionFilter } from './types';

function searchableText(question: Question): string {
  return [question.text, ...question.competencies, ...question.principles].join(' ').toLowerCase();
}

function matchesSearch(question: Question, search: string): boolean {
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = searchableText(question);
  return terms.every((term) => haystack.includes(term));
}

/** Questions meeting every criterion given; an empty filter returns them all, in order. */
export function filterQuestions(bank: readonly Question[], filter: QuestionFilter = {}): Question[] {
  return bank.filter(
    (question) =>
      (filter.type === undefined || question.type === filter.type) &&
      (filter.level === undefined || question.levels.includes(filter.level)) &&
      (filter.tag === undefined || question.competencies.includes(filter.tag)) &&
      (filter.kind === undefined || question.kind === filter.kind) &&
      (filter.category === undefined || question.category === filter.category) &&
      (filter.difficulty === undefined || question.difficulty === filter.difficulty) &&
      (filter.search === undefined || matchesSearch(question, filter.search)),
  );
}
