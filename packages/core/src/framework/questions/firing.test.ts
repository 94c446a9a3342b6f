import { describe, expect, it } from 'vitest';
import { asksAboutFiring } from './firing';

describe('asksAboutFiring', () => {
  it.each([
    'Have you ever fired someone?',
    'Have you ever had to fire or lay off a member of your staff?',
    'Would you describe a situation where you had to let an employee go?',
    'How did you handle the layoffs at your last company?',
    'Do you have the stomach to fire people?',
  ])('true for %s', (q) => {
    expect(asksAboutFiring(q)).toBe(true);
  });
  it.each([
    'Tell me about a time you handled an underperformer.',
    'What is your least favorite managerial task?',
    'Tell me about a time a fire drill derailed your sprint.',
  ])('false for %s', (q) => {
    expect(asksAboutFiring(q)).toBe(false);
  });
});
