/**
 * Practising STAR+ (TOOLS-SPEC §2, §3): the 4×4 scenario families, power-phrase groups, the
 * story development steps, company adaptations and the depth versions of one story.
 * Power phrases are our own wording of the page's three-per-group idea.
 */

export interface ScenarioFamily {
  id: string;
  name: string;
  scenarios: readonly string[];
}

export const SCENARIO_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'performance-management',
    name: 'Performance Management',
    scenarios: [
      'Turning around an underperformer',
      'Managing out a senior engineer',
      'A brilliant jerk',
      'Promoting a high performer',
    ],
  },
  {
    id: 'organizational-change',
    name: 'Organizational Change',
    scenarios: [
      'Reorganising teams',
      'Integrating after a merger',
      'Changing technical direction',
      'Transforming the culture',
    ],
  },
  {
    id: 'crisis-management',
    name: 'Crisis Management',
    scenarios: ['A production outage', 'A security breach', 'A PR disaster', 'Conflict inside the team'],
  },
  {
    id: 'strategic-initiatives',
    name: 'Strategic Initiatives',
    scenarios: [
      'A platform migration',
      'Launching a new product',
      'Paying down technical debt',
      'An innovation programme',
    ],
  },
];

export interface PowerPhraseGroup {
  id: string;
  name: string;
  phrases: readonly string[];
}

export const POWER_PHRASE_GROUPS: readonly PowerPhraseGroup[] = [
  {
    id: 'ownership',
    name: 'Ownership',
    phrases: [
      '"I made myself accountable for…"',
      '"The outcome of … was mine to own."',
      '"It was my call, and I made it."',
    ],
  },
  {
    id: 'strategic-thinking',
    name: 'Strategic Thinking',
    phrases: [
      '"Stepping back, I could see…"',
      '"Over the longer run this meant…"',
      '"I weighed the knock-on effects of…"',
    ],
  },
  {
    id: 'people-leadership',
    name: 'People Leadership',
    phrases: [
      '"I coached the team through…"',
      '"I made room for people to…"',
      '"I gave the engineers authority to…"',
    ],
  },
];

/** Turning raw experience into a portfolio, in order. */
export const STORY_DEVELOPMENT_STEPS: readonly { name: string; action: string }[] = [
  { name: 'Brainstorm', action: 'List 20–30 situations you led or shaped' },
  { name: 'Categorize', action: 'Map each to leadership competencies' },
  { name: 'Quantify', action: 'Add every metric you can stand behind' },
  { name: 'Rehearse', action: 'Practise the 2-minute version aloud' },
  { name: 'Adapt', action: "Tailor each story to the company's values" },
];

export interface CompanyAdaptation {
  company: string;
  emphasis: string;
  examples: readonly string[];
}

export const COMPANY_ADAPTATIONS: readonly CompanyAdaptation[] = [
  {
    company: 'amazon',
    emphasis: 'Hit 2–3 Leadership Principles per story',
    examples: [
      'Ownership: owning the P&L',
      'Deliver Results: "115% of target"',
      'Dive Deep: reading the code yourself',
    ],
  },
  {
    company: 'google',
    emphasis: 'Collaboration across boundaries',
    examples: [
      'Working with 4 product teams',
      'A virtual team of 20 across 3 offices',
      'Influence without authority',
    ],
  },
  {
    company: 'meta',
    emphasis: 'Velocity and scale',
    examples: ['Shipped in 6 weeks', 'Reached 50M daily active users', 'A key metric up 12%'],
  },
];

export interface DepthVersion {
  id: 'surface' | 'standard' | 'deep-dive' | 'technical-deep-dive';
  name: string;
  /** Spoken length in seconds; max null means "as long as the interviewer wants". */
  seconds: { min: number; max: number | null };
  use: string;
}

/** One story, four lengths: 30 s, 2 min, 5–10 min, 15+ min. */
export const DEPTH_VERSIONS: readonly DepthVersion[] = [
  {
    id: 'surface',
    name: 'Surface',
    seconds: { min: 30, max: 30 },
    use: 'A quick example inside another answer',
  },
  {
    id: 'standard',
    name: 'Standard STAR',
    seconds: { min: 120, max: 120 },
    use: 'The default behavioral answer',
  },
  {
    id: 'deep-dive',
    name: 'Deep Dive',
    seconds: { min: 300, max: 600 },
    use: 'When the interviewer keeps probing',
  },
  {
    id: 'technical-deep-dive',
    name: 'Technical Deep Dive',
    seconds: { min: 900, max: null },
    use: 'Technical leadership rounds that want the architecture',
  },
];
