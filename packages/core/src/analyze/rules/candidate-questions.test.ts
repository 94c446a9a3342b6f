import { expectRule } from '../rule-tester';

const ANY_QUESTIONS = { question: 'Do you have any questions for us?' };

expectRule('candidate-questions', {
  valid: [
    {
      name: 'questions about the work and what success looks like',
      text: 'Yes. What would success look like for this role in the first six months, and what is the hardest problem the team faces right now?',
      options: ANY_QUESTIONS,
    },
    {
      name: 'a question asked in words, without a question mark, and terms asked after the work',
      text: "I'd like to know how the team decides what to build next. And later on, I'd also like to understand how remote days work.",
      options: ANY_QUESTIONS,
    },
    {
      name: 'not the question that invites them',
      text: 'No, I think we covered it in the postmortem.',
      options: { question: 'Tell me about an incident you handled.' },
    },
  ],
  invalid: [
    {
      name: 'no questions: the invitation declined',
      text: "No, I think you've covered everything. Thanks.",
      options: ANY_QUESTIONS,
      messageIds: ['noQuestions'],
      severities: ['error'],
    },
    {
      name: 'only questions about what the candidate gets',
      text: 'How many vacation days do I get, and how soon could I work from home?',
      options: ANY_QUESTIONS,
      messageIds: ['selfServing'],
      spans: ['How many vacation days do I get, and how soon could I work from home?'],
    },
  ],
});
