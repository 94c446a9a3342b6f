/**
 * `--json`: like ESLint's JSON formatter, always an array, one entry per analysed input:
 * `[{"filePath": "...", "report": Report}]`. Offsets index the original input (frontmatter
 * included); each finding also gets 1-based `line`/`column`/`endLine`/`endColumn`.
 */
import type { Finding, Report } from '@onsite/core';
import { createLocator } from '../input';
import type { AnalysisResult } from './result';

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonResult {
  filePath: string;
  report: Omit<Report, 'findings'> & { findings: LocatedFinding[] };
}

export function toJsonResults(results: readonly AnalysisResult[]): JsonResult[] {
  return results.map(({ filePath, text, report }) => {
    const locate = createLocator(text);
    const findings = report.findings.map((finding): LocatedFinding => {
      const start = locate(finding.start);
      const end = locate(finding.end);
      return { ...finding, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
    return { filePath, report: { ...report, findings } };
  });
}

export function formatJson(results: readonly AnalysisResult[]): string {
  return `${JSON.stringify(toJsonResults(results), null, 2)}\n`;
}
