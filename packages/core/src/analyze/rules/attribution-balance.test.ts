import { expectRule } from '../rule-tester';

expectRule('attribution-balance', {
  valid: [
    {
      name: '"on my own team", "my own work": own qualifies a noun, nothing was done alone',
      text: 'At Copperleaf I was the engineering manager for search, a team of nine. Two engineers on my own team disagreed with the platform group about index ownership, and releases had stalled for a month. I set up a joint design review, I asked each side for its three hard constraints, and the two leads agreed on a split of the index work. Releases resumed the next sprint and search latency fell 30% that quarter. I learned to put ownership in writing before the work starts, and I kept my focus on my own work while the leads drove it.',
    },
    {
      name: 'asked for a weakness, doing things "myself" is the weakness described, not a boast',
      text: 'I can take my work too seriously and do too much of it myself. I want my engineers to excel, and I can be intense about it. So at times I need to rein myself back, hand the work over and let them find their own way.',
      options: { question: 'What is your greatest weakness?' },
    },
    {
      name: 'doing it "myself" told as the habit to overcome is a confession, not self-emphasis',
      text: 'When I became manager of my own team, seven engineers, my instinct was still to fix things myself. Two months in I spent two evenings on a flaky test suite, and two people told me they had wanted that work. So I kept a list of things I was tempted to do myself and handed one to someone each week. The engineer who took the test suite cut failures from one run in five to one in fifty.',
    },
    {
      name: 'a view about the speaker alone owes no team credit ("Walk me through your resume")',
      text: 'I studied economics at Bristol, and I joined a bank in London as an analyst. I built its first pricing model, I moved into product two years later, and I led the launch of its mobile app, which reached 200,000 users in a year.',
      options: { question: 'Walk me through your resume.' },
    },
    {
      name: '"I was the one who had to tell each person" owns a hard duty, it takes no credit',
      text: `As the project manager for a team of 20 technicians, I was asked to cut staff by 20 percent. I analysed each role with my two leads and we agreed the list together. I was the one who had to tell each person their job was being cut, and I did it face to face, with the support package ready. Two of them later thanked me for how it was handled.`,
    },
    {
      name: '"we" throughout, with clear "I" decisions',
      text: `At Northwind Health, a telehealth company with about 2 million patients, I ran the 40-person clinical platform org. In 2023 our appointment-booking service was failing during Monday morning peaks, and clinics were threatening to move to a competitor. My goal was to stop the Monday outages within a quarter without pausing the roadmap. We had three teams touching booking and nobody owned it end to end. I decided to form a single booking squad and I asked Dana, our strongest staff engineer, to lead it. We spent the first two weeks on load tests and we found two database hot spots. I negotiated with the VP of product to delay the referrals feature by six weeks so the squad could fix them properly, and I took the weekly updates to the clinic operations leads myself. We shipped the fixes in nine weeks. Monday booking failures dropped from 6% to 0.3%, and none of the three clinics left; together they are about $4M a year. The booking squad became the model for how we staff other shared services. What I learned is that ownership gaps look like technical problems until you draw the org chart next to the architecture.`,
    },
    {
      name: 'naming a colleague as "the only one who" knew a system is credit, not a hero claim',
      text: `At Tidewater Insurance I led a 25-person claims engineering group. Our legacy claims engine was a fifteen-year-old Java monolith, and Ana was the only one who understood the rating module. That was a real key-person risk, so I paired her with two engineers for a quarter and asked her to lead a series of walkthroughs. I also negotiated with our product director to give the pairing work protected time. By the end of the quarter four people could change the rating module safely, and our average fix time for claims bugs went from nine days to three. The walkthrough format was later reused by two other groups. I learned that knowledge concentration is a delivery risk you can measure, not just a feeling.`,
    },
    {
      name: '"I" for own calls and the team credited by name',
      text: `When I took over the mobile org at Kestrel Bank, about 30 engineers, the app had a 2.9 star rating and login failures were the top complaint. I set one goal for the half: get login success above 99%. I asked my two engineering managers to split the work, Marcus on the authentication flow and Leila on device compatibility, and I handled the conversations with the fraud team, who owned the risk rules. Leila's team found that a third of failures came from older Android devices, and Marcus's team rebuilt the session refresh. Login success went from 93% to 99.4% in four months and the rating climbed to 4.5. The credit goes to the two teams; my part was choosing one goal and keeping the fraud rules from blocking it. I learned that a single measurable goal focuses a large group faster than a long list.`,
    },
    {
      name: 'a named group doing the work is team credit, even without "the team" or "we"',
      text: `At Harbor Freight Lines I ran logistics engineering, about 35 engineers. Late deliveries had climbed to 14% and two retail customers were reviewing the contract. I pulled the delivery data and I traced most delays to route plans built before traffic updates arrived. I proposed re-planning every thirty minutes and I got the operations director to agree to a pilot in two regions. The routing team rebuilt the planner to take live traffic, and two dispatch crews tested it on the night shift. I reviewed the results with operations each week. Late deliveries fell to 5% and both customers renewed. I learned to put the people who live with the plan in the pilot from day one.`,
    },
    {
      name: '"myself" as the object of a verb or preposition is no self-emphasis ("asked myself", "hard on myself")',
      text: `At Lumen Freight I managed the billing team, six engineers. Our invoice run failed twice in one month and finance had to send corrections to 900 customers. I asked myself what we were missing, and I reminded myself that two failures in a month is a process problem, not bad luck. I paired with our on-call engineer to trace the failures and we found that a currency table was edited by hand. I proposed moving the table into code review, and the team built the check in a week. I was hard on myself in the retro, but the team kept it blameless. No invoice run has failed since, across eleven months. I learned to treat repeated failures as a design signal.`,
    },
    {
      name: 'an approach told as the speaker\'s own method, with a case told with "we"',
      text: "When a launch week piles up, I first write down everything that's due and sort it by what breaks for a customer if it slips. I tell my manager early which items I'm letting slip, so nobody is surprised. I ask one of my leads to take incident command. Last March we launched self-serve billing that way, we pushed the admin redesign by a sprint, and we launched on the date with no sev-1s.",
      options: { question: 'How do you handle stress and pressure?' },
    },
    {
      name: 'a story about one report, who does their part ("he agreed… he improved")',
      text: 'As a project manager at a logistics firm I had a developer who kept missing sprint deadlines. I met him privately and told him what I had seen. I listened to what was getting in his way and I proposed two changes: smaller tickets and a check-in every Tuesday. He agreed to both, and within six weeks he delivered every ticket on time. I learned to raise a slipping pattern in the first week, not the fourth.',
      options: { question: 'Tell me about a time you had to deliver negative feedback.' },
    },
  ],
  invalid: [
    {
      name: 'the only "I" is taking the role; every deed after it is passive',
      text: 'When I took on the role of VP Engineering, the organisation had 420 engineers in 48 teams and deployed every three weeks. Over the next two years a new operating model was introduced, an SRE practice was established, a FinOps programme was launched and a career framework was rolled out. Deployment frequency went from every three weeks to daily, and cloud costs fell from $41M to $29M.',
      options: { question: 'Tell me about the largest organisational transformation you have led.' },
      messageIds: ['invisibleSelf'],
    },
    {
      name: 'another department\'s work done alone: "so I did the work myself"',
      text: 'One time I had a deadline for a customer, but I needed some information from another department. I learned that they were backed up and would not get me what I needed in time. So, I did the work myself to make sure the deadline was met and our customer was satisfied.',
      messageIds: ['heroPhrase'],
      spans: ['I did the work myself'],
    },
    {
      name: 'a hero move and "personally" four times: the same red flag twice',
      text: 'When I joined as VP the platform was failing weekly, about 200 engineers across twelve teams. I took over the reliability program and I personally reviewed every major system. I personally approved each architecture decision and I personally ran the daily stand-up for six months. I also personally led the vendor negotiation. Availability went from 98.7% to 99.95% within a year and we saved $3M. I learned that a turnaround needs one clear owner.',
      messageIds: ['heroPhrase', 'selfEmphasis'],
      severities: ['error', 'error'],
    },
    {
      name: 'a story asked of you told without a single "I", "me" or "my"',
      options: { question: 'Tell me about a time you built a new organization from scratch.' },
      text: `Prep notes: the data platform organisation.
- Mandate: replace nine analytics stacks across the business, with a budget for sixty engineers over eighteen months.
- Year one: the leadership group agreed a charter around ingestion, storage and self-serve analytics. Hiring ran in two waves and thirty-four engineers joined in eight months. Each pillar was given a director.
- Year two: headcount reached fifty-eight and attrition stayed at half the company average. Licensing costs fell by $4.5 million a year and self-serve tooling reached 1,100 weekly users.
- Learning: a new organisation needs a clear charter before it needs headcount.`,
      messageIds: ['invisibleSelf'],
    },
    {
      name: 'taking the project over from its lead, and a lesson that praises it: two hero shapes',
      text: `At Quillon Freight our customs-filing project was three months behind when my director asked me to help. The lead, Ravi, was stretched across two other projects, and the team of seven had lost track of the scope. It needed one person driving it, so I took over, and Ravi went back to his other work. I met the two customers waiting on it and cut the scope to the three forms they filed most. I reset the plan, moved the engineers onto those forms and ran a daily stand-up. We shipped the three forms in six weeks and the rest the following quarter, and filing errors fell by 40%. What I learned is that a struggling project needs someone to step in and take clear ownership, and I'm the kind of person who does that.`,
      messageIds: ['heroPhrase', 'heroPhrase'],
      spans: ['I took over', 'someone to step in'],
    },
    {
      name: 'doing it "myself" again and again',
      text: `At Heronfield, a B2B marketplace, I was director for the buyer products, about 50 engineers. Seller onboarding belonged to another org and only 31% of sellers finished it, costing us about $6M a year. I went through the funnel data myself over two weekends and I found three drop-off points. I redesigned the verification step myself and I rewrote the email sequence myself. We shipped the changes with the other team's review. Completion went from 31% to 58% in two months. I learned that real owners do not wait for permission.`,
      messageIds: ['selfEmphasis'],
      spans: ['myself'],
    },
    {
      name: 'a hero phrase: "I single-handedly"',
      text: `At Copperline Bank I was the engineering manager for the payments gateway, a team of eight. In March our card authorisation rate dropped to 91% after a processor change and the business was losing roughly $200K a day. I single-handedly rewrote the retry logic over a weekend and I pushed it to production on Monday. The authorisation rate recovered to 98.5% within a day and we avoided a penalty from our largest merchant. Looking back, I learned that a fix this important deserves a second pair of eyes.`,
      messageIds: ['heroPhrase'],
      spans: ['single-handedly'],
    },
    {
      name: 'every action is "I" and nobody else appears',
      text: `At Brightpath Learning I managed the assessments platform for a K-12 product used by 3,000 schools. In the spring the grading service kept timing out during exam week. I profiled the service and I found a slow query on the results table. I rewrote the query and I added an index. I then set up alerts on the grading latency and I wrote a runbook for exam week. I briefed the customer success leads every morning. Timeouts went from about 400 a day to zero, and renewals that quarter came in at 96%. What I learned is to load test before the calendar does it for you.`,
      messageIds: ['noTeamCredit'],
    },
    {
      name: 'two hero phrases, plus no team credit',
      text: `At Graniteworks, a construction software company, I was the engineering lead for the estimating product. In 2021 our largest customer, a $3M account, threatened to leave because estimates took minutes to load. I was the only one who took it seriously, so I rebuilt the estimate engine all by myself over six weeks. I profiled every report, I rewrote the calculation layer and I moved the heavy work to a nightly job. I demoed it to the customer's CFO myself. Load times went from 90 seconds to 4, and the customer renewed for three years. I learned that speed is a feature customers will pay for.`,
      // The whole-answer finding starts at the first sentence, so it comes first in text order.
      messageIds: ['noTeamCredit', 'heroPhrase', 'heroPhrase'],
      spans: [null, 'i was the only one', 'all by myself'],
    },
    {
      name: 'every action is "we": the speaker is invisible',
      text: `At Lumen Retail we had a checkout problem: conversion on mobile had been falling for two quarters. We pulled the funnel data and we saw that the address form was losing a third of users. We ran a design sprint with the payments and growth teams, and we rebuilt the form around autocomplete. We rolled it out behind a flag to 10% of traffic, we watched the numbers for two weeks, and then we launched it everywhere. Mobile conversion went from 2.1% to 2.9%, which was about $6M in annual revenue. We learned that small flows deserve the same rigour as big launches, and we have applied that to every checkout change since.`,
      messageIds: ['invisibleSelf'],
      spans: ['we pulled the funnel data'],
    },
    {
      name: 'mostly "we" with one token "I" still hides the speaker',
      text: `At Ferrous Games our live-ops team was shipping events late almost every month. We mapped the release process end to end and we found that art approvals were the bottleneck. We brought the art director into sprint planning, we split events into smaller drops, and we automated the asset checks that used to take a day. We also moved the go/no-go meeting to the Tuesday before launch. I joined the retro at the end. We shipped the next six events on time, and player engagement during events rose 18%. We kept the new cadence for the rest of the year, and we learned that the bottleneck is rarely where the engineers think it is.`,
      messageIds: ['invisibleSelf'],
    },
  ],
});
