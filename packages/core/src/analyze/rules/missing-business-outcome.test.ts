import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { expectRule } from '../rule-tester';

expectRule('missing-business-outcome', {
  valid: [
    {
      name: 'the result reaches customers and churn',
      text: `At Everline Telecom I was director of engineering for the self-service app, about 55 engineers. Call-centre volume was growing faster than our customer base and the COO wanted it flat by year end. I proposed that we rebuild the three flows that drove most calls: bill explanation, plan changes and outage status. I asked each of my three managers to own one flow and I partnered with the head of customer care to measure call reasons weekly. Within two quarters, 38% of bill questions were resolved in the app, call volume fell 22%, and customers who used the new flows churned 15% less. The weekly call-reason review became the standard for every digital team. Looking back, I would have involved customer care agents in design reviews from the start; I have done that on every project since.`,
    },
    {
      name: 'money saved is a business outcome',
      text: `At Corvid Cloud I led the 20-person infrastructure team. Our AWS spend had doubled in a year while traffic grew 30%. My task was to bring it back in line with traffic by Q3. I set up a weekly cost review with each service owner and I asked my tech lead to build per-team cost dashboards. We right-sized the biggest clusters and moved batch jobs to spot instances. Monthly spend fell from $1.4M to $950K, about $5.4M a year. The cost dashboards were adopted by every engineering team. Looking back, I should have made cost a design-review question from the start.`,
    },
    {
      name: "a payments company's merchants are its customers",
      text: `At Saffron Pay I ran the 60-engineer merchant platform org. Two of my teams were stuck in a six-month argument about whether to split the onboarding service. My task was to get a decision within a month without overruling the engineers. I believe the people closest to the code should make the call, so I asked both tech leads to write a one-page proposal each and to agree on the criteria first. I set a date, I chaired one review, and when they still disagreed I made the call for the split, explaining the trade-off between speed now and flexibility later. The split shipped in ten weeks and merchant onboarding time fell from five days to one, which lifted activated merchants by 18%. The one-page decision format was adopted by the rest of engineering. Looking back, I would have set the decision date on day one instead of after a month.`,
    },
    {
      name: 'structured STAR+ input with the business effect in the result field',
      text: {
        situation:
          'At Pellucid Insurance I led the 35-engineer claims org, and first notice of loss took customers twenty minutes on the phone.',
        task: 'My goal was to move most claims online within a year.',
        action:
          'I asked two of my managers to build a guided claim flow with the adjusters, and I negotiated with compliance to accept photo evidence.',
        result:
          'Within nine months 61% of claims were filed online, handling cost per claim fell by $40, and customer satisfaction rose 11 points.',
        learnings: 'I learned to bring compliance in as a designer, not a reviewer.',
      },
    },
    {
      name: 'a view question ("Why do you want to work here?") owes motives, not a business effect',
      text: 'I have used your scheduling product at two hospitals, and the way it handles shift swaps saved our charge nurses hours every week. I want to work on something I have seen matter on the ward, and your move into outpatient clinics is the problem I spent the last three years on.',
      options: { question: 'Why do you want to work here?' },
    },
    {
      name: 'a weakness question owes the trait and its remedy, not a business effect',
      text: 'I tend to say yes to too many requests from other teams. I now keep a visible list of what my team has committed to, and I ask which item should move before I take on a new one.',
      options: { question: "What's your greatest weakness?" },
    },
  ],
  invalid: [
    {
      name: 'a product feature named "audit logging" is not an audit passed',
      text: `At Larkspur Health I was VP Engineering, about 300 engineers, when the company moved upmarket. I set up an enterprise group of five teams and hired its director. Eighteen months later the group had shipped SSO, audit logging and eleven HR-system integrations, lead time fell from nine days to two, and change-failure rate fell from 18% to 6%. I learned that capacity has to be visible before it can move.`,
      messageIds: ['missingBusiness'],
    },
    {
      name: 'an engineering win with no link to the business',
      text: `At Quillon Labs I led the developer productivity team, nine engineers. Our monorepo builds took 45 minutes and engineers were waiting on CI all day. My goal was to get builds under 10 minutes by the end of the quarter. I proposed remote caching and test sharding, and I asked our tech lead to run the rollout team by team. Build times dropped from 45 minutes to 8, and deploy frequency went from twice a week to daily. Looking back, I would have measured developer wait time before we started so the win was easier to show.`,
      messageIds: ['missingBusiness'],
      spans: ['looking back'],
    },
    {
      name: 'a growth story that ends in what became of the person: the lighter finding, at the outcome',
      text: `When I took over the checkout group, one of my engineers, Reza, rarely spoke in design reviews but wrote our clearest design documents. I suspected the reviews rewarded people who think out loud, and that I was part of the problem because I chaired every one. My goal was to give him the room to lead. I asked him to run the next review and I sat at the back and kept quiet. Afterwards I gave him two specific things to change and one thing he had done better than I would have. Over the next year he ran all of our reviews, then went on to lead the payments integration with our partner teams. He now manages a team of his own. I learned that my habit of chairing every meeting was taking room from other people.`,
      messageIds: ['missingBusinessPeople'],
      spans: ['went on to'],
    },
    {
      name: 'customers named in the context only, never in the result',
      text: `At Juniper Health our customers are hospital systems, and I ran the integrations team, eleven engineers. Our HL7 interface engine was dropping about 2% of messages under load. My task was to make message delivery reliable. I asked two engineers to build a replay queue and I set up a weekly review of dropped messages with our support lead. Dropped messages fell from 2% to 0.01% within two months. I learned to treat every dropped message as a bug, not as noise.`,
      messageIds: ['missingBusiness'],
    },
  ],
});

describe('missing-business-outcome by target level', () => {
  const text = `At Quillon Labs I led the developer productivity team, nine engineers. Our monorepo builds took 45 minutes and engineers were waiting on CI all day. My goal was to get builds under 10 minutes by the end of the quarter. I proposed remote caching and test sharding, and I asked our tech lead to run the rollout team by team. Build times dropped from 45 minutes to 8, and deploy frequency went from twice a week to daily.`;
  const cost = (level?: string) =>
    analyze(text, level ? { level } : {}).findings.find((f) => f.messageId === 'missingBusiness')?.points;

  it('weighs more the higher the target: a VP owns the business outcome', () => {
    expect(cost('L5')).toBe(-6);
    expect(cost('L6')).toBe(-7);
    expect(cost('L7+')).toBe(-9);
    // Without a target level the middle rung is assumed.
    expect(cost()).toBe(-7);
  });
});
