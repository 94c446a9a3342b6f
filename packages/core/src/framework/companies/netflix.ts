/**
 * Netflix: the valued behaviours (netflix-values.ts) plus the operating principles its culture
 * memo is best known for. "The Dream Team" is one of the four core principles of the 2024 memo;
 * we include it because the keeper test it describes is a staple of manager interviews.
 * Descriptions, cues and hooks are ours.
 */
import { NETFLIX_VALUES } from './netflix-values';
import { principleBuilder } from './principle-id';
import type { CompanyPrincipleSet } from './types';

const principle = principleBuilder('netflix');

const OPERATING_PRINCIPLES = [
  principle({
    name: 'Context, Not Control',
    description:
      'Leading by giving people the goals, stakes and information to decide well themselves, instead of approving or directing each decision.',
    cues: `
      context, shared context, set context, not control, approvals, approval process, sign-off,
      decided themselves, let the team decide, informed captain, highly aligned, loosely coupled
    `,
    hooks: [
      'I gave them the context and let them make the call',
      'If they got it wrong, I asked what context I had failed to give',
      'We stayed highly aligned on goals and loosely coupled on execution',
    ],
    misreading: 'Context, not control is not hands-off; a leader still owns setting clear context.',
  }),
  principle({
    name: 'Freedom and Responsibility',
    description:
      "Giving capable people wide latitude with few rules, and expecting them in return to act in the company's interest and own the consequences.",
    cues: `
      freedom, autonomy, autonomous, few rules, no rules, removed the policy, removed approvals,
      latitude, trusted them, responsible people, best interest, own the outcome
    `,
    hooks: [
      'I removed the approval step and trusted them to use judgment',
      'More freedom came with more responsibility, and I said so',
      'We replaced a policy with a principle',
    ],
    misreading: 'Freedom is not the absence of accountability; responsible people earn it and keep it.',
  }),
  principle({
    name: 'The Dream Team',
    description:
      'Keeping only people who are exceptional at their work and with each other, modelled on a professional team rather than a family, with generous exits for the rest.',
    cues: `
      keeper test, talent density, high performers, top performers, dream team, severance,
      good but not great, fight to keep, let go, performance bar, upgraded the team, sports team
    `,
    hooks: [
      'I asked myself whether I would fight to keep each person',
      'Raising talent density did more than adding headcount',
      'Letting a good-but-not-great person go was the kind thing to do',
    ],
    misreading: 'The keeper test is not a licence for surprise firings; it needs candid, early feedback.',
  }),
];

export const NETFLIX: CompanyPrincipleSet = {
  id: 'netflix',
  name: 'Netflix',
  builtIn: true,
  principles: [...NETFLIX_VALUES, ...OPERATING_PRINCIPLES],
  tensions: [
    {
      a: 'netflix.freedom-and-responsibility',
      b: 'netflix.context-not-control',
      note: 'Freedom works only with enough context; show what you shared so that freedom did not become chaos.',
    },
    {
      a: 'netflix.the-dream-team',
      b: 'netflix.inclusion',
      note: 'A high bar and an inclusive team; show how you kept the bar without narrowing who could meet it.',
    },
    {
      a: 'netflix.courage',
      b: 'netflix.selflessness',
      note: 'Challenging a decision hard, then backing the company over your own view.',
    },
  ],
  interviewNotes: [
    'Culture fit is weighed heavily; most loops include conversations focused on the culture memo itself.',
    'Expect questions on giving and receiving candid feedback, and on how you have managed out people who were merely adequate.',
    'Leaders are judged on the context they set rather than the control they exert; show decisions your team made without you.',
    'Translate stories toward context not control and freedom and responsibility; stories about adding process land poorly unless the process clearly earned its place.',
  ],
};
