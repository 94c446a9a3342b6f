import { describe, expect, it } from 'vitest';
import { expectRule, findingsOf } from '../rule-tester';

/** About 380 words: a little over two and a half minutes at a conversational pace. */
const LONG = `In 2022 I was the director of engineering for the commerce platform at Alder & Finch, an online home-goods retailer doing about $400M in annual revenue. My org was 120 engineers in fourteen teams, and checkout was the one system every team touched. That spring our checkout conversion had slipped from 3.4% to 2.9% over six months, which the CFO estimated was costing us around $20M a year, and nobody could say why, because every team had a dashboard and no one owned the funnel.

My task was to find the cause and get conversion back above 3.3% before the holiday peak, without freezing the roadmap of fourteen teams.

I started by putting a single owner on the funnel: I asked one of my senior managers, Rosa, to lead a six-person checkout strike team with engineers borrowed from payments, search and mobile. I then agreed with the VP of product that the strike team could ship behind flags without the usual design review for eight weeks, and I took over the weekly update to the executive team so Rosa's team could stay heads-down. Within three weeks they found two causes: a fraud-check call that added four seconds for first-time buyers, and an address form that failed silently on some mobile browsers. I had to make one hard call, turning the fraud check into an asynchronous review, and I took that trade-off to the CFO and our head of risk together, with the fraud-loss numbers next to the conversion numbers.

Conversion was back at 3.5% by October, and holiday revenue came in $31M above the previous year. Fraud losses rose by less than $400K, well inside the budget the head of risk had agreed to, and the asynchronous review caught the two fraud rings that tried to exploit the change in November. Mobile conversion, which had been the worst, recovered fastest. The strike-team model, one owner and borrowed engineers for a fixed window, is now how we handle every cross-team metric problem, and it has been used four times since.

What I learned is that a metric without an owner decays quietly. I now assign an owner to every company-level metric my org touches before anything else.`;

/** A spoken answer with a check-in at the end. */
const SPOKEN = `So, um, at Tamarack Health I was the engineering director for the patient app, about 45 engineers, and, uh, our appointment reminders weren't reaching about a fifth of patients, which meant missed appointments and lost revenue for our clinics. My job was to fix delivery before the flu vaccination season. I asked one of my managers to own the reminders end to end and I worked with the clinics' operations lead to find which patients weren't getting them. It turned out older patients had SMS turned off, so we added voice-call reminders. Missed appointments fell by 18%, worth about $2M to the clinics over the season. Looking back, I'd have talked to the clinic front desks first. I can go deeper on how we picked the voice vendor, if that's useful.`;
const SPOKEN_NO_CHECK_IN = `So, um, at Tamarack Health I was the engineering director for the patient app, about 45 engineers, and, uh, our appointment reminders weren't reaching about a fifth of patients, which meant missed appointments and lost revenue for our clinics. My job was to fix delivery before the flu vaccination season. I asked one of my managers to own the reminders end to end and I worked with the clinics' operations lead to find which patients weren't getting them. It turned out older patients had SMS turned off, so we added voice-call reminders. Missed appointments fell by 18%, worth about $2M to the clinics over the season. Looking back, I'd have talked to the clinic front desks first.`;

expectRule('no-check-in', {
  valid: [
    {
      name: 'under two and a half minutes needs no check-in',
      text: `In 2022 I was the director of engineering for the commerce platform at Alder & Finch, an online home-goods retailer doing about $400M in annual revenue. My org was 120 engineers in fourteen teams, and checkout was the one system every team touched. That spring our checkout conversion had slipped from 3.4% to 2.9% over six months, which the CFO estimated was costing us around $20M a year, and nobody could say why, because every team had a dashboard and no one owned the funnel.

My task was to find the cause and get conversion back above 3.3% before the holiday peak, without freezing the roadmap of fourteen teams.

I started by putting a single owner on the funnel: I asked one of my senior managers, Rosa, to lead a six-person checkout strike team with engineers borrowed from payments, search and mobile. I then agreed with the VP of product that the strike team could ship behind flags without the usual design review for eight weeks, and I took over the weekly update to the executive team so Rosa's team could stay heads-down. Within three weeks they found two causes: a fraud-check call that added four seconds for first-time buyers, and an address form that failed silently on some mobile browsers. I had to make one hard call, turning the fraud check into an asynchronous review, and I took that trade-off to the CFO and our head of risk together, with the fraud-loss numbers next to the conversion numbers.

Conversion was back at 3.5% by October, and holiday revenue came in $31M above the previous year. Fraud losses rose by less than $400K. The strike-team model, one owner and borrowed engineers for a fixed window, is now how we handle every cross-team metric problem, and it has been used four times since.

What I learned is that a metric without an owner decays quietly. I now assign an owner to every company-level metric my org touches before anything else.`,
    },
    {
      name: 'a long answer that offers to go deeper',
      text: `${LONG} I'm happy to go deeper on how we handled the fraud trade-off with the CFO.`,
    },
    {
      name: 'a recorded 3:10 spoken answer that checks in',
      text: SPOKEN,
      options: { durationSeconds: 190 },
    },
  ],
  invalid: [
    {
      name: 'past two and a half minutes by word count, no check-in',
      text: LONG,
      messageIds: ['noCheckIn'],
      spans: ['i now assign an owner'],
    },
    {
      name: 'a recorded duration makes a short transcript long',
      text: SPOKEN_NO_CHECK_IN,
      options: { durationSeconds: 190 },
      messageIds: ['noCheckIn'],
      spans: ["looking back, i'd have talked"],
    },
  ],
});

describe('no-check-in score effect', () => {
  it('costs more the longer the monologue runs', () => {
    const [long] = findingsOf('no-check-in', SPOKEN_NO_CHECK_IN, { durationSeconds: 190 });
    const [veryLong] = findingsOf('no-check-in', SPOKEN_NO_CHECK_IN, { durationSeconds: 260 });
    expect(long?.points ?? 0).toBeLessThan(0);
    expect(veryLong?.points ?? 0).toBeLessThan(long?.points ?? 0);
  });
});
