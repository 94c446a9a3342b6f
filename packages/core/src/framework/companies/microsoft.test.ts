import { describe, expect, it } from 'vitest';
import { type CueSentences, expectEveryCueDemonstrated } from './companies.test-helpers';
import { MICROSOFT } from './microsoft';

const SENTENCES: CueSentences = {
  Respect: [
    'I respected their expertise and listened before deciding.',
    'Everyone was treated with dignity and courtesy, and different viewpoints were heard out.',
    'I assumed positive intent, valued their input, and stayed considerate under pressure.',
    'Respect meant inviting perspectives I disagreed with.',
  ],
  Integrity: [
    'I disclosed the conflict of interest and stepped out of the decision.',
    'Integrity meant staying truthful and honest with the customer about the breach.',
    'We passed the security review and the compliance audit because we did the right thing.',
    'Ethics and honesty were non-negotiable, and the team saw a principled, ethical call.',
  ],
  Accountability: [
    'I was accountable for the outage; it was my responsibility and I owned it.',
    'I held myself to our commitments and followed through on each one.',
    'Clear ownership meant everyone knew who was responsible for what, and who was on the hook.',
    'Accountability meant I was answerable to the customer.',
  ],
  'Growth Mindset': [
    'I moved from a fixed mindset to a growth mindset, from know-it-all to learn-it-all.',
    'I learned from failure, and from my mistakes, by asking for feedback.',
    'Curiosity and resilience kept us getting better, and I stayed curious.',
    'The role was a stretch, and that was the point.',
  ],
  'Customer Obsessed': [
    'I met enterprise customers with our field teams and customer success.',
    'Telemetry revealed unarticulated needs that customer feedback had missed.',
    'Customer satisfaction rose once developers and partners could self-serve.',
    'Every customer call shaped the plan, and customer needs set the priorities.',
  ],
  'Diverse and Inclusive': [
    'We built a diverse panel and improved representation of underrepresented groups.',
    'Inclusion and belonging scores rose, and allyship became a leadership expectation.',
    'I acted as an ally for neurodiverse engineers and put equity into promotion reviews.',
    'People from different backgrounds made the product more inclusive, accessibility was in every sprint, and diversity improved our decisions.',
  ],
  'One Microsoft': [
    'We reused their auth service instead of building our own.',
    'A cross-team council worked across divisions and across the company.',
    'We broke down silos with a shared platform that partner teams could extend.',
    'Working across teams and org boundaries, we acted as one team, and the old silos faded.',
  ],
  'Making a Difference': [
    'The mission was to empower every person on a farm who had a phone.',
    'Our work empowered nonprofits and changed lives; one nonprofit doubled its reach.',
    'The sense of purpose was empowering, and the work felt meaningful.',
    'It made a difference for social good.',
  ],
  'Create Clarity': [
    'I framed the problem in a written narrative and a strategy doc on a single page.',
    'I defined success with clear goals and three clear priorities.',
    'I simplified the message and made it clear what we would not do, and that clarity helped.',
  ],
  'Generate Energy': [
    'Morale was low, so I celebrated small wins and gave public recognition.',
    'The team was energized and motivated, and motivation stayed high.',
    'I rallied the group around the goal, and the momentum and enthusiasm spread.',
    'My optimism and energy inspired the team.',
  ],
  'Deliver Success': [
    'We delivered on time and landed all four milestones.',
    'I made the trade-offs and removed obstacles so execution stayed tight.',
    'We executed the plan, shipped in March, and the results and outcomes were clear.',
  ],
};

describe('Microsoft', () => {
  it('includes the three core values and the culture attributes', () => {
    const names = MICROSOFT.principles.map((p) => p.name);
    for (const name of ['Respect', 'Integrity', 'Accountability', 'Growth Mindset', 'One Microsoft']) {
      expect(names).toContain(name);
    }
  });

  it('demonstrates every cue in a realistic sentence', () => {
    expectEveryCueDemonstrated(MICROSOFT, SENTENCES);
  });
});
