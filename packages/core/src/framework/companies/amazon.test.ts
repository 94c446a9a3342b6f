import { describe, expect, it } from 'vitest';
import { AMAZON } from './amazon';
import { type CueSentences, expectEveryCueDemonstrated } from './companies.test-helpers';

const SENTENCES: CueSentences = {
  'Customer Obsession': [
    'I read fifty support tickets a week so the voice of the customer reached planning.',
    'Customer feedback and our user research pointed at one pain point: onboarding.',
    'We worked backwards from a press release describing the customer experience we wanted.',
    'Working backwards from the support queue, we cut churn and lifted NPS and CSAT.',
    'After twenty customer interviews the pain points were obvious, and customers noticed the fix.',
  ],
  Ownership: [
    'Nobody owned the flaky billing job, so I volunteered and took ownership of it end to end.',
    "It was out of scope and not my team, but 'not my job' is no answer when on-call gets paged.",
    'I stepped in, formed a tiger team, and stayed accountable for the long-term health of the service.',
    'No one owned the end-to-end flow, so I owned the fix and the ownership model afterwards.',
  ],
  'Invent and Simplify': [
    'We consolidated seven legacy systems into one and decommissioned the rest.',
    'Once simplified, the new approach automated the release and eliminated four manual approvals, so deploys had fewer steps.',
    'I wanted to simplify, so we deprecated the old API; the simplification reduced complexity and the simpler design was easier to run.',
    'We invented a caching scheme that later became a patent, and reinvented onboarding with automation.',
  ],
  'Are Right, A Lot': [
    'My instinct said to wait, but I sought out dissent and looked for disconfirming data first.',
    'A second opinion exposed a blind spot, and I changed my mind.',
    'Mixing intuition with diverse perspectives gave us a track record of calibrated estimates.',
    'Good judgment meant trusting a gut feel only after testing it; in hindsight it was the right call.',
    'Other leaders trusted my judgement because I named my blind spots and checked my instincts.',
  ],
  'Learn and Be Curious': [
    'Payments was a new domain and outside my expertise, so I taught myself the basics and took a course.',
    'I shadowed the fraud team, read up on chargebacks, and picked up enough to ask good questions.',
    'I wondered why alerts spiked on Mondays, and that curiosity led down a useful rabbit hole.',
    'Being curious about an unfamiliar stack, I explored it well outside my comfort zone.',
  ],
  'Hire and Develop the Best': [
    'I rebuilt our hiring and recruiting process, trained a bar raiser for every interview loop, and hired twelve engineers.',
    'I mentored two leads and coached a third; all three were promoted.',
    'We recruited senior talent and rewrote onboarding so new engineers shipped in week one.',
    'Every engineer had a growth plan, mentoring pairs, and a clear view of career growth and promotions.',
    'Coaching my managers gave us a succession plan, and the promotion cases wrote themselves.',
  ],
  'Insist on the Highest Standards': [
    'The release met the date but was not good enough, so I sent it back.',
    'We set a high bar in code review and a quality bar for every design review.',
    'Each outage got a postmortem and a correction of error document, and defects stopped recurring.',
    'We raised the bar on test coverage and halved the defect rate; the aim was zero defects in billing.',
    'Operational excellence meant a blameless post-mortem and stricter code reviews, and each quarter I asked the team to raise the bar again.',
  ],
  'Think Big': [
    'I wrote a three-year vision with a north star metric everyone could repeat.',
    'It was an ambitious, almost audacious plan: design for 10x traffic now and 100x later.',
    'We reimagined checkout as a company-wide platform, a multi-year transformation.',
    'The five-year goal was a moonshot and a big bet, bold enough to set an industry-wide standard.',
  ],
  'Bias for Action': [
    'It was a two-way door and reversible, so I made the call within hours.',
    "We didn't wait for the full spec; a prototype was live within days.",
    'I treated it as a two way door, took a calculated risk, and moved fast.',
    "With real urgency, we shipped an MVP to a pilot group the same day and unblocked sales without waiting for legal's full review.",
  ],
  Frugality: [
    'With no extra headcount and a frozen budget, we had to be resourceful.',
    'We cut costs by 40%: the AWS bill fell and cloud spend per user halved.',
    'We reused an internal tool, kept the team lean, and finished under budget.',
    'Frugality meant treating constraints as design input; the cost reduction came without new headcount.',
    'The savings on infrastructure cost funded the next project, so being frugal about costs paid for itself.',
  ],
  'Earn Trust': [
    'I admitted my mistake to the team and said plainly that I was wrong.',
    'I shared the bad news early and candidly, which built credibility and trust.',
    'I listened first, kept my word, and followed through, and the partner team trusted us again.',
    'Being transparent and self-critical, I owned up to the missed date; that transparency built rapport.',
    'I was candid with the VP about the risk.',
  ],
  'Dive Deep': [
    'The dashboard was green, but anecdotes disagreed, so I read the logs and traces myself.',
    'We ran five whys, really 5 whys twice, to find the root cause of the p99 anomaly.',
    'I got in the weeds, wrote the SQL, and read the query plan line by line.',
    'One anecdote did not match the dashboards, so we audited the pipeline and root-caused a clock skew.',
    'When the numbers looked odd, I dug in and dug into the raw events before escalating.',
  ],
  'Have Backbone; Disagree and Commit': [
    "I respectfully disagreed with the VP's launch date and pushed back with data.",
    'It was unpopular, but I spoke up and stood firm on the security review.',
    'We settled it with disagree and commit; even though I disagreed, I committed fully.',
    'I challenged the plan and objected in the review; voicing dissent early beat a silent disagreement.',
    'I told my team it was fine to disagree with me and push back.',
  ],
  'Deliver Results': [
    'We launched on time and hit the target despite setbacks in the second month.',
    'We delivered all four milestones ahead of schedule and exceeded the revenue goal.',
    'I tracked input metrics weekly, because the KPI and our OKRs were lagging outcomes.',
    'One OKR and two KPIs defined success, and we met both deadlines, including the hard deadline in May.',
  ],
  "Strive to be Earth's Best Employer": [
    'After the crunch I watched for burnout and protected work-life balance and wellbeing.',
    'Our employee survey showed low psychological safety and engagement, so I made meetings more inclusive.',
    'Retention improved and attrition fell to 5% as morale and team health recovered.',
    'I led with empathy and made belonging and inclusion explicit goals, which made on-call safer and put well-being into planning.',
  ],
  'Success and Scale Bring Broad Responsibility': [
    'Before launch we reviewed privacy, accessibility and the risk of misuse, with regulators in mind.',
    'We weighed second-order effects and unintended consequences, including the downstream impact on small sellers.',
    'We tested the ranking model for fairness and algorithmic bias, with an ethics review.',
    'I added sustainability targets and measured the carbon cost of our fleet.',
    'The decision had to be ethical for the local community and the communities around our sites, and good for society.',
  ],
};

