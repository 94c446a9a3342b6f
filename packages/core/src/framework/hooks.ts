/**
 * Principle Hooks (TOOLS-SPEC §4): how to tie a story to a company's principles. Company-specific
 * principle lists and sample evidence live in companies/; this file holds the technique.
 */

export interface HookBeat {
  id: 'introduce' | 'name-principle' | 'execute' | 'reinforce' | 'cultural-impact';
  name: string;
  guidance: string;
}

/** The order a hooked story follows. `{principle}` is filled in by the UI. */
export const HOOK_BEATS: readonly HookBeat[] = [
  { id: 'introduce', name: 'Introduce', guidance: 'Open the story with its business situation.' },
  {
    id: 'name-principle',
    name: 'Name the principle',
    guidance: 'Say which principle steered you: "Guided by {principle}…".',
  },
  { id: 'execute', name: 'Execute', guidance: 'Show the principle in the actions you took.' },
  { id: 'reinforce', name: 'Reinforce', guidance: 'Come back to the principle when you give the result.' },
  {
    id: 'cultural-impact',
    name: 'Cultural impact',
    guidance: 'Show how the principle spread to the team or org.',
  },
];

export interface HookPattern {
  id: 'triple' | 'counter-principle' | 'evolution';
  name: string;
  description: string;
  example?: string;
}

export const HOOK_PATTERNS: readonly HookPattern[] = [
  {
    id: 'triple',
    name: 'Triple Hook',
    description: 'One story that shows three principles working together.',
  },
  {
    id: 'counter-principle',
    name: 'Counter-Principle',
    description: 'Two principles pull against each other and you explain how you balanced them.',
    example: 'Move Fast against Focus on the User: shipping two weeks later to test with users.',
  },
  {
    id: 'evolution',
    name: 'Evolution Hook',
    description: 'How your understanding of a principle matured over time.',
  },
];

export interface HookIntensity {
  stage: 'phone-screen' | 'behavioral' | 'executive';
  name: string;
  guidance: string;
}

/** How hard to lean on principles at each stage of the process. */
export const HOOK_INTENSITY: readonly HookIntensity[] = [
  { stage: 'phone-screen', name: 'Phone screen', guidance: 'One or two light mentions.' },
  { stage: 'behavioral', name: 'Behavioral', guidance: 'Two or three explicit principles in each story.' },
  {
    stage: 'executive',
    name: 'Executive',
    guidance: 'Talk about tensions between principles, and how you scale and teach them.',
  },
];

/** Tensions worth having a story for. */
export const PRINCIPLE_TENSIONS: readonly { a: string; b: string }[] = [
  { a: 'Speed', b: 'Quality' },
  { a: 'Individual', b: 'Team' },
  { a: 'Short-term', b: 'Long-term' },
  { a: 'Data', b: 'Intuition' },
];

/** Map 3–5 principles to each story, and pick one as its primary. */
export const PRINCIPLES_PER_STORY = { min: 3, max: 5, primary: 1 } as const;

export const HOOK_RED_FLAGS: readonly { id: string; text: string }[] = [
  { id: 'name-stacking', text: 'Listing principle names instead of showing them' },
  { id: 'misreading', text: 'Misreading a principle (Frugality does not mean skipping tests)' },
  { id: 'claiming-all', text: 'Claiming to embody every one of the 16 principles' },
];

/** What a company's culture looks like when you translate a story for it (hooks exercise). */
export const COMPANY_TRANSLATION_FOCUS: readonly { company: string; focus: readonly string[] }[] = [
  { company: 'amazon', focus: ['Leadership Principles'] },
  { company: 'google', focus: ['user focus', 'innovation'] },
  { company: 'meta', focus: ['speed', 'boldness', 'openness'] },
  { company: 'apple', focus: ['quality', 'simplicity', 'privacy'] },
  { company: 'netflix', focus: ['context rather than control', 'freedom and responsibility'] },
];

export interface WorksheetField {
  id: string;
  label: string;
  section: 'core' | 'strongest' | 'growth';
}

/** The principle-hooks worksheet: three core principles, your strongest fit, your growth area. */
export const HOOK_WORKSHEET: readonly WorksheetField[] = [
  { id: 'core-1', label: 'Core principle 1', section: 'core' },
  { id: 'core-2', label: 'Core principle 2', section: 'core' },
  { id: 'core-3', label: 'Core principle 3', section: 'core' },
  { id: 'strongest.principle', label: 'Principle', section: 'strongest' },
  { id: 'strongest.evidence', label: 'Evidence', section: 'strongest' },
  { id: 'strongest.story', label: 'Story', section: 'strongest' },
  { id: 'growth.principle', label: 'Principle', section: 'growth' },
  { id: 'growth.learning', label: 'What you are learning', section: 'growth' },
  { id: 'growth.development', label: 'How you are developing it', section: 'growth' },
];
