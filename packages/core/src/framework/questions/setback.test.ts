import { describe, expect, it } from 'vitest';
import { asksAboutFormerWork, asksAboutSetback } from './setback';

describe('asksAboutSetback', () => {
  it.each([
    'Tell me about a time you failed.',
    'Describe a mistake you made as a manager and what you learned.',
    'Tell me about a project under your leadership that didn’t go as planned.',
    'Describe an organizational change you led that did not work out. What would you do differently?',
    'Tell me about a time you missed a commitment to a stakeholder.',
    'Tell me about a project that missed its deadline. What happened?',
    'Tell me about a platform bet you made that did not pay off.',
    'Tell me about the toughest feedback you have received.',
    'Tell me about a time you received negative feedback from your manager.',
    'What is the biggest lesson you learned the hard way?',
    'Tell me about a time you got a decision wrong.',
    'Tell me about an outage you were responsible for.',
    'Describe a bug you shipped to production.',
    'Have you ever broken production?',
    'Tell me about a time you took down a critical service.',
  ])('true for %s', (question) => {
    expect(asksAboutSetback(question)).toBe(true);
  });

  it.each([
    'Tell me about a time you influenced a peer without authority.',
    'Describe the biggest launch you led.',
    'How would you design an on-call rotation for 200 engineers?',
    'Tell me about an innovation on your team that you are proud of.',
    'Walk me through how you grew a manager on your team.',
    'Tell me about a major incident you led the response to.',
    'How do you run an incident review?',
    'Tell me about a time you had to deliver negative feedback.',
    'How do you give tough feedback to a senior engineer?',
    'Describe a time you gave critical feedback to your manager.',
  ])('false for %s', (question) => {
    expect(asksAboutSetback(question)).toBe(false);
  });
});

describe('asksAboutFormerWork', () => {
  it.each([
    'Why did you leave your last job?',
    'Why are you looking to leave your current role?',
    'Who was your worst boss?',
    "What didn't you like about your previous manager?",
    'You had some problems with your former employer. Can you tell us what happened?',
  ])('true for %s', (question) => {
    expect(asksAboutFormerWork(question)).toBe(true);
  });

  it.each([
    'Tell me about a time you failed.',
    'Why do you want to work here?',
    'How do you run a team offsite?',
  ])('false for %s', (question) => {
    expect(asksAboutFormerWork(question)).toBe(false);
  });
});
