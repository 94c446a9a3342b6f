import { expectRule } from '../rule-tester';

const FIVE_YEARS = { question: 'Where do you see yourself in five years?' };

expectRule('career-goals', {
  valid: [
    {
      name: 'a direction this role serves, with the reason',
      text: 'In five years I want to lead a platform group of several teams. This role gives me a larger system and a team to grow, which is the step I need to get there.',
      options: FIVE_YEARS,
    },
    {
      name: '"my own team" is not "my own business"',
      text: 'I would like to run my own team within engineering by then, because coaching people is the part of the work I enjoy most.',
      options: { question: 'What are your long-term career goals?' },
    },
    {
      name: 'not a question about goals',
      text: 'I had not thought about the migration risk until the load test failed, so I added a rollback plan.',
      options: { question: 'Tell me about a mistake you made.' },
    },
  ],
  invalid: [
    {
      name: 'no goal: the question declined',
      text: "Hmm, that's a really good question. Let me see, I guess I really hadn't thought much about it.",
      options: FIVE_YEARS,
      messageIds: ['noGoal'],
      severities: ['error'],
      spans: ["Let me see, I guess I really hadn't thought much about it."],
    },
    {
      name: 'too busy to have goals',
      text: 'I have been so busy with my responsibilities and achieving company goals that I have not focused on personal long-term goals.',
      options: { question: 'What are your long term career goals?' },
      messageIds: ['noGoal'],
    },
    {
      name: 'a goal that leads away from the job',
      text: 'I plan to return to school to earn my MBA, and have my own consulting business one day.',
      options: { question: 'What are your long term career goals?' },
      messageIds: ['goalElsewhere'],
    },
  ],
});
