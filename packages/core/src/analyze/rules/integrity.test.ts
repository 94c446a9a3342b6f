import { expectRule } from '../rule-tester';

const DEADLINE = { question: 'Tell me about a time you had to manage an unrealistic deadline.' };

expectRule('integrity', {
  valid: [
    {
      name: 'a date reset with the facts',
      text: 'Our biggest client wanted a feature in two weeks that my team estimated at six. I knew we could not make it, so I told the client six weeks was our honest estimate and offered the two parts they needed first. They took the phased plan and renewed their contract.',
      options: DEADLINE,
    },
    {
      name: 'a problem raised early',
      text: 'When I found the billing bug I told my manager the same morning, with an estimate of the customers affected and a fix plan. We refunded 212 customers within a week.',
    },
    {
      name: 'hiding it owned as wrong ("I regret it")',
      text: 'In my first month as a lead I hid the bug from my manager for two days, hoping to fix it first. I regret it: she heard it from a customer. Now I tell my manager about any customer-facing bug within the hour.',
    },
  ],
  invalid: [
    {
      name: 'a promise made knowing it could not be kept',
      text: 'Our biggest client wanted a feature in two weeks that my team estimated at six. I knew we could not make it, but I told the client we would deliver on time because I did not want to lose the account. We delivered three weeks late, but the client stayed.',
      options: DEADLINE,
      messageIds: ['misled'],
      severities: ['error'],
      spans: ['i knew we could not make it, but i told'],
    },
    {
      name: 'told what they wanted to hear, and a problem kept quiet',
      text: 'The VP asked if the migration was on track and I told her what she wanted to hear. We also kept quiet about the outage from the customer until the quarter closed.',
      messageIds: ['misled', 'concealed'],
      spans: ['told her what she wanted to hear', 'kept quiet about the outage from the customer'],
    },
    {
      name: 'numbers bent',
      text: 'To get the project funded I padded the numbers in the business case, and the board approved it.',
      messageIds: ['concealed'],
      spans: ['padded the numbers'],
    },
  ],
});
