/**
 * Netflix's valued behaviours, as listed in its public culture memo. The list follows the
 * 2017–2023 memo; Honesty comes from the original 2009 deck and was later folded into Integrity,
 * so it is kept with `current: false`. The 2024 rewrite reorganised the memo around four core
 * principles and we have not confirmed that every behaviour below survives there word for word.
 * Descriptions, cues and hooks are ours.
 */
import { principleBuilder } from './principle-id';

const principle = principleBuilder('netflix');

export const NETFLIX_VALUES = [
  principle({
    name: 'Judgment',
    description:
      'Making good calls when the picture is unclear: getting to underlying causes, weighing the long view, and using evidence to sharpen rather than replace instinct.',
    cues: `
      judgment, judgement, wise decision, strategic, strategically, data to inform, long term,
      root causes, trade-off, trade-offs, what we are not doing
    `,
    hooks: [
      'I was clear about what we were not trying to do',
      'The data informed my instinct, it did not replace it',
      'I went after the cause, not the symptom',
    ],
  }),
  principle({
    name: 'Communication',
    description:
      'Getting ideas across clearly and briefly, understanding others before responding, and adjusting how you explain things for people from other cultures and languages.',
    cues: `
      concise, articulate, written memo, memo, listened first, listening, adapted my style,
      communication style, calm under pressure, native language, clear writing
    `,
    hooks: [
      'I wrote a two-page memo so the decision could travel without me',
      'I listened first and only then made my case',
      'I adjusted how I explained it for each audience',
    ],
  }),
  principle({
    name: 'Curiosity',
    description:
      'Picking up new fields quickly, being useful beyond your own discipline, and spotting links between ideas that others walk past.',
    cues: `
      curious, curiosity, learned quickly, outside my specialty, connections others missed,
      cross-disciplinary, alternate perspectives, asked why, new field
    `,
    hooks: [
      'I learned enough of their field to ask good questions',
      'The connection nobody had made was between those two teams',
      'I kept asking why until the pattern showed up',
    ],
  }),
  principle({
    name: 'Courage',
    description:
      'Raising the uncomfortable point when it serves the company, calling out behaviour that does not fit the culture, and accepting risks that might not pay off.',
    cues: `
      courage, uncomfortable, spoke up, questioned, challenged leadership, smart risk, took a risk,
      risked, disagreed openly, said what i thought, tough call
    `,
    hooks: [
      'It was uncomfortable, but I said it in the room',
      'I took a risk I could have avoided',
      'I questioned the decision even though it came from above',
    ],
  }),
  principle({
    name: 'Passion',
    description:
      'Visible, contagious commitment to the company doing well, with a personal standard high enough to lift the people around you.',
    cues: `
      passion, passionate, care deeply, cared deeply, excellence, inspire, inspired the team,
      drive, relentless, obsessed with
    `,
    hooks: [
      'I cared about this more than was probably reasonable',
      'The standard I set pulled the team up with it',
      'It mattered to me because it mattered to our members',
    ],
  }),
  principle({
    name: 'Selflessness',
    description:
      "Choosing the company's interest over your team's or your own, keeping ego out of whose idea wins, and spending time helping peers succeed.",
    cues: `
      selfless, selflessness, ego, egoless, best for the company, helped colleagues, made time to help,
      gave away, shared information, not my team's interest
    `,
    hooks: [
      'The best outcome for the company was worse for my team, and I chose it',
      'I made time to help a peer who was stuck',
      'I left my ego out of which idea won',
    ],
  }),
  principle({
    name: 'Innovation',
    description:
      'Coming up with ideas that turn out to work, questioning what everyone takes for granted, and keeping things simple enough that the company stays quick on its feet.',
    cues: `
      innovation, innovative, new idea, new ideas, challenged assumptions, reduce complexity,
      reduced complexity, keep things simple, reinvented, novel, experimented
    `,
    hooks: [
      'I challenged the assumption everyone had stopped noticing',
      'The new idea worked because we kept it simple',
      'We experimented our way to something nobody had tried',
    ],
  }),
  principle({
    name: 'Inclusion',
    description:
      'Respecting people whatever their role, actively working against bias, and shaping teams where people from any background can contribute fully.',
    cues: `
      inclusion, inclusive, diverse teams, diversity, bias, biases, unconscious bias, marginalized,
      different backgrounds, respect regardless, belonging
    `,
    hooks: [
      'I stepped in when a colleague was being talked over',
      'We changed the hiring process to counteract our own bias',
      'Everyone on the team could do their best work, not just the loudest',
    ],
  }),
  principle({
    name: 'Integrity',
    description:
      'Plain dealing: being open about what you know, owning errors in public, and never talking about colleagues in ways you would not repeat to them.',
    cues: `
      integrity, candid, candor, candour, transparent, transparency, admitted mistakes, admit mistakes,
      good intent, shared learnings, said it to their face
    `,
    hooks: [
      'I admitted the mistake to the whole team and what I learned',
      'I only said about him what I had already said to him',
      'Being transparent cost me that week and earned trust for a year',
    ],
  }),
  principle({
    name: 'Impact',
    description:
      'A record of substantial, important work that colleagues can count on, judged by what it achieved rather than how busy it looked.',
    cues: `
      impact, results, important work, reliably, outcomes, outsized, focus on results,
      count on me, rely on, delivered
    `,
    hooks: [
      'We measured it by outcome, not by effort',
      'A small team got an outsized amount of important work done',
      'I cut the process that was slowing results',
    ],
  }),
  principle({
    name: 'Honesty',
    current: false,
    description:
      "The original deck's version of integrity: plain truth-telling, owning up to errors, and not talking behind people's backs.",
    cues: `
      honest, honesty, honestly, truthful, told the truth, hard truth, straight talk, owned my mistake,
      no spin
    `,
    hooks: [
      'I told them the hard truth rather than a comfortable version',
      'I owned my mistake in front of everyone',
      'No spin: here is what went wrong',
    ],
  }),
];
