/**
 * Apple. The first seven entries are the values Apple publishes on its website (accessibility,
 * education, environment, inclusion and diversity, privacy, racial equity and justice, supplier
 * responsibility). Quality, Simplicity and Attention to Detail are not on that list: they are the
 * widely reported cultural expectations that TOOLS-SPEC names for translating a story for Apple,
 * and their descriptions say so. Everything but the names is ours.
 */
import { principleBuilder } from './principle-id';
import type { CompanyPrincipleSet } from './types';

const principle = principleBuilder('apple');

const CULTURAL_THEME = 'A widely cited theme of Apple culture rather than a published value:';

export const APPLE: CompanyPrincipleSet = {
  id: 'apple',
  name: 'Apple',
  builtIn: true,
  principles: [
    principle({
      name: 'Accessibility',
      description:
        'Designing so that people of every ability can use the product fully, from the start rather than as a retrofit.',
      cues: `
        accessibility, accessible, a11y, screen reader, screen readers, voiceover, wcag, disabilities,
        low vision, captions, assistive, keyboard navigation
      `,
      hooks: [
        'We tested it with a screen reader before we called it done',
        'Accessibility was a launch requirement, not a follow-up',
        'Designing for users with disabilities made it better for everyone',
      ],
    }),
    principle({
      name: 'Education',
      description:
        'Helping people learn and create, inside and outside classrooms, and investing in the teaching that builds the next generation of makers.',
      cues: `
        education, educators, teachers, students, classroom, classrooms, curriculum, taught, teaching,
        workshop, workshops, apprenticeship, learn to code
      `,
      hooks: [
        'I set up a program to teach the skills we could not hire for',
        'We worked with teachers to see how students actually used it',
        'Teaching others was part of how I grew the team',
      ],
    }),
    principle({
      name: 'Environment',
      description:
        'Reducing the environmental cost of products and operations across their whole life, from materials and energy to reuse and recycling.',
      cues: `
        environment, environmental, carbon, carbon neutral, emissions, renewable, energy efficiency,
        recycled, recycling, sustainability, sustainable, footprint, power consumption
      `,
      hooks: [
        'We cut power consumption and the carbon that came with it',
        'Sustainability was one of the constraints we designed to',
        'I counted the environmental cost as part of the total cost',
      ],
    }),
    principle({
      name: 'Inclusion and Diversity',
      description:
        'Building teams that reflect the people products serve and making sure every voice shapes the work, because sameness produces blind spots.',
      cues: `
        inclusion, inclusive, diversity, diverse, underrepresented, belonging, representation,
        different backgrounds, diverse slate, equitable, inclusive hiring
      `,
      hooks: [
        'I insisted on a diverse slate for every senior role',
        'The people who disagreed with the room made the product better',
        'Belonging was something I measured, not assumed',
      ],
    }),
    principle({
      name: 'Privacy',
      description:
        "Treating personal data as the user's, collecting as little as possible and keeping it on the device or protected when it must leave.",
      cues: `
        privacy, private, on-device, data minimization, minimised data, minimized data, encryption,
        end-to-end encrypted, encrypted, consent, personal data, differential privacy, anonymized, anonymised
      `,
      hooks: [
        'We asked what the least data was that could do the job',
        'Keeping it on the device was harder and worth it',
        'Privacy was a design constraint from the first sketch',
      ],
      misreading: 'Privacy is not a legal checkbox at the end; it shapes the architecture.',
    }),
    principle({
      name: 'Racial Equity and Justice',
      description:
        "Using the company's reach to widen opportunity for communities facing racial barriers, through education, economic opportunity and fair systems.",
      cues: `
        racial equity, racial justice, equity, justice, systemic barriers, economic opportunity,
        minority-owned, black-owned, hbcu, hbcus, underserved communities, opportunity gap
      `,
      hooks: [
        'We changed where we recruited so opportunity reached further',
        'I looked at who our process was quietly excluding',
        'We worked with underserved communities, not just for them',
      ],
    }),
    principle({
      name: 'Supplier Responsibility',
      description:
        'Holding suppliers and partners to high standards for the people who work for them and the places they operate, and helping them meet those standards.',
      cues: `
        supplier, suppliers, supply chain, vendor, vendors, manufacturing partners, labor standards,
        labour standards, audits, code of conduct, worker safety, responsible sourcing
      `,
      hooks: [
        'I held our vendors to the same standard we held ourselves',
        'We audited the supply chain, not just the contract',
        'Helping a supplier improve beat switching suppliers',
      ],
    }),
    principle({
      name: 'Quality',
      description: `${CULTURAL_THEME} shipping only what is truly ready, and being willing to delay or cut rather than release something below the bar.`,
      cues: `
        quality, craftsmanship, polish, polished, not ready, delayed the launch, held the release,
        fit and finish, reliability, regressions, bug bash, zero known issues
      `,
      hooks: [
        'We delayed the launch because it was not ready',
        'I would rather ship less and have all of it be excellent',
        'Quality was the feature we were not willing to cut',
      ],
      misreading: 'Quality is not gold-plating; it is choosing what must be excellent and cutting the rest.',
    }),
    principle({
      name: 'Simplicity',
      description: `${CULTURAL_THEME} removing everything that is not essential so the product, and the decision behind it, are easy to understand.`,
      cues: `
        simplicity, simple, simpler, simplified, essential, removed features, fewer options,
        intuitive, just works, less is more, decluttered, one button
      `,
      hooks: [
        'We kept removing things until only what mattered was left',
        'If it needed a manual, we had not finished designing it',
        'The simplest option was the hardest one to build',
      ],
    }),
    principle({
      name: 'Attention to Detail',
      description: `${CULTURAL_THEME} caring about the small things users may never consciously notice, and knowing your own work down to the last pixel and edge case.`,
      cues: `
        detail, details, detail-oriented, pixel, pixel-perfect, edge case, edge cases, every screen,
        meticulous, tiny, small things, frame rate, animation
      `,
      hooks: [
        'I went through every screen myself before the review',
        'The details users never notice are the ones they feel',
        'We fixed an animation nobody had complained about, because it was wrong',
      ],
    }),
  ],
  tensions: [
    {
      a: 'apple.privacy',
      b: 'apple.quality',
      note: 'Less data can mean a less personalised experience; show how you kept the quality without the data.',
    },
    {
      a: 'apple.simplicity',
      b: 'apple.accessibility',
      note: 'Removing options can remove the ones some users depend on; show how both were served.',
    },
  ],
  interviewNotes: [
    'Teams hire for themselves, so loops vary by group; expect deep questions on your own past work rather than generic puzzles.',
    'Apple is known for a directly responsible individual (DRI) culture: be precise about what you personally owned and decided.',
    'Confidentiality matters: describe past work without leaking anything you should not, and expect little detail about the role in return.',
    'Translate stories toward quality, simplicity and privacy; a story about shipping less but better lands well.',
  ],
};
