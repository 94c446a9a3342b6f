/**
 * Google's published philosophy, "Ten things we know to be true" (about.google/philosophy).
 * Names are short forms of the ten statements; descriptions and cues are ours and lean toward
 * how each statement shows up in an engineering leader's story.
 */
import { principleBuilder } from './principle-id';

const principle = principleBuilder('google');

export const GOOGLE_PHILOSOPHY = [
  principle({
    name: 'Focus on the User',
    description:
      "Let the user's needs settle design and priority debates, even when that costs short-term revenue or makes the internal work messier.",
    cues: `
      user, users, end users, user needs, user experience, ux, usability, user studies, user testing,
      user satisfaction, user complaints, user-first, what users wanted, task success
    `,
    hooks: [
      'We let what users needed settle the argument',
      'The design looked messier to us but worked better for them',
      'I kept asking what the user would actually notice',
    ],
    sampleEvidence: ['Chose a design the team found messier because pages loaded 10x faster'],
    misreading:
      'Focusing on the user is not shipping every feature request; it is solving the underlying need.',
  }),
  principle({
    name: 'Do One Thing Really Well',
    description:
      'Go deep on the problem you are best placed to solve, and say no to distractions so that one thing becomes excellent rather than many things adequate.',
    cues: `
      said no, saying no, narrowed the scope, narrowed scope, deprioritized, core use case,
      best in class, depth over breadth, one thing well, killed features, stopped doing, doubled down
    `,
    hooks: [
      'We chose to be excellent at one thing instead of fine at five',
      'Saying no to three projects is what made the fourth one great',
      'We doubled down on the core use case',
    ],
  }),
  principle({
    name: 'Fast Is Better Than Slow',
    description:
      'Treat speed as a feature users feel: shave latency, respect their time, and make performance a tracked goal rather than an afterthought.',
    cues: `
      latency, milliseconds, page load, load time, load times, faster, sped up, response time,
      performance budget, p95, p50, time to interactive, core web vitals, round trips
    `,
    hooks: [
      'Every hundred milliseconds was something users felt',
      'We treated speed as a feature, with its own budget',
      'Making it faster mattered more than making it fancier',
    ],
  }),
  principle({
    name: 'Democracy on the Web',
    description:
      'Trust the collective signal of many people and open access to tools and data, so good ideas and answers can come from anywhere rather than a few gatekeepers.',
    cues: `
      democratized, democratize, self-serve, self-service, open source, open-sourced, open standards,
      community contributions, crowdsourced, anyone could, everyone could, open data,
      wisdom of the crowd
    `,
    hooks: [
      "We put the data in everyone's hands, not just the analysts'",
      'The best ideas came once anyone could run an experiment',
      'We opened it up instead of gatekeeping it',
    ],
    sampleEvidence: ['Opened analytics to every PM and engineer; experiments run rose by 300%'],
  }),
  principle({
    name: "You Don't Need to Be at Your Desk",
    description:
      'People need answers wherever they are, so products and teams should work across devices, places and patchy connections.',
    cues: `
      mobile, mobile-first, on the go, offline, any device, cross-device, on their phones,
      low bandwidth, responsive design, anywhere
    `,
    hooks: [
      'We designed for the phone first, not as an afterthought',
      'It had to work on a patchy connection',
      'Users were rarely at a desk when they needed it',
    ],
  }),
  principle({
    name: 'Make Money Without Doing Evil',
    description:
      'Build a business that does not trade away user trust: revenue should come from things that are useful and clearly labelled, never from misleading people.',
    cues: `
      monetization, monetize, advertising, ads, business model, clearly labeled, clearly labelled,
      sponsored, without compromising, user trust, do the right thing, doing the right thing
    `,
    hooks: [
      'We turned down revenue that would have cost us user trust',
      'The business model had to be one we were proud to explain',
      'Doing the right thing was also the durable business choice',
    ],
  }),
  principle({
    name: "There's Always More Information Out There",
    description:
      'Assume the answer you have is incomplete, and keep looking for the data, sources and signals nobody has organised yet.',
    cues: `
      indexed, coverage, long tail, new data sources, data sources, missing data, untapped,
      discoverability, search quality, structured data, information retrieval, unindexed
    `,
    hooks: [
      'We assumed the data we had was only part of the picture',
      'The long tail was where the value turned out to be',
      'We went looking for the sources nobody had organised',
    ],
  }),
  principle({
    name: 'The Need for Information Crosses All Borders',
    description:
      'Design for every language and market from the start, because the people who need a product are everywhere, not just where it was built.',
    cues: `
      localization, localized, internationalization, i18n, languages, translation, translated,
      global scale, international, emerging markets, countries, regions, right-to-left
    `,
    hooks: [
      'We built it for a global audience from day one',
      'Half our users did not read English, so we designed for that',
      'What worked in one market had to work in forty',
    ],
  }),
  principle({
    name: 'You Can Be Serious Without a Suit',
    description:
      'Ambitious work and an informal, playful culture go together; creativity comes from people who feel free to experiment and enjoy it.',
    cues: `
      fun, playful, informal, hackathon, hackathons, 20% time, 20 percent time, side project,
      creativity, creative, celebrated, tgif
    `,
    hooks: [
      'Some of our best ideas came out of a hackathon',
      'We kept it informal and it made people braver',
      'Having fun was part of how we did serious work',
    ],
  }),
  principle({
    name: "Great Just Isn't Good Enough",
    description:
      'Treat a strong result as a starting point: set goals beyond what seems reachable and keep pushing past the point where others would stop.',
    cues: `
      stretch goal, stretch goals, beyond expectations, exceeded expectations, not satisfied,
      went further, next level, technical excellence, roofshot, beyond what was asked,
      kept pushing
    `,
    hooks: [
      'We hit the goal and then asked what great would look like',
      'I set a stretch goal knowing we might only reach seventy percent',
      'Good enough was the point where we started, not stopped',
    ],
  }),
];
