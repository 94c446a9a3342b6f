import { expectRule } from '../rule-tester';

const FIELDS = {
  situation:
    'At Thornbury Retail in 2022 I led the 40-engineer stores technology group, and our point-of-sale terminals were crashing during weekend peaks in about a third of our 300 stores.',
  task: 'My goal was to stop the weekend crashes before the holiday season, without replacing the hardware.',
  action:
    'I asked one of my managers to pull crash logs from every store, and I agreed a freeze on terminal updates with the head of store operations. The team traced the crashes to a memory leak in the payment plug-in and shipped a fix in three weeks.',
  result: 'Weekend crashes fell from about 400 a month to 6, and holiday sales came in 8% above plan.',
  learnings: 'I learned to treat store staff reports as data, not anecdotes.',
};

expectRule('star-structure', {
  valid: [
    {
      name: 'situation, task, actions, result and learning in free text',
      text: `In 2022 I was the director of engineering for the commerce platform at Alder & Finch, an online home-goods retailer doing about $400M in annual revenue. My org was 120 engineers in fourteen teams, and checkout was the one system every team touched. That spring our checkout conversion had slipped from 3.4% to 2.9% over six months, which the CFO estimated was costing us around $20M a year, and nobody could say why, because every team had a dashboard and no one owned the funnel.

My task was to find the cause and get conversion back above 3.3% before the holiday peak, without freezing the roadmap of fourteen teams.

I started by putting a single owner on the funnel: I asked one of my senior managers, Rosa, to lead a six-person checkout strike team with engineers borrowed from payments, search and mobile. I then agreed with the VP of product that the strike team could ship behind flags without the usual design review for eight weeks, and I took over the weekly update to the executive team so Rosa's team could stay heads-down. Within three weeks they found two causes: a fraud-check call that added four seconds for first-time buyers, and an address form that failed silently on some mobile browsers. I had to make one hard call, turning the fraud check into an asynchronous review, and I took that trade-off to the CFO and our head of risk together, with the fraud-loss numbers next to the conversion numbers.

Conversion was back at 3.5% by October, and holiday revenue came in $31M above the previous year. Fraud losses rose by less than $400K. The strike-team model, one owner and borrowed engineers for a fixed window, is now how we handle every cross-team metric problem, and it has been used four times since.

What I learned is that a metric without an owner decays quietly. I now assign an owner to every company-level metric my org touches before anything else.`,
    },
    { name: 'structured STAR+ input with every part filled', text: FIELDS },
    {
      name: 'a disagreement that closes on "we agreed on…" has its outcome',
      text: `At Pebble Logistics a senior engineer and I disagreed on the architecture for the new routing pipeline: I wanted separate services, he wanted one service given our timeline. My goal was to settle it within the week without a fight. Instead of escalating, I wrote a one-page comparison on delivery speed, operating cost and future scale. I walked him and our manager through it. We agreed on one service first, with clear module boundaries so parts can be split out later.`,
    },
    {
      name: 'a closing sentence told in the past about someone else is the outcome, without a result word',
      text: `At Pebble Logistics I led the six-person routing team, and our nightly route plan finished after the drivers had left. My goal was a plan ready by 5am. I profiled the planner with two engineers and I replaced its distance lookups with a cached matrix. The warehouse leads stopped calling us at dawn, and the drivers left on time every morning that quarter. I learned to measure a batch job by when its users need it.`,
    },
  ],
  invalid: [
    {
      name: '"Have you ever fired someone?" answered "Yes, I have.": no missing action, the result still owed',
      text: 'Yes, I have. It is never easy, and I do not enjoy it, but a company has to make hard calls about the people it employs, or it fails and everyone loses their job. I know those calls are part of the work, and they are what keeps a business going in a hard economy.',
      options: { question: 'Have you ever fired someone?' },
      messageIds: ['missingTask', 'missingResult'],
    },
    {
      name: 'the same answer with no question: nothing was done',
      text: 'Yes, I have. It is never easy, and I do not enjoy it, but a company has to make hard calls about the people it employs, or it fails and everyone loses their job. I know those calls are part of the work, and they are what keeps a business going in a hard economy.',
      messageIds: ['missingTask', 'missingAction', 'missingResult'],
    },
    {
      name: 'a closing "we did…" is one more action, not the outcome',
      text: `At Pebble Logistics I led the six-person routing team, and our nightly route plan finished after the drivers had left. My goal was a plan ready by 5am. I profiled the planner with two engineers and I replaced its distance lookups with a cached matrix. We then reviewed the warehouse schedule together with the operations leads.`,
      messageIds: ['missingResult'],
    },
    {
      name: 'the story stops before saying how it ended',
      text: `At Ashgrove Software in 2023 I was the engineering manager for the billing team, ten engineers. Our invoicing run took the whole first weekend of each month and failed about one month in three, which meant finance worked through the weekend. My goal was to make the monthly run finish overnight and never fail silently. I asked two engineers to split the run by customer region, and I set up an alert that paged us on any partial failure. I also agreed with the finance controller that we would do a dry run on the last Thursday of every month. I learned that the people downstream of a batch job are its real users.`,
      messageIds: ['missingResult'],
      spans: ['i learned that the people downstream'],
    },
    {
      name: 'context and result with nothing done in between',
      text: `At Fernhill Logistics in 2022 I was the director of engineering for the warehouse systems org, about 50 engineers. The company had decided to open three new fulfilment centres in one year, and our warehouse software had only ever run in one building. The challenge was that every building had different scanners, different layouts and different union rules, and the business expected all three live before peak season. It was a hard year for everyone. In the end, all three centres went live by October, and peak-season orders shipped on time at 99.2%. Looking back, it taught me a lot about how much operations and engineering depend on each other.`,
      messageIds: ['missingAction'],
    },
    {
      name: 'what the speaker set out to achieve is never said',
      text: `At Ridgeway Telecom in 2021 I ran network automation, about 25 engineers across three teams. Field technicians were configuring new cell sites by hand, and one in ten sites went live with a configuration error that caused dropped calls. I asked our most senior engineer to build templates for the four most common site types, and I worked with the field operations director to train the technicians on them. We rolled the templates out region by region over two quarters. Configuration errors on new sites fell from 10% to under 1%, and dropped-call complaints in new coverage areas fell by 60%. Looking back, I would have brought the technicians into the template design from day one.`,
      messageIds: ['missingTask'],
      spans: ['at ridgeway telecom'],
    },
    {
      name: 'structured input without situation or task',
      text: { action: FIELDS.action, result: FIELDS.result, learnings: FIELDS.learnings },
      messageIds: ['missingSituation', 'missingTask'],
    },
    {
      name: 'structured input without a result',
      text: {
        situation: FIELDS.situation,
        task: FIELDS.task,
        action: FIELDS.action,
        learnings: FIELDS.learnings,
      },
      messageIds: ['missingResult'],
    },
    {
      name: 'a spoken answer that keeps backtracking',
      text: `So at Greyfriars Bank I led the cards platform, about 40 engineers, and our card activation flow was failing for new customers. My job was to fix activation before the spring card-reissue campaign. I asked one of my managers to take the activation service and I set up a daily review with the fraud team. Oh, and I should have mentioned, the reissue covered two million cards, so the stakes were high. We cut activation failures from 7% to 1%. Sorry, let me back up, before that we had also tried a quick fix that didn't work. In the end, the campaign went through with no spike in call-centre volume. I learned to check the calendar of big campaigns before planning the quarter.`,
      options: { spoken: true },
      messageIds: ['outOfOrder'],
      spans: ['oh, and'],
    },
  ],
});
