import { describe, expect, it } from 'vitest';
import { getCompany } from '../framework/companies';
import { getQuestion } from '../framework/questions';
import { statedQuestionSignals, textQuestionSignals } from './question';

describe('question signals', () => {
  it('takes a bank question as it is stated', () => {
    const question = getQuestion('beh-letting-go');
    if (!question) throw new Error('beh-letting-go is in the bank');
    const signals = statedQuestionSignals(question);
    expect(signals.questionId).toBe('beh-letting-go');
    expect(signals.competencies.map((c) => c.competency)).toEqual(question.competencies);
    expect(signals.principles.map((p) => p.id)).toEqual(question.principles);
    expect(signals.principles[0]?.name).toBeTruthy();
    expect(signals.levels).toEqual(question.levels);
  });

  it('keeps a bank principle no company set defines, named from its id', () => {
    const question = getQuestion('beh-letting-go');
    if (!question) throw new Error('beh-letting-go is in the bank');
    const signals = statedQuestionSignals({ ...question, principles: ['netflix.radical-candor'] });
    expect(signals.principles).toEqual([{ id: 'netflix.radical-candor', name: 'Radical candor', cues: [] }]);
  });

  it('reads a stored question without competency tags for cues, keeping what it states', () => {
    const signals = statedQuestionSignals({
      id: 'q-1',
      text: 'How did you handle the worst outage you have seen?',
      competencies: [],
      principles: ['amazon.ownership'],
      levels: ['L7+'],
    });
    expect(signals.competencies).toEqual([{ competency: 'crisis', cues: ['outage'] }]);
    expect(signals.principles).toEqual([{ id: 'amazon.ownership', name: 'Ownership', cues: [] }]);
    expect(signals.levels).toEqual(['L7+']);
  });

  it('reads competencies and principles from free text, and the level when given', () => {
    const amazon = getCompany('amazon');
    if (!amazon) throw new Error('amazon is built in');
    const signals = textQuestionSignals('Tell me about a time you showed Ownership during an outage.', {
      level: 'L6',
      companies: [amazon],
    });
    expect(signals.questionId).toBeNull();
    expect(signals.competencies.map((c) => c.competency)).toEqual(['crisis']);
    expect(signals.principles.map((p) => p.id)).toContain('amazon.ownership');
    expect(signals.levels).toEqual(['L6']);
  });

  it('looks only at the companies given', () => {
    const google = getCompany('google');
    if (!google) throw new Error('google is built in');
    const signals = textQuestionSignals('When did you show Ownership?', { companies: [google] });
    expect(signals.principles.map((p) => p.id)).not.toContain('amazon.ownership');
  });

  it('looks for no principle when no company is given', () => {
    const signals = textQuestionSignals('Tell me about a time you showed Ownership during an outage.');
    expect(signals.principles).toEqual([]);
    expect(signals.competencies.map((c) => c.competency)).toEqual(['crisis']);
  });

  it('finds nothing in text with no cue', () => {
    expect(textQuestionSignals('What is your name?')).toMatchObject({
      competencies: [],
      principles: [],
      levels: [],
    });
  });
});
