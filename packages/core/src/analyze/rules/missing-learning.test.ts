import { describe, expect, it } from 'vitest';
import { expectRule, findingsOf } from '../rule-tester';

const FRAUD_STORY = `At Driftwood Bank I was the director for the fraud platform, 50 engineers across six teams. Card fraud losses had risen to $14M a year and our rules engine needed a full day to ship a new rule. My task was to get rule changes live within an hour. I proposed moving rules into a config service owned by the fraud analysts, and I asked one of my managers to build it with two analysts embedded in the team. Rule changes went from a day to twenty minutes and fraud losses fell 30% in the next two quarters, about $4M a year.`;

const STRUCTURED = {
  situation:
    'At Kilnworth Energy I led the 30-engineer metering org, and our billing estimates were wrong for one home in ten.',
  task: 'My goal was to cut estimated bills in half within a year.',
  action:
    'I asked my two managers to pair with the field operations lead, and I funded a team to read smart meters every hour instead of every month.',
  result: 'Estimated bills fell from 10% to 3% of homes, and billing complaints dropped by 40%.',
};

expectRule('missing-learning', {
  valid: [
    {
      name: '"What I took away is…"',
      text: `${FRAUD_STORY} What I took away is that the fastest way to speed up a team is to give the decision to the people who have the information.`,
    },
    {
      name: '"Since then I have…": the lesson applied afterwards',
      text: `In 2021 I joined Gullwing Aerospace as the engineering manager for flight-planning software, a team of twelve. Our release to the airline customers had slipped three times and trust was low. My goal was to ship a stable release within the quarter and rebuild the relationship. I cut the scope to the three features the airlines had asked for, I set up a fortnightly demo with their operations leads, and I asked our QA lead to own the release criteria. We shipped on the new date with no severity-one defects, and the airlines signed a two-year extension worth $7M in total. Since then I have run a fortnightly customer demo on every product I lead, because it keeps scope honest.`,
    },
    {
      name: 'a habit in the present tense after a story told in the past ("now I add…")',
      text: `${FRAUD_STORY} Now I add an analyst to every team that builds rules for them.`,
    },
    {
      name: 'a stock phrase made the speaker\'s own by what changed ("…is key: now I…")',
      text: `${FRAUD_STORY} I learned that communication is key: now I send the analysts a weekly note on every rule we ship.`,
    },
    {
      name: 'what the story confirmed ("the experience reminded me that…")',
      text: `${FRAUD_STORY} The experience reminded me that the people closest to the data should own the decision, and I have set up every rules team that way since.`,
    },
    {
      name: 'structured input with a learnings field',
      text: {
        ...STRUCTURED,
        learnings: 'I learned that field teams know where the data is wrong long before dashboards do.',
      },
    },
    {
      name: 'a stock lesson made the speaker\'s own ("…so now I open every design review…")',
      text: `${FRAUD_STORY} I learned that it is important to listen to other perspectives, so now I open every design review by asking the analysts what they see.`,
    },
    {
      name: 'what the story proved, as its closing line ("…was key to motivating the team")',
      text: `${FRAUD_STORY} Giving the analysts the decision was key to moving that fast.`,
    },
  ],
  invalid: [
    {
      name: 'the story stops at the result',
      text: `${FRAUD_STORY} The config service became the template for the AML team the following year.`,
      messageIds: ['missingLearning'],
      spans: ['the config service became the template'],
    },
    {
      name: 'an answer in the present throughout states habits, not what changed',
      text: 'I always start a reorg by talking to every manager. I never announce a change before the leads hear it first. I add a written FAQ to any announcement, and I review it with HR. I measure attrition every quarter and I share it with my director.',
      messageIds: ['missingLearning'],
    },
    {
      name: 'a lesson anyone could draw from any story ("communication is really the key")',
      text: 'We had a project that was behind schedule and the client was getting nervous. The team worked really hard and we put in a lot of extra hours to catch up. We communicated regularly with the stakeholders and made sure everyone was aligned. In the end we delivered the project and the client was happy. I learned that communication is really the key to any successful project.',
      messageIds: ['genericLearning'],
      spans: ['communication is really the key'],
    },
    {
      name: '"it was a great learning experience" as the whole lesson',
      text: `${FRAUD_STORY} Looking back, it was a great learning experience for me and for the team.`,
      messageIds: ['genericLearning'],
      spans: ['was a great learning experience'],
    },
    {
      name: '"it is important to listen to other people\'s perspectives" as the whole lesson',
      text: "I had a disagreement with a colleague on another team about how to design an API. I decided to have a conversation with him to understand his point of view. We talked it through and in the end we compromised on a design that worked for both teams. The project shipped on time. I learned that it is important to listen to other people's perspectives.",
      messageIds: ['genericLearning'],
      spans: ['it is important to listen'],
    },
    {
      name: '"everyone has a different point of view" as the whole lesson',
      text: `${FRAUD_STORY} What I took away is that everyone has a different point of view.`,
      messageIds: ['genericLearning'],
      spans: ['everyone has a different point of view'],
    },
    {
      name: 'structured input with no learnings field',
      text: STRUCTURED,
      messageIds: ['missingLearning'],
    },
  ],
});

describe('missing-learning score effect', () => {
  it('costs more when the question asks about a failure, where the lesson is the point', () => {
    const [success] = findingsOf('missing-learning', FRAUD_STORY);
    const [failure] = findingsOf('missing-learning', FRAUD_STORY, {
      question: 'Tell me about a time you failed.',
    });
    expect(success?.points).toBe(-6);
    expect(failure?.points).toBe(-10);
  });
});
