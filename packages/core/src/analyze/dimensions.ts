/**
 * Places the answer on the five rubric dimensions (Good / Great / Exceptional, or below) with
 * the evidence that placed it. Each band requires the one below it, as in the rubric: a story
 * cannot be "exceptional" at scaling without first being clear.
 */
import type { DimensionId, DimensionLevel } from '../framework/ids';
import type { Facts } from './facts';
import type { PhraseMatch } from './phrases';
import type { DimensionResult, Evidence, Finding } from './types';

/**
 * Whether the matches name at least two different phrases (what `new Set(phrases).size >= 2` says,
 * without building the set: every band asks only that).
 */
function twoDistinct(matches: readonly PhraseMatch[]): boolean {
  const first = matches[0]?.phrase;
  for (let k = 1; k < matches.length; k++) if ((matches[k] as PhraseMatch).phrase !== first) return true;
  return false;
}
const cite = (m: { start: number; end: number; text: string } | undefined, reason: string): Evidence[] =>
  m ? [{ start: m.start, end: m.end, text: m.text, reason }] : [];

interface Band {
  reached: boolean;
  evidence: Evidence[];
}

function place(bands: [Band, Band, Band]): DimensionResult {
  const names: DimensionLevel[] = ['good', 'great', 'exceptional'];
  let level: DimensionLevel = 'below';
  const evidence: Evidence[] = [];
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (!band?.reached) break;
    level = names[i] ?? level;
    evidence.push(...band.evidence);
  }
  return { level, evidence };
}

export function placeDimensions(
  facts: Facts,
  text: string,
  findings: Finding[],
): Record<DimensionId, DimensionResult> {
  const { star, cues, outcomeMetrics, metrics } = facts;
  const part = (id: 'situation' | 'action' | 'result' | 'learning') => {
    const p = star.parts[id];
    return p.present && p.start !== undefined && p.end !== undefined
      ? { start: p.start, end: p.end, text: text.slice(p.start, p.end) }
      : undefined;
  };
  const hypothetical = findings.some(
    (f) => f.ruleId === 'hypothetical-answer' && f.messageId === 'hypothetical',
  );
  const blame = findings.some((f) => f.ruleId === 'blame-negativity');
  const clear = star.parts.action.present && star.parts.result.present && !hypothetical;
  const businessMetric = outcomeMetrics.find(
    (m) => m.kind === 'money' || m.kind === 'percent' || m.kind === 'before-after',
  );

  const result: Record<DimensionId, DimensionResult> = {
    storytelling: place([
      { reached: clear, evidence: cite(part('result'), 'Clear STAR: actions lead to a stated result') },
      {
        reached: outcomeMetrics.length > 0 && star.parts.learning.present,
        evidence: [
          ...cite(outcomeMetrics[0], 'Quantified impact'),
          ...cite(part('learning'), 'Learning stated'),
        ],
      },
      {
        reached: cues.scaleImpact.length > 0,
        evidence: cite(cues.scaleImpact[0], 'Strategic implication or scaling beyond the result'),
      },
    ]),
    technicalDepth: place([
      {
        reached: twoDistinct(cues.technical) || cues.scaleDesign.length > 0,
        evidence: cite(cues.technical[0] ?? cues.scaleDesign[0], 'Understands the systems involved'),
      },
      { reached: twoDistinct(cues.scaleDesign), evidence: cite(cues.scaleDesign[0], 'Designs for scale') },
      { reached: cues.industry.length > 0, evidence: cite(cues.industry[0], 'Influence beyond the company') },
    ]),
    leadershipRange: place([
      {
        reached:
          cues.peopleLeadership.length > 0 ||
          (cues.teamCredit.length > 0 && facts.actions.some((a) => a.subject === 'i')),
        evidence: cite(cues.peopleLeadership[0] ?? cues.teamCredit[0], 'Manages and credits a team'),
      },
      {
        reached: twoDistinct(cues.influence),
        evidence: cite(cues.influence[0], 'Leads through influence across boundaries'),
      },
      {
        reached: cues.transformation.length > 0,
        evidence: cite(cues.transformation[0], 'Changes the organisation itself'),
      },
    ]),
    businessAcumen: place([
      {
        reached: metrics.length > 0 || cues.business.length > 0,
        evidence: cite(metrics[0] ?? cues.business[0], 'Speaks in metrics'),
      },
      {
        reached: businessMetric !== undefined && cues.business.length > 0,
        evidence: cite(businessMetric, 'Drives a measured business outcome'),
      },
      {
        reached: cues.businessModel.length > 0,
        evidence: cite(cues.businessModel[0], 'Creates new business'),
      },
    ]),
    cultureFit: place([
      {
        reached: !blame && (facts.principles.length > 0 || cues.principle.length > 0),
        evidence:
          facts.principles[0]?.evidence.slice(0, 1) ??
          cite(cues.principle[0], 'Names the value behind the choice'),
      },
      {
        reached: cues.teaching.length > 0,
        evidence: cite(cues.teaching[0], 'Teaches and spreads the value'),
      },
      {
        reached: cues.cultureChange.length > 0,
        evidence: cite(cues.cultureChange[0], 'Evolves the culture'),
      },
    ]),
  };
  // The literal's keys are in DIMENSION_IDS order, the order consumers print (it was copied key by
  // key into a fresh record in that order: the same keys, at the cost of a class transition each).
  return result;
}
