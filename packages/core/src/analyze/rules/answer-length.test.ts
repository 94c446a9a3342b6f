import { describe, expect, it } from 'vitest';
import { expectRule, findingsOf } from '../rule-tester';

/** About 340 words: roughly 2:15 at a conversational pace. */
const FULL = `In 2022 I was the director of engineering for the commerce platform at Alder & Finch, an online home-goods retailer doing about $400M in annual revenue. My org was 120 engineers in fourteen teams, and checkout was the one system every team touched. That spring our checkout conversion had slipped from 3.4% to 2.9% over six months, which the CFO estimated was costing us around $20M a year, and nobody could say why, because every team had a dashboard and no one owned the funnel.

My task was to find the cause and get conversion back above 3.3% before the holiday peak, without freezing the roadmap of fourteen teams.

I started by putting a single owner on the funnel: I asked one of my senior managers, Rosa, to lead a six-person checkout strike team with engineers borrowed from payments, search and mobile. I then agreed with the VP of product that the strike team could ship behind flags without the usual design review for eight weeks, and I took over the weekly update to the executive team so Rosa's team could stay heads-down. Within three weeks they found two causes: a fraud-check call that added four seconds for first-time buyers, and an address form that failed silently on some mobile browsers. I had to make one hard call, turning the fraud check into an asynchronous review, and I took that trade-off to the CFO and our head of risk together, with the fraud-loss numbers next to the conversion numbers.

Conversion was back at 3.5% by October, and holiday revenue came in $31M above the previous year. Fraud losses rose by less than $400K. The strike-team model, one owner and borrowed engineers for a fixed window, is now how we handle every cross-team metric problem, and it has been used four times since.

What I learned is that a metric without an owner decays quietly. I now assign an owner to every company-level metric my org touches before anything else.`;

/** About 260 words: roughly 1:45, inside the behavioral band, short for an org-design round. */
const MEDIUM = `In 2022 I was the director of engineering for the commerce platform at Alder & Finch, an online home-goods retailer doing about $400M in annual revenue. My org was 120 engineers in fourteen teams, and checkout was the one system every team touched. That spring our checkout conversion had slipped from 3.4% to 2.9% over six months, which the CFO estimated was costing us around $20M a year, and nobody owned the funnel. My task was to get conversion back above 3.3% before the holiday peak, without freezing the roadmap of fourteen teams. I asked one of my senior managers, Rosa, to lead a six-person checkout strike team with engineers borrowed from payments, search and mobile. I agreed with the VP of product that the strike team could ship behind flags without the usual design review for eight weeks, and I took over the weekly update to the executive team so Rosa's team could stay heads-down. Within three weeks they found two causes: a slow fraud-check call for first-time buyers, and an address form that failed silently on some mobile browsers. I made the call to turn the fraud check into an asynchronous review, and I took that trade-off to the CFO and our head of risk together. Conversion was back at 3.5% by October, and holiday revenue came in $31M above the previous year. The strike-team model is now how we handle every cross-team metric problem. What I learned is that a metric without an owner decays quietly.`;

/** About 75 words: half a minute, under half the behavioral band. */
const TINY = `At Copperline Bank I ran the payments gateway team. Card authorisations dropped to 91% after a processor change. I asked two engineers to rewrite the retry logic and I briefed the merchants every day. The rate recovered to 98.5% within a week and our largest merchant stayed. I learned to test processor changes against real traffic first.`;

/** About 140 words: under a minute. */
const SHORT = `At Wren Analytics I led a team of six engineers building the reporting dashboards for our mid-market customers. Customers were exporting data to spreadsheets because our reports took minutes to load, and two of our larger accounts had said it was a reason they might not renew. My goal was to get every standard report under five seconds by the end of the quarter. I asked our most senior engineer to profile the ten most-used reports, and I negotiated with product to drop two low-use report types so we could focus. We pre-aggregated the heavy reports overnight and load times fell from about 90 seconds to under 3. Both accounts renewed, and spreadsheet exports fell by 60%. The pre-aggregation pattern was later adopted by the analytics team. I learned that deleting features can be the fastest performance work.`;

