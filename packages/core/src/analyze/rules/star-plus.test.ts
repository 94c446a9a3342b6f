import { expectRule } from '../rule-tester';

const QUOTE_STORY = `At Pebblestone Insurance I was the engineering manager for the policy administration team, eight engineers. Our quote API was timing out for brokers at month end and we were losing quotes to competitors. My task was to get month-end error rates under 1%. I asked our tech lead to profile the quote path, and I negotiated with the broker team for a two-week code freeze on their side. We found two slow database calls, fixed them, and error rates at month end fell from 9% to 0.4%.`;
const LESSON = 'I learned to ask our biggest users when things break before I ask the dashboards.';

expectRule('star-plus', {
  valid: [
    {
      name: 'the fix made to last ("…shared it with the payments team to prevent recurrence")',
      text: 'During a routine audit I noticed the payment reconciliation job was dropping transactions. I spent two days in the logs, found a race condition and fixed it, which cut delays by 30%. I also documented the problem and shared it with the payments team to prevent recurrence.',
    },
    {
      name: 'the work was adopted by other teams',
      text: `${QUOTE_STORY} Broker quote volume rose 12% the next month, and the month-end load test we built was adopted by the claims and billing teams. ${LESSON}`,
    },
    {
      name: 'the change lasted: "still in use today"',
      text: `Three years ago at Thistle Learning I led the 40-engineer content platform. Teachers were waiting up to a week for new course content to appear. My task was to make publishing same-day. I set up a publishing squad with two of my managers and the head of curriculum, and we rebuilt the review workflow. Publishing time fell from six days to four hours and course completions rose 9%. The workflow is still in use today, and it has since handled three times the content volume without extra staff. I learned that slow publishing is usually a review problem, not a systems problem.`,
    },
    {
      name: 'the approach became a playbook',
      text: `At Halcyon Hotels I was the director of engineering for guest apps, about 60 engineers. Mobile check-in was failing for one guest in five at our busiest properties. My goal was to get check-in success above 98% before the summer season. I asked two of my managers to set up a joint war room with the property operations team, and I negotiated a two-month pause on new loyalty features. Check-in success reached 98.7% by June and front-desk queues at the ten busiest hotels fell by half. We wrote the war-room format up as a playbook, and the payments group used it for their own launch in the autumn. Looking back, I would have brought the property managers in a month earlier.`,
    },
    {
      name: 'the way of working outlived the story: "became how our two orgs handle shared services"',
      text: `${QUOTE_STORY} We wrote up the joint on-call we set up with the broker team, and it became how our two orgs handle every shared service. ${LESSON}`,
    },
    {
      name: 'what was built is still run by the team: "the team still runs that service"',
      text: `${QUOTE_STORY} Three years on, the team still runs that service with under one alert a week. ${LESSON}`,
    },
    {
      name: 'taken up by a counted number of other teams: "now used by the other four teams"',
      text: `${QUOTE_STORY} The month-end load test is now used by the other four teams in the org. ${LESSON}`,
    },
  ],
  invalid: [
    {
      name: 'a good result that stops at the immediate win',
      text: `${QUOTE_STORY} Broker quote volume rose 12% the next month. ${LESSON}`,
      messageIds: ['missingScale'],
      spans: [LESSON],
    },
  ],
});
