import { describe, expect, it } from 'vitest';
import { asksForPastStory, asksWhetherEver } from './past-story';

describe('asksForPastStory', () => {
  it.each([
    'Tell me about a time you disagreed with your CEO.',
    'tell me about a situation where a launch slipped',
    'Describe a situation where your team was burning out.',
    'Describe a time you cut a budget.',
    'Give me an example of a hire you regret.',
    'Give an example of a promotion you fought for.',
    'Walk me through a time you led a migration.',
    'Share an experience where you changed your mind.',
    'What is the hardest feedback you have ever given?',
    'What was the biggest mistake you’ve made as a director?',
    'Have you ever had to fire a friend?',
    'Tell me about the worst incident you have handled.',
    'Walk me through the hardest reorg you have led.',
    "Tell me about a launch you're proud of.",
    'Tell me about a migration you led.',
    'Describe a decision you regret.',
    'Tell me what is your biggest career mistake or failure?',
    'What is your greatest professional achievement?',
    'Tell me about your biggest failure as a manager.',
    'Can you describe how you handled a difficult problem?',
    'How have you dealt with a difficult customer or client?',
    'Tell me about a conflict with a coworker.',
    'Tell me about a project you initiated. What did you do?',
  ])('is true for %j', (text) => {
    expect(asksForPastStory(text)).toBe(true);
  });

  it.each([
    'What would you do if your best engineer resigned tomorrow?',
    'How would you structure a 200-person organisation?',
    'Design an on-call model for twelve teams.',
    'How do you think about build versus buy?',
    'Suppose the CEO sets a date your data says is impossible. What would you do?',
    'When is a rewrite the right call?',
    'What is your leadership philosophy?',
    'What is the hardest part of the VP role?',
    'Tell me about yourself.',
    'Tell me about your management philosophy.',
    'What is your greatest weakness?',
    'What is your biggest strength?',
    'How do you deal with a difficult customer?',
    'Tell me about a typical week in your role.',
    '',
  ])('is false for %j', (text) => {
    expect(asksForPastStory(text)).toBe(false);
  });
});

describe('asksWhetherEver', () => {
  it.each([
    'Have you ever fired someone?',
    'Have you had to lay off a member of your staff?',
    'So, have you ever managed managers?',
    'Have you fired anyone? Why and how?',
  ])('true for %s', (q) => {
    expect(asksWhetherEver(q)).toBe(true);
  });
  it.each([
    'Tell me about a time you had to fire someone.',
    'What have you learned from firing people?',
    'How have you handled an underperformer?',
  ])('false for %s', (q) => {
    expect(asksWhetherEver(q)).toBe(false);
  });
});
