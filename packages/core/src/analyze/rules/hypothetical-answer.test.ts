import { expectRule } from '../rule-tester';

const SITUATIONAL = `I would start by talking to each of them separately, because I'd want to understand what each of them thinks the conflict is about before I try to fix anything. I'd usually look for whether it is a disagreement about goals or about behaviour. If it's about goals, I would bring them together with a shared problem statement and make the decision myself if they can't converge. If it's about behaviour, I'd give direct feedback to each of them and set clear expectations. In general, I try to resolve it within a couple of weeks, because conflict between managers spreads to their teams quickly.`;

expectRule('hypothetical-answer', {
  valid: [
    {
      name: 'a past story that ends with "next time I would…"',
      text: `Last spring at Orchard Analytics, a B2B data platform, I was the director of engineering for our ingestion org, about 50 engineers. Our largest customer, a retailer worth $3M a year, was expecting real-time inventory feeds by July, and in April I realised we would not make it. My job was to tell them early and keep the relationship. I first rebuilt the plan with my two managers so I could bring a credible new date, and then I asked our account executive to set up a call with their VP of data. I told them directly that July was not achievable, explained why, and offered a phased delivery: hourly feeds in July and real-time in September. They were unhappy but they accepted the phased plan, we hit both dates, and they renewed for two years. Next time I would raise the risk even earlier, in the first month, and I would bring the phased option to the first conversation instead of the second.`,
      options: { question: 'Tell me about a time you had to deliver bad news to a customer.' },
    },
    {
      name: 'a situational question ("What would you do if…") exempts the answer',
      text: SITUATIONAL,
      options: {
        question: 'What would you do if two of your senior managers stopped talking to each other?',
      },
    },
    {
      name: '"I\'d been hired", "I\'d already heard": past perfect, not a hypothetical',
      text: `When I joined Cinder Security in 2021, I'd been hired to lead the detection engineering group, 18 engineers across three teams. I'd already heard in my interviews that the group had missed every quarterly commitment that year. My task was to restore predictable delivery within two quarters. I started by interviewing every engineer, and I found that the teams were taking requests from six different product managers. I consolidated intake into one weekly triage with the head of product, and I gave each team a single roadmap owner. We hit 90% of our commitments the next quarter, up from about 40%, and two senior engineers who had been interviewing elsewhere stayed. Looking back, I would have moved on intake in the first month instead of the second.`,
      options: { question: 'Tell me about a time you turned around a struggling team.' },
    },
    {
      name: '"I can\'t think of a time I was prouder" is praise, not a dodge',
      text: `At Quarry Labs I led the payments team of 18 engineers when our checkout failed 4% of orders at peak. I set up a daily triage with my leads, we rebuilt the retry logic, and failures fell to 0.3% within a month. I can't think of a time I was prouder of a team. I learned to put the failure data in front of everyone on day one.`,
      options: { question: 'Tell me about a time you turned around a failing project.' },
    },
    {
      name: '"I will never forget the time…" opens a story',
      text: `I will never forget the time I missed a launch date because I failed to plan around the holiday freeze. I told the client the same week, re-planned the release with my lead and we shipped eight days late. I have put every freeze on the plan since.`,
      options: { question: 'Tell me about a time you made a mistake.' },
    },
    {
      name: '"I suggested that I would stay…": the past\'s future inside a story, not a habit',
      text: `I remember a night at my last job in a warehouse. A colleague did not show up for the night shift, and the workload was extremely heavy. The rest of the crew would struggle with the incoming stock. I went to my supervisor and suggested that I would stay four extra hours to help them. I was tired after eight hours on my feet, but I felt it was the right thing to do, and so I did it. I believe most of my colleagues would do the same for us.`,
      options: { question: 'Give an example of a situation when you showed initiative at work.' },
    },
    {
      name: 'a story told in the past by a speaker who barely acts is not a hypothetical one',
      text: `There was a time in the design team when one of the senior designers was causing a real problem. He was very critical of everyone else's work, even if it had nothing to do with him. The juniors were getting very de-motivated. In the end the head of marketing had a word with him and he improved a bit. I think he is still insecure.`,
      options: { question: 'Tell me about a time you dealt with a conflict in your team.' },
    },
    {
      name: 'an org-design round without a question does not ask for a past story',
      text: `I would organise the payments platform around three stream-aligned teams, one each for authorisation, settlement and disputes, with a small platform team underneath them. You want each team to own a service end to end, including on-call. I'd usually keep the platform team to about six engineers so it stays an enabler rather than a bottleneck. In general, I would expect the org to grow to about 40 engineers over two years, and I'd add a second layer of managers once any team passes eight people. The key is to keep interfaces between teams stable and versioned.`,
      options: { type: 'system-org-design' },
    },
  ],
  invalid: [
    {
      name: 'habits first, then one dated occasion told in the past ("Two years ago, I had to…"): partly general, not all',
      text: 'As a manager, the tough decisions I make involve layoffs. Before making those decisions, I always think about what is best for my people and the business. I do not relish them, and I do not shy away from them. Two years ago, I had to let some employees go because of the funding climate. It was a hard decision that was necessary for the company.',
      options: { question: 'What major challenges did you face, and how did you handle them?' },
      messageIds: ['partlyHypothetical'],
    },
    {
      name: 'declining the question: "I can\'t really think of a time I made a mistake"',
      text: `Hmm, let me think. I can't really think of a time where I made a real mistake at work. I'm known as the person on the team who can be counted on to get it right.`,
      options: { question: 'Tell me about a time you made a mistake.' },
      messageIds: ['noExample'],
      spans: ["can't really think of a time"],
    },
    {
      name: 'declining a weakness question: "I don\'t really have weaknesses"',
      text: `Honestly, I don't really have weaknesses that affect my work. I work hard and I always deliver what I promise.`,
      options: { question: 'What is your greatest weakness?' },
      messageIds: ['noExample'],
      spans: ["don't really have weaknesses"],
    },
    {
      name: 'asked for a time, answered with a general approach',
      text: `With underperformance, my approach is always to start early and be direct. I usually begin by having a candid conversation about the gap between expectations and what I'm seeing. I typically write down two or three specific, measurable goals so both of us know what success looks like. Then I would check in every week and give feedback as it happens, not just at review time. If there's no improvement after a few weeks, I would involve HR and move to a formal plan. In general, I believe most underperformance comes from unclear expectations, so the first step is always clarity. It's important to be fair and kind, but also to protect the team.`,
      options: { question: 'Tell me about a time you dealt with an underperforming engineer.' },
      messageIds: ['hypothetical'],
      spans: ['my approach is'],
    },
    {
      name: 'the situational answer, given to a behavioral round with no question, still needs a story',
      text: SITUATIONAL,
      messageIds: ['hypothetical'],
    },
    {
      name: 'the approach, then one occasion told with a figure ("Once I had to… after three months"): partly general',
      text: `Yes. Letting someone go is the hardest part of managing, so I make sure it is never a surprise. I give clear feedback early, document expectations, and offer real support through a performance plan. When someone still cannot meet the bar after that, I make the decision, handle the conversation with respect and privacy, and help them with the transition. Once I had to let go of a developer after three months of coaching; we parted on good terms and he later thanked me for being direct.`,
      options: { question: 'Have you ever had to fire someone?' },
      messageIds: ['partlyHypothetical'],
      spans: ['I make sure it is never a surprise'],
    },
    {
      name: 'the approach, then an occasion named but not told ("At my last company… we worked it out"): still general',
      text: `The way I usually handle conflict between managers is to meet each of them separately first. I'd try to find the root cause, which is usually unclear ownership. Then I'd bring them together and focus the talk on shared goals. If it's an ownership issue, I'd clarify it with a RACI. At my last company there was a situation like this between my platform and product managers, and I talked to both of them and we worked it out.`,
      options: { question: 'Tell me about a time two of your managers were in conflict.' },
      messageIds: ['hypothetical'],
    },
    {
      name: 'a real story buried under three sentences of general approach',
      text: `In general, I think influence comes from understanding what the other side needs. I usually start by mapping the stakeholders and what each of them cares about. You need to make the other team's win part of your plan. At Harbourline Shipping in 2022, I was the engineering manager for the tracking team, 12 engineers, and I needed the platform team to adopt our event schema. I met with their lead, Tomas, and I asked what was blocking his roadmap. I offered two of my engineers for a sprint to help with their migration, and in return he agreed to pilot our schema. The pilot cut integration time for new carriers from six weeks to two, and the schema became the company standard. I learned that trading help for adoption works better than escalating.`,
      options: { question: 'Tell me about a time you had to influence without authority.' },
      messageIds: ['partlyHypothetical'],
      spans: ['in general'],
    },
  ],
});
