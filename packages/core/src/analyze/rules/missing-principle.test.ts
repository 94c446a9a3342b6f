import { expectRule } from '../rule-tester';

expectRule('missing-principle', {
  valid: [
    {
      name: 'a view is read for its reasons by view-reasoning, not here',
      text: 'I want to move into product work, and this role is exactly that.',
      options: { question: 'Why do you want this job?' },
    },
    {
      name: '"I believe…" and a named trade-off',
      text: `At Saffron Pay I ran the 60-engineer merchant platform org. Two of my teams were stuck in a six-month argument about whether to split the onboarding service. My task was to get a decision within a month without overruling the engineers. I believe the people closest to the code should make the call, so I asked both tech leads to write a one-page proposal each and to agree on the criteria first. I set a date, I chaired one review, and when they still disagreed I made the call for the split, explaining the trade-off between speed now and flexibility later. The split shipped in ten weeks and merchant onboarding time fell from five days to one, which lifted activated merchants by 18%. The one-page decision format was adopted by the rest of engineering. Looking back, I would have set the decision date on day one instead of after a month.`,
    },
    {
      name: "the target company's principle named outright",
      text: `At Lindqvist Home, an online furniture retailer, I led the 45-engineer delivery platform org. Customers were getting four-hour delivery windows and missing deliveries, and failed first attempts cost us about $6M a year. Guided by Customer Obsession, I started from the customer's complaint rather than our routing model: I read a hundred support tickets and I rode along with two delivery crews. I asked the routing team to commit to one-hour windows for 80% of orders, and I negotiated with the carriers to share live truck locations. Failed first deliveries fell from 14% to 5% within two quarters, saving about $3.8M a year. The live-tracking approach was later reused by our returns team. I learned that the customer's wording of a problem is often more precise than ours.`,
      options: { company: 'amazon' },
    },
    {
      name: 'spoken: the reason for the choice, "the reason I…"',
      text: `So at Oakmere Bank I ran mobile engineering, about forty people, and we had two apps, one for retail and one for business banking, with, um, separate teams and separate release trains. My job was to decide whether to merge them. I spent a month with both teams and with the product leads, and I decided to merge the codebases but keep two release trains. The reason I did it that way is that the customers are different but the plumbing is the same, and I didn't want to slow business banking down to retail's pace. We merged in two quarters, release cost per app fell by about 40%, and business banking kept its monthly cadence. Looking back, I'd do it again, but I'd announce the decision before the planning cycle, not in the middle of it.`,
      options: { spoken: true },
    },
  ],
  invalid: [
    {
      name: 'a root cause found is a diagnosis, not a principle',
      text: 'I noticed order processing stalled every Monday. I identified the root cause, a misconfigured timeout, deployed a fix, and delays fell by 30%.',
      messageIds: ['missingPrinciple'],
    },
    {
      name: 'a sound story that never says why',
      text: `At Marlowe Games I managed the 14-engineer backend team for a mobile puzzle game with 8 million monthly players. Our in-app store was failing purchases during holiday events and players were leaving one-star reviews. My task was to make store purchases reliable before the spring event. I moved two engineers from features onto the store, I set up a purchase-failure dashboard, and I met the payments provider every week. We rebuilt the receipt validation and added retries. Purchase failures dropped from 3% to 0.2% and event revenue rose 25% compared with the previous spring. The store team's event checklist became the template for every live event. Looking back, I would have put the dashboard in place a year earlier.`,
      messageIds: ['missingPrinciple'],
      spans: ['at marlowe games'],
    },
    {
      name: 'a company set given, but its principles neither named nor reasoned about',
      text: `At Marlowe Games I managed the 14-engineer backend team for a mobile puzzle game with 8 million monthly players. Our in-app store was failing purchases during holiday events and players were leaving one-star reviews. My task was to make store purchases reliable before the spring event. I moved two engineers from features onto the store, I set up a purchase-failure dashboard, and I met the payments provider every week. We rebuilt the receipt validation and added retries. Purchase failures dropped from 3% to 0.2% and event revenue rose 25% compared with the previous spring. The store team's event checklist became the template for every live event. Looking back, I would have put the dashboard in place a year earlier.`,
      options: { company: 'google' },
      messageIds: ['missingPrinciple'],
    },
  ],
});
