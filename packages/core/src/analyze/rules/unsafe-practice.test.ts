import { expectRule } from '../rule-tester';

const PIPELINE = { question: 'How do you keep a CI pipeline fast?' };

expectRule('unsafe-practice', {
  valid: [
    {
      name: "management's list as the start, with a judgement of one's own",
      text: 'I start from the priority list management gives me, then score each project on impact and cost of delay, and I bring the trade-offs back to them so we decide together. I never just follow the priority list given to me by management when the data says otherwise.',
      options: { question: 'How do you prioritize competing projects when resources are limited?' },
    },
    {
      name: 'capacity added after the diagnosis is a considered step',
      text: 'I start with the query plan and the slow-query log. At Rivet Pay that showed a missing index on the ledger table; we added it, and only then added two read replicas for the month-end peak.',
      options: { question: 'How do you optimise slow database queries?' },
    },
    {
      name: 'guards kept, and the shortcut refused in so many words',
      text: 'I never skip code review, even for a hotfix. Instead of commenting out flaky tests, I quarantine each one with an owner and a date, and I run the slow suite in parallel so the fast feedback stays under ten minutes.',
      options: PIPELINE,
    },
    {
      name: 'a shortcut told as a mistake, with the lesson',
      text: 'At Rivet Pay we skipped the canary to hit a launch date, and it bit us: a bad config took checkout down for forty minutes. I wrote the postmortem and made the canary a required step. I learned that the canary is cheapest on the day you least want it.',
      options: { question: 'Tell me about a time you made a mistake.' },
    },
    {
      name: 'a shortcut owned as the mistake: "that one was on me"',
      text: 'Early on I approved a schema migration on a Friday without a rollback plan, and checkout was down for forty minutes. That one was on me: I had pushed the team to hit the date and I skipped the review step we normally do. I wrote the postmortem and made a tested rollback a required step for every migration.',
      options: { question: 'Tell me about a mistake you made.' },
    },
    {
      name: "someone else's ask, not the speaker's practice",
      text: 'Before the launch the product lead wanted us to skip staging. I kept it, we found a data migration bug there, and we launched a day later with no customer impact.',
    },
    {
      name: '"rather than testing in production" keeps a guard',
      text: 'Rather than testing in production, I reproduce the fault in staging with the same inputs, and I add logging first when I cannot.',
      options: { question: 'How do you debug a production issue?' },
    },
    {
      name: 'risk-based ordering is a method, not a corner cut',
      text: 'I run the critical tests first and the rest in parallel, and I watch the build time every week so it never creeps past ten minutes.',
      options: PIPELINE,
    },
  ],
  invalid: [
    {
      name: 'every call left to management, and stakeholders told to wait',
      text: "I typically just follow the priority list given to me by management. When resources are limited, I focus on whatever has the nearest deadline. If things get too crowded, I'll usually just tell stakeholders we don't have capacity and they need to wait.",
      options: { question: 'How do you prioritize competing projects when resources are limited?' },
      messageIds: ['defers'],
      spans: ['just follow the priority list given to me by management'],
    },
    {
      name: 'tech debt handled only once it blocks',
      text: 'We handle technical debt when it becomes a blocker. I ask developers to keep a list, and I typically prioritize new functionality and handle tech debt reactively when needed.',
      options: { question: "How do you approach technical debt in your team's codebase?" },
      messageIds: ['reactive'],
      spans: ['when it becomes a blocker'],
    },
    {
      name: 'capacity and the DBA reached for before any diagnosis',
      text: "I put indexes on the primary keys and make sure we're running a powerful enough database server. If performance is still a problem, I ask the DBA to look into it.",
      options: { question: 'How do you optimise slow database queries?' },
      messageIds: ['handsOff'],
      spans: ['powerful enough database server'],
    },
    {
      name: 'speed chosen over analysis and testing, as the way of working',
      text: 'I look at the logs, make a fix and push it as soon as possible. Production issues need fast fixes, so I focus on getting something working rather than spending time on analysis or testing.',
      options: { question: 'How do you debug a production issue?' },
      messageIds: ['cutsCorners'],
      spans: ['rather than spending time on analysis'],
    },
    {
      name: 'fewer tests and tests commented out, offered as the method',
      text: "If builds are slow, I'll suggest we run fewer tests. I've sometimes commented out flaky tests when they block a deploy.",
      options: PIPELINE,
      messageIds: ['cutsCorners', 'cutsCorners'],
      spans: ['run fewer tests', 'commented out flaky tests'],
    },
    {
      name: 'waiting for a report before acting',
      text: "I generally wait until someone reports a problem before I change the pipeline, because I don't want to disrupt anyone's workflow.",
      options: PIPELINE,
      messageIds: ['reactive'],
      spans: ['wait until someone reports'],
    },
    {
      name: 'an untested fix pushed straight to production as a habit',
      text: 'When a customer hits a bug, I push the fix straight to production and test it afterwards, because speed matters most to them.',
      options: { question: 'How do you handle urgent customer bugs?' },
      messageIds: ['cutsCorners'],
      spans: ['push the fix straight to production'],
    },
  ],
});
