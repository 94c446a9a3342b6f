import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from './bank';
import { filterQuestions } from './filter';
import type { Question } from './types';

function sample(overrides: Partial<Question> & Pick<Question, 'id' | 'text'>): Question {
  return {
    type: 'behavioral',
    kind: 'past-story',
    competencies: ['failure'],
    principles: [],
    levels: ['L5'],
    difficulty: 'medium',
    category: 'behavioral',
    followUps: ['First follow-up question?', 'Second follow-up question?'],
    lookingFor: ['First signal of strength', 'Second signal of strength'],
    ...overrides,
  };
}

const BANK: readonly Question[] = [
  sample({ id: 'a', text: 'Tell me about a time you missed a deadline.' }),
  sample({
    id: 'b',
    text: 'How would you handle a Friday security report?',
    type: 'technical-leadership',
    kind: 'situational',
    competencies: ['crisis', 'technical'],
    principles: ['amazon.customer-obsession'],
    levels: ['L6', 'L7+'],
    difficulty: 'hard',
    category: 'situational',
  }),
  sample({
    id: 'c',
    text: 'Design a platform team from zero.',
    type: 'system-org-design',
    kind: 'design',
    competencies: ['scale', 'technical'],
    levels: ['L7+'],
    difficulty: 'expert',
    category: 'organizational',
  }),
];

const ids = (questions: readonly Question[]) => questions.map((question) => question.id);

describe('filterQuestions', () => {
  it('returns everything, in order, for an empty filter', () => {
    expect(ids(filterQuestions(BANK))).toEqual(['a', 'b', 'c']);
    expect(ids(filterQuestions(BANK, {}))).toEqual(['a', 'b', 'c']);
  });

  it('filters by each criterion', () => {
    expect(ids(filterQuestions(BANK, { type: 'system-org-design' }))).toEqual(['c']);
    expect(ids(filterQuestions(BANK, { level: 'L7+' }))).toEqual(['b', 'c']);
    expect(ids(filterQuestions(BANK, { tag: 'technical' }))).toEqual(['b', 'c']);
    expect(ids(filterQuestions(BANK, { kind: 'situational' }))).toEqual(['b']);
    expect(ids(filterQuestions(BANK, { category: 'behavioral' }))).toEqual(['a']);
    expect(ids(filterQuestions(BANK, { difficulty: 'expert' }))).toEqual(['c']);
  });

  it('combines criteria with AND', () => {
    expect(ids(filterQuestions(BANK, { level: 'L7+', tag: 'crisis' }))).toEqual(['b']);
    expect(ids(filterQuestions(BANK, { level: 'L5', tag: 'crisis' }))).toEqual([]);
  });

  it('searches text and tags case-insensitively, every word required', () => {
    expect(ids(filterQuestions(BANK, { search: 'FRIDAY' }))).toEqual(['b']);
    expect(ids(filterQuestions(BANK, { search: 'crisis' }))).toEqual(['b']);
    expect(ids(filterQuestions(BANK, { search: 'customer-obsession' }))).toEqual(['b']);
    expect(ids(filterQuestions(BANK, { search: 'platform scale' }))).toEqual(['c']);
    expect(ids(filterQuestions(BANK, { search: 'platform crisis' }))).toEqual([]);
    expect(ids(filterQuestions(BANK, { search: '   ' }))).toEqual(['a', 'b', 'c']);
  });

  it('does not mutate its input', () => {
    const before = ids(BANK);
    filterQuestions(BANK, { tag: 'scale' });
    expect(ids(BANK)).toEqual(before);
  });

  it('finds the hand-picked bank questions one would expect', () => {
    expect(ids(filterQuestions(QUESTION_BANK, { search: 'performance improvement plan' }))).toEqual([
      'beh-underperformer-pip',
    ]);
    expect(ids(filterQuestions(QUESTION_BANK, { search: 'build-versus-buy' }))).toEqual([
      'tl-build-versus-buy',
    ]);
    const vpCrisis = filterQuestions(QUESTION_BANK, {
      level: 'L7+',
      tag: 'crisis',
      type: 'technical-leadership',
    });
    expect(ids(vpCrisis)).toContain('tl-friday-security-report');
    for (const question of vpCrisis) {
      expect(question.levels).toContain('L7+');
      expect(question.competencies).toContain('crisis');
    }
    const layoffs = ids(filterQuestions(QUESTION_BANK, { search: 'layoff' }));
    expect(layoffs).toEqual(expect.arrayContaining(['beh-layoffs', 'cv-layoff-kept-secret']));
  });
});
