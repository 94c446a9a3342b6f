import { describe, expect, it } from 'vitest';
import { type CueSentences, expectEveryCueDemonstrated } from './companies.test-helpers';
import { META } from './meta';

const SENTENCES: CueSentences = {
  'Move Fast': [
    'We shipped in two weeks, weeks not months, and iterated daily.',
    'I removed blockers, cut cycle time, and doubled both release cadence and velocity.',
    'We agreed to ship it with a fast follow and iterate after launch.',
    'Three iterations later a hackathon hack became the product, because we moved quickly.',
  ],
  'Focus on Long-Term Impact': [
    'It was a long-term platform investment that paid off later.',
    'We chose foundational work with compounding returns over the next few years.',
    'In the long term a durable, future-proof design would matter years from now.',
    'The multi-year plan had lasting impact.',
  ],
  'Build Awesome Things': [
    'We spent the last sprint on polish until the flow felt delightful.',
    'Users loved it, and the wow moment was instant search.',
    'The craft and craftsmanship showed, and the design team was delighted.',
    'It was world-class, awesome work, inspiring to other teams and polished enough to delight.',
  ],
  'Live in the Future': [
    'We ran a remote-first, distributed team across four time zones with async reviews.',
    'We were early adopters of virtual reality meetings and kept dogfooding every build.',
    'As an early adopter of augmented reality tools, I asked teams to dogfood the metaverse prototype.',
    'Leading distributed teams was our bet on the future of work.',
  ],
  'Be Direct and Respect Your Colleagues': [
    'I had the hard conversation face to face and gave direct, honest feedback.',
    'I told them plainly where the plan failed, respectful but not vague.',
    'I assumed good intent, then spoke directly, with candor, and was straight with him.',
    'It was a difficult conversation, blunt but kind.',
  ],
  'Meta, Metamates, Me': [
    'Putting the company first, I loaned engineers and gave up headcount.',
    'We helped another team hit their launch, which was better for the company.',
    'I took care of my teammates after the reorg and gave credit to others.',
    'It was not about me; I sacrificed my roadmap for the bigger picture and our collective goal.',
  ],
  'Be Bold': [
    'It was a bold, risky rebuild during peak season.',
    'We rebuilt it on an unproven stack, a big bet with high stakes.',
    'I took a risk that needed courage; it was the biggest risk of my career and a big swing.',
    'We would never bet the company on it, but we did bet our year.',
  ],
  'Focus on Impact': [
    'I prioritized the most important problem, the one with the highest leverage.',
    'We applied 80/20 to find the high-impact work and moved the metric that mattered.',
    'Retention was the top priority, so we had to prioritize ruthlessly for impact.',
    'The most impactful fix used leverage from an existing pipeline.',
  ],
  'Be Open': [
    'I shared openly at the town hall and took every Q&A question.',
    'A public roadmap and open communication replaced status meetings.',
    'I shared the doc with the whole org, and that openness and transparency surfaced risks.',
    'Information sharing and an open door let ideas flow bottom-up, and staying transparent built trust.',
  ],
  'Build Social Value': [
    'The feature helped connect people in small communities.',
    'We measured meaningful connections and social impact, not time spent.',
    "Safety and integrity reviews protected the community and users' well-being.",
    "It made a real difference in people's lives, one connection at a time, bringing the world closer.",
  ],
};

describe('Meta', () => {
  it('marks the 2022 values current and the Facebook-era ones as earlier', () => {
    const current = META.principles.filter((p) => p.current).map((p) => p.name);
    const earlier = META.principles.filter((p) => !p.current).map((p) => p.name);
    expect(current).toEqual([
      'Move Fast',
      'Focus on Long-Term Impact',
      'Build Awesome Things',
      'Live in the Future',
      'Be Direct and Respect Your Colleagues',
      'Meta, Metamates, Me',
    ]);
    expect(earlier).toEqual(['Be Bold', 'Focus on Impact', 'Be Open', 'Build Social Value']);
    expect(META.principles.map((p) => p.id)).toContain('meta.meta-metamates-me');
  });

  it('demonstrates every cue in a realistic sentence', () => {
    expectEveryCueDemonstrated(META, SENTENCES);
  });
});
