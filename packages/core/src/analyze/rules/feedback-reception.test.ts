import { expectRule } from '../rule-tester';

const CRITICISM = { question: 'How do you deal with criticism?' };

expectRule('feedback-reception', {
  valid: [
    {
      name: 'criticism heard, checked and acted on',
      text: 'I ask for a concrete example, decide what is right in it, and act on that. Last year my manager said my updates were too long; I now lead with the decision and the ask, and the CFO told me the updates got easier to use.',
      options: CRITICISM,
    },
    {
      name: 'objecting only to criticism that is not meant to help is a fair line',
      text: 'Constructive feedback is how I improve, so I welcome it and act on it. I do not take kindly to criticism that is not constructive, where the aim is to hurt someone, and then I talk to the person directly.',
      options: CRITICISM,
    },
    {
      name: 'the resentment disowned ("I try not to take it personally")',
      text: 'I try not to take it personally. I thank the person, ask what they saw, and come back a week later with what I changed.',
      options: CRITICISM,
    },
    {
      name: 'not a question about criticism: a story that mentions disliking being second-guessed',
      text: 'I did not like being second-guessed on the estimate, so I walked the VP through the data and we agreed on a date.',
      options: { question: 'Tell me about a time you disagreed with your manager.' },
    },
  ],
  invalid: [
    {
      name: 'criticism resented ("I don\'t like people criticizing my work")',
      text: "I don't like people criticizing my work. No one's perfect and I never go around criticizing other people's work. Let he who is without fault cast the first stone.",
      options: CRITICISM,
      messageIds: ['resistsFeedback'],
      spans: ["I don't like people criticizing my work."],
    },
    {
      name: 'the criticism called unfair, and taken personally',
      text: 'Honestly the feedback was unfair, and I took it personally for a while. My manager had not seen the whole project.',
      options: { question: 'Tell me about a time you received negative feedback.' },
      messageIds: ['resistsFeedback'],
    },
    {
      name: 'criticism said never to come: the question declined',
      text: 'To be honest I rarely get criticized, because I check my work carefully before I hand it in.',
      options: CRITICISM,
      messageIds: ['neverCriticised'],
      severities: ['error'],
    },
  ],
});
