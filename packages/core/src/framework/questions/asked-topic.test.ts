import { describe, expect, it } from 'vitest';
import { askedTopics } from './asked-topic';

describe('askedTopics', () => {
  it.each([
    ['Tell me about a disagreement with a coworker and how you resolved it.', ['conflict']],
    ['Tell me about a time you pushed back on your VP.', ['conflict']],
    ['Describe a difficult stakeholder you worked with.', ['conflict']],
    [
      'Tell me about a time you influenced a peer organization over which you had no authority.',
      ['influence'],
    ],
    ['How did you get buy-in for a platform migration?', ['influence']],
    ['Tell me about a time you managed an underperforming team member.', ['performance']],
    ["Describe how you handled an engineer's performance that had slipped.", ['performance']],
    ['Tell me about a hiring decision you regret.', ['hiring']],
  ])('%s → %j', (question, topics) => {
    expect(askedTopics(question)).toEqual(topics);
  });

  it.each([
    'Tell me about a time you solved a hard performance problem.',
    'Tell me about a time you went out of your way to understand a customer’s problem.',
    'Describe the biggest launch you led.',
    'Tell me about a time you failed.',
  ])('no checked topic in %s', (question) => {
    expect(askedTopics(question)).toEqual([]);
  });
});
