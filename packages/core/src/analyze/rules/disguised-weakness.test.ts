import { expectRule } from '../rule-tester';

const WEAKNESS = { question: 'What is your greatest weakness?' };

expectRule('disguised-weakness', {
  valid: [
    {
      name: 'a real weakness with its cost and what is done about it',
      text: 'I take on too much myself instead of delegating. As a new manager I reviewed every pull request and reviews waited two days on me. I set up a rotation so senior engineers own reviews in their areas, and I review only design documents now.',
      options: WEAKNESS,
    },
    {
      name: 'the stock answer set aside in so many words',
      text: "Rather than the usual line about being a perfectionist, I'll give you a real one: I avoid conflict. I now write down the hard thing I need to say before each one-on-one and say it in the first five minutes.",
      options: WEAKNESS,
    },
    {
      name: 'perfectionism grounded in a real case where it cost something',
      text: 'My perfectionism has cost my team before. At Ardent Labs I held a release for two weeks to polish screens nobody had asked about, and a competitor shipped first. Since then I agree a "good enough" bar with the product lead before work starts, and I ship behind a flag.',
      options: WEAKNESS,
    },
    {
      name: 'a strengths question: high standards are a fair answer',
      text: 'I hold high standards for code review and I explain them. At my last company I wrote our review guide, and review comments about style dropped by half within a quarter.',
      options: { question: 'What are your greatest strengths?' },
    },
    {
      name: 'not a weakness question',
      text: 'I am a stickler for detail on incident reviews, so every action item gets an owner and a date.',
      options: { question: 'How do you run incident reviews?' },
    },
  ],
  invalid: [
    {
      name: '"stickler for perfection" offered as the weakness',
      text: 'I am a stickler for perfection, and I sometimes take extra time to make things perfect. I am working on this though, and I try to finish a few days ahead of each deadline.',
      options: WEAKNESS,
      messageIds: ['strengthAsWeakness'],
      severities: ['error'],
      spans: ['stickler for perfection'],
    },
    {
      name: 'perfectionism with its cost and the work on it: owned, so a warning, not a dodge',
      text: 'I tend to be a bit of a perfectionist and can dwell on things. I have learned to balance my need for perfection with the need to meet deadlines, and sometimes that means accepting that a task is done well enough and moving on.',
      options: WEAKNESS,
      messageIds: ['strengthAsWeakness'],
      severities: ['warning'],
      spans: ['perfectionist'],
    },
    {
      name: '"I work too hard" and "I care too much"',
      text: 'Honestly, I work too hard. I care too much about the team, so I stay late to help everyone.',
      options: { question: 'What would your manager say is your biggest weakness?' },
      messageIds: ['strengthAsWeakness'],
      spans: ['work too hard'],
    },
    {
      name: '"too hard on myself"',
      text: "I'm too hard on myself.",
      options: WEAKNESS,
      messageIds: ['strengthAsWeakness'],
    },
    {
      name: 'giving 110%',
      text: "I always give 110% to whatever project I'm on, so I get frustrated when others on the team don't do the same.",
      options: WEAKNESS,
      messageIds: ['strengthAsWeakness'],
    },
  ],
});
