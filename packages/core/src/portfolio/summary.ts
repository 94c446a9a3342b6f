/**
 * From a full analyzer Report to the few facts the portfolio weighs. Stored stories carry their
 * latest Report, so the matrix and the matcher read it instead of analysing 200 stories again.
 */
import type { Report } from '../analyze/types';
import { DIMENSION_IDS, type DimensionId, type DimensionLevel } from '../framework/ids';
import type { StoryAnalysisSummary } from './types';

/** The parts of a Report read here; a stored report parsed back from JSON has them too. */
export type SummarizableReport = Pick<
  Report,
  'score' | 'rating' | 'findings' | 'star' | 'dimensions' | 'level'
> & {
  metrics: readonly { start: number }[];
  principles: readonly { id: string }[];
};

/** Figures inside the result part: a number in the situation ("a 40-person org") is scale, not an outcome. */
function inResult(report: SummarizableReport): number {
  const { present, start, end } = report.star.result;
  if (!present || start === undefined || end === undefined) return 0;
  return report.metrics.filter((metric) => metric.start >= start && metric.start < end).length;
}

export function summarizeReport(report: SummarizableReport): StoryAnalysisSummary {
  const dimensions = {} as Record<DimensionId, DimensionLevel>;
  for (const id of DIMENSION_IDS) dimensions[id] = report.dimensions[id].level;
  const errorRules = new Set<string>();
  for (const finding of report.findings) if (finding.severity === 'error') errorRules.add(finding.ruleId);
  return {
    score: report.score,
    rating: report.rating,
    resultMetricCount: inResult(report),
    hasResult: report.star.result.present,
    dimensions,
    levelSignal: report.level.signal,
    principles: report.principles.map((hit) => hit.id),
    errorRules: [...errorRules].sort(),
  };
}
