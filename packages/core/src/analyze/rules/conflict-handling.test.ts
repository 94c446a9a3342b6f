import { expectRule } from '../rule-tester';

const DISAGREE = { question: 'Tell me about a time you disagreed with your manager.' };

expectRule('conflict-handling', {
  valid: [
    {
      name: 'the peer talked to first, then the manager brought in',
      text: 'A coworker kept taking credit for my work. I pulled him aside and told him what I had seen; when it happened again, I went to my manager and we agreed on how credit would be given in our updates.',
      options: { question: 'Tell me about a time you had a conflict with a coworker.' },
    },
    {
      name: 'a conflict with the manager, taken to the manager',
      text: 'I disagreed with the launch date, so I went to my manager with the data and we moved it by two weeks.',
      options: { question: 'Tell me about a time you disagreed with your manager.' },
    },
    {
      name: 'talked it out first, then escalated together',
      text: 'My manager wanted to delay the launch by a month for more testing. I brought her the defect data from the last three releases and we still disagreed, so we agreed to take it to the VP together and let him decide. He kept the date with extra checks on the payments path, and we shipped with no incidents.',
      options: DISAGREE,
    },
    {
      name: '"right" in other senses is not a win claimed',
      text: 'I asked the right questions early, and we found the right owner for the migration. The team shipped it in six weeks.',
    },
    {
      name: '"I told her so" says the view to her face; a proposal taken to another team\'s manager goes to the owner',
      text: "I didn't think the rewrite was the right plan, and I told her so. Their team owned the service, so I took it to their manager with a one-page plan, and they agreed to a two-week spike.",
    },
    {
      name: 'a win disowned ("instead of… proving me right")',
      text: 'I want the decision to succeed, instead of failing in a way that proves me right.',
    },
    {
      name: 'an escalation made after telling the person',
      text: 'After telling my lead I would raise it, I escalated to the director, and the three of us agreed a smaller scope.',
    },
    {
      name: 'a call doubted, not claimed ("I\'m not sure my call was the right one")',
      text: 'We went with the relational store after a week of prototypes from both of us. Looking back, I am not sure my call was the right one, and we agreed to revisit it at the next planning cycle.',
    },
    {
      name: 'letting it go after talking it through is a choice made with the person',
      text: 'A senior engineer kept criticising my decisions in planning. I asked him for twenty minutes afterwards and we talked it through; he wanted more say in the roadmap, so I gave him the estimation review. After that we let it go and planning calmed down.',
      options: { question: 'Tell me about a time you had a conflict with a colleague.' },
    },
    {
      name: 'a stock resolution at the end of a story with steps in it ("we found common ground")',
      text: 'A peer lead and I disagreed about whether to freeze releases before the holidays. I asked for her incident data, shared my delivery plan, and proposed a freeze on the payments path only. After a week of that trial we found common ground: a partial freeze, reviewed every Monday. We shipped both launches and had no holiday incidents.',
      options: { question: 'Tell me about a time you had a conflict with a peer.' },
    },
    {
      name: 'a stock resolution when the question is not about a conflict',
      text: 'I decided to have a conversation with the vendor about the renewal. We talked it through and compromised on a two-year term.',
      options: { question: 'Tell me about a negotiation you led.' },
    },
  ],
  invalid: [
    {
      name: 'the handling told only in stock phrases, one step of one\'s own ("we talked it through… we compromised")',
      text: 'I once had a disagreement with a colleague about how to design a service. We had different opinions and it created tension. I decided to have a conversation with him to talk it through. We compromised on an approach that incorporated both of our ideas. In the end the project went well and our relationship improved.',
      options: { question: 'Tell me about a time you had a conflict with a coworker.' },
      messageIds: ['vagueResolution'],
      spans: ['talk it through'],
    },
    {
      name: 'asked about disagreeing with the manager: "he was the boss so I just went along with it"',
      text: "My manager wanted us to launch the new onboarding flow before the holidays. I disagreed because I thought it wasn't ready, but he was the boss so I just went along with it. We launched with some bugs and fixed them in January.",
      options: { question: 'Tell me about a time you disagreed with your manager.' },
      messageIds: ['avoided'],
      spans: ['he was the boss'],
    },
    {
      name: 'a conflict avoided: "decided not to say anything… just let it go"',
      text: 'One of the senior engineers kept criticising my decisions in front of everyone in planning. I decided not to say anything to him and just let it go. I focused on my own work and tried to avoid getting into discussions with him. After a few months he moved to another team.',
      options: { question: 'Tell me about a time you had a conflict with a colleague.' },
      messageIds: ['avoided'],
      spans: ['decided not to say anything'],
    },
    {
      name: 'a peer conflict taken straight to the manager, no word of talking to him first',
      text: 'A coworker kept taking credit for my work. I went to my manager and complained, and she talked to him. After that he stopped.',
      options: { question: 'Tell me about a time you had a conflict with a coworker.' },
      messageIds: ['escalatedFirst'],
      spans: ['I went to my manager and complained, and she talked to him.'],
    },
    {
      name: 'straight to the VP, and the outcome told as proof of being right',
      text: 'My manager wanted to delay the launch by a month to add more tests. I thought that was a waste of time, so I went straight to the VP and got the decision reversed. We launched on time, which proved I was right.',
      options: DISAGREE,
      messageIds: ['wentAround', 'provedRight'],
      spans: ['went straight to the VP', 'proved I was right'],
    },
    {
      name: 'over his head',
      text: 'He would not listen, so I went over his head to his director.',
      messageIds: ['wentAround'],
    },
    {
      name: '"I was proven right"',
      text: 'I made the call against the mobile leads, who wanted to stay native. I was proven right: the app shipped in seven months.',
      messageIds: ['provedRight'],
    },
    {
      name: '"until they finally understood", "my choice was the right one"',
      text: 'My colleague wanted a NoSQL database, but I knew a relational one was better for our data model. I walked them through ACID compliance until they finally understood and agreed to my approach. In the end, my choice was the right one and saved us a lot of trouble.',
      messageIds: ['provedRight'],
      spans: ['they finally understood'],
    },
  ],
});
