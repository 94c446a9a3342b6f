import { describe, expect, it } from 'vitest';
import { asksForPastStory } from './past-story';
import {
  type AskKind,
  asksAboutYourself,
  asksForPlan,
  asksForQuestions,
  asksWhy,
  asksWhyJoin,
  asksWhyLeave,
  questionKind,
} from './question-kind';

describe('questionKind', () => {
  it.each<[string, AskKind]>([
    // Past stories: past-story.ts decides, so the two never disagree.
    ['Tell me about a time you disagreed with your CEO.', 'past-story'],
    ['Give me an example of a hire you regret.', 'past-story'],
    ['Have you ever had to let someone go?', 'past-story'],
    ['How do you coach new managers? Give me an example.', 'past-story'],
    // The story comes first; the reflection after it does not turn it into a view.
    ['Describe a reorg you led that did not work out. What would you do differently?', 'past-story'],
    // Scenarios: a stated situation and what you would do in it.
    ['What would you do if your best engineer resigned tomorrow?', 'scenario'],
    ['Imagine you inherit a team that has missed three launches. Where do you start?', 'scenario'],
    ['Suppose the CEO sets a date your data says is impossible.', 'scenario'],
    ['How would you handle a VP who keeps changing the roadmap when the quarter is half done?', 'scenario'],
    // Approaches, philosophies, plans in general.
    ['How do you prioritise when everything is urgent?', 'approach'],
    ['How do you handle ambiguity?', 'approach'],
    ['What is your approach to technical debt?', 'approach'],
    ['How would you scale an org from 20 to 80 engineers?', 'approach'],
    ["What's your biggest weakness?", 'approach'],
    ['So what would you say is your greatest weakness?', 'approach'],
    ['What negative thing would your last boss say about you?', 'approach'],
    ['Can you walk me through how you debug a production issue?', 'approach'],
    ['Describe how you set the technical strategy for your engineering organization.', 'other'],
    ['What metrics do you consider important when assessing an engineering department?', 'approach'],
    ['Tell me about your management philosophy.', 'approach'],
    ['What do you look for when you hire a staff engineer?', 'approach'],
    ['When is a rewrite the right call?', 'approach'],
    ['How should an engineering org measure productivity?', 'approach'],
    // Neither: judged as before.
    ['How did you decide to split the platform team?', 'other'],
    ['How have you designed an organization to scale with the business?', 'other'],
    ['In what ways you have upgraded your skills set of your team?', 'approach'],
    ['Your team is behind schedule, and new feature requests keep coming in. What do you do?', 'scenario'],
    ['Do you have the stomach to fire people?', 'view'],
    ['Are you comfortable making unpopular decisions?', 'view'],
    ['Do you have an example of leading through ambiguity?', 'other'],
    ['What are some ways you keep a distributed team aligned?', 'approach'],
    ['In what ways have you grown your managers? Give me an example.', 'past-story'],
    ['How do you decide on headcount? Walk me through a real example.', 'other'],
    ['Tell me about yourself.', 'view'],
    ['Describe the worst supervisor you’ve ever had.', 'view'],
    [
      'Your team objects to your plan for the new project. What would you specifically do to resolve the problem?',
      'scenario',
    ],
    ['What is your least favorite managerial task?', 'view'],
    ['What do you find most rewarding about managing people?', 'view'],
    [
      'Your team deploys once a month. What steps would you take to increase deployment frequency?',
      'scenario',
    ],
    ['Tell Me About Your Background?', 'view'],
    ['What led you to apply for a position in this industry?', 'view'],
    ['What made you choose engineering management?', 'view'],
    ['What does “Empathy” mean to you in a customer service context?', 'view'],
    ['What does good leadership look like to you?', 'view'],
    ['Tell me about your experience with Kubernetes.', 'other'],
    ['Who are you?', 'view'],
    ['How would you describe yourself in three words?', 'view'],
    ['What should we know about you that is not on your resume?', 'view'],
    ['Why do you want to work here?', 'view'],
    ['Do you prefer to attack conflict head on or avoid it?', 'view'],
    ["What didn't you like about your last job?", 'view'],
    ['What did you not like about your last role?', 'view'],
    ['Describe your worst boss.', 'view'],
    ["Let's begin with you telling me a bit about yourself.", 'view'],
    ["Why shouldn't we hire you?", 'view'],
    ['Why should we hire you over the other candidates?', 'view'],
    ['What sets you apart from other engineering leaders?', 'view'],
    ['What would you do differently on the WCAG project?', 'view'],
    ['Who was your best boss, and who was the worst?', 'view'],
    ['What makes you angry at work?', 'view'],
    ['What keeps you up at night?', 'view'],
    ['What gets you up in the morning?', 'view'],
    ['What would your co-workers say about you?', 'view'],
    ['What was wrong with your last company?', 'view'],
    ['What are your long term career goals?', 'view'],
    ['What do you want to be doing in five years?', 'view'],
    ['Explain this gap in your employment.', 'view'],
    ['Can you account for the gap in your resume?', 'view'],
    ['What negative thing would your co-workers say about you?', 'approach'],
    ['What is your management or leadership style?', 'approach'],
    ['What are your three greatest strengths?', 'approach'],
    ['How to deal with difficult team members?', 'approach'],
    ['Have you fired anyone? And if so, why?', 'past-story'],
    ['You had problems with your former employer. Can you tell us what happened?', 'past-story'],
    ['Tell me about a project that failed.', 'past-story'],
    ['Design an on-call model for twelve teams.', 'other'],
    ['', 'other'],
  ])('%j is %s', (text, kind) => {
    expect(questionKind(text)).toBe(kind);
  });

  it('agrees with asksForPastStory on every past-story question', () => {
    for (const text of ['Walk me through the hardest reorg you have led.', 'Describe a decision you regret.'])
      expect(questionKind(text) === 'past-story').toBe(asksForPastStory(text));
  });

  it('is case- and apostrophe-insensitive', () => {
    expect(questionKind('WHAT’S YOUR APPROACH TO HIRING?')).toBe('approach');
  });
});

