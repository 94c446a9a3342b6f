import { describe, expect, it } from 'vitest';
import { type CueSentences, expectEveryCueDemonstrated } from './companies.test-helpers';
import { NETFLIX } from './netflix';

const SENTENCES: CueSentences = {
  Judgment: [
    'My judgment was to pause the launch, and the trade-off was a month.',
    'I used data to inform the call and went after root causes.',
    'I was strategic and explicit about what we are not doing, thinking strategically about the long term.',
    'It was a wise decision, though the trade-offs hurt; good judgement is rarely free.',
  ],
  Communication: [
    'I wrote a concise written memo so the decision could travel without me.',
    'I listened first and kept listening before I made my case.',
    'I adapted my style for engineers whose native language was not English.',
    'Clear writing and staying calm under pressure beat being articulate in meetings; my communication style changed, and the memo became a template.',
  ],
  Curiosity: [
    'I learned quickly and contributed outside my specialty.',
    'Curiosity led me to connections others missed between billing and churn.',
    'I sought alternate perspectives from a cross-disciplinary group and asked why.',
    'I stayed curious about a new field.',
  ],
  Courage: [
    'It was uncomfortable, but I spoke up and said what I thought.',
    'I questioned the plan and challenged leadership in the review.',
    'I took a risk on an unproven hire, a smart risk, and risked my credibility.',
    'Courage meant I disagreed openly and made the tough call.',
  ],
  Passion: [
    'I cared deeply about our members and was passionate about the product.',
    'My passion for excellence inspired the team.',
    'I was relentless and obsessed with the details, and that drive set the pace.',
    'I care deeply about work that can inspire others.',
  ],
  Selflessness: [
    'I gave away two engineers because it was best for the company.',
    'I made time to help a peer and helped colleagues unblock their launch.',
    'I left my ego out and kept debates egoless, and I shared information early.',
    "Selflessness meant backing a plan that was not my team's interest; it felt selfless only in hindsight.",
  ],
  Innovation: [
    'We challenged assumptions about pricing and experimented with a novel model.',
    'The new idea was to reduce complexity and keep things simple.',
    'Innovation came from new ideas that reduced complexity, and we reinvented the encoding pipeline with an innovative approach.',
  ],
  Inclusion: [
    'We trained interviewers on unconscious bias and worked to counteract our biases.',
    'Diverse teams with different backgrounds made better product calls.',
    'I stepped in when a colleague was marginalized, because we respect regardless of title.',
    'Inclusion and belonging improved, diversity grew, bias in reviews fell, and the culture became more inclusive.',
  ],
  Integrity: [
    'I admitted mistakes in the review and shared learnings widely.',
    'I was candid and transparent, and that transparency built trust.',
    'I assumed good intent and said it to their face rather than behind their back.',
    'Integrity and candor, or candour as my UK team wrote it, meant leaders admit mistakes first.',
  ],
  Impact: [
    'A small team delivered outsized impact on important work.',
    'Peers could rely on us; they knew they could count on me.',
    'I kept the focus on results and outcomes, and we shipped reliably.',
  ],
  Honesty: [
    'I told the truth about the delay, with no spin.',
    'I owned my mistake and gave an honest, truthful status.',
    'Honestly, the hard truth was that we had failed, and honesty and straight talk rebuilt trust.',
  ],
  'Context, Not Control': [
    'I set context and let the team decide, instead of adding approvals.',
    'We removed the approval process and the sign-off, and teams decided themselves.',
    'Shared context kept us highly aligned and loosely coupled.',
    'Each project had an informed captain, and I offered context, not control.',
  ],
  'Freedom and Responsibility': [
    'I removed approvals and trusted them with a budget.',
    'Autonomy came with few rules and an expectation to own the outcome.',
    "We removed the policy and relied on responsible people acting in the company's best interest.",
    'Freedom and latitude made the team autonomous: no rules, just judgment.',
  ],
  'The Dream Team': [
    'I applied the keeper test: would I fight to keep each person?',
    'Raising talent density meant hiring top performers and high performers only.',
    'I let go of a good but not great engineer with generous severance.',
    'I upgraded the team and raised the performance bar, like a sports team building a dream team.',
  ],
};

describe('Netflix', () => {
  it('keeps Honesty as an earlier value and everything else current', () => {
    expect(NETFLIX.principles.filter((p) => !p.current).map((p) => p.name)).toEqual(['Honesty']);
    const ids = NETFLIX.principles.map((p) => p.id);
    expect(ids).toContain('netflix.context-not-control');
    expect(ids).toContain('netflix.freedom-and-responsibility');
  });

  it('demonstrates every cue in a realistic sentence', () => {
    expectEveryCueDemonstrated(NETFLIX, SENTENCES);
  });
});
