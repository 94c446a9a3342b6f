/**
 * The source ladders TOOLS-SPEC mixes together, described as their pages describe them, so a UI
 * can show "M2 ≈ L5 (Senior EM)" with the source's own numbers beside ours. The canonical ladder
 * (CALIBRATION in calibration.ts) stays the only one used for judging; these are for display and
 * for resolving aliases. Why each rung maps where it does: docs/framework/levels.md.
 */
import type { LevelId } from './ids';

export const LADDER_IDS = [
  'seed',
  'role-name',
  'ic-track',
  'manager-track',
  'e-track',
  'self-assessment',
  'question-bank',
] as const;
export type LadderId = (typeof LADDER_IDS)[number];

export interface Ladder {
  id: LadderId;
  name: string;
  /** The page the ladder comes from (TOOLS-SPEC path or "seed"). */
  source: string;
  /**
   * True when the ladder's labels collide with the canonical ones (its "L6" is not our L6).
   * Such labels resolve through this ladder only when the caller names it.
   */
  labelsCollide: boolean;
}

export const LADDERS: readonly Ladder[] = [
  { id: 'seed', name: 'Canonical (seed page)', source: 'seed', labelsCollide: false },
  { id: 'role-name', name: 'Role names', source: 'seed, self-assessment.md', labelsCollide: false },
  { id: 'ic-track', name: 'IC equivalents', source: 'behavioral/index.md', labelsCollide: false },
  { id: 'manager-track', name: 'Manager track (M/D)', source: 'self-assessment.md', labelsCollide: false },
  { id: 'e-track', name: 'E-levels', source: 'self-assessment.md', labelsCollide: false },
  {
    id: 'self-assessment',
    name: 'Self-Assessment L-levels',
    source: 'self-assessment.md',
    labelsCollide: true,
  },
  { id: 'question-bank', name: 'Question Bank L-levels', source: 'question-bank.md', labelsCollide: true },
];

export interface TeamSizeRange {
  min: number;
  max: number | null;
}

/**
 * The self-assessment page's own level reference. Kept verbatim in numbers because it is what
 * users of that ladder remember; our judging uses CALIBRATION instead.
 */
export interface SourceRung {
  label: string;
  ladder: LadderId;
  role: string;
  teamSize: TeamSizeRange;
  scope: string;
  revenue: string;
  level: LevelId;
}

export const SELF_ASSESSMENT_RUNGS: readonly SourceRung[] = [
  {
    label: 'L6',
    ladder: 'self-assessment',
    role: 'Engineering Manager',
    teamSize: { min: 5, max: 15 },
    scope: 'A single team',
    revenue: '$1–5M',
    level: 'L5',
  },
  {
    label: 'L7',
    ladder: 'self-assessment',
    role: 'Senior Engineering Manager',
    teamSize: { min: 20, max: 40 },
    scope: 'Several teams or a platform',
    revenue: '$5–20M',
    level: 'L5',
  },
  {
    label: 'L8',
    ladder: 'self-assessment',
    role: 'Director of Engineering',
    teamSize: { min: 50, max: 100 },
    scope: 'A division or product line',
    revenue: '$20M+',
    level: 'L6',
  },
];

/**
 * How large an organisation each level is expected to design for in a system/org design round
 * (system-org-design/index.md). This is the design exercise's scale, not the candidate's own
 * team, which is why it is wider than CALIBRATION's team sizes.
 */
export const ORG_DESIGN_SCOPE: Readonly<Record<LevelId, TeamSizeRange>> = {
  L5: { min: 10, max: 50 },
  L6: { min: 50, max: 200 },
  'L7+': { min: 200, max: null },
};
