import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import { summarizeReport } from './summary';

describe('summarizeReport', () => {
  it('keeps the facts the portfolio weighs from a real report', () => {
    const report = analyze(
      {
        situation: 'Our checkout latency had doubled and conversion was falling across a 40-person org.',
        action: 'I led three teams through a profiling sprint and cut two synchronous calls.',
        result: 'p99 fell from 900ms to 210ms and conversion rose 4%.',
      },
      { level: 'L6', company: 'amazon' },
    );
    const summary = summarizeReport(report);
    expect(summary.score).toBe(report.score);
    expect(summary.rating).toBe(report.rating);
    // The result holds "900ms to 210ms" and "4%"; the situation's "40-person org" is not an outcome.
    const result = report.star.result;
    const inResult = report.metrics.filter(
      (m) => m.start >= (result.start ?? 0) && m.start < (result.end ?? 0),
    );
    expect(summary.resultMetricCount).toBe(inResult.length);
    expect(summary.resultMetricCount).toBeGreaterThan(0);
    expect(summary.resultMetricCount).toBeLessThan(report.metrics.length);
    expect(summary.hasResult).toBe(true);
    expect(summary.levelSignal).toBe(report.level.signal);
    expect(summary.dimensions.storytelling).toBe(report.dimensions.storytelling.level);
    expect(summary.principles).toEqual(report.principles.map((p) => p.id));
    const errors = [
      ...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)),
    ].sort();
    expect(summary.errorRules).toEqual(errors);
  });

  it('lists each rule with an error finding once', () => {
    const report = analyze('I would probably just talk to them and then I would fix it if it happened.');
    const summary = summarizeReport(report);
    expect(summary.errorRules.length).toBeGreaterThan(0);
    expect(new Set(summary.errorRules).size).toBe(summary.errorRules.length);
    expect(summary.hasResult).toBe(report.star.result.present);
  });
});
