/**
 * Amazon's 16 Leadership Principles (names are Amazon's; every description, cue, hook and note
 * is Onsite's own). Split across two files only to keep each one readable.
 */
import { AMAZON_PRINCIPLES_1_TO_8 } from './amazon-principles-1-8';
import { AMAZON_PRINCIPLES_9_TO_16 } from './amazon-principles-9-16';
import type { CompanyPrincipleSet } from './types';

export const AMAZON: CompanyPrincipleSet = {
  id: 'amazon',
  name: 'Amazon',
  builtIn: true,
  principles: [...AMAZON_PRINCIPLES_1_TO_8, ...AMAZON_PRINCIPLES_9_TO_16],
  tensions: [
    {
      a: 'amazon.bias-for-action',
      b: 'amazon.dive-deep',
      note: 'Speed against thoroughness: show which parts you studied and which you decided fast, and why.',
    },
    {
      a: 'amazon.frugality',
      b: 'amazon.insist-on-the-highest-standards',
      note: 'Doing more with less must not lower the bar; say what you refused to cut.',
    },
    {
      a: 'amazon.think-big',
      b: 'amazon.deliver-results',
      note: 'A bold vision still needs a first milestone that lands; show both.',
    },
    {
      a: 'amazon.have-backbone-disagree-and-commit',
      b: 'amazon.earn-trust',
      note: 'Pushing back hard without losing the relationship; show how you disagreed respectfully.',
    },
    {
      a: 'amazon.ownership',
      b: 'amazon.hire-and-develop-the-best',
      note: 'Owning outcomes versus letting others grow by owning them; show when you stepped back.',
    },
  ],
  interviewNotes: [
    'Every interviewer is assigned a few principles and probes them with "tell me about a time" questions; expect the same principle to be probed from several angles.',
    'A bar raiser from outside the hiring team sits on the loop and can veto; they look hardest at Dive Deep, Ownership, Frugality and Disagree and Commit.',
    'Aim for two or three principles per story, with one clearly primary; naming all sixteen reads as reciting, not living them.',
    'Expect follow-ups that drill into your own role, the numbers, and what you would do differently; "we" without "I" is probed until it breaks.',
    'Data and specifics matter: a before-and-after metric and the mechanism you built count for more than the narrative.',
  ],
};
