/**
 * Level calibration: one canonical ladder (the seed's L5 / L6 / L7+, by role and scope) and
 * every other ladder in TOOLS-SPEC mapped onto it as an alias. How each conflict is settled is
 * explained in docs/framework/levels.md; the mapping below is the single source of truth.
 */
import type { LevelId } from './ids';

export interface LevelCalibration {
  id: LevelId;
  role: string;
  /** Engineers in the org the candidate leads (directly and through managers). */
  teamSize: { min: number; max: number | null };
  scope: string;
  /** Impact threshold: annual revenue in USD, and/or users reached. */
  impact: { revenueUsd: number; users: number | null; summary: string };
  examples: string[];
  /** The roadmap horizon this level is expected to plan over (technical-leadership guide). */
  roadmapHorizon: string;
}

export const CALIBRATION: readonly LevelCalibration[] = [
  {
    id: 'L5',
    role: 'Senior Engineering Manager',
    teamSize: { min: 15, max: 30 },
    scope: 'Several teams, or one large product area',
    impact: { revenueUsd: 10_000_000, users: 10_000_000, summary: '$10M+ in revenue or 10M+ users' },
    examples: ['Owning a feature area end to end', 'Coordinating delivery across teams'],
    roadmapHorizon: '6–12 months',
  },
  {
    id: 'L6',
    role: 'Director of Engineering',
    teamSize: { min: 50, max: 150 },
    scope: 'A whole product line or platform',
    impact: { revenueUsd: 50_000_000, users: 100_000_000, summary: '$50M+ in revenue or 100M+ users' },
    examples: ['Designing the organisation', 'Leading strategic initiatives', 'Influencing executives'],
    roadmapHorizon: '1–2 years',
  },
  {
    id: 'L7+',
    role: 'VP of Engineering',
    teamSize: { min: 150, max: null },
    scope: 'Several business units',
    impact: { revenueUsd: 100_000_000, users: null, summary: '$100M+ in revenue or company-level metrics' },
    examples: ['Integrating an acquisition', 'Shaping company strategy', 'Presenting to the board'],
    roadmapHorizon: '3–5 years',
  },
];

export function calibrationFor(level: LevelId): LevelCalibration {
  const found = CALIBRATION.find((c) => c.id === level);
  if (!found) throw new Error(`unknown level ${level}`);
  return found;
}

/** Position on the ladder, for comparisons: L5 < L6 < L7+. */
export function levelRank(level: LevelId): number {
  return CALIBRATION.findIndex((c) => c.id === level);
}
