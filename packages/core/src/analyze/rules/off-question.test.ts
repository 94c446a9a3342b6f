import { expectRule } from '../rule-tester';

const DATABASE_STORY = `At Quillmark, a B2B invoicing product with about 4,000 business customers, I led the reporting team of five engineers. Our usage reports took twenty seconds to load, and the question was whether to keep Postgres or bring in a columnar store. I took fifty real report queries and benchmarked them on Postgres with better indexing and on two columnar engines. I wrote the trade-offs up in a design doc, and we went with an embedded engine plus a nightly sync, because the reports did not need to be real-time. Load times fell from twenty seconds to under one, and support tickets about slow reports dropped by 80%. What I took away is that benchmarks on real data settle a technical choice faster than opinions.`;

const OWN_ORG_STORY = `As director of the integrity group, about 85 engineers in seven teams, I found that our teams used four different classification frameworks, which duplicated roughly 30% of our model-training work. I made consolidation a top-level goal for each of my seven managers and asked two staff engineers to pick the framework with the best label quality. I assigned migration ownership to each manager, reviewed progress weekly in my staff meeting, and moved four engineers from a lower-priority project when one team fell behind. All seven teams were on the common framework within five months, and duplicate training work dropped by 28%. I learned that alignment comes from clear goals and accountability built into reviews.`;

expectRule('off-question', {
  valid: [
    {
      name: 'asked how you persuade people: the manager who objected, and how she was won over',
      text: 'In my current position my department had renewed the same vendor for years out of inertia. My manager initially objected to looking at alternatives, so I asked for two weeks to evaluate the top vendors and present them, with the final decision still hers. We compared five vendors, and she chose a new one that cost $30,000 a year less.',
      options: {
        question: 'Tell me about a time you persuaded a senior leader to accept your point of view.',
      },
    },
    {
      name: 'a disagreement told as a view against a decision ("I thought that was a waste of time")',
      text: 'My manager wanted to delay the launch by a month to add more tests. I thought that was a waste of time, so I took the defect data from the last three releases to the VP and got the decision reversed.',
      options: { question: 'Tell me about a time you disagreed with your manager.' },
    },
    {
      name: 'a conflict told through friction with a person: "very critical of everyone", "we clashed"',
      text: `In my last team one of the senior designers was very critical of everyone else's work, and the juniors were losing heart. I met him one to one, told him plainly what I had seen in the reviews and asked what was behind it. He admitted he felt sidelined on the roadmap, so I gave him the design-system lead and asked him to review work in pairs rather than in the open channel. Within a month the juniors were posting drafts again.`,
      options: { question: 'Tell me about a time you dealt with a conflict in your team.' },
    },
    {
      name: 'a disagreement question answered with a disagreement',
      text: `At Quillmark I led the reporting team of five engineers. Our product manager wanted a new dashboard before the spring release, and I disagreed, because our slowest reports were the top complaint from our 4,000 business customers. I asked her for thirty minutes, brought the support data, and asked what the dashboard needed for the launch. We agreed to ship the report fix first and a simpler dashboard with it. Report load times fell from twenty seconds to under one, and she and I kept a short weekly priorities check after that.`,
      options: { question: 'Tell me about a disagreement with a coworker and how you resolved it.' },
    },
    {
      name: 'a disagreement told without the word: "felt strongly", "we agreed"',
      text: `I was the engineering manager on a watch app. Two weeks before a release freeze, our PM wanted a new workout screen, and my team had committed to fixing a battery bug that was our top complaint. I felt strongly that the bug mattered more, so I brought her the review data and asked what the screen needed to be for the launch. We agreed to ship the fix and a simple version of the screen, and the full one a release later. Battery complaints fell by a third and our rating went from 4.1 to 4.4.`,
      options: { question: 'Tell me about a time you had a disagreement with a product manager.' },
    },
    {
      name: 'a question that centres on no checked topic',
      text: DATABASE_STORY,
      options: { question: 'Tell me about a technical decision you are proud of.' },
    },
    {
      name: '"a hard performance problem" is a slow system, not a person',
      text: DATABASE_STORY,
      options: { question: 'Tell me about a time you solved a hard performance problem.' },
    },
    {
      name: 'no question given',
      text: DATABASE_STORY,
    },
    {
      name: 'asked for initiative: the speaker noticed it first, and the manager later assigned it',
      text: 'During a quarterly review I noticed that order processing stalled every Monday. Nobody had asked me to look, but I pulled the logs and found a slow query. Then my manager asked me to own the fix, and we cut processing time by 40%.',
      options: { question: 'Tell me about a time you took initiative beyond your immediate team.' },
    },
    {
      name: 'work handed over, when the question does not ask for initiative',
      text: 'My manager asked me to take over the billing migration when its lead left. I re-planned it with the two remaining engineers, cut the scope to the three largest customers, and we moved them in six weeks with no failed invoices.',
      options: { question: 'Tell me about a migration you led.' },
    },
    {
      name: 'a disagreement told as two approaches and a middle path',
      text: 'At my last job a teammate and I had different approaches to a client presentation for our largest account. I listened to her case for a short demo first, then shared the survey data behind my idea of opening with the numbers. We combined both into one deck, and the client extended the contract by 15%, the first extension that year.',
      options: { question: 'Tell me about a time you disagreed with a colleague.' },
    },
  ],
  invalid: [
    {
      name: 'asked for initiative, the work handed over ("my manager suggested I look into this")',
      text: 'During a quarterly review, my manager suggested I look into this since I had bandwidth. We found that order processing had intermittent delays. After working with the team, we found a slow database query and deployed a patch, which made processing noticeably faster.',
      options: { question: 'Tell me about a time you took initiative beyond your immediate team.' },
      messageIds: ['assigned'],
      spans: ['my manager suggested i'],
    },
    {
      name: 'asked for a disagreement, told a technical evaluation nobody disputed',
      text: DATABASE_STORY,
      options: { question: 'Tell me about a disagreement with a coworker and how you resolved it.' },
      messageIds: ['offQuestion'],
    },
    {
      name: 'asked about influence without authority, told how they directed their own org',
      text: OWN_ORG_STORY,
      options: {
        question: 'Tell me about a time you influenced a peer organization over which you had no authority.',
      },
      messageIds: ['offQuestion'],
    },
  ],
});
