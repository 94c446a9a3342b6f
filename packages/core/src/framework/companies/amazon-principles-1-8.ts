/** Amazon Leadership Principles 1–8, in Amazon's published order. Descriptions are ours. */
import { principleBuilder } from './principle-id';

const principle = principleBuilder('amazon');

export const AMAZON_PRINCIPLES_1_TO_8 = [
  principle({
    name: 'Customer Obsession',
    description:
      "Decisions start from what customers really experience and are checked against it. In a story, the customer's problem, not the organisation's convenience, drives what you chose.",
    cues: `
      customer, customers, customer feedback, customer experience, customer interviews,
      voice of the customer, pain point, pain points, user research, support tickets, support queue,
      nps, csat, churn, worked backwards, working backwards, press release
    `,
    hooks: [
      'I started from what the customer was actually living through',
      'We worked backwards from the customer problem, not our roadmap',
      'The support tickets told us more than any dashboard',
    ],
    sampleEvidence: ['An NPS of 42, with the leader personally working through more than 50 support tickets'],
    misreading:
      'It is not doing whatever the loudest customer asks; it is understanding the need behind the request.',
  }),
  principle({
    name: 'Ownership',
    description:
      'Treating an outcome as yours even where the org chart says otherwise, and weighing long-run health over a quick win. Stories show you picking up a gap nobody was assigned.',
    cues: `
      ownership, owned, took ownership, end to end, end-to-end, not my job, not my team, out of scope,
      nobody owned, no one owned, i volunteered, stepped in, accountable, on-call, tiger team,
      long-term health
    `,
    hooks: [
      'It was outside my scope, but nobody else owned it',
      'I treated it as if the whole outcome were mine',
      'I was thinking about where this would be in three years, not three weeks',
    ],
    sampleEvidence: [
      'Adopted a stability problem outside their remit and pulled together a temporary cross-team tiger team',
    ],
    misreading: 'Ownership is not hoarding work or control; it includes handing things off well.',
  }),
  principle({
    name: 'Invent and Simplify',
    description:
      'Finding a new way through a problem and leaving the system with fewer moving parts than you found. Stories show the idea, the resistance it met and what got removed.',
    cues: `
      simplify, simplified, simpler, simplification, invented, reinvented, automated, automation,
      eliminated, consolidated, legacy systems, decommissioned, deprecated, reduced complexity,
      fewer steps, new approach, patent
    `,
    hooks: [
      'The simplest version turned out to be the most robust one',
      'Instead of adding a system, we removed four',
      'We invented our way around the constraint',
    ],
    sampleEvidence: ['Deploys cut from 4 hours to 4 minutes, with 7 legacy systems retired'],
    misreading: 'Simplify does not mean cutting corners; it means less to go wrong, not less care.',
  }),
  principle({
    name: 'Are Right, A Lot',
    description:
      'A record of good calls that comes from method rather than luck: you form a view, hunt for evidence against it, and change course when it fails the test.',
    cues: `
      judgment, judgement, intuition, instinct, instincts, gut feel, sought out dissent, disconfirming,
      second opinion, blind spot, blind spots, changed my mind, diverse perspectives, track record,
      calibrated, the right call
    `,
    hooks: [
      'I went looking for the people most likely to prove me wrong',
      'My instinct said one thing, so I tested it before betting on it',
      'In hindsight it was the right call, and here is why',
    ],
    misreading: 'It is not about never being wrong; it is about how you test and update your views.',
  }),
  principle({
    name: 'Learn and Be Curious',
    description:
      'Going after what you do not yet know (a new domain, a puzzling pattern, a skill the next stage will need) and showing what that learning changed.',
    cues: `
      curious, curiosity, taught myself, read up on, new domain, outside my expertise,
      outside my comfort zone, shadowed, took a course, explored, rabbit hole, wondered why, picked up,
      unfamiliar
    `,
    hooks: [
      'I did not know the domain, so I went and learned it',
      'I got curious about why it kept happening',
      'I spent a week shadowing the people who did this every day',
    ],
  }),
  principle({
    name: 'Hire and Develop the Best',
    description:
      "Treating every hiring and promotion decision as a chance to lift the team's average, and counting the growth of the people around you among your own results.",
    cues: `
      hiring, hired, recruiting, recruited, bar raiser, promoted, promotion, promotions, mentored,
      mentoring, coached, coaching, career growth, succession, talent, onboarding, interview loop,
      growth plan
    `,
    hooks: [
      'Every hire had to make the team better than average',
      'Two of the people I coached now run teams of their own',
      'I measured myself by how many leaders I grew',
    ],
    misreading: 'It is not only hiring stars; developing the people you have counts as much.',
  }),
  principle({
    name: 'Insist on the Highest Standards',
    description:
      'Setting a quality bar that feels demanding to others, explaining why it matters, and fixing problems at their source before they reach the next team or the customer.',
    cues: `
      high bar, raise the bar, raised the bar, quality bar, defects, defect rate, code review,
      code reviews, design review, operational excellence, correction of error, postmortem,
      post-mortem, not good enough, sent it back, zero defects, test coverage
    `,
    hooks: [
      'We were hitting the target, but it still was not good enough',
      'I sent it back rather than ship something we would regret',
      'I kept raising the bar once the team cleared it',
    ],
    misreading:
      'High standards are not perfectionism that blocks shipping; they are about what must not slip.',
  }),
  principle({
    name: 'Think Big',
    description:
      'Framing a problem at a scale and horizon beyond the obvious, then making that ambition concrete enough that a team can rally behind it and start.',
    cues: `
      vision, bold, moonshot, ambitious, 10x, 100x, north star, multi-year, three-year, five-year,
      transformation, reimagined, big bet, audacious, company-wide, industry-wide
    `,
    hooks: [
      'I asked what this would look like at ten times the scale',
      'I painted a three-year picture so the team knew where we were headed',
      'We stopped optimising the old system and reimagined it',
    ],
    misreading: 'Thinking big is not a grand plan without a first step; it still has to land.',
  }),
];
