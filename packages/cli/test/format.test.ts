import { describe, expect, it } from 'vitest';
import { formatJson, toJsonResults } from '../src/format/json';
import type { AnalysisResult } from '../src/format/result';
import { clock, formatStylish, humanize } from '../src/format/stylish';
import { finding, SAMPLE_TEXT, sampleReport, spanOf } from './report-fixture';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
const ANSI = /\u001b\[\d+m/;

function result(
  findings = [finding('very'), finding('basically', { severity: 'error', ruleId: 'filler-words' })],
) {
  const value: AnalysisResult = {
    filePath: '/tmp/answers/migration.md',
    text: SAMPLE_TEXT,
    title: 'The migration',
    report: sampleReport(findings),
  };
  return value;
}

function findingRows(output: string): string[] {
  return findingLines(output);
}

function findingLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+\d+:\d+\s/.test(line));
}

describe('stylish', () => {
  it('prints the path, then one row per finding with line:col against the original text', () => {
    const output = formatStylish([result()], { color: false });
    const lines = output.split('\n');
    expect(lines[0]).toContain('/tmp/answers/migration.md');
    const rows = findingLines(output);
    expect(rows).toHaveLength(2);
    // "basically" is on line 4 of the file, column 3; "very" on line 5, column 8.
    expect(rows[0]).toMatch(/^\s+4:3\s+error\s+“basically” says nothing measurable\s+filler-words$/);
    expect(rows[1]).toMatch(/^\s+5:8\s+warning\s+“very” says nothing measurable\s+vague-intensifier$/);
    const [line, column] = (rows[1] ?? '').trim().split(/\s+/)[0]?.split(':').map(Number) ?? [];
    const fileLine = SAMPLE_TEXT.split('\n')[(line ?? 0) - 1] ?? '';
    expect(fileLine.slice((column ?? 0) - 1).startsWith('very')).toBe(true);
  });

  it('aligns severity, message and rule id in columns, like ESLint', () => {
    const findings = [
      finding('very', { message: 'Short.' }),
      finding('basically', {
        severity: 'error',
        ruleId: 'x',
        message: 'A much longer message than the other.',
      }),
      finding('30%', { severity: 'info', ruleId: 'metric-baseline' }),
    ];
    const rows = findingLines(formatStylish([result(findings)], { color: false }));
    expect(rows).toHaveLength(3);
    const severityAt = rows.map((row) => row.search(/(error|warning|info)/));
    expect(new Set(severityAt).size).toBe(1);
    expect(rows.map((row) => row.match(/\S+$/)?.[0])).toEqual(['x', 'vague-intensifier', 'metric-baseline']);
    expect(new Set(rows.map((row) => row.search(/\S+$/))).size).toBe(1);
    expect(new Set(rows.map((row) => row.search(/(Short|A much|“30%”)/))).size).toBe(1);
    // The colon of line:col lines up too (line numbers are right-aligned).
    expect(new Set(rows.map((row) => row.indexOf(':'))).size).toBe(1);
  });

  it('on a narrow terminal, keeps the rule ids in view for the shorter messages', () => {
    const findings = [
      finding('very', { message: 'Short.' }),
      finding('basically', { ruleId: 'x', message: `A long message ${'that goes on '.repeat(8)}` }),
    ];
    const wide = findingRows(formatStylish([result(findings)], { color: false }));
    expect(Math.max(...wide.map((row) => row.length))).toBeGreaterThan(100);
    const narrow = findingRows(formatStylish([result(findings)], { color: false, columns: 80 }));
    const short = narrow.find((row) => row.includes('Short')) ?? '';
    expect(short.length).toBeLessThanOrEqual(80);
    expect(short).toMatch(/Short\s+vague-intensifier$/);
    expect(narrow.find((row) => row.includes('A long message'))).toMatch(/goes on\s{2}x$/);
  });

  it('drops the final period of a message, as ESLint does', () => {
    const rows = findingLines(formatStylish([result()], { color: false }));
    expect(rows.every((row) => !row.includes('measurable.'))).toBe(true);
  });

  it('shows a suggestion under its finding', () => {
    const output = formatStylish([result([finding('very', { suggestion: 'Say how much: “by 30%”.' })])], {
      color: false,
    });
    expect(output).toMatch(/5:8 .*\n\s+→ Say how much: “by 30%”\n/);
  });

  it('summarises score, rubric, level, STAR+, metrics, speech, principles and three follow-ups', () => {
    const output = formatStylish([result()], { color: false });
    expect(output).toMatch(/Score\s+64\/100\s+good/);
    expect(output).toMatch(/Judged as\s+behavioral interview · target L6 · amazon principles\n/);
    for (const dimension of [
      'storytelling good',
      'technical depth below',
      'leadership range great',
      'business acumen exceptional',
      'culture fit good',
    ]) {
      expect(output).toContain(dimension);
    }
    expect(output).toMatch(/Level\s+reads as L5, target L6: below target — “40 services”/);
    expect(output).toMatch(/STAR\+\s+✓ situation {2}✗ task {2}✓ action {2}✓ result {2}✗ learning/);
    expect(output).toMatch(/Metrics\s+2: “40 services”, “30%”/);
    expect(output).toMatch(/Speech\s+17 words · ~2:05 spoken · 1 filler: “basically”/);
    expect(output).toMatch(/Principles\s+Frugality/);
    expect(output).toContain('1. How did you measure the 30%?');
    expect(output).toContain('3. Who disagreed with the plan?');
    expect(output).not.toContain('A fourth one');
  });

  it('says STAR+ is not owed when the question asks for a view or an approach, instead of five red crosses', () => {
    const view = result();
    view.report = { ...view.report, options: { ...view.report.options, questionKind: 'view' } };
    const output = formatStylish([view], { color: false });
    expect(output).toMatch(/STAR\+\s+not owed: a view is read for its reasons/);
    expect(output).not.toContain('✗ task');
  });

  it('names the interview type and company through the labels it is given', () => {
    const output = formatStylish([result()], {
      color: false,
      labels: { interviewType: (id) => id.toUpperCase(), company: (id) => `Co:${id}` },
    });
    expect(output).toMatch(/Judged as\s+BEHAVIORAL interview · target L6 · Co:amazon principles\n/);
  });

  it('ends with a problem count across all answers', () => {
    const two = formatStylish([result(), result([finding('very')])], { color: false });
    expect(two.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 2 warnings) in 2 answers');
    const clean = formatStylish([result([])], { color: false });
    expect(clean).toContain('no findings');
    expect(clean.trimEnd().split('\n').at(-1)).toBe('✔ no problems in 1 answer');
  });

  it('says so when nothing is found rather than printing empty fields', () => {
    const report = sampleReport([]);
    report.metrics = [];
    report.principles = [];
    report.followUps = [];
    report.level = { signal: null, evidence: [] };
    report.speech = { words: 3, estimatedSeconds: 1, fillers: [], wpm: 180 };
    const output = formatStylish([{ filePath: '<stdin>', text: SAMPLE_TEXT, report }], { color: false });
    expect(output).toMatch(/Metrics\s+none/);
    expect(output).toMatch(/Principles\s+none shown/);
    expect(output).toMatch(/Follow-ups\s+none expected/);
    expect(output).toMatch(/Level\s+no clear level signal \(target L6\)/);
    expect(output).toMatch(/Speech\s+3 words · 0:01 at 180 wpm · no fillers/);
  });

  it('uses colour only when asked', () => {
    expect(formatStylish([result()], { color: false })).not.toMatch(ANSI);
    expect(formatStylish([result()], { color: true })).toMatch(ANSI);
  });

  it('helpers: humanize and clock', () => {
    expect(humanize('technicalDepth')).toBe('technical depth');
    expect(clock(0)).toBe('0:00');
    expect(clock(59.6)).toBe('1:00');
    expect(clock(754)).toBe('12:34');
  });
});

describe('json', () => {
  it('prints an array of {filePath, report} and adds line/column to findings', () => {
    const parsed: unknown = JSON.parse(formatJson([result()]));
    expect(Array.isArray(parsed)).toBe(true);
    const [entry] = parsed as Array<Record<string, unknown>>;
    expect(Object.keys(entry ?? {}).sort()).toEqual(['filePath', 'report']);
    const [json] = toJsonResults([result()]);
    expect(json?.filePath).toBe('/tmp/answers/migration.md');
    const very = json?.report.findings.find((f) => f.ruleId === 'vague-intensifier');
    expect(very).toMatchObject({ ...spanOf('very'), line: 5, column: 8, endLine: 5, endColumn: 12 });
    expect(json?.report.score).toBe(64);
  });

  it('prints [] when nothing was analysed', () => {
    expect(JSON.parse(formatJson([]))).toEqual([]);
  });
});