expectRule('answer-length', {
  valid: [
    { name: 'a full story of about two and a quarter minutes', text: FULL },
    { name: 'about 1:45 is inside the behavioral band', text: MEDIUM },
    {
      name: 'an org-design round allows the same story (band 2:00–7:00)',
      text: FULL,
      options: { type: 'system-org-design' },
    },
    {
      name: 'a recorded duration overrides the word-based estimate: 140 words said in 1:40',
      text: SHORT,
      options: { durationSeconds: 100 },
    },
    {
      name: 'a technical-leadership round allows 3:20 (band up to 4:00)',
      text: FULL,
      options: { durationSeconds: 200, type: 'technical-leadership' },
    },
  ],
  invalid: [
    {
      name: 'under a minute of story',
      text: SHORT,
      messageIds: ['tooShort'],
      spans: ['at wren analytics'],
    },
    {
      name: 'half a minute',
      text: TINY,
      messageIds: ['tooShort'],
    },
    {
      name: 'the band differs by type: 1:45 is short for an org-design round',
      text: MEDIUM,
      options: { type: 'system-org-design' },
      messageIds: ['tooShort'],
    },
    {
      name: 'recorded at 3:20, past the behavioral band: pointed at the last sentence',
      text: FULL,
      options: { durationSeconds: 200 },
      messageIds: ['tooLong'],
      spans: ['i now assign an owner'],
    },
    {
      name: 'a recorded minute is short, whatever the word count suggests',
      text: FULL,
      options: { durationSeconds: 60 },
      messageIds: ['tooShort'],
    },
    {
      name: 'half the answer is setup before the first thing the speaker did',
      text: `To give you the context, Ostrava Media is a European streaming company with about 9 million subscribers, and in 2021 I was head of engineering for the playback organisation, about 70 engineers across nine teams. The company had grown through three acquisitions, so we had three different video players, three content delivery contracts and three different ways of measuring quality. Each player had its own team, its own release schedule and its own on-call rotation, and the teams had very different cultures, because one came from a broadcaster, one from a startup and one from a telecom. Leadership had tried to merge the players twice before, and both attempts had been abandoned after a few months because the business kept adding features to all three. Subscriber churn was around 3% a month, and exit surveys said buffering was the top reason. My goal was to get to one player and one quality metric within a year. I set up a single playback quality metric with the data team, and I asked my three managers to agree on a migration order. We moved all devices to one player in eleven months, buffering fell by 45%, and monthly churn dropped to 2.4%. I learned that one shared metric has to come before one shared codebase.`,
      options: { durationSeconds: 110 },
      messageIds: ['longSetup'],
      spans: ['to give you the context'],
    },
    {
      name: 'spoken asides that postpone the story',
      text: `So at Kettleby Foods I ran the ordering platform, about 30 engineers, and our B2B ordering app was losing restaurant customers to a competitor. To give you some background, the app was built by an agency years earlier. Anyway, my goal was to cut order errors in half in two quarters. I asked my two managers to split the work, one on the catalogue and one on the checkout. On a side note, that was the year we also moved offices, which is a whole other story. Anyway, we rebuilt the catalogue sync and added order validation, and order errors fell from 8% to 3%, and we won back two restaurant groups worth about $2M a year. I learned that error rates are a sales problem as much as an engineering one.`,
      options: { durationSeconds: 120 },
      messageIds: ['digressions'],
      spans: ['to give you some background'],
    },
  ],
});

