import { describe, expect, it } from 'vitest';
import { expectRule, findingsOf } from '../rule-tester';

/** A well-told story at the scale of one small team. */
const SIX_ENGINEERS = `At Wren Analytics I led a team of six engineers building the reporting dashboards for our mid-market customers. Customers were exporting data to spreadsheets because our reports took minutes to load, and two of our larger accounts had said it was a reason they might not renew. My goal was to get every standard report under five seconds by the end of the quarter. I asked our most senior engineer to profile the ten most-used reports, and I negotiated with product to drop two low-use report types so we could focus. We pre-aggregated the heavy reports overnight and load times fell from about 90 seconds to under 3. Both accounts renewed, and spreadsheet exports fell by 60%. The pre-aggregation pattern was later adopted by the analytics team. I learned that deleting features can be the fastest performance work.`;

/** A VP-scale story: about 200 engineers, several business units, the board. */
const VP_STORY = `As VP of engineering at Calder Freight, I led an organisation of about 200 engineers across the shipper, carrier and billing business units. In 2023 our board asked for a plan to cut cloud costs by a quarter without slowing the product roadmap. I set up a cost council with my four directors and our CFO, and I asked each director to own a savings target for their unit. We moved our data platform to committed-use pricing and retired two legacy systems inherited from an acquisition. Cloud costs fell 27% in three quarters, about $9M a year, and we shipped every committed roadmap item. The cost council still runs quarterly. I learned that cost targets stick when directors own them, not finance.`;

/** No people, users or money anywhere in the story. */
const NO_SCOPE = `When I took over the infrastructure group at Bellweather, our on-call rotation was burning people out. Engineers were paged most nights and senior people were starting to resign. My goal was to make on-call sustainable without letting reliability slip. I asked each team lead to bring their noisiest alerts to a weekly review, and I set a rule that any alert nobody acted on for a month would be deleted. I also negotiated with product for one sprint in four to go to reliability work. Pages fell by more than half, nobody else left that year, and our uptime held steady. The alert review became standard practice. I learned that alert hygiene is a people problem before it is a tooling problem.`;

expectRule('scope-below-level', {
  valid: [
    {
      name: 'a weakness, a reason for leaving or a way of working owes no scale',
      text: 'I can get nervous speaking to large groups, so I joined a speaking club and now present at our monthly all-hands. It still takes preparation, but the nerves no longer show.',
      options: { level: 'L6', question: "What's your greatest weakness?" },
    },
    { name: 'without a target level the rule does not run', text: SIX_ENGINEERS },
    { name: 'without a target level, no stated scope is fine too', text: NO_SCOPE },
    { name: 'a 200-engineer org for a VP target', text: VP_STORY, options: { level: 'L7+' } },
    {
      name: 'a 60-engineer org with $180M at stake for a director target (alias "Director")',
      text: `At Pemberton Bank I was director of engineering for digital lending, an org of 60 engineers in seven teams. Our mortgage application took 40 minutes online and most applicants abandoned it, so the business was paying brokers for leads we should have converted ourselves. My task was to halve the abandonment rate within a year. I asked my managers to rebuild the application around data we already held, and I worked with the chief risk officer to pre-fill income from open banking. Abandonment fell from 72% to 31%, and direct mortgage originations grew by $180M in the first year. The pre-fill service was reused by the credit card and personal loan teams. I learned that the fastest form is the one you don't have to show.`,
      options: { level: 'Director' },
    },
    {
      name: 'a 120-engineer org at a $400M retailer for a director target',
      text: `In 2022 I was the director of engineering for the commerce platform at Alder & Finch, an online home-goods retailer doing about $400M in annual revenue. My org was 120 engineers in fourteen teams, and checkout was the one system every team touched. That spring our checkout conversion had slipped from 3.4% to 2.9% over six months, which the CFO estimated was costing us around $20M a year, and nobody could say why, because every team had a dashboard and no one owned the funnel.

My task was to find the cause and get conversion back above 3.3% before the holiday peak, without freezing the roadmap of fourteen teams.

I started by putting a single owner on the funnel: I asked one of my senior managers, Rosa, to lead a six-person checkout strike team with engineers borrowed from payments, search and mobile. I then agreed with the VP of product that the strike team could ship behind flags without the usual design review for eight weeks, and I took over the weekly update to the executive team so Rosa's team could stay heads-down. Within three weeks they found two causes: a fraud-check call that added four seconds for first-time buyers, and an address form that failed silently on some mobile browsers. I had to make one hard call, turning the fraud check into an asynchronous review, and I took that trade-off to the CFO and our head of risk together, with the fraud-loss numbers next to the conversion numbers.

Conversion was back at 3.5% by October, and holiday revenue came in $31M above the previous year. Fraud losses rose by less than $400K. The strike-team model, one owner and borrowed engineers for a fixed window, is now how we handle every cross-team metric problem, and it has been used four times since.

What I learned is that a metric without an owner decays quietly. I now assign an owner to every company-level metric my org touches before anything else.`,
      options: { level: 'L6' },
    },
  ],
  invalid: [
    {
      name: 'a self-pitch owes its scale: nothing says how many people or how much',
      text: 'I am an engineering manager at a payments company, where I grew our platform practice and coached two new leads into their roles. I want to take on a broader remit next.',
      options: { level: 'L6', question: 'Tell me about yourself.' },
      messageIds: ['noScope'],
    },
    {
      name: 'a keyword alone ("the finance department") leaves the scale unstated, not smaller',
      text: `I set up a quarterly review of every new initiative against our strategic goals. For our cloud migration I weighed the impact on customer satisfaction and worked with the finance department on the budget. We approved it, and it cut our release time in half.`,
      options: { level: 'L7+' },
      messageIds: ['noScope'],
      spans: ['department'],
    },
    {
      name: 'people asked for a review are not the remit: a strategy story with no stated scale',
      text: `When our company expanded into new countries, I had to decide how to organise engineering so that each market did not mean rebuilding everything. I tested country teams by talking to the leads of two earlier launches, and I asked three senior engineers to poke holes in a capability-team design. I chose shared capability teams with thin market teams, and I agreed a fallback with our CFO. Later markets launched far faster than the first. I learned to test a design on the people who ran the last launch.`,
      options: { level: 'L7+' },
      messageIds: ['noScope'],
    },
    {
      name: 'a six-engineer story for a VP target',
      text: SIX_ENGINEERS,
      options: { level: 'L7+' },
      messageIds: ['belowLevel'],
      spans: ['six engineers'],
    },
    {
      name: 'a six-engineer story is below even the senior-EM rung',
      text: SIX_ENGINEERS,
      options: { level: 'L5' },
      messageIds: ['belowLevel'],
      spans: ['six engineers'],
    },
    {
      name: 'no scale stated at all for a director target',
      text: NO_SCOPE,
      options: { level: 'L6' },
      messageIds: ['noScope'],
      spans: ['when i took over the infrastructure group'],
    },
  ],
});

describe('scope-below-level score effect', () => {
  it('costs more the further below the target the story sits', () => {
    const [oneRung] = findingsOf('scope-below-level', SIX_ENGINEERS, { level: 'L5' });
    const [twoRungs] = findingsOf('scope-below-level', SIX_ENGINEERS, { level: 'L7+' });
    expect(oneRung?.points ?? 0).toBeLessThan(0);
    expect(twoRungs?.points ?? 0).toBeLessThan(oneRung?.points ?? 0);
  });
});
