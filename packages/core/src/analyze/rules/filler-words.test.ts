import { expectRule } from '../rule-tester';

/** Written, about 115 words, with two fillers: over the written allowance, under the spoken one. */
const TWO_FILLERS = `At Foxglove Health I was the engineering manager for the scheduling product, nine engineers. Basically, our clinics kept double-booking rooms because the calendar sync with their EHR ran only once an hour. My task was to make room availability accurate in real time before the flu season rush. I worked with the EHR vendor's integration team to move us to their event feed, and I asked our tech lead to own the cutover plan. We actually cut double-bookings from about 40 a week to 2 within a month of the switch, and clinic satisfaction scores rose 12 points. I learned to ask vendors what they already offer before building around them.`;

expectRule('filler-words', {
  valid: [
    {
      name: '"the kind of leader" is ordinary English, not a filler',
      text: `I want to be the kind of leader who makes the hard call early, and this story is a good example of that. At Larkspur Bank in 2022 I was the director for the lending platform, about 70 engineers. Our loan approval flow took four days on average, and a fintech competitor was approving in minutes, so we were losing the younger applicants who were the whole point of our digital strategy. My goal was to get a decision to most applicants in under an hour. I made the call to stop a six-month rewrite that was already half done, which was a hard decision to explain to the team that had built it. Instead I asked two teams to put an automated decision layer in front of the old system. We got 70% of applications to a decision in under an hour within one quarter, and digital loan volume grew 35% that year. I learned that the bold decision is often to stop something, not to start something.`,
    },
    {
      name: 'one hedge in a clean written answer is not listed',
      text: `At Quartz Mobility I led the rider app org, about 35 engineers. Ride cancellations after a driver was assigned had crept up to 11%, and I think that was costing us more than anything else in the funnel. My task was to bring it under 7% by the end of the half. I asked the data team for a breakdown and we found that most cancellations came from pickup-point confusion. I proposed moving the pickup pin to the nearest safe curb, and I partnered with the operations lead to test it in two cities. Cancellations fell to 6.2% and completed rides rose 4%, about $8M a year in gross bookings. I learned that the biggest funnel problems are often physical, not digital.`,
    },
    {
      name: '"like" as a verb and a preposition',
      text: `At Marigold Foods I ran a 22-person e-commerce team, and our grocery delivery slots sold out like clockwork every Sunday night. Customers would like to book a week ahead, but the slot system only opened three days out. My goal was to open a seven-day window without overbooking drivers. I worked with the logistics lead to model driver capacity, and I asked my tech lead to build a forecast that released slots gradually. Sunday sell-outs stopped, weekly orders grew 14%, and driver overtime fell by a fifth. I learned that a capacity model shared with operations beats a clever algorithm they don't trust.`,
    },
  ],
  invalid: [
    {
      name: 'a single "um" in a spoken answer is listed but within the allowance',
      text: `So at Wildrose Games I ran the server engineering group, about 25 people, and our launch of a new multiplayer mode was, um, three weeks out when load tests showed the matchmaking service falling over at a third of expected traffic. My job was to get us to launch without slipping the date, because marketing had already spent the budget. I pulled the two strongest engineers off the store work and I asked them to own matchmaking end to end, and I took over the conversations with marketing and the studio head so they could focus. We found the bottleneck was a single lock in the queue logic, and they redesigned it in about ten days. We launched on the date, peak concurrency was 1.2 million players with no matchmaking outages, and the mode drove a 20% lift in weekly active players. What I took away is that protecting the people doing the critical work is most of the job in a crunch.`,
      options: { spoken: true },
      messageIds: ['filler'],
      spans: ['um'],
    },
    {
      name: 'a spoken transcript thick with fillers: each listed (up to ten), a hedge, and the summary',
      text: `Um, so, at Bluebird Freight I was, you know, managing the driver app team, about ten engineers. Basically the app was crashing a lot on older Android phones and, uh, drivers were kind of complaining to dispatch all the time. So I, um, I guess I pulled the crash data and, you know, we saw that most of it was one image library. We swapped it out and, uh, crashes went down from 3% of sessions to 0.4%. Um, and yeah, driver complaints basically stopped. I learned that, you know, you have to look at the data first.`,
      options: { spoken: true },
      // The summary points at the first filler, so it follows it in text order.
      messageIds: [
        'filler',
        'tooMany',
        'filler',
        'filler',
        'filler',
        'filler',
        'filler',
        'hedge',
        'filler',
        'filler',
        'filler',
      ],
      spans: ['um', 'um', 'you know', 'basically', 'uh', 'kind of', 'um', 'i guess', 'you know', 'uh', 'um'],
    },
    {
      name: 'two fillers in a short written answer are over the written allowance',
      text: TWO_FILLERS,
      messageIds: ['filler', 'tooMany', 'filler'],
      spans: ['basically', 'basically', 'actually'],
    },
    {
      name: 'the same two fillers in a spoken transcript are within the allowance',
      text: TWO_FILLERS,
      options: { spoken: true },
      messageIds: ['filler', 'filler'],
      spans: ['basically', 'actually'],
    },
    {
      name: 'a recorded duration marks the answer as spoken',
      text: TWO_FILLERS,
      options: { durationSeconds: 50 },
      messageIds: ['filler', 'filler'],
    },
  ],
});