describe('answer-length score effect', () => {
  it('costs more when the answer is under half the band', () => {
    const [severe] = findingsOf('answer-length', TINY);
    const [mild] = findingsOf('answer-length', MEDIUM, { type: 'system-org-design' });
    expect(severe?.messageId).toBe('tooShort');
    expect(mild?.messageId).toBe('tooShort');
    expect(mild?.points ?? 0).toBeLessThan(0);
    expect(severe?.points ?? 0).toBeLessThan(mild?.points ?? 0);
  });
  it('charges a whole short story less than a partial one, except when it is too short to be whole', () => {
    // About 40 seconds: situation, actions and a result, with no figure, against the same opening
    // with no result; then about 15 seconds, whole or not.
    const crisp = `At Fenwick Travel I managed the booking team of six engineers. Our search page kept timing out during sales, and the marketing team had a big campaign coming. I asked two engineers to profile the search service, and I moved the campaign by a week so they had room. I then paired with the product lead to cut the slowest filters. The campaign ran without a single timeout and bookings held up.`;
    const partial = `At Fenwick Travel I managed the booking team of six engineers. Our search page kept timing out during sales, and the marketing team had a big campaign coming. I asked two engineers to profile the search service, and I moved the campaign by a week so they had room. I then paired with the product lead to cut the slowest filters, and that was a hard week for everyone.`;
    const tiny = 'At Fenwick I asked two engineers to profile search. It stopped timing out.';
    const [whole] = findingsOf('answer-length', crisp);
    const [thin] = findingsOf('answer-length', partial);
    const [tooTiny] = findingsOf('answer-length', tiny);
    expect(whole?.points).toBe(-4);
    expect(thin?.points).toBe(-10);
    expect(tooTiny?.points).toBeLessThanOrEqual(-10);
  });
  it('charges a one-line answer more than a short one: the cost grows as the answer shrinks', () => {
    const short =
      'At Fenwick Travel I asked two engineers to profile the search service during the spring sale. It stopped timing out, and bookings held up.';
    const oneLine = 'I fixed search.';
    const [some] = findingsOf('answer-length', short);
    const [none] = findingsOf('answer-length', oneLine);
    expect(some?.points ?? 0).toBeLessThanOrEqual(-10);
    expect(none?.points ?? 0).toBeLessThan(some?.points ?? 0);
    expect(none?.points ?? 0).toBeGreaterThanOrEqual(-20);
  });
  it('charges a whole story just under a quarter of the floor about what one just over it pays (no cliff)', () => {
    const story = (extra: string) =>
      `In my last role a peer and I disagreed on project priorities. I scheduled a one-on-one, clarified our shared goals, and asked for their constraints. We aligned on a revised timeline${extra}. The project shipped on time and the working relationship improved.`;
    const [under] = findingsOf('answer-length', story(''));
    const [over] = findingsOf(
      'answer-length',
      story(' and presented a unified plan to both of our managers the next week'),
    );
    expect(under?.messageId).toBe('tooShort');
    expect(over?.messageId).toBe('tooShort');
    expect(Math.abs((under?.points ?? 0) - (over?.points ?? 0))).toBeLessThanOrEqual(4);
  });
  it('charges four or more asides as rambling, more than two or three', () => {
    const base = `At Kettleby Foods I ran the ordering platform, about 30 engineers. My goal was to cut order errors in half. I asked my two managers to split the work, and order errors fell from 8% to 3%. I learned that error rates are a sales problem too.`;
    const digressions = (text: string) =>
      findingsOf('answer-length', text, { durationSeconds: 120 }).filter(
        (f) => f.messageId === 'digressions',
      );
    const [two] = digressions(`Anyway, we had moved offices that year. By the way, the app was old. ${base}`);
    const [four] = digressions(
      `Anyway, we had moved offices that year. By the way, the app was old. On a side note, the agency had gone bust, but that's a separate discussion. ${base}`,
    );
    expect(two?.points).toBe(-5);
    expect(four?.points).toBe(-9);
  });
  it('costs more the further past the band the answer runs', () => {
    const [over] = findingsOf('answer-length', FULL, { durationSeconds: 200 });
    const [farOver] = findingsOf('answer-length', FULL, { durationSeconds: 300 });
    expect(over?.messageId).toBe('tooLong');
    expect(farOver?.messageId).toBe('tooLong');
    expect(farOver?.points ?? 0).toBeLessThan(over?.points ?? 0);
  });
});
