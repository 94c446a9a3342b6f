/**
 * Meta. Current values are the six announced in February 2022. The earlier Facebook-era values
 * (Be Bold, Focus on Impact, Be Open, Build Social Value) are kept with `current: false` because
 * prep material and interviewers still use them; Move Fast appears in both lists, so it is one
 * current entry. Descriptions, cues and hooks are ours.
 */
import { principleBuilder } from './principle-id';
import type { CompanyPrincipleSet } from './types';

const principle = principleBuilder('meta');

export const META: CompanyPrincipleSet = {
  id: 'meta',
  name: 'Meta',
  builtIn: true,
  principles: [
    principle({
      name: 'Move Fast',
      description:
        'Learning and shipping faster by acting today rather than next week, and removing whatever slows the most important work, as one team heading in one direction.',
      cues: `
        velocity, ship it, shipped in, iterate, iterated, iterations, weeks not months, cycle time,
        release cadence, removed blockers, fast follow, moved quickly, hack, hackathon
      `,
      hooks: [
        'We had a working version in two weeks instead of six months',
        'I spent my time removing whatever slowed the team down',
        'We shipped, learned, and shipped again',
      ],
      sampleEvidence: ['An MVP in 2 weeks instead of 6 months, saving 5 months'],
      misreading: 'Moving fast is not breaking things carelessly; speed comes with guardrails.',
    }),
    principle({
      name: 'Focus on Long-Term Impact',
      description:
        'Choosing the problems whose payoff is largest over years, even when the results will not show this quarter, and resisting easy short-term wins.',
      cues: `
        long-term, long term, multi-year, durable, compounding, foundational, platform investment,
        future-proof, lasting impact, years from now, paid off later, over the next few years
      `,
      hooks: [
        'It would not pay off for two years, and that was the point',
        'I traded a quick win for something that compounds',
        'We built the foundation the next five products now sit on',
      ],
    }),
    principle({
      name: 'Build Awesome Things',
      description:
        'Aiming past useful to products that impress and inspire the people who use them, with the craft and polish that takes.',
      cues: `
        delight, delightful, delighted, polish, polished, craft, craftsmanship, wow, inspiring,
        users loved, world-class, awesome
      `,
      hooks: [
        'Useful was not enough; we wanted people to be impressed',
        'We spent the last month purely on polish',
        'People told us it was the best thing we had shipped',
      ],
    }),
    principle({
      name: 'Live in the Future',
      description:
        'Working the way the future will work: distributed, early adopters of new technology, and building toward where people and products are heading.',
      cues: `
        distributed teams, distributed team, remote-first, future of work, dogfood, dogfooding,
        early adopter, early adopters, virtual reality, augmented reality, metaverse, time zones, async
      `,
      hooks: [
        'We dogfooded it for months before anyone else saw it',
        'We ran the team distributed-first, not as an exception',
        'I built for where the platform was going, not where it was',
      ],
    }),
    principle({
      name: 'Be Direct and Respect Your Colleagues',
      description:
        'Saying the hard thing plainly and early, and receiving it the same way, while assuming your colleagues are capable and well meaning.',
      cues: `
        direct, directly, candor, hard conversation, difficult conversation, honest feedback,
        blunt, respectful, assumed good intent, face to face, told them plainly, straight with
      `,
      hooks: [
        'I told him directly, that day, and with respect',
        'I would rather have the hard conversation than a polite delay',
        'I assumed good intent and still said exactly what I thought',
      ],
      misreading: 'Direct is not harsh; respect is the other half of the value.',
    }),
    principle({
      name: 'Meta, Metamates, Me',
      description:
        'Putting the company first, colleagues next and yourself last: taking care of the whole and each other before personal credit or turf.',
      cues: `
        company first, for the company, helped another team, took care of, teammates, collective,
        loaned engineers, gave up headcount, bigger picture, credit to others, not about me, sacrificed
      `,
      hooks: [
        'I gave up two engineers because the company needed them elsewhere',
        'It was not about my team looking good',
        'The company came first, then the people, then me',
      ],
    }),
    principle({
      name: 'Be Bold',
      current: false,
      description:
        'Taking big swings where the upside justifies the risk, and accepting that some of them will fail; standing still is its own risk.',
      cues: `
        bold, took a risk, risky, big bet, high stakes, rebuild, rebuilt, unproven, courage, bet the company,
        biggest risk, big swing
      `,
      hooks: [
        'We rebuilt it during peak season because waiting was riskier',
        'It was a big bet, and I said so up front',
        'The safe choice would have been the wrong one',
      ],
      sampleEvidence: ['A rebuild during peak season with zero downtime'],
      misreading: 'Bold is not reckless: name the risk and how you bounded it.',
    }),
    principle({
      name: 'Focus on Impact',
      current: false,
      description:
        'Spending time on the problems that matter most and can be solved, and measuring yourself by the outcome rather than the activity.',
      cues: `
        impact, impactful, high-impact, highest leverage, leverage, prioritized, prioritize,
        most important problem, moved the metric, top priority, 80/20
      `,
      hooks: [
        'I picked the problem with the biggest impact, not the most interesting one',
        'We cut half the roadmap to focus on what moved the metric',
        'Activity was not the goal; impact was',
      ],
    }),
    principle({
      name: 'Be Open',
      current: false,
      description:
        'Sharing information widely so people can make good decisions, and making it safe to ask questions and raise problems in the open.',
      cues: `
        openness, shared openly, transparent, transparency, information sharing, town hall, q&a,
        open door, public roadmap, open communication, shared the doc, bottom-up
      `,
      hooks: [
        'I shared the whole picture, including the parts that looked bad',
        'We put the plan in a public doc anyone could comment on',
        'Open Q&A meant problems surfaced weeks earlier',
      ],
    }),
    principle({
      name: 'Build Social Value',
      current: false,
      description:
        'Making work that strengthens connections between people and leaves communities better off, not just metrics higher.',
      cues: `
        community, communities, connect people, connection, connections, social impact, meaningful,
        people's lives, world closer, integrity, safety, well-being
      `,
      hooks: [
        'We measured success by whether people actually connected',
        'It mattered for the communities using it, not just our numbers',
        'We put safety ahead of growth on that launch',
      ],
    }),
  ],
  tensions: [
    {
      a: 'meta.move-fast',
      b: 'meta.focus-on-long-term-impact',
      note: 'Speed now versus compounding later; show where you bought speed and what you protected.',
    },
    {
      a: 'meta.move-fast',
      b: 'meta.build-awesome-things',
      note: 'Shipping quickly versus polishing; say what you cut and what you refused to cut.',
    },
    {
      a: 'meta.be-direct-and-respect-your-colleagues',
      b: 'meta.meta-metamates-me',
      note: 'Candour about a colleague versus caring for the team; show both in the same conversation.',
    },
  ],
  interviewNotes: [
    'Leadership loops usually include a behavioural round focused on people management and conflict, plus system design and a technical or project retrospective round.',
    'Interviewers probe for scale of impact and speed of execution: numbers, timelines, and what you did personally.',
    'Informal cues interviewers respond to include hack culture, bottom-up innovation and open communication.',
    'Much prep material still quotes the Facebook-era values (Be Bold, Focus on Impact, Be Open, Build Social Value); prefer the current set, but recognise the older words.',
    'Directness is expected: say clearly what went wrong and what you would change.',
  ],
};
