import { describe, expect, it } from 'vitest';
import { type CueSentences, expectEveryCueDemonstrated } from './companies.test-helpers';
import { GOOGLE } from './google';

const SENTENCES: CueSentences = {
  'Focus on the User': [
    'User studies and user testing showed what users wanted, not what we had assumed.',
    'We took a user-first approach: user needs set the roadmap and user complaints fell by half.',
    'The redesign raised user satisfaction and task success for end users.',
    'Usability beat elegance, and the UX team owned the user experience metrics.',
  ],
  'Do One Thing Really Well': [
    'I said no to three requests and narrowed the scope to the core use case.',
    'We killed features nobody used, stopped doing custom builds, and doubled down on search.',
    'Saying no was hard, but depth over breadth made it best in class.',
    'With a narrowed scope and two projects deprioritized, we did one thing well.',
  ],
  'Fast Is Better Than Slow': [
    'We cut latency by 300 milliseconds and page load dropped below a second.',
    'A performance budget kept load times flat as features grew, and core web vitals turned green.',
    'We sped up the API: p50 response time halved and p95 fell by a third.',
    'Removing two round trips made the app faster and improved time to interactive and load time.',
  ],
  'Democracy on the Web': [
    'We democratized analytics with a self-serve tool so anyone could run a query.',
    'We open-sourced the library, built on open standards, and welcomed community contributions.',
    'To democratize experimentation we built self-service dashboards, and everyone could launch a test.',
    'We crowdsourced the taxonomy, trusting the wisdom of the crowd, and published open data from our open source tools.',
  ],
  "You Don't Need to Be at Your Desk": [
    'Most users were on the go, so we went mobile-first with responsive design.',
    'It had to work offline and on low bandwidth, on any device.',
    'Cross-device sync let people pick up anywhere, and mobile usage doubled once it worked well on their phones.',
  ],
  'Make Money Without Doing Evil': [
    'Our monetization plan put ads in results, but only clearly labeled ones.',
    'We chose a business model that would monetize without compromising user trust.',
    'Sponsored slots had to be clearly labelled, and advertising never changed organic ranking.',
    'I argued that doing the right thing was also good business, and that we should do the right thing even at a cost.',
  ],
  "There's Always More Information Out There": [
    'We indexed the long tail of product pages and coverage rose 30%.',
    'New data sources filled in the missing data, and search quality improved.',
    'Structured data made unindexed content findable and helped discoverability.',
    'Information retrieval research showed the untapped value sat in partner data sources.',
  ],
  'The Need for Information Crosses All Borders': [
    'We built internationalization in from day one, with i18n checks in CI.',
    'The app was localized into 40 languages and translated by native speakers, including right-to-left scripts.',
    'Growth at global scale came from emerging markets, so localization and translation quality mattered.',
    'International launches across 30 countries and five regions followed.',
  ],
  'You Can Be Serious Without a Suit': [
    'The prototype began as a side project at a hackathon.',
    'We kept reviews informal and playful, and people got more creative.',
    'Engineers used 20% time, some said 20 percent time, and we celebrated the strange ideas at TGIF.',
    'Quarterly hackathons were fun and boosted creativity.',
  ],
  "Great Just Isn't Good Enough": [
    'We hit the target but were not satisfied, so we set a stretch goal.',
    'The results exceeded expectations; we kept pushing and went further than the brief.',
    'Our stretch goals were a roofshot, not a moonshot, with technical excellence as the bar.',
    'Going beyond what was asked took the product to the next level, well beyond expectations.',
  ],
  'Intellectual Humility': [
    'I was wrong about the design and changed my mind after a junior engineer proved me wrong.',
    "I said I didn't know and asked for help, and I learned from them.",
    'We ran a blameless review and I gave the credit to the team.',
    'Humility meant staying open to being wrong, and humble about my own plan.',
  ],
  Collaboration: [
    'I partnered with design and worked closely with research in a cross-functional squad.',
    'We collaborated on the spec and reached consensus before the build.',
    'The partnership brought together three teams that jointly owned the launch, and we shared credit.',
    'Pair programming made the collaboration feel collaborative rather than a handoff.',
  ],
  'Comfort with Ambiguity': [
    'The goal was ambiguous and ownership unclear, and there was no playbook.',
    'It was a greenfield, open-ended problem with many unknowns.',
    'Despite changing priorities and real uncertainty, we figured it out in stages.',
    'Ambiguity was the job: the scope was undefined, the outcome uncertain, and there was no clear answer.',
  ],
  'Bias to Action with Data': [
    'Rather than debate, we ran an A/B test against a control group.',
    'Each hypothesis became an experiment, and the data showed a statistically significant lift.',
    'We instrumented the flow first, kept a holdback, and stayed data-driven.',
    'On my team data wins arguments, so we ran three experiments and two more A/B tests.',
  ],
  'Emergent Leadership': [
    'No one owned the migration, so I stepped up and rallied four teams without authority.',
    'I had no formal authority, only influence, and I facilitated the decision.',
    'Once it was running I stepped back, handed over the lead, and let others lead.',
    'As an informal leader I led without a title and influenced the roadmap.',
  ],
};

describe('Google', () => {
  it('holds the ten philosophy statements and the Googleyness traits the seed names', () => {
    const names = GOOGLE.principles.map((p) => p.name);
    expect(names).toHaveLength(15);
    for (const name of [
      'Focus on the User',
      'Democracy on the Web',
      'Intellectual Humility',
      'Comfort with Ambiguity',
    ]) {
      expect(names).toContain(name);
    }
    expect(GOOGLE.principles.every((p) => p.current)).toBe(true);
  });

  it('demonstrates every cue in a realistic sentence', () => {
    expectEveryCueDemonstrated(GOOGLE, SENTENCES);
  });
});
