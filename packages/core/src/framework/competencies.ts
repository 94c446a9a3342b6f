/**
 * Labels and descriptions for the 14 competency tags (STAR Matcher, TOOLS-SPEC §9). Stories and
 * questions carry the ids from ids.ts; this is what a person reads.
 */
import type { CompetencyTag } from './ids';

export interface Competency {
  id: CompetencyTag;
  label: string;
  description: string;
}

export const COMPETENCIES: readonly Competency[] = [
  {
    id: 'hiring',
    label: 'Hiring',
    description: 'Building teams: pipelines, interview bars, closing candidates.',
  },
  {
    id: 'performance',
    label: 'Performance',
    description: 'Raising, sustaining or addressing how people perform.',
  },
  { id: 'conflict', label: 'Conflict', description: 'Working through disagreement between people or teams.' },
  {
    id: 'technical',
    label: 'Technical',
    description: 'Architecture, technical decisions and engineering quality.',
  },
  { id: 'strategy', label: 'Strategy', description: 'Choosing direction and priorities under constraints.' },
  {
    id: 'change',
    label: 'Change',
    description: 'Leading people through reorganisations and new ways of working.',
  },
  {
    id: 'influence',
    label: 'Influence',
    description: 'Moving people you do not manage: peers, partners, executives.',
  },
  {
    id: 'scale',
    label: 'Scale',
    description: 'Growing teams, systems or processes by an order of magnitude.',
  },
  {
    id: 'culture',
    label: 'Culture',
    description: 'Shaping norms, values and how the team feels to work in.',
  },
  { id: 'crisis', label: 'Crisis', description: 'Leading through outages, incidents and emergencies.' },
  { id: 'innovation', label: 'Innovation', description: 'Creating room for, and delivering, new ideas.' },
  {
    id: 'diversity',
    label: 'Diversity',
    description: 'Building diverse teams and an inclusive environment.',
  },
  { id: 'business', label: 'Business', description: 'Tying engineering to revenue, cost and customers.' },
  { id: 'failure', label: 'Failure', description: 'Owning a setback, recovering, and what it taught you.' },
];

export function competencyFor(id: CompetencyTag): Competency {
  const found = COMPETENCIES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown competency ${id}`);
  return found;
}

/** Tag coverage in a portfolio: 0 stories = missing, 1 = weak (add a backup), 2 or more = good. */
export type CoverageStatus = 'missing' | 'weak' | 'good';

export function coverageStatus(storyCount: number): CoverageStatus {
  if (storyCount <= 0) return 'missing';
  return storyCount === 1 ? 'weak' : 'good';
}
