/**
 * The four interview types of the Level 4 framework (seed page), with the per-type detail the
 * interview-type guides add (TOOLS-SPEC §12) and the hub's tool selection matrix (§1).
 *
 * `durationMinutes` is the canonical length of a real round of that type. Timer presets may be
 * shorter practice formats; they say so themselves (see timer.ts and docs/framework/conflicts.md).
 */
import type { InterviewTypeId } from './ids';
import { FRAMEWORK_TOOL_IDS, INTERACTIVE_TOOL_IDS, type ToolId } from './tools';

export interface MinuteRange {
  min: number;
  max: number;
}

/** Which tools to lean on for a type: the main one, the supporting one, and how to rehearse. */
export interface ToolSelection {
  primary: readonly ToolId[];
  secondary: readonly ToolId[];
  practice: readonly ToolId[];
}

export interface InterviewType {
  id: InterviewTypeId;
  name: string;
  /** What the round is really trying to learn about the candidate. */
  focus: string;
  /** The formats the round is built from. */
  structure: readonly string[];
  durationMinutes: MinuteRange;
  evaluators: readonly string[];
  /** What interviewers judge success by. */
  successMetrics: readonly string[];
  /** Dimensions named by the type's own guide page (§12). */
  assessedDimensions: readonly string[];
  /** Further facts from the guide page worth carrying into practice. */
  guideNotes: readonly string[];
  tools: ToolSelection;
}

/**
 * The selection matrix has a "Technical" row and no row for system/org design; both technical
 * rounds reuse it, because the decision-tree scenarios (reorgs, crises) are org-design drills.
 */
const TECHNICAL_SELECTION: ToolSelection = {
  primary: ['star-plus'],
  secondary: ['principle-hooks'],
  practice: ['decision-trees'],
};

export const INTERVIEW_TYPES: readonly InterviewType[] = [
  {
    id: 'behavioral',
    name: 'Behavioral',
    focus: 'Your track record, read as the best predictor of how you will lead next.',
    structure: ['STAR+ answers that bring out leadership dimensions'],
    durationMinutes: { min: 45, max: 60 },
    evaluators: ['Hiring managers', 'Cross-functional partners', 'Skip-level leaders'],
    successMetrics: ['Clarity', 'Quantified impact', 'Visible learning'],
    assessedDimensions: [
      'Leadership Impact',
      'Decision Making',
      'People Development',
      'Strategic Thinking',
      'Execution Excellence',
      'Conflict Resolution',
    ],
    guideNotes: [
      'Expect 3–5 scenarios, about 10–15 minutes each including follow-ups.',
      'Keep the setup of each story to 30 seconds or less.',
      'Crisis stories: first 24 hours, first week, then prevention.',
      'Change stories: vision, strategy, execution. Influence stories: understand, align, execute.',
      'Failure stories: context, decision, failure, recovery, learning, later application.',
    ],
    tools: {
      primary: ['star-plus'],
      secondary: ['story-portfolio'],
      practice: ['question-bank', 'interview-timer'],
    },
  },
  {
    id: 'technical-leadership',
    name: 'Technical Leadership',
    focus: 'Technical depth joined to strategic judgement about where technology should go.',
    structure: ['Architecture discussion', 'Technical trade-offs', 'Leading innovation'],
    durationMinutes: { min: 60, max: 90 },
    evaluators: ['Senior and Staff engineers', 'Technical directors'],
    successMetrics: ['Technical judgement', 'Systems thinking', 'Innovation mindset'],
    assessedDimensions: [
      'Technical Depth',
      'Architectural Vision (designs that scale 10x–100x)',
      'Technical Strategy',
      'Innovation Leadership',
      'Technical Mentorship',
      'Risk Management',
    ],
    guideNotes: [
      'Crisis horizons: 0–1 hour, 1–24 hours, 1–4 weeks.',
      'Innovation portfolio 70/20/10 (core / adjacent / transformational); reserve 20% capacity for debt.',
      'Technology radar rings: Adopt, Trial, Assess, Hold.',
      'Roadmap horizon: L5 6–12 months, L6 1–2 years, L7+ 3–5 years.',
    ],
    tools: TECHNICAL_SELECTION,
  },
  {
    id: 'system-org-design',
    name: 'System & Organizational Design',
    focus: 'Designing systems and the organisations that build them so both keep scaling.',
    structure: ['Whiteboard design', 'Org structure', 'Scaling strategy'],
    durationMinutes: { min: 60, max: 90 },
    evaluators: ['Directors', 'VPs', 'Principal engineers'],
    successMetrics: ['Strategic thinking', 'Trade-off analysis', 'Execution planning'],
    assessedDimensions: ['System design', 'Organization design', 'Integration of the two'],
    guideNotes: [
      'Split the time about 40% system, 40% organisation, 20% integration.',
      'Team sizes: stream-aligned 5–9, platform 8–12, enabling 3–5, complicated-subsystem 4–8.',
      "Dunbar's layers for org shape: 5 / 15 / 50 / 150 / 500.",
      'Design scope by level: L5 for 10–50 engineers, L6 for 50–200, L7+ for 200+.',
      'Deliverables include org charts at 2x and 5x the current size.',
    ],
    tools: TECHNICAL_SELECTION,
  },
  {
    id: 'culture-values',
    name: 'Culture & Values',
    focus: 'Whether the way you lead fits, and adds to, how the company works.',
    structure: ['Scenario questions', 'Decisions driven by values'],
    durationMinutes: { min: 45, max: 60 },
    evaluators: ['HR partners', 'Culture champions', 'Senior leadership'],
    successMetrics: ['Authentic alignment', 'Growth mindset', 'Cultural add'],
    assessedDimensions: [
      'Values Alignment',
      'Cultural Leadership',
      'Inclusion & Belonging',
      'Growth Mindset',
      'Ethical Leadership',
    ],
    guideNotes: [
      'Ethics checks: the newspaper test, the family test, the mirror test.',
      'Prepare a growth story and a set of culture stories mapped against the values.',
    ],
    tools: { primary: ['principle-hooks'], secondary: ['story-portfolio'], practice: ['self-assessment'] },
  },
];

/**
 * The matrix's fourth row is an audience, not an interview type: executive conversations lean
 * on the portfolio and draw on every framework and every interactive tool.
 */
export const EXECUTIVE_TOOL_SELECTION: ToolSelection = {
  primary: ['story-portfolio'],
  secondary: FRAMEWORK_TOOL_IDS,
  practice: INTERACTIVE_TOOL_IDS,
};

export function interviewTypeFor(id: InterviewTypeId): InterviewType {
  const found = INTERVIEW_TYPES.find((t) => t.id === id);
  if (!found) throw new Error(`unknown interview type ${id}`);
  return found;
}
