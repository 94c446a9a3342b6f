import { describe, expect, it } from 'vitest';
import { COMPETENCY_TAGS } from '../framework/ids';
import { findCompetencyCues } from './competency-cues';
import { findQuestionCompetencies, QUESTION_CUES } from './question-cues';

describe('question cues', () => {
  it('has lower-case phrasings for every tag', () => {
    expect(Object.keys(QUESTION_CUES).sort()).toEqual([...COMPETENCY_TAGS].sort());
    for (const tag of COMPETENCY_TAGS) {
      for (const cue of QUESTION_CUES[tag]) expect(cue, tag).toBe(cue.trim().toLowerCase());
    }
  });

  it('reads how questions ask, which story text does not count', () => {
    const text = 'Tell me about a time a critical engineer told you they were leaving.';
    expect(findQuestionCompetencies(text)).toEqual([{ competency: 'performance', cues: ['leaving'] }]);
    // The same words in a story suggest nothing, even at a one-cue bar.
    expect(findCompetencyCues(text, 1)).toEqual([]);
  });

  it('still reads the story cues in a question', () => {
    expect(
      findQuestionCompetencies('Describe an outage you led the response to.').map((h) => h.competency),
    ).toEqual(['crisis']);
  });

  it('recognises most of the bank questions by their words alone', async () => {
    const { QUESTION_BANK } = await import('../framework/questions');
    const recognised = QUESTION_BANK.filter((q) =>
      findQuestionCompetencies(q.text).some((hit) => q.competencies.includes(hit.competency)),
    );
    // Measured 124 of 152 when the phrasings were written (the bank was the yardstick, so this
    // guards against regressions rather than proving accuracy on unseen questions).
    expect(recognised.length / QUESTION_BANK.length).toBeGreaterThan(0.75);
  });
});