describe('Amazon Leadership Principles', () => {
  it('has exactly the 16 current principles, in published order', () => {
    expect(AMAZON.principles.filter((p) => p.current)).toHaveLength(16);
    expect(AMAZON.principles.map((p) => p.name)).toEqual([
      'Customer Obsession',
      'Ownership',
      'Invent and Simplify',
      'Are Right, A Lot',
      'Learn and Be Curious',
      'Hire and Develop the Best',
      'Insist on the Highest Standards',
      'Think Big',
      'Bias for Action',
      'Frugality',
      'Earn Trust',
      'Dive Deep',
      'Have Backbone; Disagree and Commit',
      'Deliver Results',
      "Strive to be Earth's Best Employer",
      'Success and Scale Bring Broad Responsibility',
    ]);
  });

  it('derives readable ids from the names', () => {
    const ids = AMAZON.principles.map((p) => p.id);
    expect(ids).toContain('amazon.are-right-a-lot');
    expect(ids).toContain('amazon.have-backbone-disagree-and-commit');
    expect(ids).toContain('amazon.strive-to-be-earths-best-employer');
  });

  it('warns that Frugality is not cutting testing', () => {
    const frugality = AMAZON.principles.find((p) => p.id === 'amazon.frugality');
    expect(frugality?.misreading).toMatch(/testing/);
  });

  it('demonstrates every cue in a realistic sentence', () => {
    expectEveryCueDemonstrated(AMAZON, SENTENCES);
  });
});
