/**
 * Where the portfolio is thin: competencies and principles no story shows with clear evidence
 * (strength 2 or more), and categories below their quota.
 */
import { competencyFor } from '../framework/competencies';
import { COMPETENCY_TAGS, type CompetencyTag } from '../framework/ids';
import type { Strength } from '../framework/portfolio';
import type { CategoryProgress } from './progress';
import type { Cell } from './strength';

/** The strength a story needs in a cell for that cell to count as covered. */
export const COVERED_STRENGTH = 2;

export interface CompetencyGap {
  competency: CompetencyTag;
  label: string;
  /** `missing`: no story touches it; `weak`: stories touch it but none shows it clearly. */
  status: 'missing' | 'weak';
  best: Strength;
  /** Stories that touch it (strength 1). */
  touching: number;
}

export interface PrincipleGap {
  id: string;
  name: string;
  status: 'missing' | 'weak';
  best: Strength;
  touching: number;
}

export interface CategoryGap {
  id: string;
  name: string;
  count: number;
  /** Stories to add to reach the quota's minimum. */
  needed: number;
}

function columnGap(
  cells: readonly Cell[],
): { status: 'missing' | 'weak'; best: Strength; touching: number } | null {
  let best: Strength = 0;
  let touching = 0;
  for (const cell of cells) {
    if (cell.strength > best) best = cell.strength;
    if (cell.strength > 0) touching++;
  }
  if (best >= COVERED_STRENGTH) return null;
  return { status: best === 0 ? 'missing' : 'weak', best, touching };
}

/** Rows hold only their cells above 0; a missing cell is none. */
const NONE: Cell = { strength: 0, reasons: [] };

export function competencyGaps(
  rows: readonly Readonly<Partial<Record<CompetencyTag, Cell>>>[],
): CompetencyGap[] {
  const gaps: CompetencyGap[] = [];
  for (const competency of COMPETENCY_TAGS) {
    const gap = columnGap(rows.map((row) => row[competency] ?? NONE));
    if (gap) gaps.push({ competency, label: competencyFor(competency).label, ...gap });
  }
  return gaps;
}

export function principleGaps(
  principles: readonly { id: string; name: string }[],
  rows: readonly Readonly<Record<string, Cell>>[],
): PrincipleGap[] {
  const gaps: PrincipleGap[] = [];
  for (const principle of principles) {
    const gap = columnGap(rows.map((row) => row[principle.id] ?? NONE));
    if (gap) gaps.push({ id: principle.id, name: principle.name, ...gap });
  }
  return gaps;
}

export function categoryGaps(categories: readonly CategoryProgress[]): CategoryGap[] {
  return categories
    .filter((category) => category.status === 'under')
    .map((category) => ({
      id: category.id,
      name: category.name,
      count: category.count,
      needed: category.quota.min - category.count,
    }));
}
