import { describe, expect, it } from 'vitest';
import { APPLE } from './apple';
import { type CueSentences, expectEveryCueDemonstrated } from './companies.test-helpers';

const SENTENCES: CueSentences = {
  Accessibility: [
    'We tested with a screen reader and VoiceOver before release.',
    'Meeting WCAG made the app accessible to people with disabilities.',
    'We added captions, keyboard navigation and support for low vision.',
    'Accessibility and a11y reviews covered assistive tech and all the major screen readers.',
  ],
  Education: [
    'We worked with teachers and educators to see how students used it in the classroom.',
    'I built an apprenticeship curriculum and taught the first workshop.',
    'Teaching kids to learn to code in classrooms shaped our education program, with weekly workshops.',
  ],
  Environment: [
    'We cut power consumption by 30% and data-centre emissions with it.',
    'The new racks used recycled aluminium, and a recycling program took back old drives.',
    'Renewable energy and better energy efficiency moved us toward carbon neutral.',
    'Sustainability targets shrank our carbon footprint and environmental impact, and the sustainable choice was good for the environment.',
  ],
  'Inclusion and Diversity': [
    'I required a diverse slate for every senior role and inclusive hiring panels.',
    'Representation of underrepresented groups grew, and belonging scores rose.',
    'People from different backgrounds made us more inclusive; diversity and inclusion became goals, and reviews became more equitable.',
  ],
  Privacy: [
    'We kept processing on-device so personal data stayed private.',
    'Data minimization meant we minimized data at collection and asked for consent.',
    'Messages were end-to-end encrypted, and encryption keys never left the phone.',
    'Telemetry was anonymized with differential privacy; for the UK build we minimised data further and anonymised the logs.',
  ],
  'Racial Equity and Justice': [
    'We recruited from HBCUs and sponsored an HBCU coding program.',
    'Our racial equity work included buying from Black-owned and minority-owned suppliers.',
    'We worked with underserved communities to close the opportunity gap and widen economic opportunity.',
    'Racial justice meant removing systemic barriers, not just talking about equity and justice.',
  ],
  'Supplier Responsibility': [
    'We audited the supply chain with our manufacturing partners, focusing on worker safety.',
    'Every vendor signed our code of conduct, and audits checked labor standards.',
    'Responsible sourcing meant helping suppliers meet labour standards rather than dropping them.',
    'Once one supplier improved, the other vendors followed.',
  ],
  Quality: [
    'It was not ready, so I delayed the launch by three weeks.',
    'A bug bash found regressions, and we held the release until there were zero known issues.',
    'Fit and finish and reliability defined quality for us.',
    'The polish and craftsmanship showed; it felt polished.',
  ],
  Simplicity: [
    'We removed features until only the essential ones remained.',
    'Fewer options made the settings intuitive; less is more.',
    'We decluttered the screen down to one button, and it just works.',
    'Simplicity won: the simpler, simplified flow was simple to learn.',
  ],
  'Attention to Detail': [
    'I reviewed every screen myself and fixed a pixel misalignment.',
    'We were meticulous about edge cases, and one edge case took a week.',
    'The animation dropped frames, and the frame rate mattered.',
    'Being detail-oriented meant pixel-perfect specs and caring about tiny, small things; every detail counted, and the details added up.',
  ],
};

describe('Apple', () => {
  it('marks the cultural themes as not being published values', () => {
    for (const name of ['Quality', 'Simplicity', 'Attention to Detail']) {
      const principle = APPLE.principles.find((p) => p.name === name);
      expect(principle?.description).toMatch(/rather than a published value/);
    }
    expect(APPLE.principles.map((p) => p.id)).toContain('apple.privacy');
  });

  it('demonstrates every cue in a realistic sentence', () => {
    expectEveryCueDemonstrated(APPLE, SENTENCES);
  });
});
