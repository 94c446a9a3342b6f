import { expectRule } from '../rule-tester';

const DEADLINE = { question: 'Tell me about a time you had to manage an unrealistic deadline.' };
const UNDERPERFORMER = { question: 'Tell me about a time you had to deal with an underperformer.' };

expectRule('team-welfare', {
  valid: [
    {
      name: 'a deadline met by cutting scope, with no extra hours asked',
      text: 'Our biggest client wanted a feature in two weeks that my team estimated at six. I went through the estimate with the client, we agreed on the two parts they needed for their launch, and we shipped those in two weeks with the rest a month later. The client renewed their contract that quarter.',
      options: DEADLINE,
    },
    {
      name: 'overtime refused in so many words ("I never ask the team to work weekends")',
      text: 'When the launch slipped I moved two engineers from the reporting team onto it for a month. I never ask the team to work weekends for a date; I cut the admin screens instead and we launched one week late.',
      options: DEADLINE,
    },
    {
      name: 'overtime owned as a mistake ("that was a mistake")',
      text: 'Early in my career I asked the team to work evenings and weekends for a month to hit a launch. That was a mistake: two engineers burned out and one left. Now I renegotiate scope first.',
      options: DEADLINE,
    },
    {
      name: 'letting someone go after a plan, with no haste',
      text: 'One of my engineers had missed commitments for two quarters. I set three written goals with him, we met weekly, and after eight weeks on a performance plan with HR there was no real change, so I let him go, in person and with a generous notice period. Team delivery went from 60% to 85% on time the next quarter.',
      options: UNDERPERFORMER,
    },
    {
      name: 'one night restoring an outage is an incident, not overtime as a plan',
      text: 'When checkout went down at 2am I joined the incident call, we rolled back the release and service was restored by 3:10. The next day I gave the on-call engineers the afternoon off and we ran the postmortem on Thursday.',
    },
    {
      name: 'asked about an underperformer: the cause found and support given before a plan',
      text: "I'd start by understanding the gap: I look at the last few months of work and ask them in a one-on-one how they see it. If it's unclear expectations, I write down what good looks like for six weeks and we check in weekly. If there's no progress, I move to a formal plan with HR.",
      options: { question: 'How would you handle an underperforming engineer on your team?' },
    },
    {
      name: 'resolve with care ("I would not hesitate… it is never easy")',
      text: 'My least favourite part of the job is letting someone go, and it is never easy. I would not hesitate to do it if it became necessary, but only after clear written expectations and a real chance to meet them. When I did it last year, I told him myself, in private, and helped him with references.',
      options: { question: 'Have you ever fired someone?' },
    },
    {
      name: '"I won\'t pretend it doesn\'t bother me": the shrug disowned',
      text: "Yes, twice. I won't pretend it doesn't bother me; both times I spent weeks on a plan with them first, and both times I told them myself and helped them find the next role.",
      options: { question: 'Have you ever fired someone?' },
    },
    {
      name: 'a shrug in a story that is not about letting anyone go',
      text: 'Our on-call rotation paged the team every night, and someone had to take the first week of the new one. I had no problem with that, so I took it, and I rewrote the three noisiest alerts; pages fell from 40 a week to 6.',
      options: { question: 'Tell me about a time you improved on-call.' },
    },
  ],
  invalid: [
    {
      name: 'asked about firing: "I don\'t have a problem with it. If it needs to be done, it needs to be done."',
      text: "Yes, I have let people go before. I don't have a problem with it. If it needs to be done, it needs to be done.",
      options: { question: 'Have you ever fired someone?' },
      messageIds: ['callous'],
      spans: ["don't have a problem with it"],
    },
    {
      name: 'asked about layoffs: "it\'s just business"',
      text: "When the company cut 20% of staff I had to pick four people from my team of eighteen. I ranked everyone on their last two reviews and gave HR the names the same week. It's just business, and everyone knows the risk when they join a start-up.",
      options: { question: 'Tell me about a time you had to lay people off.' },
      messageIds: ['callous'],
      spans: ["It's just business"],
    },
    {
      name: 'asked about an underperformer: straight to HR, no cause looked for, no support',
      text: "I would tell them that their performance is not good enough and that they need to improve. If they don't, I would escalate to HR and start the process to let them go. It is not fair to the rest of the team to wait.",
      options: { question: 'How would you handle an underperforming engineer on your team?' },
      messageIds: ['noSupport'],
      spans: ['escalate to hr'],
    },
    {
      name: 'overtime as the plan: "I asked the team to work evenings and weekends for the next month"',
      text: 'Our biggest client wanted a feature in two weeks that my team estimated at six. I asked the team to work evenings and weekends for the next month. We delivered about three weeks late, but the client renewed.',
      options: DEADLINE,
      messageIds: ['forcedOvertime'],
      spans: ['asked the team to work evenings'],
    },
    {
      name: 'fired on the spot, and fear as the lever ("they knew I was serious")',
      text: 'I had an engineer who kept missing deadlines. When he missed another one on our payments release, I fired him that same afternoon. Afterwards everyone delivered on time because they knew I was serious. I learned that you have to be decisive as a manager.',
      options: UNDERPERFORMER,
      messageIds: ['noSupport', 'summaryFiring', 'fearLever'],
      severities: ['warning', 'error', 'warning'],
      spans: ['fired', 'fired him that same afternoon', 'they knew i was serious'],
    },
    {
      name: 'a public reprimand ("I called him out in front of the whole team")',
      text: 'He shipped a change without review and it broke the build for a day. At the next standup I called him out in front of the whole team so nobody would do it again.',
      messageIds: ['fearLever'],
      spans: ['called him out in front of'],
    },
  ],
});
