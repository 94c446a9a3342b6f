/**
 * Google. Two published sources, kept apart so a candidate knows which is which:
 * - the ten-item philosophy "Ten things we know to be true" (google-philosophy.ts), and
 * - the "Googleyness" and leadership attributes Google's hiring pages say interviewers assess;
 *   the trait list follows the culture-values guide (intellectual humility, collaboration,
 *   comfort with ambiguity, bias to action with data) plus Google's named "Leadership" attribute,
 *   which its hiring material describes as stepping up and stepping back as needed.
 * All descriptions, cues and hooks are ours.
 */
import { GOOGLE_PHILOSOPHY } from './google-philosophy';
import { principleBuilder } from './principle-id';
import type { CompanyPrincipleSet } from './types';

const principle = principleBuilder('google');

const GOOGLEYNESS = [
  principle({
    name: 'Intellectual Humility',
    description:
      'Holding views firmly enough to act but loosely enough to drop them, crediting others, and treating being wrong as information rather than a threat.',
    cues: `
      humility, humble, i was wrong, changed my mind, i didn't know, asked for help,
      blameless, open to being wrong, credit to the team, proved me wrong, learned from them
    `,
    hooks: [
      'I was wrong about that, and the team showed me why',
      'I did not know, so I asked the person who did',
      'The credit belonged to the engineer who spotted it',
    ],
    misreading: 'Humility is not hedging every opinion; you still take a position and own it.',
  }),
  principle({
    name: 'Collaboration',
    description:
      'Getting more done with others than alone: sharing context and credit, working across functions, and building the consensus a decision needs to stick.',
    cues: `
      collaborated, collaboration, collaborative, cross-functional, partnered, partnership,
      worked closely, pair programming, shared credit, consensus, brought together, jointly
    `,
    hooks: [
      'I brought product, design and research into the room early',
      'We got there together, and the credit was shared',
      'I partnered with the team that disagreed most',
    ],
  }),
  principle({
    name: 'Comfort with Ambiguity',
    description:
      'Making progress when the goal, the data or the ownership is unclear: framing the problem, choosing a path and adjusting as the picture fills in.',
    cues: `
      ambiguity, ambiguous, uncertain, uncertainty, unclear, undefined, no playbook,
      no clear answer, changing priorities, unknowns, open-ended, greenfield, figured it out
    `,
    hooks: [
      'Nobody could tell us what done looked like, so we defined it',
      'There was no playbook, so we wrote the first page',
      'I was comfortable moving before the picture was complete',
    ],
  }),
  principle({
    name: 'Bias to Action with Data',
    description:
      'Moving quickly by testing ideas rather than debating them, and letting measured evidence, not seniority, decide what happens next.',
    cues: `
      experiment, experiments, a/b test, a/b tests, hypothesis, data-driven, data wins arguments,
      the data showed, instrumented, statistically significant, holdback, control group
    `,
    hooks: [
      'Instead of arguing, we ran the experiment',
      'The data settled it, not the most senior voice',
      'We instrumented it first so we would know',
    ],
    misreading: 'It is not waiting for perfect data; it is acting and measuring in the same step.',
  }),
  principle({
    name: 'Emergent Leadership',
    description:
      'Leading without waiting for the title: stepping up when a problem needs someone, and stepping back so others can lead when they are better placed.',
    cues: `
      stepped up, stepped back, without authority, influenced, influence, rallied, informal leader,
      led without, let others lead, handed over, facilitated, no formal authority
    `,
    hooks: [
      'No one had asked me to lead it, but someone needed to',
      'Once the right person emerged, I stepped back',
      'I had no authority over those teams, only influence',
    ],
  }),
];

export const GOOGLE: CompanyPrincipleSet = {
  id: 'google',
  name: 'Google',
  builtIn: true,
  principles: [...GOOGLE_PHILOSOPHY, ...GOOGLEYNESS],
  tensions: [
    {
      a: 'google.fast-is-better-than-slow',
      b: 'google.focus-on-the-user',
      note: 'A quicker launch against a better experience; say what extra testing the user was worth.',
    },
    {
      a: 'google.bias-to-action-with-data',
      b: 'google.comfort-with-ambiguity',
      note: 'Some calls cannot wait for data; show how you acted and what you measured afterwards.',
    },
    {
      a: 'google.do-one-thing-really-well',
      b: 'google.great-just-isnt-good-enough',
      note: 'Depth and ambition both pull on the same people; show what you stopped to go further.',
    },
  ],
  interviewNotes: [
    'Leadership candidates usually face a dedicated "Googleyness and leadership" round alongside technical, design and management rounds.',
    'Decisions are made by a hiring committee that reads written feedback, so clear, specific evidence in each answer matters more than rapport.',
    'Interviewers listen for data behind decisions ("data wins arguments"), technical excellence, and thinking at global scale; these are informal cues, not published values.',
    'Show intellectual humility: a story where you changed your mind, or where credit went to others, lands well.',
    'Tie outcomes back to users; a win that only helped internal metrics is weaker than one users felt.',
  ],
};
