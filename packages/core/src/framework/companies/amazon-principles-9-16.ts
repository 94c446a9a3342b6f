/** Amazon Leadership Principles 9–16, in Amazon's published order. Descriptions are ours. */
import { principleBuilder } from './principle-id';

const principle = principleBuilder('amazon');

export const AMAZON_PRINCIPLES_9_TO_16 = [
  principle({
    name: 'Bias for Action',
    description:
      'Moving without waiting for perfect information when a decision can be undone, and saving long deliberation for the few choices that cannot.',
    cues: `
      urgency, two-way door, two way door, reversible, calculated risk, moved fast, within days,
      within hours, didn't wait, without waiting, made the call, mvp, prototype, pilot, unblocked,
      same day
    `,
    hooks: [
      'It was a two-way door, so we moved that week',
      'Waiting for certainty would have cost more than being slightly wrong',
      'I made the call with seventy percent of the data',
    ],
    misreading: 'It is not recklessness; one-way-door decisions still deserve careful study.',
  }),
  principle({
    name: 'Frugality',
    description:
      'Getting outsized results from limited money, people and time, and treating a tight budget as a prompt to be inventive rather than an excuse.',
    cues: `
      frugal, frugality, budget, under budget, cost, costs, cost reduction, cut costs, savings,
      cloud spend, aws bill, infrastructure cost, no extra headcount, without new headcount,
      resourceful, reused, lean, constraints
    `,
    hooks: [
      'We had no budget, which forced a better design',
      'I asked what we could do with the people we already had',
      'We cut the bill in half without touching reliability',
    ],
    misreading: 'Frugality is not cutting testing, safety or people; it is spending where it pays back.',
  }),
  principle({
    name: 'Earn Trust',
    description:
      'Being someone people rely on: you say hard things plainly, own your mistakes out loud, and keep commitments, so colleagues believe you when it counts.',
    cues: `
      trust, trusted, credibility, transparent, transparency, candid, candidly, admitted my mistake,
      i was wrong, owned up, bad news, self-critical, kept my word, followed through, listened,
      rapport
    `,
    hooks: [
      'I told them the bad news before they heard it elsewhere',
      'I started by admitting what I had got wrong',
      'Trust came from doing exactly what I said, every week',
    ],
  }),
  principle({
    name: 'Dive Deep',
    description:
      'Staying close enough to the details to notice when the numbers and the anecdotes disagree, and digging until you find the real cause rather than the convenient one.',
    cues: `
      root cause, root-caused, five whys, 5 whys, dug into, dug in, in the weeds, dashboard,
      dashboards, logs, traces, anomaly, anecdote, anecdotes, audited, line by line, sql, p99,
      query plan
    `,
    hooks: [
      'The dashboard said green, but the anecdotes said otherwise',
      'I went down to the logs myself',
      'We asked why five times before we believed the answer',
    ],
    misreading:
      'Diving deep is not micromanaging; it is knowing the details well enough to ask sharp questions.',
  }),
  principle({
    name: 'Have Backbone; Disagree and Commit',
    description:
      'Voicing a considered objection even when it is awkward or unpopular, then putting full effort behind the decision once it is made, whether or not it went your way.',
    cues: `
      disagreed, disagree, disagreement, pushed back, push back, challenged, objected,
      disagree and commit, committed fully, even though i disagreed, unpopular, stood firm,
      respectfully, dissent, spoke up
    `,
    hooks: [
      'I pushed back hard, and once we decided I went all in',
      'I disagreed in the room, not in the hallway afterwards',
      'Being unpopular for a week was cheaper than a bad decision for a year',
    ],
    misreading:
      'Committing is not quietly complying while doubting; and backbone is not refusing to commit once decided.',
  }),
  principle({
    name: 'Deliver Results',
    description:
      'Turning plans into outcomes that matter: picking the few inputs that move the needle, landing them with quality and on time, and recovering when things go wrong.',
    cues: `
      delivered, on time, deadline, deadlines, launched, hit the target, exceeded, okrs, okr, kpi,
      kpis, milestones, ahead of schedule, despite setbacks, outcomes, revenue, input metrics
    `,
    hooks: [
      'We still hit the date, and here is what we gave up to do it',
      'I focused the team on the two inputs that drove the number',
      'When the plan broke in month two, we found another way to land it',
    ],
  }),
  principle({
    name: "Strive to be Earth's Best Employer",
    description:
      'Making the team a place where people do their best work and want to stay: safe, fair, inclusive and growing, led with empathy as well as expectations.',
    cues: `
      psychological safety, wellbeing, well-being, burnout, engagement, inclusive, inclusion,
      belonging, retention, attrition, work-life balance, empathy, morale, team health,
      employee survey, safer
    `,
    hooks: [
      'I measured success partly by who stayed and why',
      'People needed to feel safe enough to tell me the truth',
      'We hit the goal without burning anyone out',
    ],
    misreading: 'It is not being liked or avoiding hard feedback; high expectations are part of it.',
  }),
  principle({
    name: 'Success and Scale Bring Broad Responsibility',
    description:
      'Weighing the effects of your work beyond the immediate win, on communities, privacy, the environment and people downstream, because at scale small side effects become large ones.',
    cues: `
      community, communities, society, sustainability, carbon, privacy, accessibility, ethical, ethics,
      second-order effects, unintended consequences, downstream impact, regulators, misuse, fairness,
      algorithmic bias
    `,
    hooks: [
      'At our scale, a small side effect becomes a big one',
      'We asked who could be hurt by this before we shipped it',
      'Winning the launch was not enough if it left others worse off',
    ],
  }),
];
