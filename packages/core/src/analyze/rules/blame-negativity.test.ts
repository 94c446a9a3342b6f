import { expectRule } from '../rule-tester';

expectRule('blame-negativity', {
  valid: [
    {
      name: 'a feeling of one\'s own ("it feels horrible") is not contempt for anyone',
      text: 'Yes, I have had to let someone go, and believe me it feels horrible. I gave him written goals and weekly check-ins over 30 days, consulted HR, and when nothing changed I made the call and helped him find his next role.',
      options: { question: 'Have you ever had to fire anyone?' },
    },
    {
      name: 'a "knee-jerk" reaction is not a person called a jerk',
      text: 'My knee-jerk reaction was to roll back, but I checked the dashboards first, found the real cause in the cache layer and fixed it within the hour.',
      options: { question: 'Tell me about a production incident you handled.' },
    },
    {
      name: 'in a story, "the outage was terrible" describes an event, not a person',
      text: 'At Rivet Pay I ran the payments team of eight. The outage was terrible: checkout was down for forty minutes on a Friday. I led the incident, we rolled back within twenty minutes, and I wrote the postmortem with the on-call engineer. We added a canary step and have not had a payments outage since.',
    },
    {
      name: 'a thing made useless is not a person blamed',
      text: `At Corvid Storage I ran the backup team of 16 engineers. A firmware bug corrupted the catalogue, rendering the existing backup server useless two days before an audit. I moved the team onto a restore from cold storage, we rebuilt the catalogue in 20 hours and passed the audit. I learned to keep a second catalogue copy off the primary server.`,
    },
    {
      name: 'a blameless postmortem, "no one to blame" and "that\'s on me"',
      text: `In 2022 I was the director of infrastructure at Quayside Payments, about 55 engineers. A certificate expired on our card-tokenisation service and checkout was down for 47 minutes on a Friday evening, which cost our merchants roughly $1.1M in sales. My job was to restore trust with our top merchants and make sure this class of outage could not happen again. I ran a blameless postmortem the next Monday and I made it clear up front that there was no one to blame; the question was why our system let one expired certificate take down checkout. The honest answer was that I had deprioritised certificate automation twice in planning, so that's on me. I moved two engineers onto automated rotation, I called our five largest merchants personally, and I asked the SRE team to add expiry alerts across every service. We have had zero certificate outages in the two years since, and the rotation tooling became the standard across the company. What I learned is that the postmortem culture you want starts with the leader naming their own part first.`,
    },
    {
      name: 'defending the team: "it wasn\'t their fault"',
      text: `At Meridian Health I ran a 30-person engineering group building the patient portal. Our iOS release slipped by three weeks in 2023, and the hospital clients who had planned training sessions around the date were unhappy. My task was to get the release out and rebuild confidence with the clients. When I dug in, it wasn't their fault; the mobile team had been given a spec that changed twice after the design freeze, and I had approved both changes. I reset the scope with our product director, I froze the spec, and I set up a weekly demo for the two hospital clients so they could see progress. We shipped three weeks later than planned but with no critical bugs, and both clients renewed their contracts, about $2.4M a year. Looking back, I should have protected the design freeze instead of approving late changes, and I have held that line on every release since.`,
    },
    {
      name: '"rather than looking for someone to blame"',
      text: `At Saltmarsh Energy I led the 45-engineer grid software org. A bad firmware push bricked about 3,000 smart meters in one region, and the utility regulator asked for a report within ten days. My goal was a clear account of what happened and a plan the regulator would accept. Rather than looking for someone to blame, I asked the firmware and QA leads to walk me through the release step by step, and I wrote the timeline with them. The gap was that our staged rollout skipped the region with the oldest hardware. I proposed a hardware-aware rollout plan, we replaced the meters within a week, and the regulator accepted our report without a fine. The staged rollout rules became the default for every firmware team. I learned that regulators, like engineers, trust the team that shows its work.`,
    },
    {
      name: "naming others' misses fairly while owning the bigger miss",
      text: `At Cobalt Robotics I led the 20-person fleet software team. Our Q2 release of the new navigation stack slipped by five weeks. The sensor vendor missed their driver delivery by three weeks, and the hardware team couldn't get us test units until late May. But the bigger miss was mine: I had planned the release as if both dependencies would land on time, and I didn't build any slack or a fallback plan. I reset the plan with the VP of product, I set up a simulation harness so the team could keep testing without hardware, and I moved two engineers onto driver integration. We shipped five weeks late, but with a 40% drop in navigation faults compared with the previous stack, and our top customer expanded their fleet by 200 robots. I learned to plan around dependencies I don't control, and I now build a fallback for every external dependency.`,
    },
    {
      name: '"lazy loading" is engineering, not contempt',
      text: `At Pinecrest Media I led the 35-engineer web platform group for a news site with 40 million monthly readers. Ad revenue per page view had dropped 15% because pages were slow on mobile. My goal was to get mobile load time under two seconds without cutting ad inventory. I proposed a performance budget and I asked each of the four product teams to own their share of it. The teams moved images and below-the-fold ads to lazy loading and we cut third-party scripts by half. Median mobile load time went from 4.8 seconds to 1.9, and ad revenue per page view recovered by 11%, about $5M a year. The performance budget is still in use across the company. I learned that a shared budget works better than a central team policing everyone.`,
    },
    {
      name: 'a failure question answered with the speaker\'s own part ("I underestimated")',
      options: { question: 'Tell me about a project that did not go as planned.' },
      text: `At Larkspur Bank I led the 25-engineer card platform team through a move to a new processor. We planned six months and took nine. I underestimated how much of the old processor's behaviour lived in undocumented batch jobs, and I committed to the date before we had read them. Once we were behind, I told the CFO's office the same day, I split the cutover into three waves by card type, and I asked our two most senior engineers to map the batch jobs before any more code was written. We cut over with no failed transactions, and the new processor lowered our fees by about $1.2M a year. I now ask for a discovery spike before I put a date on any migration.`,
    },
    {
      name: 'a failure question owned through a habit of one\'s own changed since ("now I always…")',
      options: { question: 'Tell me about a time you missed a deadline.' },
      text: `I took on the billing export for a two-week sprint at Tidewell. Halfway through, the legacy invoice tables turned out to hold three different date formats. The day I saw it, I told my manager, re-planned the work, and shipped the monthly export first. The full export went out four days late, with nothing broken for the finance team. Now I always spike any legacy data before I give a date.`,
    },
    {
      name: 'praise said with "never" ("he never made us feel dumb") is not pointing',
      options: { question: 'Tell me about an effective manager you have known.' },
      text: 'The best manager I had ran my first sales team. When he saw we were confused, he stopped and asked what was unclear. He never assumed too much when teaching us, and he never made us feel dumb for asking. I still run my onboarding sessions that way.',
    },
    {
      name: 'a success question is not held to the failure standard',
      options: { question: 'Tell me about the most significant launch you led.' },
      text: `At Fernhill Games I led the 40-engineer live-services group. We launched cross-platform saves for our biggest title, about 6 million players. My goal was to ship it before the holiday event without a single lost save. I split the work between the accounts team and the storage team, I set a weekly risk review with the studio head, and I asked QA to run a save-corruption soak for two weeks. We launched on time, lost no saves, and the holiday event's retention rose 9% over the year before. I learned that a soak test earns more trust than any review.`,
    },
    {
      name: 'a decision made above the speaker, told once next to their own part',
      options: { question: 'Tell me about a reorg that did not work out.' },
      text: `At Halyard Freight I merged two logistics teams, about 60 engineers, into one routing group. Six months in, the decision to move routing under the new regional business was made above my level, and the group was split again. My mistake was that I had never written down what the merged group owed each business, so nobody could argue for keeping it. I wrote that charter for the two halves, I kept the shared on-call rota, and incidents stayed flat through the split. Since then I write a one-page charter before any reorg I lead.`,
    },
  ],
  invalid: [
    {
      name: 'others\' failings listed as the backdrop to a result ("was not very organised", "were also late", "considering all the problems")',
      text: 'I was one of the engineering managers on a big project. The product manager was not very organised and kept changing the requirements. The designers were also late with the mockups. Eventually we got it out the door, and I think it went pretty well considering all the problems we had with the other teams.',
      messageIds: ['pointingAtOthers', 'blame'],
      spans: ['the product manager was not very organised', 'considering all the problems'],
    },
    {
      name: 'a person written off, not a behaviour described ("nobody liked him")',
      text: 'Honestly the problem was one of the engineers, he was just really difficult to work with and nobody liked him. I told him he needed to change. HR got involved and he was moved to another team.',
      options: { question: 'Tell me about a time you managed a conflict between two team members.' },
      messageIds: ['blame', 'blame', 'blame'],
      spans: ['the problem was one of', 'just really difficult to work with', 'nobody liked him'],
    },
    {
      name: 'asked why you are leaving: "my manager is terrible" runs the employer down (a red flag)',
      text: 'My manager is terrible and the codebase is a mess, so I am ready for something new.',
      options: { question: 'Why are you leaving your current role?' },
      messageIds: ['badMouthing'],
      severities: ['error'],
      spans: ['is terrible'],
    },
    {
      name: 'asked why you are leaving: "the culture is toxic"',
      text: 'Honestly, the culture is toxic and nobody listens to engineering.',
      options: { question: 'Why do you want to leave your job?' },
      messageIds: ['badMouthing'],
      spans: ['is toxic'],
    },
    {
      name: 'a disagreement told as the other side being inexperienced and stubborn: pointing',
      options: { question: 'Tell me about a time you disagreed with a colleague.' },
      text: `A developer on my squad questioned every schema I drafted for the billing service last spring. She was not very experienced, so I gave her room at first. Then a new engineer on her pod kept pushing the same comments into our reviews. In the end my director sided with my schema and we moved on.`,
      messageIds: ['pointingAtOthers'],
    },
    {
      name: "a failure question answered by calm deflection and no part of one's own: the red flag",
      options: { question: 'Tell me about a program you ran that went over budget.' },
      text: `I ran a $9 million data-centre exit for a logistics client with about 70 engineers across three teams. It finished four months late and 20% over budget. The plan itself was thorough: we inventoried 600 services and staged the moves in six waves. What we couldn't control was the client's change board, which met monthly instead of weekly, and their network vendor delivered the new circuits two months after the contracted date. I restructured the waves so teams weren't idle, negotiated a change order worth about $1M, and moved ten engineers to other accounts while we waited. The client closed both data centres and cut hosting costs by 30%. My lesson is that client-side delays should be priced into the contract.`,
      messageIds: ['pointingAtOthers', 'unownedSetback'],
    },
    {
      name: "a failure question with no part of one's own and no pointing: a warning",
      options: { question: 'Tell me about a time you failed.' },
      text: `At Brightwater Health I led the 12-engineer scheduling team. We launched a self-service booking flow that was meant to cut call-centre volume by a fifth. Adoption stayed under 5% for the first quarter. I ran interviews with twenty patients, and the team found that most of them did not trust an online slot to be real. We added a confirmation call for first bookings and a clinic-branded page, and adoption reached 31% by the end of the year. The lesson was that trust matters as much as convenience in healthcare.`,
      messageIds: ['unownedSetback'],
    },
    {
      name: "a team habit changed since is not one's own part",
      options: { question: 'Tell me about a time you missed a deadline.' },
      text: `At Tidewell we were asked for a billing export in a two-week sprint. Halfway through, the legacy invoice tables turned out to hold three different date formats. I told my manager, re-planned the work, and shipped the monthly export first. The full export went out four days late, with nothing broken for the finance team. Now we always spike any legacy data before the team gives a date.`,
      messageIds: ['unownedSetback'],
    },
    {
      name: "a failure question answered with decisions made over the speaker's head and others' omissions",
      options: { question: 'Describe a platform bet of yours that did not pay off.' },
      text: `As head of the data platform, about 70 engineers, I backed building our own event bus instead of buying one. The case fitted the requirements we were given. Over the next year the partner teams dropped half of those requirements, and none of that was communicated to the platform group until we had built it. The product partners who set the roadmap did not account for the cost of the build. By then the decision had been made above me to buy a vendor bus. I ran the migration in two quarters and support tickets fell by 40%. Next time I would ask the groups that set requirements to commit to them for a year.`,
      messageIds: ['pointingAtOthers', 'unownedSetback'],
    },
    {
      name: 'the root cause placed on a vendor, with a filler in between',
      options: { question: 'Tell me about an outage you were responsible for.', spoken: true },
      text: `So I owned the payments gateway, and we had a ninety-minute outage on a Monday. The card vendor rotated a key, and the vendor's notice was pretty vague and easy to miss. I got paged, rolled back our client, and we were fully back in ninety minutes. In the postmortem the root cause was, you know, the vendor's rotation process. What I took from it is that vendors need to give direct notice.`,
      messageIds: ['pointingAtOthers', 'unownedSetback'],
    },
    {
      name: 'asked about a former boss, one disparaging remark is a red flag on its own',
      options: { question: 'Who was your worst boss?' },
      text: 'My worst boss was my last one at a logistics startup. He was constantly criticizing me in front of the team, even on work I had already delivered.',
      messageIds: ['badMouthing'],
      severities: ['error'],
    },
    {
      name: 'a supervisor one did not get along with, as the reason for leaving',
      options: { question: 'Why did you leave your last job?' },
      text: 'I got fired because I did not get along with my supervisor. We were like oil and water, and she was the oil.',
      messageIds: ['badMouthing'],
      severities: ['error'],
    },
    {
      name: 'explicit blame: another team "dropped the ball"',
      text: `At Redfern Logistics I was an engineering manager for the warehouse management system, a team of nine. We had committed to the peak-season launch of a new picking flow for our biggest retail client. The platform team dropped the ball on the new inventory API, and it arrived four weeks late. I had to rearrange our sprint plan twice and we launched the picking flow one week before peak instead of a month. The launch worked and pick rates went up 12% during peak, which kept the client happy. I learned to ask for dates in writing from dependencies.`,
      messageIds: ['blame'],
      spans: ['dropped the ball'],
    },
    {
      name: 'contempt and blame for a vendor, each pointed at',
      text: `At Anchor Insurance I was director of engineering for claims, about 60 engineers. The outsourced QA vendor was incompetent, frankly, and they let a pricing bug through that overcharged 4,000 customers. It was their fault, but I had to clean it up. I set up a refund process with finance, we fixed the bug in two days, and I moved QA back in-house over the next quarter. We refunded $800K and complaints went back to normal within a month. I learned that you cannot outsource quality.`,
      messageIds: ['blame', 'blame'],
      spans: ['incompetent', 'their fault'],
    },
    {
      name: 'a peer disparaged politely: motives imputed, a reputation, contempt',
      text: `I ran the checkout team, about 22 engineers. The manager of the warehouse group wanted to move the promise calculation into his service. Honestly, this was a land grab, and his team had a reputation for over-promising. His engineers posted passive-aggressive comments in our channels, which he did nothing to stop. I proposed keeping the calculation on our side with change events, and staleness dropped from 15 minutes to 30 seconds. I learned to escalate early with data.`,
      messageIds: ['blame', 'blame', 'blame', 'blame'],
      spans: ['land grab', 'a reputation for over-promising', 'passive-aggressive', 'did nothing to stop'],
    },
    {
      name: 'teammates and bosses said to be clueless and unsupportive',
      text: `Once I had to work as part of a research team. The other members of the team did not seem to know what they were doing and kept asking me questions. I kept trying different things to see what would work, but my colleagues were not very supportive. After many long evenings, I got the project done.`,
      messageIds: ['pointingAtOthers'],
      spans: ['the other members of the team did not seem to know'],
    },
    {
      name: 'a former boss run down',
      text: `I didn't like my last boss. He was always micromanaging the team and would hound me over deadlines that I always met.`,
      options: { question: "What didn't you like about your last job?" },
      messageIds: ['badMouthing', 'badMouthing'],
      spans: ["didn't like my last boss", 'hound me'],
    },
    {
      name: 'a boss called a jerk, asked why one was let go',
      text: 'My boss was a jerk. She fired me just because I didn’t complete a certification I had put on my resume!',
      options: { question: 'Why did you leave your last job?' },
      messageIds: ['badMouthing'],
      severities: ['error'],
      spans: ['jerk'],
    },
    {
      name: 'a colleague called a jerk in a story is blame, not bad-mouthing a former employer',
      text: 'The other lead was a jerk about the review, so I took the discussion offline and we agreed on a plan.',
      options: { question: 'Tell me about a time you had a conflict with a peer.' },
      messageIds: ['blame'],
      spans: ['jerk'],
    },
    {
      name: 'a list of what others failed to do, with no part of it owned',
      text: `At Solstice Travel I managed the booking engine team, eight engineers. We were supposed to launch the new fare search in Q3 for the summer campaign. Product kept changing the requirements every sprint, and the design team never delivered the final mocks on time. The data team missed two deadlines for the pricing feed, and marketing announced the launch date before we had agreed to it. I escalated to my director and we launched six weeks late, after the campaign had started. Bookings through the new search were up 9% in the first month. I learned that you have to get commitments in writing.`,
      messageIds: ['pointingAtOthers'],
      spans: ['product kept changing'],
    },
    {
      name: 'deflection in a spoken answer: "set up to fail"',
      text: `So, um, at Vantage Telecom I ran the billing platform, around 25 engineers. The, uh, the migration to the new rating engine was handed to us with a date the CFO had already promised the board, and honestly we were set up to fail from day one. I pushed the team hard, we cut the scope to postpaid only, and we went live two months late. Billing errors went down 30% after the move. I learned a lot about managing up.`,
      options: { spoken: true },
      messageIds: ['blame'],
      spans: ['were set up'],
    },
  ],
});
