/**
 * Microsoft. Three sources, all published by Microsoft: its core values (Respect, Integrity,
 * Accountability), its culture attributes (growth mindset, customer obsessed, diverse and
 * inclusive, One Microsoft, making a difference), and the leadership principles it asks of
 * managers (create clarity, generate energy, deliver success). Descriptions, cues and hooks are ours.
 */
import { principleBuilder } from './principle-id';
import type { CompanyPrincipleSet } from './types';

const principle = principleBuilder('microsoft');

export const MICROSOFT: CompanyPrincipleSet = {
  id: 'microsoft',
  name: 'Microsoft',
  builtIn: true,
  principles: [
    principle({
      name: 'Respect',
      description:
        'Treating every person and viewpoint as worth hearing, and making room for perspectives unlike your own before deciding.',
      cues: `
        respect, respected, dignity, listened, considerate, different viewpoints, perspectives,
        assumed positive intent, valued their input, heard out, courtesy
      `,
      hooks: [
        'I made sure the quietest person in the room was heard',
        'We disagreed, but I respected how they got there',
        'I assumed positive intent and asked before judging',
      ],
    }),
    principle({
      name: 'Integrity',
      description:
        'Being honest and ethical when it is costly, so that what you say, what you do and what you report all match.',
      cues: `
        integrity, honest, honesty, ethical, ethics, the right thing, compliance, truthful,
        conflict of interest, principled, disclosed, security review
      `,
      hooks: [
        'It would have been easier to round the numbers up; I did not',
        'I disclosed the problem before anyone asked',
        'We chose the right thing over the convenient thing',
      ],
    }),
    principle({
      name: 'Accountability',
      description:
        'Owning your commitments and their consequences, good or bad, and making it plain who is responsible for what.',
      cues: `
        accountable, accountability, owned, ownership, my responsibility, responsible for, commitments,
        followed through, on the hook, answerable, held myself
      `,
      hooks: [
        'It was my call, so the miss was mine to own',
        'I held myself to the same standard I set for the team',
        'Everyone knew who was accountable for each piece',
      ],
    }),
    principle({
      name: 'Growth Mindset',
      description:
        'Believing ability grows with effort, so you seek feedback, learn from failure and would rather be a learn-it-all than a know-it-all.',
      cues: `
        growth mindset, learn-it-all, know-it-all, learned from failure, from my mistakes, feedback,
        curious, curiosity, stretch, resilience, getting better, fixed mindset
      `,
      hooks: [
        'I went from knowing it all to learning it all',
        'That failure taught me more than the wins',
        'I asked for the feedback I least wanted to hear',
      ],
      misreading: 'Growth mindset is not relabelling failures as learning; show what changed afterwards.',
    }),
    principle({
      name: 'Customer Obsessed',
      description:
        'Understanding customers deeply enough to meet needs they have not put into words, and measuring success by their outcomes.',
      cues: `
        customer, customers, customer needs, customer feedback, unarticulated needs, enterprise customers,
        customer success, customer satisfaction, telemetry, partners, developers, field teams
      `,
      hooks: [
        'I spent time with customers until I could predict their next ask',
        'The telemetry showed a need no customer had put into words',
        'We measured success by what customers achieved, not by what we shipped',
      ],
    }),
    principle({
      name: 'Diverse and Inclusive',
      description:
        'Seeking out people and ideas unlike your own and making sure everyone can contribute fully, because better products come from a wider range of views.',
      cues: `
        diverse, diversity, inclusive, inclusion, belonging, underrepresented, equity, accessibility,
        different backgrounds, allyship, ally, neurodiverse, representation
      `,
      hooks: [
        'The diverse panel caught what a uniform one would have missed',
        'I changed how we ran meetings so everyone could contribute',
        'We built accessibility in from the first sprint',
      ],
    }),
    principle({
      name: 'One Microsoft',
      description:
        "Working as one company across team and division lines, building on each other's work instead of competing or duplicating it.",
      cues: `
        cross-team, across teams, across divisions, across the company, one team, shared platform,
        silos, broke down silos, partner teams, org boundaries, reused their
      `,
      hooks: [
        "We reused another division's platform instead of building our own",
        "I treated the partner team's goal as ours too",
        'We broke down the silo between the two orgs',
      ],
    }),
    principle({
      name: 'Making a Difference',
      description:
        'Connecting daily work to a purpose larger than the product: empowering people and organisations to do more than they could before.',
      cues: `
        mission, purpose, meaningful, empower, empowered, empowering, changed lives, nonprofit,
        nonprofits, social good, every person, made a difference
      `,
      hooks: [
        'What kept the team going was who it helped',
        'It empowered people who had been shut out before',
        'I tied the roadmap back to the difference it would make',
      ],
    }),
    principle({
      name: 'Create Clarity',
      description:
        'Turning complexity and noise into a shared, simple understanding of the goal, the priorities and what success looks like.',
      cues: `
        clarity, clear priorities, clear goals, defined success, framed the problem, simplified the message,
        written narrative, strategy doc, single page, made it clear
      `,
      hooks: [
        'My first job was to make the goal clear to everyone',
        'I wrote it down on one page so nobody could misread it',
        'Clarity on priorities did more than any extra headcount',
      ],
    }),
    principle({
      name: 'Generate Energy',
      description:
        'Building momentum and optimism in a team, especially when things are hard, so people bring their best and keep going.',
      cues: `
        energy, energized, motivated, motivation, rallied, inspired, momentum, morale, enthusiasm,
        optimism, celebrated, recognition
      `,
      hooks: [
        'Morale was low, so I started by celebrating small wins',
        'I rallied the team around a goal they believed in',
        'The momentum carried us through the hard months',
      ],
    }),
    principle({
      name: 'Deliver Success',
      description:
        'Converting clarity and energy into results: making the trade-offs, removing obstacles and landing what was promised.',
      cues: `
        delivered, results, shipped, outcomes, milestones, on time, execution, executed, landed,
        trade-offs, removed obstacles
      `,
      hooks: [
        'We landed it on the date we promised',
        'I made the trade-offs so the team could execute',
        'Success meant results customers could see',
      ],
    }),
  ],
  tensions: [
    {
      a: 'microsoft.growth-mindset',
      b: 'microsoft.accountability',
      note: 'Learning from failure without excusing it; show you owned the miss and what you changed.',
    },
    {
      a: 'microsoft.one-microsoft',
      b: 'microsoft.deliver-success',
      note: 'Helping other teams can slow your own delivery; show how you weighed the two.',
    },
  ],
  interviewNotes: [
    'Loops typically mix technical and behavioural rounds, with a final "as appropriate" round from a senior leader who weighs overall hire signal.',
    'Growth mindset is the centre of Microsoft culture: expect questions about failure, feedback and how you changed.',
    'For managers, interviewers listen for the leadership principles: creating clarity, generating energy and delivering success.',
    'Collaboration across org boundaries (One Microsoft) is probed for senior roles; have a cross-division story ready.',
  ],
};
