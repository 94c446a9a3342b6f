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

/** Something an answer said, with where it is. */
type Cited = { start: number; end: number; text: string } | undefined;

/** Adds `m` (when there is one) to `evidence` as the reason a band was reached. */
function cite(evidence: Evidence[], m: Cited, reason: string): void {
  if (m) evidence.push({ start: m.start, end: m.end, text: m.text, reason });
}

/** The name of the highest band reached, by how many bands were (0 to 3). */
const LEVELS: readonly DimensionLevel[] = ['below', 'good', 'great', 'exceptional'];

/**
 * Each dimension is placed band by band, as the rubric has it: a band counts only when the one
 * below it does, so a band's evidence is gathered only once it is reached. (Every band's evidence
 * used to be built up front, an array each, and most of it thrown away: some fifty objects per
 * answer for the handful a report keeps.)
 */
export function placeDimensions(
  facts: Facts,
  text: string,
  findings: Finding[],
): Record<DimensionId, DimensionResult> {
  const hypothetical = findings.some(
    (f) => f.ruleId === 'hypothetical-answer' && f.messageId === 'hypothetical',
  );
  const blame = findings.some((f) => f.ruleId === 'blame-negativity');
  // The literal's keys are in DIMENSION_IDS order, the order consumers print.
  return {
    storytelling: storytelling(facts, text, hypothetical),
    technicalDepth: technicalDepth(facts),
    leadershipRange: leadershipRange(facts),
    businessAcumen: businessAcumen(facts),
    cultureFit: cultureFit(facts, blame),
  };
}

/** A STAR part as cited evidence, or undefined when the answer has none. */
function part(facts: Facts, text: string, id: 'result' | 'learning'): Cited {
  const p = facts.star.parts[id];
  return p.present && p.start !== undefined && p.end !== undefined
    ? { start: p.start, end: p.end, text: text.slice(p.start, p.end) }
    : undefined;
}

function storytelling(facts: Facts, text: string, hypothetical: boolean): DimensionResult {
  const { parts } = facts.star;
  const evidence: Evidence[] = [];
  let bands = 0;
  if (parts.action.present && parts.result.present && !hypothetical) {
    bands = 1;
    cite(evidence, part(facts, text, 'result'), 'Clear STAR: actions lead to a stated result');
    if (facts.outcomeMetrics.length > 0 && parts.learning.present) {
      bands = 2;
      cite(evidence, facts.outcomeMetrics[0], 'Quantified impact');
      cite(evidence, part(facts, text, 'learning'), 'Learning stated');
      if (facts.cues.scaleImpact.length > 0) {
        bands = 3;
        cite(evidence, facts.cues.scaleImpact[0], 'Strategic implication or scaling beyond the result');
      }
    }
  }
  return { level: LEVELS[bands] as DimensionLevel, evidence };
}

function technicalDepth(facts: Facts): DimensionResult {
  const { cues } = facts;
  const evidence: Evidence[] = [];
  let bands = 0;
  if (twoDistinct(cues.technical) || cues.scaleDesign.length > 0) {
    bands = 1;
    cite(evidence, cues.technical[0] ?? cues.scaleDesign[0], 'Understands the systems involved');
    if (twoDistinct(cues.scaleDesign)) {
      bands = 2;
      cite(evidence, cues.scaleDesign[0], 'Designs for scale');
      if (cues.industry.length > 0) {
        bands = 3;
        cite(evidence, cues.industry[0], 'Influence beyond the company');
      }
    }
  }
  return { level: LEVELS[bands] as DimensionLevel, evidence };
}

function leadershipRange(facts: Facts): DimensionResult {
  const { cues } = facts;
  const evidence: Evidence[] = [];
  let bands = 0;
  if (
    cues.peopleLeadership.length > 0 ||
    (cues.teamCredit.length > 0 && facts.actions.some((a) => a.subject === 'i'))
  ) {
    bands = 1;
    cite(evidence, cues.peopleLeadership[0] ?? cues.teamCredit[0], 'Manages and credits a team');
    if (twoDistinct(cues.influence)) {
      bands = 2;
      cite(evidence, cues.influence[0], 'Leads through influence across boundaries');
      if (cues.transformation.length > 0) {
        bands = 3;
        cite(evidence, cues.transformation[0], 'Changes the organisation itself');
      }
    }
  }
  return { level: LEVELS[bands] as DimensionLevel, evidence };
}

function businessAcumen(facts: Facts): DimensionResult {
  const { cues, metrics } = facts;
  const evidence: Evidence[] = [];
  let bands = 0;
  if (metrics.length > 0 || cues.business.length > 0) {
    bands = 1;
    cite(evidence, metrics[0] ?? cues.business[0], 'Speaks in metrics');
    const businessMetric = facts.outcomeMetrics.find(
      (m) => m.kind === 'money' || m.kind === 'percent' || m.kind === 'before-after',
    );
    if (businessMetric !== undefined && cues.business.length > 0) {
      bands = 2;
      cite(evidence, businessMetric, 'Drives a measured business outcome');
      if (cues.businessModel.length > 0) {
        bands = 3;
        cite(evidence, cues.businessModel[0], 'Creates new business');
      }
    }
  }
  return { level: LEVELS[bands] as DimensionLevel, evidence };
}

function cultureFit(facts: Facts, blame: boolean): DimensionResult {
  const { cues } = facts;
  const evidence: Evidence[] = [];
  let bands = 0;
  if (!blame && (facts.principles.length > 0 || cues.principle.length > 0)) {
    bands = 1;
    // A company principle shown cites its first piece of evidence as it is.
    const principle = facts.principles[0];
    if (principle) {
      const first = principle.evidence[0];
      if (first) evidence.push(first);
    } else cite(evidence, cues.principle[0], 'Names the value behind the choice');
    if (cues.teaching.length > 0) {
      bands = 2;
      cite(evidence, cues.teaching[0], 'Teaches and spreads the value');
      if (cues.cultureChange.length > 0) {
        bands = 3;
        cite(evidence, cues.cultureChange[0], 'Evolves the culture');
      }
    }
  }
  return { level: LEVELS[bands] as DimensionLevel, evidence };
}