describe('asksForPlan', () => {
  it('is true for approaches and scenarios only', () => {
    expect(asksForPlan('approach')).toBe(true);
    expect(asksForPlan('scenario')).toBe(true);
    expect(asksForPlan('past-story')).toBe(false);
    expect(asksForPlan('other')).toBe(false);
    expect(asksForPlan(null)).toBe(false);
  });
});

describe('asksForQuestions', () => {
  it.each([
    'Do you have any questions for us?',
    'Is there anything you would like to ask me?',
    'What questions do you have?',
  ])('true for %s', (q) => {
    expect(asksForQuestions(q)).toBe(true);
    expect(questionKind(q)).toBe('view');
  });
  it('false for a question that only mentions questions', () => {
    expect(asksForQuestions('How do you handle questions from the board you cannot answer?')).toBe(false);
  });
});

describe('asksWhy', () => {
  it.each([
    'Why do you want to work here?',
    'So why are you interested in this role?',
    'What attracted you to this role?',
    "What's your reason for leaving?",
  ])('true for %s', (q) => {
    expect(asksWhy(q)).toBe(true);
  });
  it.each([
    'Tell me about yourself.',
    'What is your greatest weakness?',
    'How do you know why a launch slipped?',
    // A pitch, read for its evidence (view-reasoning), not for a motive.
    'So why should we hire you?',
  ])('false for %s', (q) => {
    expect(asksWhy(q)).toBe(false);
  });
});

describe('asksWhyLeave', () => {
  it.each([
    'Why did you leave your last job?',
    'Why did you or do you want to leave your job?',
    'Why are you looking to leave your current role?',
    "What's your reason for leaving?",
    'Why are you looking for a new job?',
  ])('true for %s', (q) => {
    expect(asksWhyLeave(q)).toBe(true);
  });
  it.each(['Why do you want to work here?', 'Tell me about a time you left a project early.'])(
    'false for %s',
    (q) => {
      expect(asksWhyLeave(q)).toBe(false);
    },
  );
});

describe('asksWhyJoin', () => {
  it.each(['Why do you want to work here?', 'Why this company?', 'What attracted you to this role?'])(
    'true for %s',
    (q) => {
      expect(asksWhyJoin(q)).toBe(true);
    },
  );
  it.each(['Why did you leave your last job?', 'Why should we hire you?'])('false for %s', (q) => {
    expect(asksWhyJoin(q)).toBe(false);
  });
});

describe('asksAboutYourself', () => {
  it.each([
    'Tell me about yourself.',
    'Walk me through your resume.',
    'Tell me about your background.',
    'Who are you?',
    'How would you describe yourself?',
  ])('true for %s', (q) => {
    expect(asksAboutYourself(q)).toBe(true);
  });
  it.each(['Why do you want to work here?', 'Tell me about a time you failed.'])('false for %s', (q) => {
    expect(asksAboutYourself(q)).toBe(false);
  });
});
