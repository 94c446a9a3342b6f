import { describe, expect, it } from 'vitest';
import { asksAboutInitiative } from './initiative';

describe('asksAboutInitiative', () => {
  it.each([
    'Give an example of a situation when you showed initiative at work.',
    'Tell me about a time you took ownership of a problem that was not assigned to you or your team.',
    'Tell me about a time when you took broad responsibility beyond your immediate team.',
    'Tell me about something you improved without being asked.',
  ])('true for %s', (q) => {
    expect(asksAboutInitiative(q)).toBe(true);
  });
  it.each([
    'Tell me about a time you failed.',
    'Describe a project you were assigned that went badly.',
    'How do you take ownership of your team’s mistakes?',
    'Describe a time where you went above and beyond to achieve a professional goal.',
  ])('false for %s', (q) => {
    expect(asksAboutInitiative(q)).toBe(false);
  });
});
