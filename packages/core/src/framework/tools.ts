/**
 * The preparation tools the Level 4 framework sequences (TOOLS-SPEC §1). Interview types, the
 * six-week workflow and the topic pages refer to tools by these ids only, so renaming a tool's
 * label never breaks a reference.
 */

export const TOOL_IDS = [
  'star-plus',
  'story-portfolio',
  'principle-hooks',
  'mock-interview-guide',
  'question-bank',
  'star-matcher',
  'interview-timer',
  'decision-trees',
  'self-assessment',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export type ToolKind = 'framework' | 'interactive';

export interface Tool {
  id: ToolId;
  name: string;
  kind: ToolKind;
  summary: string;
}

export const TOOLS: readonly Tool[] = [
  {
    id: 'star-plus',
    name: 'STAR+ Framework',
    kind: 'framework',
    summary: 'STAR answers extended with learnings, scale and lasting impact.',
  },
  {
    id: 'story-portfolio',
    name: 'Story Portfolio',
    kind: 'framework',
    summary: 'A curated set of 20–30 leadership stories, mapped to competencies and values.',
  },
  {
    id: 'principle-hooks',
    name: 'Principle Hooks',
    kind: 'framework',
    summary: "Ways to tie a story to the company's stated principles without sounding rehearsed.",
  },
  {
    id: 'mock-interview-guide',
    name: 'Mock Interview Guide',
    kind: 'framework',
    summary: 'A scripted six-round loop with red flags and a post-loop self-check.',
  },
  {
    id: 'question-bank',
    name: 'Question Bank',
    kind: 'interactive',
    summary: 'Questions filtered by competency, level, company and difficulty.',
  },
  {
    id: 'star-matcher',
    name: 'STAR Matcher',
    kind: 'interactive',
    summary: 'Finds the stories whose competency tags overlap a question, and shows coverage gaps.',
  },
  {
    id: 'interview-timer',
    name: 'Interview Timer',
    kind: 'interactive',
    summary: 'Phase-by-phase round timer with pacing colours and alerts.',
  },
  {
    id: 'decision-trees',
    name: 'Decision Trees',
    kind: 'interactive',
    summary: 'Branching leadership scenarios that score each choice.',
  },
  {
    id: 'self-assessment',
    name: 'Self-Assessment',
    kind: 'interactive',
    summary: 'Weighted competency ratings compared with what the target level expects.',
  },
];

export function toolFor(id: ToolId): Tool {
  const found = TOOLS.find((tool) => tool.id === id);
  if (!found) throw new Error(`unknown tool ${id}`);
  return found;
}

/** Framework tools and interactive tools, in hub order (used by the "executive" selection row). */
export const FRAMEWORK_TOOL_IDS: readonly ToolId[] = TOOLS.filter((t) => t.kind === 'framework').map(
  (t) => t.id,
);
export const INTERACTIVE_TOOL_IDS: readonly ToolId[] = TOOLS.filter((t) => t.kind === 'interactive').map(
  (t) => t.id,
);
