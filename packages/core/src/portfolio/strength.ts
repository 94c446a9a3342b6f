/**
 * How strongly one story shows one competency or one company principle, on the 0–3 scale of the
 * portfolio matrix (none / touches on it / clear evidence / defining example), with the reasons.
 *
 * Competency cell:
 * - 0 when the story is not tagged with it and its text does not suggest it.
 * - 1 when only the text suggests it (two distinct cues): a hint to add the tag, never more.
 * - Tagged: 1, plus 1 for each piece of backing from the story's analysis:
 *   a quantified result; the competency's rubric dimension at great or better; a level signal at
 *   or above the target level (the level asked for, else the story's own target).
 * - Capped at 3; without a quantified result at 2 (a defining example has numbers); and at 2 when
 *   the analysis raised an error (blame, a hypothetical answer, hero framing…).
 *
 * Principle cell (stories × a company's principles):
 * - 1 for an explicit mapping, 1 for the principle shown in the text (cues or the stored
 *   analysis), and 1 more for a quantified result once either holds; the same error cap applies.
 */
import { levelRank } from '../framework/calibration';
import { competencyFor } from '../framework/competencies';
import type { CompetencyTag, DimensionId, LevelId } from '../framework/ids';
import type { Strength } from '../framework/portfolio';
import type { StoryFacts } from './story-facts';

/** The rubric dimension whose band says how deep a story goes on each competency. */
export const DIMENSION_OF_COMPETENCY: Readonly<Record<CompetencyTag, DimensionId>> = {
  hiring: 'leadershipRange',
  performance: 'leadershipRange',
  conflict: 'leadershipRange',
  change: 'leadershipRange',
  influence: 'leadershipRange',
  scale: 'leadershipRange',
  crisis: 'leadershipRange',
  technical: 'technicalDepth',
  innovation: 'technicalDepth',
  strategy: 'businessAcumen',
  business: 'businessAcumen',
  culture: 'cultureFit',
  diversity: 'cultureFit',
  failure: 'storytelling',
};

const DIMENSION_LABEL: Readonly<Record<DimensionId, string>> = {
  storytelling: 'storytelling',
  technicalDepth: 'technical depth',
  leadershipRange: 'leadership range',
  businessAcumen: 'business acumen',
  cultureFit: 'culture fit',
};

export interface Cell {
  strength: Strength;
  /** Each reason names the signal that moved the strength, in the order they were applied. */
  reasons: string[];
}

const EMPTY: Cell = Object.freeze({ strength: 0, reasons: [] }) as Cell;

function clamp(points: number): Strength {
  return Math.max(0, Math.min(3, points)) as Strength;
}

/** The error cap shared by both kinds of cell. */
function capForErrors(facts: StoryFacts, points: number, reasons: string[]): number {
  const errors = facts.story.analysis?.errorRules ?? [];
  if (points > 2 && errors.length > 0) {
    reasons.push(`Held at 2: the analysis flags ${errors.join(', ')}`);
    return 2;
  }
  return points;
}

export function competencyStrength(
  facts: StoryFacts,
  competency: CompetencyTag,
  level: LevelId | null,
): Cell {
  const { story } = facts;
  const label = competencyFor(competency).label;
  if (!story.tags.includes(competency)) {
    const cues = facts.textCompetencies.get(competency);
    if (!cues) return EMPTY;
    return { strength: 1, reasons: [`Not tagged ${label}, but the text mentions ${quoteList(cues)}`] };
  }
  const reasons = [`Tagged ${label}`];
  let points = 1;
  const analysis = story.analysis;
  if (facts.quantified) {
    points++;
    reasons.push('Quantified result');
  }
  if (analysis) {
    const dimension = DIMENSION_OF_COMPETENCY[competency];
    const band = analysis.dimensions[dimension];
    if (band === 'great' || band === 'exceptional') {
      points++;
      reasons.push(`${capitalise(DIMENSION_LABEL[dimension])} reads ${band}`);
    }
    const target = level ?? story.targetLevel;
    if (target && analysis.levelSignal && levelRank(analysis.levelSignal) >= levelRank(target)) {
      points++;
      reasons.push(`Scope reads at ${analysis.levelSignal} (target ${target})`);
    }
  } else {
    reasons.push('No current analysis to back it');
  }
  if (points > 2 && !facts.quantified) {
    reasons.push('Held at 2: a defining example needs a quantified result');
    points = 2;
  }
  points = capForErrors(facts, Math.min(points, 3), reasons);
  return { strength: clamp(points), reasons };
}

export function principleStrength(facts: StoryFacts, principle: { id: string; name: string }): Cell {
  const mapped = facts.story.principles.includes(principle.id);
  const found = facts.foundPrinciples.get(principle.id);
  if (!mapped && !found) return EMPTY;
  const reasons: string[] = [];
  let points = 0;
  if (mapped) {
    points++;
    reasons.push(`Mapped to ${principle.name}`);
  }
  if (found) {
    points++;
    reasons.push(
      found.length > 0 ? `The text shows it: ${quoteList(found)}` : 'The analysis found it in the text',
    );
  }
  if (facts.quantified) {
    points++;
    reasons.push('Quantified result');
  }
  points = capForErrors(facts, Math.min(points, 3), reasons);
  return { strength: clamp(points), reasons };
}

function quoteList(words: readonly string[]): string {
  return words
    .slice(0, 3)
    .map((w) => `"${w}"`)
    .join(', ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
